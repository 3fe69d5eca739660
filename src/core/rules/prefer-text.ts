import type { Column, Table } from '../model/types';
import { columnTypeRule } from './column-type-rule';

/**
 * A column a CHECK pins to one literal (`lock char(1) DEFAULT 'X' CHECK (lock = 'X')`, the
 * single-row table idiom): it only ever holds that value, so its type changes nothing.
 */
function pinnedToConstant(column: Column, table: Table): boolean {
  const name = column.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pinned = new RegExp(`^\\(*"?${name}"?\\s*=\\s*'[^']*'(::[a-z ]+)?\\)*$`, 'i');
  return table.checks.some((c) => pinned.test(c.expression.trim()));
}

/**
 * `varchar(n)` and `char(n)`: in Postgres the length limit buys no speed or space, and raising it
 * later rewrote the table in old versions; `char(n)` pads with spaces that then compare oddly.
 * `text` with a CHECK on length states the rule and changes without a rewrite.
 */
export default columnTypeRule({
  meta: {
    id: 'prefer-text',
    category: 'types',
    description: 'Use text (with a CHECK where a limit matters) rather than varchar(n) or char(n).',
    recommended: 'off',
    strict: 'warn',
    pattern: 'sound-design',
  },
  matches: (c, t) => !c.type.schema && (c.type.name === 'character' || (c.type.name === 'character varying' && c.type.modifiers.length > 0)) && !pinnedToConstant(c, t),
  message: (t, c) => `Column ${t.name}.${c.name} is ${c.type.name}(${c.type.modifiers.join(',')}).`,
  help: 'text with CHECK (length(col) <= n) behaves the same, and the limit can change without touching the data.',
  replacement: (c) => ({ name: 'text', modifiers: [], arrayDims: c.type.arrayDims }),
  suggestOnly: true,
});
