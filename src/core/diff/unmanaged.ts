/**
 * What the differ does not migrate, said where it differs: objects the model keeps only as written
 * (aggregates, operators, foreign-data wrappers and servers) and statements it only counts (rules
 * other than views', event triggers, casts, publications, text search and other objects). The
 * differ emits nothing for them (docs/verify.md, "What is not compared"), so a change to them
 * would otherwise pass in silence: each difference becomes a note to write that part by hand.
 */
import type { OtherObjectCounts, Schema } from '../model/types';

/** Counted statements the migration leaves alone, by what they make. */
const COUNTED: [keyof OtherObjectCounts, string][] = [
  ['rules', "rules (other than views')"],
  ['eventTriggers', 'event triggers'],
  ['casts', 'casts'],
  ['publications', 'publications'],
  ['other', 'text search and other unmodelled objects'],
];

export function unmanagedDifferences(from: Schema, to: Schema): string[] {
  const notes: string[] = [];
  for (const key of new Set([...Object.keys(from.opaque), ...Object.keys(to.opaque)])) {
    const [a, b] = [from.opaque[key], to.opaque[key]];
    if (a && b && a.sql.trim() === b.sql.trim()) continue;
    const object = (a ?? b)!;
    const what = `${object.kind.replace(/-/g, ' ')} ${object.schema ? `${object.schema}.` : ''}${object.name}`;
    const change = !a ? 'is new in the target' : !b ? 'is gone from the target' : 'is defined differently in the target';
    notes.push(`Not migrated: ${what} ${change}; the model keeps such objects as written but does not migrate them: write that step by hand.`);
  }
  for (const [key, label] of COUNTED) {
    if (from.other[key] === to.other[key]) continue;
    notes.push(`Not migrated: ${label} differ (statements making them: ${from.other[key]} in the source, ${to.other[key]} in the target); the model counts them but does not migrate them: write that step by hand.`);
  }
  return notes;
}
