import { isInfrastructureTable } from './heuristics';
import { defineRule } from './types';

/** Stems of a postal address's lines: line1..3, address_line_1..3, street1..3, addr1..3. */
const ADDRESS_LINE = /(^|_)(line|address|addr|street)$/;
/** Columns that only a postal address has beside its lines. */
const ADDRESS_PART = /(^|_)(city|town|zip|zip_code|zipcode|postal_code|postcode|post_code)$/;

/**
 * A postal address's lines (Stripe's and every form's line1, line2, line3 beside city and postal
 * code): printed in order on an envelope, never searched as a set, and capped by the postal
 * format, not by the schema; a child table of lines would only make an address harder to read.
 */
function isAddressLines(stem: string, columns: { name: string }[]): boolean {
  return ADDRESS_LINE.test(stem) && columns.some((c) => ADDRESS_PART.test(c.name));
}

/**
 * Columns numbered like phone1, phone2, phone3 are a repeating group: the schema caps how many
 * there can be and every query must OR across them. A child table (or an array) models it.
 */
export default defineRule({
  meta: {
    id: 'no-incrementing-columns',
    category: 'structure',
    description: 'Numbered columns (x1, x2, x3) should be a child table.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        // A framework's generic slots (Quartz's qrtz_simprop_triggers str_prop_1..3) are its
        // design, not the application's to normalise.
        if (table.partitionOf || isInfrastructureTable(table)) return;
        const groups = new Map<string, number[]>();
        for (const column of table.columns) {
          const match = /^(.*?[a-z])_?(\d+)$/.exec(column.name);
          if (!match) continue;
          const list = groups.get(match[1]!) ?? [];
          list.push(Number(match[2]));
          groups.set(match[1]!, list);
        }
        for (const [stem, numbers] of groups) {
          // Two columns can be a genuine pair (address_line1/2); three in sequence is a group.
          const sorted = [...numbers].sort((a, b) => a - b);
          if (sorted.length < 3 || sorted[sorted.length - 1]! - sorted[0]! !== sorted.length - 1) continue;
          if (isAddressLines(stem.replace(/_$/, ''), table.columns)) continue;
          context.report({
            target: { schema: table.schema, table: table.name },
            message: `${table.name} has numbered columns ${stem}${sorted[0]}..${stem}${sorted[sorted.length - 1]}.`,
            help: `Move ${stem} values to a child table (one row each) so their number is not fixed by the schema.`,
          });
        }
      },
    };
  },
});
