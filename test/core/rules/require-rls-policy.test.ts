import rule from '../../../src/core/rules/require-rls-policy';
import { ruleTester } from './rule-tester';

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
