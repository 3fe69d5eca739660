/**
 * Array helpers for inputs of any size. A spread call (`push(...items)`, `Math.max(...values)`)
 * passes every item as an argument, and past about a hundred thousand of them V8 throws
 * "RangeError: Maximum call stack size exceeded": a 50 MB dump has 265,000 statements, a wide
 * table 100,000 columns. These loop instead (test/core/no-spread-calls.test.ts keeps src free of
 * spread calls).
 */

/** Appends the items to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value; -Infinity when there is none (as Math.max()). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The smallest value; Infinity when there is none (as Math.min()). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}
