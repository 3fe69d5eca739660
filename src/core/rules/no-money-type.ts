import { columnTypeRule } from './column-type-rule';

/**
 * `money` formats and parses by the server's lc_monetary setting, has a fixed fraction and no
 * currency: moving a dump between servers can change the values' meaning.
 */
export default columnTypeRule({
  meta: {
    id: 'no-money-type',
    category: 'types',
    description: 'Do not use the money type.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  matches: (c) => !c.type.schema && c.type.name === 'money',
  message: (t, c) => `Column ${t.name}.${c.name} uses the money type.`,
  help: 'Store amounts as numeric(p, s) (or integer minor units) with a currency column.',
  replacement: (c) => ({ name: 'numeric', modifiers: ['19', '4'], arrayDims: c.type.arrayDims }),
  suggestOnly: true,
});
