/** Every pattern, in the order the UI lists them (per table, then per view, then per schema). */
import adjacencyList from './adjacency-list';
import auditColumns from './audit-columns';
import effectiveDating from './effective-dating';
import eventStore from './event-store';
import historyTable from './history-table';
import idempotencyKeys from './idempotency-keys';
import ltreePath from './ltree-path';
import mvConcurrentRefresh from './mv-concurrent-refresh';
import outbox from './outbox';
import outboxPublisher from './outbox-publisher';
import polymorphicArc from './polymorphic-arc';
import softDelete from './soft-delete';
import type { Pattern, PatternId } from './types';

export const PATTERNS: readonly Pattern<object>[] = [
  auditColumns,
  historyTable,
  softDelete,
  polymorphicArc,
  effectiveDating,
  adjacencyList,
  ltreePath,
  outboxPublisher,
  mvConcurrentRefresh,
  eventStore,
  outbox,
  idempotencyKeys,
] as unknown as readonly Pattern<object>[];

export const PATTERNS_BY_ID: Readonly<Record<PatternId, Pattern<object>>> = Object.fromEntries(PATTERNS.map((p) => [p.id, p])) as Record<PatternId, Pattern<object>>;
