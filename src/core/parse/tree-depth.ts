/**
 * How deeply a parse tree nests, measured without recursion (a tree thousands of levels deep
 * would overflow the stack of a recursive walker, ours or the deparser's).
 *
 * Real schemas nest a few dozen levels; generated SQL can nest far more (a CASE inside a CASE a
 * thousand times, a `||` chain of thousands of terms). The deparser's pretty printer re-indents
 * each level's text, which costs the square of the depth (a 1,000-deep CASE took 15 s), and it
 * overflows its stack some 3,000 levels down. So: past PRETTY_DEPTH a node is deparsed on one
 * line (linear), and past MAX_DEPTH a statement is not read at all, with an issue saying where.
 */

/** Nodes deeper than this are deparsed without pretty printing. */
export const PRETTY_DEPTH = 200;

/** Statements whose tree is deeper than this are refused (levels of the JSON tree). */
export const MAX_DEPTH = 2_000;

export interface DepthReport {
  /** The depth reached, or `limit + 1` when the walk stopped past the limit. */
  depth: number;
  /** The parser location (offset into the statement) nearest above the deepest point, if any. */
  location?: number;
}

/** The depth of `tree` (objects and arrays), stopping as soon as it exceeds `limit`. */
export function treeDepth(tree: unknown, limit: number): DepthReport {
  let max = 0;
  let location: number | undefined;
  const stack: { node: unknown; depth: number; location: number | undefined }[] = [{ node: tree, depth: 1, location: undefined }];
  while (stack.length > 0) {
    const { node, depth, location: above } = stack.pop()!;
    const here = node && typeof node === 'object' && typeof (node as { location?: unknown }).location === 'number' && (node as { location: number }).location >= 0 ? (node as { location: number }).location : above;
    if (depth > max) {
      max = depth;
      location = here;
      if (max > limit) return { depth: max, ...(location !== undefined ? { location } : {}) };
    }
    if (node && typeof node === 'object') {
      for (const child of Object.values(node)) if (child && typeof child === 'object') stack.push({ node: child, depth: depth + 1, location: here });
    }
  }
  return { depth: max, ...(location !== undefined ? { location } : {}) };
}
