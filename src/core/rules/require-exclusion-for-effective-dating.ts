import { hasVersionsPerEntity, isSystemTimePeriod, periodPair, rangeColumns } from './effective-dating';
import { defineRule } from './types';
import { describeSite, unseenChange } from './unseen';

/**
 * Effective dating (pattern catalogue): versions of an entity must not overlap in time, or two
 * prices are "current" at once. Only an EXCLUDE constraint (btree_gist: entity WITH =, period
 * WITH &&) lets the database guarantee it; application checks race.
 */
export default defineRule({
  meta: {
    id: 'require-exclusion-for-effective-dating',
    category: 'patterns',
    description: 'Effective-dated rows need an EXCLUDE constraint that forbids overlapping periods per entity.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'effective-dating',
  },
  create(context) {
    return {
      table(table) {
        if (table.partitionOf) return;
        const pair = periodPair(table);
        const ranges = rangeColumns(table).filter((c) => !isSystemTimePeriod(c));
        if ((!pair && ranges.length === 0) || !hasVersionsPerEntity(table)) return;
        const guarded = table.exclusions.some((x) => x.elements.some((e) => e.operator === '&&'));
        if (guarded) return;
        const what = pair ? `${pair[0].name} / ${pair[1].name}` : ranges.map((r) => r.name).join(', ');
        // A temporal-keys extension (periods.add_unique_key, ...) adds the EXCLUDE itself.
        const unseen = unseenChange(context.schema, table, ['constraint']);
        context.report({
          target: { schema: table.schema, table: table.name, column: pair?.[0].name ?? ranges[0]?.name },
          message: unseen
            ? `${table.name} is effective-dated (${what}); could not see an EXCLUDE constraint against overlapping periods: ${describeSite(unseen)} may add one.`
            : `${table.name} is effective-dated (${what}) but nothing prevents overlapping periods.`,
          help: 'Add EXCLUDE USING gist (<entity key> WITH =, <period range> WITH &&) (extension btree_gist).',
          fix: { kind: 'pattern', description: `Apply effective-dating to ${table.name}`, pattern: 'effective-dating', target: { schema: table.schema, name: table.name } },
        });
      },
    };
  },
});
