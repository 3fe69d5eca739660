/** Which canvas nodes are drawn from the last good version of a statement that does not parse now. */
import type { StaleStatement } from '../../core/parse';

/** Node key -> line of the broken statement; undefined when nothing is stale. */
export function staleByNode(stale: readonly StaleStatement[] | undefined): ReadonlyMap<string, number> | undefined {
  if (!stale || stale.length === 0) return undefined;
  const out = new Map<string, number>();
  for (const statement of stale) for (const key of statement.objects) if (!out.has(key)) out.set(key, statement.line);
  return out;
}
