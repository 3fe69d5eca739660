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
    {
      // A wrapper called once per query through (SELECT ...); a function that takes the row's
      // values is per row by design; an IMMUTABLE one of no argument is folded by the planner.
      name: 'a wrapper in (SELECT ...), a function of the row, an IMMUTABLE constant',
      sql: `${t} CREATE SCHEMA auth; CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$ select current_setting('request.jwt.claims', true)::jsonb $$;
        CREATE FUNCTION public.jwt_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$ select (auth.jwt() ->> 'tenant_id')::uuid $$;
        CREATE FUNCTION public.is_member(t uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ select t = (auth.jwt() ->> 'tenant_id')::uuid $$;
        CREATE FUNCTION public.nil_tenant() RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ select '00000000-0000-0000-0000-000000000000'::uuid $$;
        CREATE POLICY a ON docs USING (tenant_id = (SELECT public.jwt_tenant()));
        CREATE POLICY b ON docs USING (public.is_member(tenant_id));
        CREATE POLICY c ON docs USING (tenant_id <> public.nil_tenant());`,
    },
  ],
  invalid: [
    {
      // A SQL function of no argument whose body calls auth.jwt() or current_setting() (directly or
      // through another such function) is inlined or called for every row, as the call would be.
      name: 'wrapper functions of auth.jwt() and current_setting(), qualified or not',
      sql: `${t} CREATE SCHEMA auth; CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$ select current_setting('request.jwt.claims', true)::jsonb $$;
        CREATE FUNCTION public.jwt_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$ select (auth.jwt() ->> 'tenant_id')::uuid $$;
        CREATE FUNCTION public.current_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN public.jwt_tenant(); END $$;
        CREATE POLICY a ON docs USING (tenant_id = public.jwt_tenant());
        CREATE POLICY b ON docs FOR INSERT WITH CHECK (tenant_id = current_tenant());`,
      messages: 2,
      fixed: true,
    },
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
