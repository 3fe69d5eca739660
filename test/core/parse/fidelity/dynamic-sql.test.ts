/**
 * Class 9 of issue 16: objects made by code the script runs. DO blocks and functions called
 * with SELECT / CALL / PERFORM whose EXECUTE text is known before it runs are followed (and
 * said to be); what cannot be known is one warning at the call, and listed in the import
 * result's `followedCode.unfollowed` and the model's `dynamicSql` sites so a rule can say it could not see.
 */
import { describe, expect, test } from 'vitest';
import { expectSameAsPostgres, runBoth } from '../../../support/fidelity';

describe('dynamic SQL', () => {
  test('DO blocks: EXECUTE of literals, ||, format(), variables, unrolled FOR loops', async () => {
    const run = await expectSameAsPostgres(`
CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
DO $$
DECLARE
  t text := 'audit_log';
  suffix text;
BEGIN
  EXECUTE 'CREATE TABLE ' || quote_ident(t) || ' (id bigint PRIMARY KEY, note text)';
  EXECUTE format('CREATE INDEX %I ON %I (note)', t || '_note_idx', t);
  suffix := '_archive';
  EXECUTE format('CREATE TABLE %s%s (LIKE %I)', t, suffix, t);
  FOR y IN 2024..2026 LOOP
    EXECUTE format('CREATE TABLE events_%s PARTITION OF events FOR VALUES FROM (%L) TO (%L)', y, y || '-01-01', (y + 1) || '-01-01');
  END LOOP;
  FOREACH t IN ARRAY ARRAY['alpha', 'beta'] LOOP
    EXECUTE format('CREATE TABLE %I (x int)', t);
  END LOOP;
END $$;
`);
    expect(run.model.result.followedCode.followed.map((f) => f.sql.split(' (')[0])).toContain('CREATE TABLE audit_log');
    expect(run.model.result.issues.filter((i) => i.message.includes('was followed'))).toHaveLength(1);
    expect(run.model.result.followedCode.unfollowed).toEqual([]);
  });

  test('FOREACH over an array variable declared (or assigned) with known elements', async () => {
    // Outside pass 4 (a Supabase hospital schema): one tenant-isolation policy per table, made by
    // a loop over an array of table names declared in the block.
    const run = await expectSameAsPostgres(`
CREATE TABLE patients (id int PRIMARY KEY, tenant_id int NOT NULL);
CREATE TABLE beds (id int PRIMARY KEY, tenant_id int NOT NULL);
CREATE TABLE bills (id int PRIMARY KEY, tenant_id int NOT NULL);
DO $$
DECLARE
  t text;
  targets text[] := array[
    'patients', 'beds'
  ];
  later text[];
BEGIN
  FOREACH t IN ARRAY targets LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($f$CREATE POLICY tenant_isolation ON %I FOR ALL USING (tenant_id = 1)$f$, t);
  END LOOP;
  later := ARRAY['bills'];
  FOREACH t IN ARRAY later LOOP
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = 2)', t);
  END LOOP;
END $$;
`);
    expect(run.model.result.followedCode.unfollowed).toEqual([]);
    expect(run.model.result.followedCode.followed).toHaveLength(5);
  });

  test('functions called with SELECT, SELECT * FROM, CALL and PERFORM, with constant arguments', async () => {
    await expectSameAsPostgres(`
CREATE FUNCTION make_table(name text, cols text DEFAULT 'id int') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TABLE IF NOT EXISTS %I (%s)', name, cols);
END $$;
CREATE PROCEDURE make_two() LANGUAGE plpgsql AS $$
BEGIN
  PERFORM make_table('two_a');
  CALL make_sql_table();
END $$;
CREATE PROCEDURE make_sql_table() LANGUAGE sql AS $$ CREATE TABLE from_sql (x int) $$;
SELECT make_table('customers', 'id bigint PRIMARY KEY, name text');
SELECT * FROM make_table('orders');
SELECT make_table(cols => 'a int, b int', name => 'named_args');
CALL make_two();
`);
  });

  test('what cannot be known is one warning at the call and listed as unfollowed', async () => {
    const sql = `
CREATE TABLE tenants (name text);
DO $$
DECLARE r record; stmt text := 'CREATE TABLE not_run (a int)';
BEGIN
  SELECT 'CREATE TABLE y (a int)' INTO stmt;
  EXECUTE stmt;
  FOR r IN SELECT name FROM tenants LOOP
    EXECUTE format('CREATE TABLE %I (id int)', r.name || '_data');
  END LOOP;
  EXECUTE (SELECT 'CREATE TABLE x (a int)');
  IF now() > '2020-01-01' THEN
    CREATE TABLE taken (a int);
  ELSE
    CREATE TABLE not_taken (a int);
  END IF;
END $$;
CREATE FUNCTION per_tenant(t text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'CREATE TABLE ' || t || '_x (a int)'; END $$;
SELECT per_tenant(name) FROM tenants;
SELECT per_tenant(current_user);
`;
    const run = await runBoth(sql);
    // Postgres made x, y and postgres_x, which the model cannot know of (and says so); the IF ran
    // its first branch, as the model assumes.
    expect(run.pg.objects.filter((o) => !run.model.objects.includes(o))).toEqual([
      'column public.postgres_x #1 a: integer',
      'column public.x #1 a: integer',
      'column public.y #1 a: integer',
      'relation public.postgres_x: table',
      'relation public.x: table',
      'relation public.y: table',
    ]);
    expect(run.model.objects.filter((o) => !run.pg.objects.includes(o))).toEqual([]);
    const warnings = run.model.result.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => w.line)).toEqual([3, 19, 20]);
    expect(warnings[0]!.message).toMatch(/could not be followed.*EXECUTE stmt.*FOR \.\.\. IN SELECT name FROM tenants.*EXECUTE \(SELECT.*IF now\(\)/);
    expect(run.model.result.followedCode.unfollowed.map((u) => [u.line, u.context])).toEqual([
      [3, 'This DO block'],
      [3, 'This DO block'],
      [3, 'This DO block'],
      [3, 'This DO block'],
      [19, 'Function public.per_tenant(text)'],
      [20, 'Function public.per_tenant(text)'],
    ]);
  });
});
