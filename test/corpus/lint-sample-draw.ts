/**
 * Draws a read sample of lint findings for a new round (docs/lint-precision.md, "Rounds"): per
 * rule, findings not read in any earlier round, ordered by a hash of the round's name (the seed,
 * fixed before the round is looked at) and the finding, preferring files not yet picked for the
 * rule. Heuristic rules (those that judge a table's purpose from names and shapes) get more.
 *
 * Used by lint-precision.test.ts when DRAW_LINT_SAMPLE=<round> is set: the drawn findings are
 * written, unjudged, to DRAW_OUT (default /tmp/lint-draw-<round>.json) to be read and judged.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Target } from '../../src/core/rules/types';

export interface DrawnFinding {
  set: string;
  file: string;
  rule: string;
  target: Target;
  message: string;
  line: number;
}

/**
 * Rules whose findings rest on reading a table's purpose or a name: up to holdout-26 they were
 * drawn eight per round and the others four (six and three up to holdout-10, when suggestions
 * were still drawn with the findings).
 */
export const HEURISTIC_RULES = new Set([
  'require-soft-delete',
  'require-audit-columns',
  'require-foreign-key',
  'no-type-tag-polymorphism',
  'prefer-surrogate-key',
  'require-updated-at-trigger',
  'require-fk-index',
  'require-partial-unique-for-soft-delete',
  'require-history-trigger',
  'require-parent-fk',
  'no-redundant-index',
  'require-primary-key',
  'prefer-bigint-pk',
]);

/**
 * Findings drawn per rule from holdout-27 on, for every rule. The target says no rule above 10%:
 * with eight or four read, one false finding is 12.5% or 25%, so only a round with no false
 * finding at all could meet it. Ten is the smallest draw at which one false finding is not above
 * 10%. A rule with fewer unread findings gives all it has.
 */
export const FINDING_QUOTA = 10;

/** How many findings of `rule` a round draws: rounds 11 to 26 drew eight and four, later ones ten. */
export function findingQuota(set: string, rule: string): number {
  const round = Number(/^holdout-(\d+)$/.exec(set)?.[1] ?? Infinity);
  if (round <= 26) return HEURISTIC_RULES.has(rule) ? 8 : 4;
  return FINDING_QUOTA;
}

export const targetKey = (t: Target) => JSON.stringify([t.schema, t.table ?? null, t.column ?? null, t.name ?? null]);

/**
 * Suggestions (reported at info in the strict preset: design questions the rule cannot settle from
 * the schema) are drawn into their own set, `<round>-suggestions`, three per rule: their rate is
 * measured and reported, but the precision target is about findings (warn and error).
 */
export const SUGGESTION_QUOTA = 3;
export const suggestionSet = (set: string) => `${set}-suggestions`;

export function drawSample(set: string, findings: Map<string, Diagnostic[]>, alreadyRead: { file: string; rule: string; target: Target }[]): DrawnFinding[] {
  const read = new Set(alreadyRead.map((e) => `${e.file}\0${e.rule}\0${targetKey(e.target)}`));
  const byStratum = new Map<string, { file: string; d: Diagnostic; hash: string }[]>();
  for (const [file, diagnostics] of findings) {
    for (const d of diagnostics) {
      if (read.has(`${file}\0${d.ruleId}\0${targetKey(d.target)}`)) continue;
      const hash = createHash('sha256').update([set, file, d.ruleId, targetKey(d.target), d.message].join('\0')).digest('hex');
      const stratum = `${d.severity === 'info' ? suggestionSet(set) : set}\0${d.ruleId}`;
      const list = byStratum.get(stratum) ?? [];
      list.push({ file, d, hash });
      byStratum.set(stratum, list);
    }
  }
  const drawn: DrawnFinding[] = [];
  for (const stratum of [...byStratum.keys()].sort()) {
    const [stratumSet, rule] = stratum.split('\0') as [string, string];
    const candidates = byStratum.get(stratum)!.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const quota = stratumSet !== set ? SUGGESTION_QUOTA : findingQuota(set, rule);
    const picked: typeof candidates = [];
    // First pass: one per file; second: fill the quota in hash order.
    for (const c of candidates) if (picked.length < quota && !picked.some((p) => p.file === c.file)) picked.push(c);
    for (const c of candidates) if (picked.length < quota && !picked.includes(c)) picked.push(c);
    for (const { file, d } of picked) drawn.push({ set: stratumSet, file, rule, target: d.target, message: d.message, line: d.line });
  }
  return drawn;
}
