import { keyOf } from '../model/names';
import type { SchemaChange } from '../changes/types';
import { defineRule } from './types';

/**
 * A foreign key or CHECK added `NOT VALID` and never validated: Postgres enforces it for new and
 * changed rows but has never checked the rows already there, so queries cannot rely on it and
 * the planner does not use a CHECK to exclude partitions. `ADD ... NOT VALID` is meant to be
 * followed by `VALIDATE CONSTRAINT` (which takes only a SHARE UPDATE EXCLUSIVE lock).
 */
export default defineRule({
  meta: {
    id: 'no-unvalidated-constraint',
    category: 'keys',
    description: 'Constraints added NOT VALID must be validated later.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const ref = { schema: table.schema, name: table.name };
        const constraints = [
          ...table.foreignKeys.filter((fk) => fk.notValid).map((c) => ({ c, kind: 'Foreign key' })),
          // A copy on a partition or child is validated with its parent's.
          ...table.checks.filter((ch) => ch.notValid && !ch.inherited).map((c) => ({ c, kind: 'Check constraint' })),
        ];
        for (const { c, kind } of constraints) {
          const validate: SchemaChange = { kind: 'validate-constraint', table: ref, name: c.name };
          context.report({
            target: { schema: table.schema, table: table.name, name: c.name },
            message: `${kind} ${c.name} on ${table.name} is NOT VALID and never validated: rows that were there before it may break it.`,
            help: `Run ALTER TABLE ${table.name} VALIDATE CONSTRAINT ${c.name}; it scans the table under a lock that lets reads and writes continue, and fails if a row breaks it.`,
            source: c.source,
            fix: { kind: 'changes', description: `Validate ${c.name} on ${table.name}`, changes: [validate] },
          });
        }
      },
      end() {
        for (const type of Object.values(context.schema.types)) {
          if (type.kind !== 'domain') continue;
          for (const check of type.checks.filter((ch) => ch.notValid)) {
            context.report({
              target: { schema: type.schema, name: `${type.name}.${check.name}` },
              message: `Check ${check.name} of domain ${type.name} is NOT VALID and never validated: values stored before it may break it.`,
              help: `Run ALTER DOMAIN ${keyOf(type)} VALIDATE CONSTRAINT ${check.name}.`,
              ...(type.source ? { source: type.source } : {}),
            });
          }
        }
      },
    };
  },
});
