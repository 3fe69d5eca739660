/**
 * A NOT VALID check the migration adds to a table with children: the ALTER gives every child a
 * NOT VALID copy, where the target has validated copies on children created after the check (see
 * not-valid-checks.ts). Those are validated after it: a new child has no rows to read; an existing
 * one is read in a transaction of its own, as any validation.
 */
import type { QualifiedName, Schema, Table } from '../model/types';
import { validateCopySql, validatedCopies } from './not-valid-checks';
import { statement } from './plan-statement';
import type { PlannedStatement } from './plan-types';

export function validatedCopyStatements(target: Schema, table: Table, name: string, existing: (t: QualifiedName) => boolean): PlannedStatement[] {
  return validatedCopies(target, table, name).map((child) => (existing(child)
    ? statement({ sql: validateCopySql(child, name), description: `Validate check ${name} on ${child.name} (its copy of ${table.name}'s) against its rows (writes go on)`, phase: 'validate', hazards: ['validation-scan'], ownTransaction: true })
    : statement({ sql: validateCopySql(child, name), description: `Check ${name} on ${child.name} (its copy of ${table.name}'s) validated, as Postgres validates it on a new table`, phase: 'constraints', squawkIgnore: { rules: ['constraint-missing-not-valid'], reason: `${child.name} is created by this migration: the validation reads no rows, and Postgres would have validated its copy had the check come first` } })));
}
