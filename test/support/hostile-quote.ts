/**
 * The hostile-names test's own quoting (independent of src/core/model/names.ts and safe-text.ts),
 * as Postgres prints names: quoted only when they must be. The names the test makes are `n<k>`
 * (plain) or end in `_<k>`, so a name of plain lower-case letters, digits and underscores is never
 * a keyword.
 */
export const ident = (s: string): string => (/^[a-z_][a-z0-9_]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);
export const lit = (s: string): string => (s.includes('\\') ? `E'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${s.replace(/'/g, "''")}'`);
