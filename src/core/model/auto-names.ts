/**
 * The names Postgres gives to objects created without one (indexes, constraints, sequences).
 * Later statements in real files refer to these names (`ALTER TABLE t DROP CONSTRAINT t_email_key`),
 * so the model must produce exactly the same ones. Mirrors makeObjectName / ChooseRelationName /
 * ChooseConstraintName in src/backend/commands/indexcmds.c and catalog/pg_constraint.c.
 */
import { MAX_IDENTIFIER_BYTES, identifierBytes } from './names';

/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function clipBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const size = identifierBytes(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += ch;
  }
  return out;
}

/**
 * makeObjectName: `name1_name2_label`, shortening the longer of name1/name2 one byte at a time
 * until the whole fits in 63 bytes.
 */
export function makeObjectName(name1: string, name2: string | undefined, label: string): string {
  let name1Bytes = identifierBytes(name1);
  let name2Bytes = name2 ? identifierBytes(name2) : 0;
  let overhead = label ? identifierBytes(label) + 1 : 0;
  if (name2) overhead += 1;
  const available = MAX_IDENTIFIER_BYTES - overhead;
  while (name1Bytes + name2Bytes > available) {
    if (name1Bytes > name2Bytes) name1Bytes--;
    else name2Bytes--;
  }
  let result = clipBytes(name1, name1Bytes);
  if (name2) result += `_${clipBytes(name2, name2Bytes)}`;
  if (label) result += `_${label}`;
  return result;
}

/**
 * ChooseRelationName / ChooseConstraintName: the first of `name1_name2_label`,
 * `name1_name2_label1`, `..._label2`, ... that is not taken.
 */
export function chooseName(
  name1: string,
  name2: string | undefined,
  label: string,
  isTaken: (candidate: string) => boolean,
): string {
  let candidate = makeObjectName(name1, name2, label);
  for (let pass = 1; isTaken(candidate); pass++) {
    candidate = makeObjectName(name1, name2, `${label}${pass}`);
  }
  return candidate;
}

/**
 * ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: column names joined by `_`,
 * stopping once the result reaches 63 bytes. Expressions count as `expr`.
 */
export function nameAddition(columns: string[]): string {
  let result = '';
  for (const column of columns) {
    if (result) result += '_';
    result += column;
    if (identifierBytes(result) >= MAX_IDENTIFIER_BYTES) break;
  }
  return clipBytes(result, MAX_IDENTIFIER_BYTES);
}
