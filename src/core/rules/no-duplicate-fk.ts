import type { ForeignKey, Table } from '../model/types';
import { columnsNamed, ownForeignKeys } from './heuristics';
import { defineRule } from './types';

/** Column -> referenced column pairs of a key, as comparable text. */
function pairs(fk: ForeignKey): string[] {
  return fk.columns.map((c, i) => `${c}->${fk.referencedColumns[i] ?? ''}`);
}

function sameTarget(a: ForeignKey, b: ForeignKey): boolean {
  return a.references.schema === b.references.schema && a.references.name === b.references.name;
}

function sameBehaviour(a: ForeignKey, b: ForeignKey): boolean {
  return a.onDelete === b.onDelete && a.onUpdate === b.onUpdate && a.deferrable === b.deferrable && a.initiallyDeferred === b.initiallyDeferred && a.match === b.match;
}

/**
 * Whether `wide` checks every row `narrow` checks, so `narrow` adds nothing: its column pairs are
 * among `wide`'s, and `wide` is checked whenever `narrow`'s columns are set (MATCH FULL, or its
 * other columns NOT NULL).
 */
function implies(table: Table, wide: ForeignKey, narrow: ForeignKey): boolean {
  if (!sameTarget(wide, narrow) || narrow.columns.length >= wide.columns.length) return false;
  const widePairs = new Set(pairs(wide));
  if (!pairs(narrow).every((p) => widePairs.has(p))) return false;
  if (wide.match === 'full') return true;
  return wide.columns.filter((c) => !narrow.columns.includes(c)).every((c) => columnsNamed(table, c)[0]?.notNull);
}

/**
 * Foreign keys that check the same thing twice (pg-index-health duplicated_foreign_keys): the same
 * columns to the same referenced columns, or one whose check another already makes (a key on
 * (user_id) beside one on (tenant_id, user_id) to the same table, all NOT NULL). Each costs a
 * lookup per insert and update, and a trigger per parent delete.
 */
export default defineRule({
  meta: {
    id: 'no-duplicate-fk',
    category: 'keys',
    description: 'No two foreign keys of a table may check the same reference.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const ref = { schema: table.schema, name: table.name };
        for (const { fk, other, kind } of redundantForeignKeys(table)) {
          const drop = { kind: 'changes' as const, description: `Drop ${fk.name} on ${table.name}`, changes: [{ kind: 'drop-constraint' as const, table: ref, name: fk.name }] };
          if (kind === 'duplicate') {
            const same = sameBehaviour(other, fk);
            context.report({
              target: { schema: table.schema, table: table.name, name: fk.name },
              message: `Foreign key ${fk.name} (${fk.columns.join(', ')}) duplicates ${other.name}${same ? '' : ', with other actions'}.`,
              help: same
                ? 'Both run the same check on every write. Drop one.'
                : 'Both run the same check; their ON DELETE / ON UPDATE differ, so which one acts first decides what happens to a parent delete. Keep the one with the behaviour you want.',
              source: fk.source,
              ...(same ? { fix: drop } : { suggestions: [drop] }),
            });
            continue;
          }
          context.report({
            target: { schema: table.schema, table: table.name, name: fk.name },
            message: `Foreign key ${fk.name} (${fk.columns.join(', ')}) is implied by ${other.name} (${other.columns.join(', ')}) to the same table.`,
            help: `Every row ${fk.name} checks, ${other.name} checks too (its other columns are NOT NULL). Drop ${fk.name} unless a tool needs it.`,
            source: fk.source,
            suggestions: [drop],
          });
        }
      },
    };
  },
});

/**
 * The foreign keys of a table that check nothing another does: a duplicate of an earlier key
 * (same column pairs to the same table, in any order), or a key implied by a wider one that acts
 * the same way. `other` is the key it repeats.
 */
export function redundantForeignKeys(table: Table): { fk: ForeignKey; other: ForeignKey; kind: 'duplicate' | 'implied' }[] {
  const out: { fk: ForeignKey; other: ForeignKey; kind: 'duplicate' | 'implied' }[] = [];
  const foreignKeys = ownForeignKeys(table);
  if (foreignKeys.length < 2) return out;
  foreignKeys.forEach((fk, i) => {
    const same = foreignKeys.find((other, j) => j < i && sameTarget(other, fk) && pairs(other).sort().join() === pairs(fk).sort().join());
    if (same) {
      out.push({ fk, other: same, kind: 'duplicate' });
      return;
    }
    const wide = foreignKeys.find((other) => other !== fk && sameBehaviour(other, fk) && implies(table, other, fk));
    if (wide) out.push({ fk, other: wide, kind: 'implied' });
  });
  return out;
}
