/**
 * Class 9 of issue 16: objects made by code the script runs. DO blocks and functions called
 * with SELECT / CALL / PERFORM whose EXECUTE text is known before it runs are followed (and
 * said to be); what cannot be known is one warning at the call, and listed in the import
 * result's `followedCode.unfollowed` and the model's `dynamicSql` sites so a rule can say it could not see.
 */
import { describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../../../src/core/parse';
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

  test('a followed loop is one warning: the loop, its line and runs, what it made and on which tables', async () => {
    // Outside pass 5: a loop over 18 tables read as "create policy tenant_isolation on" 18 times.
    const tables = ['tenants', 'invoices', 'payments', 'customers', 'products', 'orders', 'order_items', 'shipments', 'refunds', 'coupons', 'carts', 'reviews', 'addresses', 'warehouses', 'suppliers', 'returns', 'taxes', 'notes'];
    const run = await expectSameAsPostgres(`${tables.map((t) => `CREATE TABLE ${t} (id int PRIMARY KEY, tenant_id int NOT NULL);`).join('\n')}
DO $$
DECLARE
  t text;
BEGIN
  EXECUTE 'CREATE TABLE audit_log (id bigint PRIMARY KEY, tenant_id int)';
  FOREACH t IN ARRAY ARRAY[${tables.map((t) => `'${t}'`).join(', ')}] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(%L)::int)', t, 'app.tenant');
  END LOOP;
  FOR y IN 2024..2025 LOOP
    EXECUTE format('CREATE INDEX audit_%s_idx ON audit_log (id)', y);
  END LOOP;
END $$;
CREATE FUNCTION make_table(name text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  EXECUTE format('CREATE TABLE %I (x int)', name);
END $f$;
SELECT make_table('made_by_call');
`);
    const warnings = run.model.result.issues.filter((i) => i.message.includes('was followed'));
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [
        19,
        'This DO block runs SQL built at run time; it was followed and applied. EXECUTE at line 23 made 1 statement: 1 CREATE TABLE audit_log. ' +
          `The loop FOREACH t IN ARRAY ARRAY['tenants', 'invoices', 'payments', 'customers', 'pro... (line 24, run 18 times) made 36 statements: ` +
          `18 ALTER TABLE ... ENABLE ROW LEVEL SECURITY and 18 CREATE POLICY tenant_isolation, on ${tables.join(', ')}. ` +
          'The loop FOR y IN 2024..2025 (line 28, run 2 times) made 2 statements: 2 CREATE INDEX audit_2024_idx, audit_2025_idx on audit_log.',
      ],
      [36, 'Function public.make_table(text) runs SQL built at run time; it was followed and applied. EXECUTE at line 3 of its body made 1 statement: 1 CREATE TABLE made_by_call.'],
    ]);
    // Each statement's text stays in the import result.
    expect(run.model.result.followedCode.followed).toHaveLength(1 + 36 + 2 + 1);
  });

  test("long lists are cut after 30 names; a '...'-quoted body's lines are the body's own", async () => {
    await initParser();
    const names = Array.from({ length: 40 }, (_, i) => `'p${i}'`).join(', ');
    const sql = `SELECT 1;\nDO 'DECLARE t text; BEGIN\n  FOREACH t IN ARRAY ARRAY[${names.replace(/'/g, "''")}] LOOP\n    EXECUTE format(''CREATE TABLE %I (x int)'', t);\n  END LOOP;\nEND';`;
    const warning = importSql(sql).issues.find((i) => i.message.includes('was followed'));
    expect(warning?.line).toBe(2);
    expect(warning?.message).toContain('(line 2 of its body, run 40 times) made 40 statements: 40 CREATE TABLE p0, p1, ');
    expect(warning?.message).toMatch(/, p29 and 10 more\.$/);
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
