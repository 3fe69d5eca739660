import { keywordKindOf } from '@pgsql/quotes';
import type { QualifiedName } from './types';

/** Postgres truncates identifiers to NAMEDATALEN - 1 bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

const SIMPLE_IDENTIFIER = /^[a-z_][a-z0-9_$]*$/;

/** Byte length of a name in UTF-8, which is what Postgres's 63-byte limit counts. */
export function identifierBytes(name: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name.length;
  return new TextEncoder().encode(name).length;
}

/**
 * Quotes an identifier exactly when Postgres's quote_identifier would: anything that is not a
 * lower-case simple name, or that is a keyword other than an unreserved one.
 */
const quoted = new Map<string, string>();

export function quoteIdent(name: string): string {
  let result = quoted.get(name);
  if (result === undefined) {
    const kind = SIMPLE_IDENTIFIER.test(name) ? keywordKindOf(name) : undefined;
    result = kind === 'NO_KEYWORD' || kind === 'UNRESERVED_KEYWORD' ? name : `"${name.replace(/"/g, '""')}"`;
    if (quoted.size > 100_000) quoted.clear();
    quoted.set(name, result);
  }
  return result;
}

export function quoteQualified(ref: QualifiedName): string {
  return `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;
}

/** The key objects are stored under in the model's records: the quoted qualified name. */
export function qualifiedKey(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export function keyOf(ref: QualifiedName): string {
  return qualifiedKey(ref.schema, ref.name);
}

export function sameName(a: QualifiedName, b: QualifiedName): boolean {
  return a.schema === b.schema && a.name === b.name;
}

/** Quotes a string literal the way Postgres's quote_literal does (standard_conforming_strings). */
export function quoteLiteral(value: string): string {
  if (value.includes('\\')) return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return `'${value.replace(/'/g, "''")}'`;
}
