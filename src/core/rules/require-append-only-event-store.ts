import type { Table } from '../model/types';
import { column, mentions } from './heuristics';
import { tableRole } from './table-roles';
import { defineRule } from './types';

/**
 * A transactional outbox (or inbox) carries events too, but only until a relay has delivered
 * them: the relay marks each row (`published_at`, `attempts`, `next_attempt_at`) and deletes it
 * later. Its rows change by design, and the aggregate's own table, not the outbox, is the truth.
 */
const DELIVERY_STATE = /^((published|processed|dispatched|delivered|relayed|sent|acked|acknowledged)(_at|_on|_time)?|attempts|attempt_count|retry_count|retries|next_attempt_at|next_retry_at|last_error|locked_until)$/;

function isDeliveryQueue(table: Table, role: string): boolean {
  return role === 'staging' || role === 'queue' || table.columns.some((c) => DELIVERY_STATE.test(c.name.toLowerCase()));
}

/**
 * Event sourcing (pattern catalogue, tier 3): events are the source of truth, so the store must
 * (1) never hold two events at the same version of a stream, and (2) never change or lose an
 * event. The first is UNIQUE (stream_id, version); the second a trigger that rejects UPDATE and
 * DELETE (or rules / revoked privileges, which the model cannot see).
 */
export default defineRule({
  meta: {
    id: 'require-append-only-event-store',
    category: 'patterns',
    description: 'An event store needs UNIQUE (stream, version) and a guard against UPDATE and DELETE.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'event-store',
  },
  create(context) {
    return {
      table(table) {
        const stream = column(table, ['stream_id', 'aggregate_id', 'stream_name', 'entity_id']);
        const version = column(table, ['version', 'stream_version', 'sequence', 'sequence_number', 'aggregate_version']);
        const payload = column(table, ['payload', 'data', 'event_data', 'body']);
        if (!stream || !version || !payload || table.partitionOf) return;
        if (isDeliveryQueue(table, tableRole(table, context.schema).role)) return;
        // One row per entity with a version counter is optimistic locking, not an event stream.
        if (context.index.indexesOf(table).some((ix) => ix.unique && !ix.partial && ix.columns.length === 1 && ix.columns[0] === stream.name)) return;
        const pair = [stream.name, version.name];
        const unique = context.index.indexesOf(table).some((ix) => ix.unique && !ix.partial && ix.columns.length === 2 && pair.every((c) => ix.columns.includes(c)));
        const guarded = context.index.triggersOf(table).some(({ trigger, routine }) =>
          trigger.timing === 'before' && (trigger.events.includes('update') || trigger.events.includes('delete')) &&
          (!routine || mentions(routine.body, 'raise') || /append|immutable|forbid|prevent|reject/i.test(trigger.function.name)),
        );
        const problems = [unique ? '' : `UNIQUE (${pair.join(', ')})`, guarded ? '' : 'a trigger rejecting UPDATE and DELETE'].filter(Boolean);
        if (problems.length === 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Event store ${table.name} lacks ${problems.join(' and ')}.`,
          help: 'Two writers could append the same version, or history could be rewritten. The event-store pattern adds both guards.',
          fix: { kind: 'pattern', description: 'Apply the event-store pattern', pattern: 'event-store', target: { schema: table.schema, name: table.name } },
        });
      },
    };
  },
});
