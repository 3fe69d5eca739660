import { defineRule } from './types';

type Style = 'snake_case' | 'camelCase' | 'PascalCase' | 'other';

/**
 * One word in lower case, or in a script without case (Arabic, Persian, Chinese...): every
 * style at once. Accented lower-case letters count as lower case.
 */
const WORD = /^[\p{Ll}\p{Lo}\p{Lm}][\p{Ll}\p{Lo}\p{Lm}\p{Nd}]*$/u;

function styleOf(name: string): Style {
  // Double underscores (auth__basic__username) nest names; still snake_case.
  if (/^[\p{Ll}\p{Lo}\p{Lm}][\p{Ll}\p{Lo}\p{Lm}\p{Nd}]*(_+[\p{Ll}\p{Lo}\p{Lm}\p{Nd}]+)*$/u.test(name)) return 'snake_case';
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(name)) return 'camelCase';
  if (/^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$/.test(name)) return 'PascalCase';
  return 'other';
}

/**
 * Mixed naming styles (snake_case tables next to "CamelCase" ones). In Postgres every
 * non-lower-case name must be double-quoted in every query forever; mixing styles makes each
 * query a guess. Reported against the schema's dominant style, once per table.
 */
export default defineRule({
  meta: {
    id: 'consistent-naming',
    category: 'naming',
    description: 'Tables and columns should follow the schema\'s dominant naming style.',
    recommended: 'info',
    strict: 'warn',
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
        style = /^[a-z0-9]+$/.test(name) || WORD.test(name) ? undefined : styleOf(name);
        styles.set(name, style);
      }
      return style;
    };
    const counts = new Map<Style, number>();
    for (const table of context.index.tables) {
      for (const name of [table.name, ...table.columns.map((c) => c.name)]) {
        const style = styleCounted(name);
        if (style === undefined) continue;
        counts.set(style, (counts.get(style) ?? 0) + 1);
      }
    }
    const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'snake_case';
    const fitting = new Map<string, boolean>();
    const fits = (name: string) => {
      let result = fitting.get(name);
      if (result === undefined) {
        result = /^[a-z0-9]+$/.test(name) || WORD.test(name) || (dominant === 'PascalCase' && /^[A-Z][a-z0-9]*$/.test(name)) || styleOf(name) === dominant;
        fitting.set(name, result);
      }
      return result;
    };
    return {
      table(table) {
        if (table.partitionOf) return;
        const odd = [table.name, ...table.columns.filter((c) => !c.inherited).map((c) => c.name)].filter((n) => !fits(n));
        if (odd.length === 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `${table.name}: ${odd.slice(0, 5).join(', ')}${odd.length > 5 ? ` and ${odd.length - 5} more` : ''} do${odd.length === 1 ? 'es' : ''} not follow the schema's ${dominant} style.`,
          help: `Most names here are ${dominant}; one style keeps queries predictable (non-lower-case names need double quotes in Postgres).`,
        });
      },
    };
  },
});
