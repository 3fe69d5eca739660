/**
 * Why a document was refused, in words for the person who opened it: which edit (its number, what
 * it does and to what) and which field, then what is wrong. The field path stays in the message
 * (`edits[3].column.type.modifiers`) so that whoever fixes the file by hand can find it.
 */
import type { z } from 'zod';
import { lookupTable } from '../model/lookup';

export class DocumentError extends Error {
  override name = 'DocumentError';
}

/** How many problems a message lists before "and N more". */
const SHOWN = 3;

type Path = readonly PropertyKey[];

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

const EXPECTED = lookupTable<string>({
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
});

export function pathText(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function at(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** `edit 4: add-column on public.users`, from the edit as it was in the input. */
export function describeEdit(edit: unknown, index: number): string {
  const fields = edit !== null && typeof edit === 'object' ? (edit as Record<string, unknown>) : {};
  const kind = typeof fields.kind === 'string' && fields.kind.length <= 40 ? fields.kind : 'a change';
  const object = [fields.table, fields.view, fields.sequence, fields.type, fields.routine, fields.target].find((v) => v !== null && typeof v === 'object') as Record<string, unknown> | undefined;
  const name = object && typeof object.name === 'string' ? `${typeof object.schema === 'string' ? `${object.schema}.` : ''}${object.name}` : undefined;
  return `edit ${index + 1}: ${kind}${name ? ` on ${name.length > 80 ? `${name.slice(0, 80)}…` : name}` : ''}`;
}

/** The place of a problem: its field path, and the edit or pattern it is in. */
export function placeOf(input: unknown, path: Path): string {
  const where = pathText(path);
  if (path[0] === 'edits' && typeof path[1] === 'number') return `${where} (${describeEdit(at(input, path.slice(0, 2)), path[1])})`;
  if (path[0] === 'patterns' && typeof path[1] === 'number') {
    const pattern = at(input, [...path.slice(0, 2), 'pattern']);
    return `${where} (pattern ${path[1] + 1}${typeof pattern === 'string' && pattern.length <= 40 ? `: ${pattern}` : ''})`;
  }
  return where || 'the document';
}

function orList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? 'nothing');
}

function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const found = issue.input === undefined && 'received' in issue ? String(issue.received) : describeValue(at(input, issue.path));
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${found}`;
    }
    case 'invalid_union':
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const tag = ('discriminator' in issue && typeof issue.discriminator === 'string' && issue.discriminator) || 'kind';
        const value = at(input, issue.path);
        const what = tag === 'kind' && issue.path[0] === 'edits' ? 'change kind' : tag;
        return value === undefined ? `the ${what} is missing` : `unknown ${what} ${describeValue(value)}`;
      }
      return 'not any of the accepted forms';
    case 'invalid_value':
      return `expected ${orList(issue.values.map((v) => JSON.stringify(v)))}, found ${describeValue(at(input, issue.path))}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** One message for all of a validation's issues (the first few, then how many more). */
export function documentErrorOf(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ''): DocumentError {
  return problemsError(
    issues.map((issue) => `${placeOf(input, issue.path)}: ${issueText(issue, input)}`),
    prefix,
  );
}

export function problemsError(problems: readonly string[], prefix = ''): DocumentError {
  const shown = problems.slice(0, SHOWN).join('; ');
  const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
  return new DocumentError(`${prefix}${shown}${more}`);
}
