/**
 * The table "Agreement with splinter and pg-index-health" in docs/lint-precision.md, as
 * corpus-counts.test.ts computes it over the whole corpus: one row per peer check (both, peer
 * only, ours only), and in the last column each listed difference with the number of keys the
 * test classed under it. The reasons' words are the ones peer-agreement.ts gives (`explain`,
 * written and reviewed there); every number is the test's. The test fails when the doc's table
 * differs; `UPDATE_PEER_AGREEMENT=1 npx vitest run test/corpus/corpus-counts.test.ts` rewrites it.
 */
import { PEER_CHECKS, type PeerComparison } from './peer-agreement';

export const TABLE_HEADER = '| peer check | rule | both | peer only | ours only | listed differences (keys the test classed so) |';
const TABLE_RULE = '|---|---|---:|---:|---:|---|';

/** The comparisons of every file summed per check, in PEER_CHECKS order. */
export function sumComparisons(perFile: PeerComparison[][]): PeerComparison[] {
  const totals = PEER_CHECKS.map((c): PeerComparison => ({ peer: c.peer, rule: c.rule, both: 0, peerOnly: 0, oursOnly: 0, reasons: {}, unexplained: [] }));
  for (const comparisons of perFile) {
    comparisons.forEach((c, i) => {
      const total = totals[i]!;
      total.both += c.both;
      total.peerOnly += c.peerOnly;
      total.oursOnly += c.oursOnly;
      for (const [reason, n] of Object.entries(c.reasons)) total.reasons[reason] = (total.reasons[reason] ?? 0) + n;
      total.unexplained.push(...c.unexplained);
    });
  }
  return totals;
}

/** `peer only: 202 served by ...; 3 served by .... ours only: 3 ...` (largest first in each side). */
function differences(c: PeerComparison, note: string | undefined): string {
  const sides = (['peer only', 'ours only'] as const).flatMap((side) => {
    const items = Object.entries(c.reasons)
      .filter(([reason]) => reason.startsWith(`${side}: `))
      .map(([reason, n]) => [reason.slice(side.length + 2), n] as const)
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([reason, n]) => `${n} ${reason}`);
    return items.length > 0 ? [`${side}: ${items.join('; ')}`] : [];
  });
  if (c.unexplained.length > 0) sides.push(`unexplained: ${c.unexplained.length}`);
  const text = sides.join('. ');
  return note ? (text ? `${text}. ${note}` : note) : text;
}

/** The table as markdown lines. */
export function renderTable(totals: PeerComparison[]): string[] {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    TABLE_HEADER,
    TABLE_RULE,
    ...totals.map((c, i) => `| ${c.peer} | ${c.rule} | ${c.both} | ${c.peerOnly} | ${c.oursOnly} | ${escape(differences(c, PEER_CHECKS[i]!.note))} |`),
  ];
}

/** The doc's table (its lines from the header to the last row), or undefined when it has none. */
export function tableIn(doc: string): { start: number; end: number; lines: string[] } | undefined {
  const lines = doc.split('\n');
  const start = lines.indexOf(TABLE_HEADER);
  if (start < 0) return undefined;
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  return { start, end, lines: lines.slice(start, end) };
}

/** The doc with its table replaced by `table`. */
export function withTable(doc: string, table: string[]): string {
  const found = tableIn(doc);
  if (!found) throw new Error(`docs/lint-precision.md has no line "${TABLE_HEADER}" to put the table under`);
  const lines = doc.split('\n');
  lines.splice(found.start, found.end - found.start, ...table);
  return lines.join('\n');
}
