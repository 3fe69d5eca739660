import { isLedgerTable, isPrismaImplicitJoinTable } from './heuristics';
import { protocolFieldNames } from './protocol-names';
import { defineRule } from './types';

type Style = 'snake_case' | 'camelCase' | 'PascalCase' | 'UPPER_SNAKE_CASE' | 'other';

/**
 * One word in lower case, or in a script without case (Arabic, Persian, Chinese...): every
 * style at once. Accented lower-case letters count as lower case.
 */
const WORD = /^[\p{Ll}\p{Lo}\p{Lm}][\p{Ll}\p{Lo}\p{Lm}\p{Nd}]*$/u;

/**
 * One word in capitals (GRANTOR, ROLES, ID): an UPPER_SNAKE_CASE name of one word, or an acronym
 * in PascalCase; it counts for neither and fits both.
 */
const UPPER_WORD = /^\p{Lu}[\p{Lu}\p{Nd}]*$/u;

/**
 * Leading underscores mark a name (the columns a framework maintains itself: Frappe's
 * `_user_tags`, `_last_update`); the name behind the marker carries the style, and Postgres takes
 * a leading underscore unquoted.
 */
function unmarked(name: string): string {
  return name.replace(/^_+(?=[^_])/, '');
}

function styleOf(name: string): Style {
  // Double underscores (auth__basic__username) nest names; still snake_case.
  if (/^[\p{Ll}\p{Lo}\p{Lm}][\p{Ll}\p{Lo}\p{Lm}\p{Nd}]*(_+[\p{Ll}\p{Lo}\p{Lm}\p{Nd}]+)*$/u.test(name)) return 'snake_case';
  // Quoted capitals with underscores, as Java tools write them for every database
  // (Hive's metastore: "PART_COL_PRIVS", "PRINCIPAL_NAME").
  if (/^\p{Lu}[\p{Lu}\p{Nd}]*(_+[\p{Lu}\p{Nd}]+)+$/u.test(name)) return 'UPPER_SNAKE_CASE';
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(name)) return 'camelCase';
  if (/^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$/.test(name)) return 'PascalCase';
  return 'other';
}

/**
 * Mixed naming styles (snake_case tables next to "CamelCase" ones). In Postgres every
 * non-lower-case name must be double-quoted in every query forever; mixing styles makes each
 * query a guess. Table names and column names each have their own dominant style: an ORM may
 * name tables one way and columns another (Prisma's PascalCase models with camelCase fields),
 * which is as predictable as one style. Names an outside protocol fixes (an OAuth token
 * response's `access_token` among camelCase fields) are neither counted nor reported, nor are
 * migration ledgers and Prisma's implicit many-to-many tables (`_CategoryToPost (A, B)`), which
 * their tool names.
 * Reported once per table.
 */
export default defineRule({
  meta: {
    id: 'consistent-naming',
    category: 'naming',
    description: 'Tables and columns should follow the schema\'s dominant naming style.',
    // A style question: a framework's own markers, a second ORM's tables and a vendor's
    // upper-case names are each consistent by their own convention (held out: 13 of 33
    // dismissed). It asks; it never fails a check.
    recommended: 'info',
    strict: 'info',
    pattern: 'sound-design',
    foreignTables: true,
  },
  create(context) {
    // Names repeat across tables (id, created_at...): each is classified once per run.
    const styles = new Map<string, Style | undefined>();
    const styleCounted = (name: string): Style | undefined => {
      let style = styles.get(name);
      if (style === undefined && !styles.has(name)) {
        // A single lower-case word is every style at once.
        const bare = unmarked(name);
        style = /^[a-z0-9]+$/.test(bare) || WORD.test(bare) || UPPER_WORD.test(bare) ? undefined : styleOf(bare);
        styles.set(name, style);
      }
      return style;
    };
    const dominantOf = (names: Iterable<string>): Style | undefined => {
      const counts = new Map<Style, number>();
      for (const name of names) {
        const style = styleCounted(name);
        if (style !== undefined) counts.set(style, (counts.get(style) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    // A migration tool's ledger is named by the tool (Entity Framework's __EFMigrationsHistory),
    // and so is Prisma's implicit many-to-many table.
    const toolNamed = (t: (typeof context.index.tables)[number]) => isLedgerTable(t) || isPrismaImplicitJoinTable(t);
    const tables = context.index.tables.filter((t) => !toolNamed(t));
    const ownColumns = (table: (typeof tables)[number]) => {
      const protocolNames = protocolFieldNames(table.columns.map((c) => c.name));
      return table.columns.filter((c) => !protocolNames.has(c.name));
    };
    const tableNames = dominantOf(tables.map((t) => t.name));
    const columnNames = dominantOf(tables.flatMap((t) => ownColumns(t).map((c) => c.name)));
    // A kind whose names are all single lower-case words takes the other kind's style.
    const tableStyle = tableNames ?? columnNames ?? 'snake_case';
    const columnStyle = columnNames ?? tableNames ?? 'snake_case';
    const fits = (written: string, dominant: Style, name = unmarked(written)) =>
      /^[a-z0-9]+$/.test(name) ||
      WORD.test(name) ||
      (dominant === 'PascalCase' && /^[A-Z][a-z0-9]*$/.test(name)) ||
      ((dominant === 'PascalCase' || dominant === 'UPPER_SNAKE_CASE') && UPPER_WORD.test(name)) ||
      styleOf(name) === dominant;
    const listed = (names: string[]) => `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''} do${names.length === 1 ? 'es' : ''} not follow`;
    return {
      table(table) {
        if (table.partitionOf || toolNamed(table)) return;
        const oddTable = fits(table.name, tableStyle) ? [] : [table.name];
        const oddColumns = ownColumns(table).filter((c) => !c.inherited && !fits(c.name, columnStyle)).map((c) => c.name);
        if (oddTable.length + oddColumns.length === 0) return;
        const message =
          tableStyle === columnStyle
            ? `${table.name}: ${listed([...oddTable, ...oddColumns])} the schema's ${tableStyle} style.`
            : `${table.name}: ${[
                ...(oddTable.length ? [`${listed(oddTable)} the schema's ${tableStyle} table names`] : []),
                ...(oddColumns.length ? [`${listed(oddColumns)} its ${columnStyle} column names`] : []),
              ].join('; ')}.`;
        context.report({
          target: { schema: table.schema, table: table.name },
          message,
          help:
            tableStyle === columnStyle
              ? `Most names here are ${tableStyle}; one style keeps queries predictable (non-lower-case names need double quotes in Postgres).`
              : `Most table names here are ${tableStyle} and most column names ${columnStyle}; one style per kind keeps queries predictable (non-lower-case names need double quotes in Postgres).`,
        });
      },
    };
  },
});
