/**
 * The patterns turned on for each table, as the canvas shows them: short labels on the node's
 * header. Only applications that took effect count; a declined one is the Patterns panel's to
 * explain.
 */
import { keyOf } from '../../core/model/names';
import type { PatternOutcome } from '../../core/document/patterns';
import { lookupTable } from '../../core/model/lookup';

/** Short enough for a pill on a 260 px node header; the full title is in the Patterns panel. */
const SHORT_LABELS = lookupTable<string>({
  'audit-columns': 'audit',
  'history-table': 'history',
  'soft-delete': 'soft delete',
  'polymorphic-arc': 'arc',
  'effective-dating': 'dated',
  'adjacency-list': 'tree',
  'ltree-path': 'ltree',
  'outbox-publisher': 'outbox',
  'mv-concurrent-refresh': 'refresh',
});

export function shortPatternLabel(id: string): string {
  return SHORT_LABELS[id] ?? id;
}

/** Node key -> short labels of the patterns applied to it, in the order they were turned on. */
export function patternsByNode(outcomes: readonly PatternOutcome[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const outcome of outcomes) {
    const target = outcome.application.target;
    if (outcome.status !== 'applied' || !target) continue;
    const key = keyOf(target);
    const labels = out.get(key) ?? [];
    const label = shortPatternLabel(outcome.application.pattern);
    if (!labels.includes(label)) labels.push(label);
    out.set(key, labels);
  }
  return out;
}
