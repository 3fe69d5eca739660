import type { Table } from '../model/types';
import { isLedgerTable } from './heuristics';
import { defineRule } from './types';

/**
 * `timestamp without time zone` stores a wall-clock reading with no zone: the same instant is
 * stored differently by clients in different zones, and DST makes some values ambiguous.
 * `timestamptz` stores an instant (UTC) and converts on display; it costs the same 8 bytes.
 */
export default defineRule({
  meta: {
    id: 'prefer-timestamptz',
    category: 'types',
    description: 'Use timestamp with time zone (timestamptz) rather than timestamp or timetz.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        // A migration ledger's column types are its tool's business (Rails' ar_internal_metadata).
        if (table.partitionOf || isLedgerTable(table)) return;
        for (const column of table.columns) {
          if (column.inherited || column.type.schema) continue;
          if (column.type.name === 'time with time zone') {
            // timetz: a time of day with a fixed UTC offset, which cannot follow daylight saving
            // (the Postgres docs advise against it). No cast turns it into an instant.
            context.report({
              target: { schema: table.schema, table: table.name, column: column.name },
              message: `Column ${table.name}.${column.name} is time with time zone (timetz).`,
              help: 'A time of day with a fixed offset cannot follow daylight saving: store an instant as timestamptz, or a wall-clock time as time (with the zone in its own column).',
              source: column.source,
            });
            continue;
          }
          if (column.type.name !== 'timestamp without time zone') continue;
          if (hasDateTwin(table, column.name)) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: column.name },
            message: `Column ${table.name}.${column.name} is timestamp without time zone.`,
            help: 'Use timestamptz: it records an instant, not a local clock reading. Existing values are read in the session time zone when converted.',
            source: column.source,
            fix: {
              kind: 'changes',
              description: `Change ${table.name}.${column.name} to timestamptz`,
              changes: [
                {
                  kind: 'alter-column',
                  table: { schema: table.schema, name: table.name },
                  column: column.name,
                  set: { type: { ...column.type, name: 'timestamp with time zone' } },
                },
              ],
            },
          });
        }
      },
    };
  },
});

/**
 * A clock reading kept beside its own calendar date: `visit_start_datetime timestamp` next to
 * `visit_start_date date` (OMOP's clinical tables, where the date is required and the time is
 * added when the source has one). The pair records the local date and the local time of day of
 * the same event; as timestamptz the reading would become an instant, and its date would then
 * depend on the session's TimeZone and could disagree with the date column beside it. Such
 * readings come from sources that give no zone: there is none to store.
 */
function hasDateTwin(table: Table, name: string): boolean {
  const stem = /^(.+)_(datetime|timestamp|time|dt|ts)$/.exec(name)?.[1];
  if (stem === undefined) return false;
  return table.columns.some((c) => c.name === `${stem}_date` && c.type.name === 'date' && c.type.arrayDims === 0);
}
