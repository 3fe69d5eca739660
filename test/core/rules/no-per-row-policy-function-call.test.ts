import { expect, test } from 'vitest';
import rule, { perRowCalls } from '../../../src/core/rules/no-per-row-policy-function-call';
import { importClean, lintWith, ruleTester } from './rule-tester';

const t = 'CREATE TABLE docs (id bigint PRIMARY KEY, user_id uuid, tenant_id uuid); ALTER TABLE docs ENABLE ROW LEVEL SECURITY;';

ruleTester(rule, {
  valid: [
    `${t} CREATE POLICY own ON docs USING ((SELECT auth.uid()) = user_id);`,
    { name: 'an expression over the call inside the SELECT', sql: `${t} CREATE POLICY r ON docs USING ((SELECT auth.jwt() ->> 'role') = 'admin');` },
    { name: 'current_setting wrapped', sql: `${t} CREATE POLICY t ON docs USING (tenant_id = (SELECT current_setting('app.tenant_id')::uuid));` },
    { name: 'no call', sql: `${t} CREATE POLICY own ON docs USING (user_id IS NOT NULL);` },
  ],
  invalid: [
    { sql: `${t} CREATE POLICY own ON docs USING (auth.uid() = user_id);`, messages: 1, fixed: true },
    {
      name: 'WITH CHECK and current_setting',
      sql: `${t} CREATE POLICY w ON docs FOR INSERT WITH CHECK (tenant_id = current_setting('app.tenant_id', true)::uuid);`,
      messages: 1,
      fixed: true,
    },
    {
      // The subquery reads members for every docs row: the call inside it runs per member row.
      name: 'inside a subquery that reads a table',
      sql: `${t} CREATE TABLE members (user_id uuid, tenant_id uuid);
        CREATE POLICY m ON docs USING (EXISTS (SELECT 1 FROM members m WHERE m.tenant_id = docs.tenant_id AND m.user_id = auth.uid()));`,
      messages: 1,
      fixed: true,
    },
  ],
});

test('finds the calls outside an uncorrelated SELECT', () => {
  expect(perRowCalls('((SELECT auth.uid())) = user_id AND auth.jwt() IS NOT NULL').map((c) => c.call)).toEqual(['auth.jwt()']);
});

test('the fix wraps each call', async () => {
  const [d] = lintWith(rule, await importClean(`${t} CREATE POLICY own ON docs USING (auth.uid() = user_id OR auth.uid() IS NULL);`));
  const add = d?.fix?.kind === 'changes' ? d.fix.changes.find((c) => c.kind === 'add-policy') : undefined;
  expect(add?.kind === 'add-policy' ? add.policy.using : undefined).toBe('(SELECT auth.uid()) = user_id\n  OR (SELECT auth.uid()) IS NULL');
});
