/**
 * Splitting an edited text by re-reading only around the edit. The splitter is a left-to-right
 * scanner whose state is back to its start after a statement's `;` (a "resumable" offset,
 * split.ts), and what it does from such a point depends only on the text from there on. So:
 *
 * - statements that end at a resumable offset inside the unchanged prefix are the old ones;
 * - the scan resumes from the last such offset and goes on until it reaches a resumable offset
 *   inside the unchanged suffix that was also resumable in the old split (same state, same text
 *   from there): the old statements after it are reused, moved by the change in length.
 *
 * The result equals `splitStatements(text)` (test/core/parse/incremental-import.test.ts). Reused
 * statements keep their text string, which also makes the parse cache's look-ups cheap.
 */
import { type RawStatement, type SkippedBlock, type SplitResult, splitStatements } from './split';

export interface PreviousSplit {
  text: string;
  result: SplitResult;
}

/** Length of the common prefix of a and b. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b that does not overlap the first `prefix` characters. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Index of the last element of the sorted-where-set list `resumable` at or before `limit`. */
function lastResumableAtOrBefore(resumable: number[], limit: number): number {
  for (let i = resumable.length - 1; i >= 0; i--) {
    const at = resumable[i]!;
    if (at >= 0 && at <= limit) return i;
  }
  return -1;
}

export function splitIncrementally(text: string, previous: PreviousSplit | undefined): SplitResult {
  if (!previous || previous.text.length === 0) return splitStatements(text);
  if (previous.text === text) return previous.result;
  const old = previous.result;
  const prefix = commonPrefix(previous.text, text);
  const suffix = commonSuffix(previous.text, text, prefix);
  const delta = text.length - previous.text.length;

  // Resume after the last statement that ended, resumably, within the unchanged prefix.
  const kept = lastResumableAtOrBefore(old.resumable, prefix);
  const from = kept >= 0 ? old.resumable[kept]! : 0;

  // Old resumable offsets (after statement index) inside the unchanged suffix, by new offset.
  const suffixStart = text.length - suffix;
  const rejoin = new Map<number, number>();
  for (let i = old.resumable.length - 1; i > kept; i--) {
    const at = old.resumable[i]!;
    if (at < 0) continue;
    if (at + delta < suffixStart) break;
    rejoin.set(at + delta, i);
  }

  const middle = splitStatements(text, { from, stopAt: (offset) => rejoin.has(offset) });

  const statements: RawStatement[] = old.statements.slice(0, kept + 1);
  const resumable: number[] = old.resumable.slice(0, kept + 1);
  const skipped: SkippedBlock[] = old.skipped.filter((block) => block.end <= from);
  // Loops, not push(...xs): a file can hold hundreds of thousands of statements, more than a
  // call's arguments may number (RangeError: Maximum call stack size exceeded).
  for (const s of middle.statements) statements.push(s);
  for (const r of middle.resumable) resumable.push(r);
  for (const block of middle.skipped) skipped.push(block);
  let unterminated = middle.unterminated;
  if (middle.stoppedAt !== undefined) {
    const at = rejoin.get(middle.stoppedAt)!;
    const oldOffset = middle.stoppedAt - delta;
    for (let i = at + 1; i < old.statements.length; i++) {
      const s = old.statements[i]!;
      statements.push({ text: s.text, start: s.start + delta, end: s.end + delta, nestedSemicolon: s.nestedSemicolon });
      const r = old.resumable[i]!;
      resumable.push(r < 0 ? r : r + delta);
    }
    for (const block of old.skipped) {
      if (block.start >= oldOffset) skipped.push({ ...block, start: block.start + delta, end: block.end + delta });
    }
    // What the old text left open was left open after the point the split rejoined it.
    if (old.unterminated) unterminated = { ...old.unterminated, start: old.unterminated.start + delta };
  }
  return unterminated ? { statements, skipped, resumable, unterminated } : { statements, skipped, resumable };
}
