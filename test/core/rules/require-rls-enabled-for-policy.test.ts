import rule from '../../../src/core/rules/require-rls-enabled-for-policy';
import { describe, expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const t = 'CREATE TABLE docs (id bigint PRIMARY KEY, owner_name text);';

ruleTester(rule, {
  valid: [
    t,
    `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY; CREATE POLICY own ON docs USING (owner_name = current_user);`,
    {
      name: 'enabled by a function the script calls, followed',
      sql: `${t} CREATE POLICY own ON docs USING (owner_name = current_user);
        CREATE FUNCTION secure(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl); END $$;
        SELECT secure('docs');`,
    },
  ],
  invalid: [
    { sql: `${t} CREATE POLICY own ON docs USING (owner_name = current_user);`, messages: 1, fixed: true },
    {
      name: 'enabled, then disabled again',
      sql: `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY; CREATE POLICY a ON docs FOR SELECT USING (true); CREATE POLICY b ON docs FOR DELETE USING (false); ALTER TABLE docs DISABLE ROW LEVEL SECURITY;`,
      messages: 1,
      fixed: true,
    },
  ],
});

describe('require-rls-enabled-for-policy: RLS enabled by code the import does not follow', () => {
  test('says could not see, naming the call', async () => {
    const sql = `CREATE TABLE docs (id bigint PRIMARY KEY, owner_name text);
      CREATE POLICY own ON docs USING (owner_name = current_user);
      CREATE FUNCTION secure(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE p regclass; BEGIN FOR p IN SELECT tbl UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = tbl LOOP EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p); END LOOP; END $$;
      SELECT secure('docs');`;
    const [d] = lintWith(rule, await importClean(sql));
    expect(d?.message).toMatch(/could not see row-level security enabled on it: the call of public\.secure\(\)/);
  });
});
