import { columnTypeRule } from './column-type-rule';

/**
 * `json` keeps the text as written: every access re-parses it, it cannot be indexed with GIN,
 * and it has no equality operator (so DISTINCT, GROUP BY and UNION fail on it). `jsonb` fixes all
 * three; it does not keep key order or duplicate keys.
 */
export default columnTypeRule({
  meta: {
    id: 'prefer-jsonb',
    category: 'types',
    description: 'Use jsonb rather than json.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  // A json column beside its jsonb twin (a_json / a_jsonb, a catalogue of types) is deliberate.
  matches: (c, t) => !c.type.schema && c.type.name === 'json' && !t.columns.some((o) => o.type.name === 'jsonb' && o.name === c.name.replace(/json/, 'jsonb')),
  message: (t, c) => `Column ${t.name}.${c.name} is json.`,
  help: 'jsonb is parsed once, indexable with GIN and comparable; use json only to keep the exact text.',
  replacement: (c) => ({ ...c.type, name: 'jsonb' }),
});
