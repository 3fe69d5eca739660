/**
 * Names the user types for new or renamed objects. They are taken literally (as a quoted
 * identifier would be), so `Orders` stays `Orders`; Postgres's own limits still apply.
 */
import { identifierBytes, MAX_IDENTIFIER_BYTES, quoteIdent } from '../../core/model';
import { fail } from './errors';

/** The problem with `name` as an identifier, or undefined when Postgres accepts it. */
export function identifierProblem(name: string, what = 'Name'): string | undefined {
  if (name.length === 0) return `${what} is empty.`;
  if (name !== name.trim()) return `${what} starts or ends with a space.`;
  if (name.includes('\0')) return `${what} contains a NUL character.`;
  const bytes = identifierBytes(name);
  if (bytes > MAX_IDENTIFIER_BYTES) return `${what} is ${bytes} bytes long; Postgres allows ${MAX_IDENTIFIER_BYTES}.`;
  return undefined;
}

/** Throws a DesignError when `name` is not a valid identifier. */
export function checkIdentifier(name: string, what = 'Name'): string {
  const problem = identifierProblem(name, what);
  if (problem) fail(problem);
  return name;
}

/**
 * A hint (not an error) when the name will need quotes in every query: upper case, spaces or a
 * reserved word. Designers usually want to know before they commit to it.
 */
export function quotingHint(name: string): string | undefined {
  if (!name || quoteIdent(name) === name) return undefined;
  return `Will be written ${quoteIdent(name)} (quoted) in SQL.`;
}
