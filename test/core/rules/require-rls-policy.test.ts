import rule from '../../../src/core/rules/require-rls-policy';
import { describe, expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const t = 'CREATE TABLE docs (id bigint PRIMARY KEY, owner_name text);';

ruleTester(rule, {
  valid: [
    t,
    `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY; CREATE POLICY own ON docs USING (owner_name = current_user);`,
    { name: 'a restrictive-only policy still counts as a policy', sql: `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY; CREATE POLICY r ON docs AS RESTRICTIVE USING (true);` },
  ],
  invalid: [
    { sql: `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY;`, messages: 1 },
    { name: 'forced, and the only policy dropped', sql: `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY; ALTER TABLE docs FORCE ROW LEVEL SECURITY; CREATE POLICY p ON docs USING (true); DROP POLICY p ON docs;`, messages: 1 },
  ],
});

describe('require-rls-policy: policies made by code the import does not follow', () => {
  test('says could not see, naming the call', async () => {
    const sql = `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
      CREATE FUNCTION add_owner_policies(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE p regclass; BEGIN FOR p IN SELECT tbl UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = tbl LOOP EXECUTE format('CREATE POLICY own ON %s USING (owner_name = current_user)', p); END LOOP; END $$;
      SELECT add_owner_policies('docs');`;
    const [d] = lintWith(rule, await importClean(sql));
    expect(d?.message).toMatch(/could not see a policy on it: the call of public\.add_owner_policies\(\) at line 4/);
  });

  test('a DO block looping over tables with dynamic SQL counts for the tables made before it', async () => {
    const sql = `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
      DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
          EXECUTE format('CREATE POLICY own ON %I USING (true)', r.tablename);
        END LOOP; END $$;
      CREATE TABLE later (id bigint PRIMARY KEY); ALTER TABLE later ENABLE ROW LEVEL SECURITY;`;
    const found = lintWith(rule, await importClean(sql));
    expect(found.map((d) => [d.target.table, /could not see/.test(d.message)])).toEqual([
      ['docs', true],
      ['later', false],
    ]);
  });
});
