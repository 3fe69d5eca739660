import { hasVersionsPerEntity, periodPair, rangeColumns } from './effective-dating';
import { defineRule } from './types';

/**
 * A period stored as two timestamp columns cannot be constrained against overlaps (EXCLUDE needs
 * one range value), and every query re-implements half-open interval logic. A tstzrange /
 * daterange column says it once, with operators (`@>`, `&&`) and GiST indexing.
 */
export default defineRule({
  meta: {
    id: 'prefer-range-for-effective-dating',
    category: 'patterns',
    description: 'Store a validity period as a range (tstzrange / daterange), not two columns.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'effective-dating',
  },
  create(context) {
    return {
      table(table) {
        if (table.partitionOf) return;
        const pair = periodPair(table);
        if (!pair || !hasVersionsPerEntity(table)) return;
        // A range column already holds the period (the pair is often kept beside it, or generated
        // from it, for tools that do not read ranges).
        if (rangeColumns(table).length > 0) return;
        const kind = pair[0].type.name === 'date' ? 'daterange' : 'tstzrange';
        context.report({
          target: { schema: table.schema, table: table.name, column: pair[0].name },
          message: `${table.name} stores its period as ${pair[0].name} / ${pair[1].name}.`,
          help: `A ${kind} column holds the period as one value that EXCLUDE constraints, GiST indexes and range operators understand.`,
          source: pair[0].source,
          suggestions: [{ kind: 'pattern', description: `Apply effective-dating to ${table.name}`, pattern: 'effective-dating', target: { schema: table.schema, name: table.name } }],
        });
      },
    };
  },
});
