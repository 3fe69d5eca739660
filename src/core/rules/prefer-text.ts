import type { Column, Table } from '../model/types';
import { columnTypeRule } from './column-type-rule';
import { conjunctsOf, disjunctsOf } from './expressions';
import { appendAll } from '../lib/arrays';

/** Type names a literal or the column may be cast to in a CHECK, as pg_dump and the deparser write them. */
const CAST_WORDS = /^(array|cast|as|text|varchar|bpchar|character|varying|char|name|any|in)$/i;
const LITERAL = /'((?:[^']|'')*)'/g;

/**
 * The values a CHECK lists for the column, when it allows only listed literals (or NULL):
 * `lock = 'X'` (Synapse's single-row guard), `upper(TransactionType) IN ('W', 'S', 'P')`
 * (AdventureWorks), `phase::text = ANY (ARRAY['idle'::varchar, ...])` (Ecto's enum checks).
 * Undefined when no CHECK on the table reads so.
 */
function listedValues(column: Column, table: Table): string[] | undefined {
  const name = column.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const operand = new RegExp(`^(?:(?:upper|lower)\\()?"?${name}"?\\)?(?:::[a-z ]+)?\\s*(?:=\\s*ANY\\b|=|IN\\b)(.*)$`, 'is');
  const isNull = new RegExp(`^"?${name}"?\\s+IS\\s+NULL$`, 'i');
  for (const check of table.checks) {
    const values: string[] = [];
    const all = disjunctsOf(check.expression).every((term) => {
      if (isNull.test(term)) return true;
      const rest = operand.exec(term)?.[1];
      if (rest === undefined) return false;
      const literals = [...rest.matchAll(LITERAL)].map((m) => m[1]!.replace(/''/g, "'"));
      // Besides the literals, only casts, ARRAY[...] and punctuation: no column, call or operator.
      const words = rest.replace(LITERAL, ' ').match(/[a-z_]+/gi) ?? [];
      if (literals.length === 0 || !words.every((w) => CAST_WORDS.test(w)) || /[^\s\w,()[\]:]/.test(rest.replace(LITERAL, ' '))) return false;
      appendAll(values, literals);
      return true;
    });
    if (all && values.length > 0) return values;
  }
  return undefined;
}

/**
 * A CHECK that lists the column's values, each within the declared length: the list is the
 * rule, so the length limit can never bite and char(n)'s padding never shows (the single-row
 * `lock char(1) CHECK (lock = 'X')`, a one-letter code checked against its letters).
 */
function limitStatedByCheck(column: Column, table: Table): boolean {
  const values = listedValues(column, table);
  const limit = Number(column.type.modifiers[0] ?? 1);
  return values !== undefined && values.every((v) => [...v].length <= limit);
}

/**
 * The shortest and longest strings an anchored POSIX regex can match (`^[A-Z]{3}$` -> 3 and 3),
 * when it is a sequence of single-character atoms (a literal, `.`, an escape, a bracket class),
 * each optionally `?`, `{n}` or `{n,m}`; undefined for anything else (`*`, `+`, `{n,}`, groups,
 * alternation, a missing anchor).
 */
export function anchoredLengths(pattern: string): { min: number; max: number } | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return undefined;
  const body = pattern.slice(1, -1);
  let min = 0;
  let max = 0;
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '[') {
      // A bracket class; `]` right after `[` or `[^` is a member, not the end.
      let j = i + 1;
      if (body[j] === '^') j++;
      if (body[j] === ']') j++;
      while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      if (j >= body.length) return undefined;
      i = j + 1;
    } else if (ch === '\\') {
      if (i + 1 >= body.length) return undefined;
      i += 2;
    } else if ('()|*+?{}^$'.includes(ch)) {
      return undefined;
    } else {
      i++;
    }
    const rest = body.slice(i);
    const bounded = /^\{(\d+)(?:,(\d+))?\}/.exec(rest);
    if (rest.startsWith('?')) {
      max += 1;
      i += 1;
    } else if (bounded) {
      min += Number(bounded[1]);
      max += Number(bounded[2] ?? bounded[1]);
      i += bounded[0].length;
    } else if (/^[*+{]/.test(rest)) {
      return undefined;
    } else {
      min += 1;
      max += 1;
    }
  }
  return { min, max };
}

/**
 * A CHECK that matches the column against an anchored pattern within the declared length
 * (`currency char(3) CHECK (currency ~ '^[A-Z]{3}$')`, an ISO code): the pattern is the rule, so
 * the limit never bites, and a char(n) whose every match is n long never pads.
 */
function limitStatedByPattern(column: Column, table: Table): boolean {
  const name = column.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^\\(*"?${name}"?(?:::[a-z ]+)?\\)*\\s*~\\s*'((?:[^']|'')*)'(?:::[a-z ]+)?\\)*$`, 'is');
  const limit = Number(column.type.modifiers[0] ?? 1);
  const fixed = column.type.name === 'character';
  return table.checks.some((check) =>
    conjunctsOf(check.expression).some((term) => {
      const pattern = match.exec(term.trim())?.[1];
      const lengths = pattern === undefined ? undefined : anchoredLengths(pattern.replace(/''/g, "'"));
      if (!lengths) return false;
      return fixed ? lengths.min === limit && lengths.max === limit : lengths.max <= limit;
    }),
  );
}

/**
 * `char(1)` (or bare `character`, which is char(1)) or `varchar(1)`: a one-letter code (ejabberd's
 * roster `subscription`, `ask`; a privacy rule's `action`; Danbooru's `rating`). Nothing pads: a
 * value is one letter, and char's trailing blanks are insignificant, so '' and ' ' compare equal.
 * The limit is the column's meaning (one letter), not a guess that may be raised, so text with
 * CHECK (length(col) <= 1) would state the same thing in more words. Arrays are left to the rule.
 */
function isOneLetterCode(column: Column): boolean {
  if (column.type.arrayDims !== 0) return false;
  if (column.type.name === 'character') return Number(column.type.modifiers[0] ?? 1) === 1;
  return column.type.name === 'character varying' && Number(column.type.modifiers[0]) === 1;
}

/** A column named for its string type: `a_char_arr`, `a_character_varying`, `varchar_col`. */
const TYPE_WORD = /(^|_)(character_varying|character|varchar|bpchar|char)(?=_|$)/;

/**
 * A catalogue of types (PostgREST's openapi_types: a_char_arr beside a_text_arr, a_character beside
 * a_text) holds one column per type on purpose: a string column named for its type, beside a text
 * column named the same with `text` in its place, is there to be that type.
 */
function besideTextTwin(column: Column, table: Table): boolean {
  if (!TYPE_WORD.test(column.name)) return false;
  const twin = column.name.replace(TYPE_WORD, '$1text');
  return table.columns.some((o) => o !== column && o.name === twin && o.type.name === 'text' && o.type.arrayDims === column.type.arrayDims);
}

/**
 * `varchar(n)` and `char(n)`: in Postgres the length limit buys no speed or space, and raising it
 * later rewrote the table in old versions; `char(n)` pads with spaces that then compare oddly.
 * `text` with a CHECK on length states the rule and changes without a rewrite.
 */
export default columnTypeRule({
  meta: {
    id: 'prefer-text',
    category: 'types',
    description: 'Use text (with a CHECK where a limit matters) rather than varchar(n) or char(n).',
    recommended: 'off',
    strict: 'warn',
    pattern: 'sound-design',
  },
  matches: (c, t) => !c.type.schema && (c.type.name === 'character' || (c.type.name === 'character varying' && c.type.modifiers.length > 0)) && !isOneLetterCode(c) && !limitStatedByCheck(c, t) && !limitStatedByPattern(c, t) && !besideTextTwin(c, t),
  message: (t, c) => `Column ${t.name}.${c.name} is ${c.type.name}(${c.type.modifiers.join(',')}).`,
  help: 'text with CHECK (length(col) <= n) behaves the same, and the limit can change without touching the data.',
  replacement: (c) => ({ name: 'text', modifiers: [], arrayDims: c.type.arrayDims }),
  suggestOnly: true,
});
