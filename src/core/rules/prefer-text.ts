import { columnTypeRule } from './column-type-rule';

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
  matches: (c) => !c.type.schema && (c.type.name === 'character' || (c.type.name === 'character varying' && c.type.modifiers.length > 0)),
  message: (t, c) => `Column ${t.name}.${c.name} is ${c.type.name}(${c.type.modifiers.join(',')}).`,
  help: 'text with CHECK (length(col) <= n) behaves the same, and the limit can change without touching the data.',
  replacement: (c) => ({ name: 'text', modifiers: [], arrayDims: c.type.arrayDims }),
  suggestOnly: true,
});
