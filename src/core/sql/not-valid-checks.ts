/**
 * Copies of a NOT VALID check that are validated.
 *
 * NOT VALID only holds on a table that exists: a check written in CREATE TABLE is validated, and
 * so is the copy a new child (PARTITION OF, INHERITS) takes of its parent's NOT VALID check; the
 * copies that children existing at the parent's ADD ... NOT VALID take are NOT VALID. The printed
 * schema and a migration add a parent's NOT VALID check once its children exist, so every copy is
 * NOT VALID at first; the children whose copies the model has validated have them validated
 * again (VALIDATE on a child is allowed, and reaches that child's own children).
 */
import { sameName } from '../model/names';
import type { Schema, Table } from '../model/types';
import { checkSql } from './print-parts';
import { quoteIdent, quoteQualified } from './safe-text';

/**
 * The topmost descendants of `table` in `schema` whose copy of its check `name` is validated
 * (below a validated copy, every copy is validated: Postgres validates a check on the children too).
 */
export function validatedCopies(schema: Schema, table: Table, name: string): Table[] {
  const children = Object.values(schema.tables).filter((t) => (t.partitionOf ? sameName(t.partitionOf.parent, table) : t.inherits.some((p) => sameName(p, table))));
  return children.flatMap((child) => {
    const copy = child.checks.find((c) => c.name === name);
    if (!copy) return [];
    return copy.notValid ? validatedCopies(schema, child, name) : [child];
  });
}

export function validateCopySql(table: Table, name: string): string {
  return `ALTER TABLE ${quoteQualified(table)} VALIDATE CONSTRAINT ${quoteIdent(name)};`;
}

/** The table's own NOT VALID checks added, each followed by its validated copies' VALIDATE. */
export function notValidCheckStatements(table: Table, schema: Schema): string[] {
  return table.checks.filter((c) => !c.inherited && c.notValid).flatMap((c) => [
    `ALTER TABLE ${quoteQualified(table)} ADD ${checkSql(c)};`,
    ...validatedCopies(schema, table, c.name).map((child) => validateCopySql(child, c.name)),
  ]);
}
