import rule from '../../../src/core/rules/require-rls-enabled-for-policy';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE docs (id bigint PRIMARY KEY, owner_name text);';

ruleTester(rule, {
  valid: [
    t,
    `${t} ALTER TABLE docs ENABLE ROW LEVEL SECURITY; CREATE POLICY own ON docs USING (owner_name = current_user);`,
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
