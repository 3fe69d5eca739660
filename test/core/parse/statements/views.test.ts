/**
 * CREATE [OR REPLACE] VIEW, materialized views, CREATE TABLE AS / SELECT INTO, REFRESH.
 * Column types of CREATE TABLE AS are format_type of the table Postgres creates.
 */
import { describe, expect, test } from 'vitest';
import { formatType } from '../../../../src/core/model/format-type';
import { summarize } from '../../../../src/core/model';
import { load } from '../../../support/sql';

const users = 'CREATE TABLE users (id int PRIMARY KEY, email varchar(100), score numeric(5,1), active boolean);';

describe('views', () => {
  test('query text, explicit column names and dependencies resolved through search_path', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TABLE app.users (id int, email text, active boolean);
      SET search_path = app, public;
      CREATE VIEW active_users (uid, mail) AS SELECT id, email FROM users WHERE active;`);
    expect(m.errors).toEqual([]);
    const v = m.view('app.active_users');
    expect(v.materialized).toBe(false);
    expect(v.columnNames).toEqual(['uid', 'mail']);
    expect(v.dependsOn).toEqual([{ schema: 'app', name: 'users' }]);
    expect(v.query).toContain('FROM users');
    expect(v.source?.line).toBe(3);
    expect(summarize(m.schema)).toMatchObject({ views: 1, tables: 1 });
  });

  test('two spellings of the same query compare equal', async () => {
    const a = await load(`${users} CREATE VIEW v AS SELECT id, email FROM users WHERE active AND score > 1;`);
    const b = await load(`${users} create view v as select  id ,email
      from USERS   where (ACTIVE) and (score>1);`);
    expect(a.view('v').query).toBe(b.view('v').query);
  });

  test('CREATE OR REPLACE VIEW replaces the query and keeps comment, owner and triggers', async () => {
    const m = await load(`${users}
      CREATE VIEW v AS SELECT id FROM users;
      CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION trg();
      COMMENT ON VIEW v IS 'the view';
      ALTER VIEW v OWNER TO alice;
      CREATE OR REPLACE VIEW v AS SELECT id, email FROM users;`);
    expect(m.errors).toEqual([]);
    const v = m.view('v');
    expect(v.query).toContain('email');
    expect(v.comment).toBe('the view');
    expect(v.owner).toBe('alice');
    expect(v.triggers.map((t) => t.name)).toEqual(['v_ins']);
  });

  test('CREATE VIEW on an existing name without OR REPLACE is an error', async () => {
    const m = await load(`${users} CREATE VIEW v AS SELECT id FROM users; CREATE VIEW v AS SELECT email FROM users; CREATE VIEW users AS SELECT 1;`);
    expect(m.errors.map((e) => e.message)).toEqual(['relation "v" already exists', 'relation "users" already exists']);
    expect(m.view('v').query).not.toContain('email');
  });

  test('check option (LOCAL, CASCADED by default) and security_barrier option', async () => {
    const m = await load(`${users}
      CREATE VIEW a AS SELECT * FROM users WITH LOCAL CHECK OPTION;
      CREATE VIEW b AS SELECT * FROM users WITH CHECK OPTION;
      CREATE VIEW c WITH (security_barrier = true) AS SELECT * FROM users;
      CREATE VIEW d AS SELECT * FROM users;`);
    expect(m.view('a').checkOption).toBe('local');
    expect(m.view('b').checkOption).toBe('cascaded');
    expect(m.view('c').options).toEqual(['security_barrier=true']);
    expect(m.view('d').checkOption).toBeUndefined();
  });

  test('dependencies: views of views, joins and qualified names, each relation once', async () => {
    const m = await load(`${users} CREATE TABLE orgs (id int);
      CREATE VIEW v1 AS SELECT u.id FROM users u JOIN public.users o ON o.id = u.id JOIN orgs ON orgs.id = u.id;
      CREATE VIEW v2 AS SELECT * FROM v1 WHERE id IN (SELECT id FROM orgs);`);
    const names = (deps: { schema: string; name: string }[]) => deps.map((d) => `${d.schema}.${d.name}`).sort();
    expect(names(m.view('v1').dependsOn)).toEqual(['public.orgs', 'public.users']);
    expect(names(m.view('v2').dependsOn)).toEqual(['public.orgs', 'public.v1']);
  });

  test('a CTE is not a relation the view depends on', async () => {
    const m = await load(`${users} CREATE VIEW v AS WITH x AS (SELECT id FROM users) SELECT id FROM x;
      CREATE VIEW w AS WITH y AS (SELECT 1 AS one) SELECT one FROM y;`);
    expect(m.view('v').dependsOn).toEqual([{ schema: 'public', name: 'users' }]);
    expect(m.view('w').dependsOn).toEqual([]);
  });

  const recursive = 'CREATE RECURSIVE VIEW nums (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums WHERE n < 10;';

  test('CREATE RECURSIVE VIEW does not depend on itself', async () => {
    const m = await load(recursive);
    expect(m.errors).toEqual([]);
    expect(m.view('nums').columnNames).toEqual(['n']);
    expect(m.view('nums').dependsOn).toEqual([]);
  });

  test('CREATE RECURSIVE VIEW sets View.recursive', async () => {
    const m = await load(recursive);
    expect(m.view('nums').recursive).toBe(true);
  });

  test('TEMP views are not part of the schema', async () => {
    const m = await load(`${users} CREATE TEMP VIEW tv AS SELECT id FROM users;`);
    expect(m.schema.views).toEqual({});
  });
});

describe('materialized views', () => {
  test('WITH NO DATA, then REFRESH populates; REFRESH ... WITH NO DATA empties', async () => {
    const a = await load(`${users} CREATE MATERIALIZED VIEW mv AS SELECT id, count(*) AS n FROM users GROUP BY id WITH NO DATA;`);
    expect(a.view('mv')).toMatchObject({ materialized: true, withNoData: true, dependsOn: [{ schema: 'public', name: 'users' }] });
    const b = await load(`${users} CREATE MATERIALIZED VIEW mv AS SELECT id FROM users WITH NO DATA; REFRESH MATERIALIZED VIEW mv;`);
    expect(b.view('mv').withNoData).toBe(false);
    const c = await load(`${users} CREATE MATERIALIZED VIEW mv AS SELECT id FROM users; REFRESH MATERIALIZED VIEW mv WITH NO DATA;`);
    expect(c.view('mv').withNoData).toBe(true);
    expect(summarize(c.schema)).toMatchObject({ materializedViews: 1, views: 0 });
  });

  test('column names, storage options, IF NOT EXISTS', async () => {
    const m = await load(`${users}
      CREATE MATERIALIZED VIEW mv (k, e) WITH (fillfactor = 80) AS SELECT id, email FROM users;
      CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1;`);
    expect(m.issues).toEqual([]);
    expect(m.view('mv')).toMatchObject({ columnNames: ['k', 'e'], options: ['fillfactor=80'] });
    expect(m.view('mv').query).toContain('email');
  });
});

describe('CREATE TABLE AS', () => {
  test('columns take the names and types of the query', async () => {
    const m = await load(`${users}
      CREATE TABLE t_as AS SELECT id, email AS mail, score, count(*) AS n, id::text AS sid, email || 'x' AS ex FROM users GROUP BY id;`);
    expect(m.errors).toEqual([]);
    expect(m.table('t_as').columns.map((c) => [c.name, formatType(c.type)])).toEqual([
      ['id', 'integer'],
      ['mail', 'character varying(100)'],
      ['score', 'numeric(5,1)'],
      ['n', 'bigint'],
      ['sid', 'text'],
      ['ex', 'text'],
    ]);
    expect(m.table('t_as').columns.every((c) => !c.notNull)).toBe(true);
  });

  test('aggregates return their own type: max(numeric(5,1)) is numeric, min(varchar) is text', async () => {
    // format_type in Postgres: top numeric, me text (no min(varchar): the text version is used).
    const m = await load(`${users} CREATE TABLE t_agg AS SELECT max(score) AS top, min(email) AS me, count(id) AS n FROM users;`);
    expect(m.table('t_agg').columns.map((c) => [c.name, formatType(c.type)])).toEqual([
      ['top', 'numeric'],
      ['me', 'text'],
      ['n', 'bigint'],
    ]);
  });

  test('UNION takes names and types from the first branch; column list renames', async () => {
    const m = await load(`${users}
      CREATE TABLE t_u AS SELECT id AS k, email FROM users UNION SELECT 1, 'x';
      CREATE TABLE t_r (a, b) AS SELECT id, email FROM users;`);
    // The untyped 'x' has no length: the common type keeps none either (format_type in Postgres).
    expect(m.table('t_u').columns.map((c) => [c.name, formatType(c.type)])).toEqual([['k', 'integer'], ['email', 'character varying']]);
    expect(m.table('t_r').columns.map((c) => c.name)).toEqual(['a', 'b']);
  });

  test('SELECT * expands the source columns; WITH NO DATA still creates the table', async () => {
    const m = await load(`${users} CREATE TABLE t_star AS SELECT * FROM users WITH NO DATA;`);
    expect(m.table('t_star').columns.map((c) => c.name)).toEqual(['id', 'email', 'score', 'active']);
    expect(m.table('t_star').primaryKey).toBeUndefined();
  });

  test('CREATE TABLE AS VALUES: columns from the VALUES list', async () => {
    // Postgres: a integer, b text.
    const m = await load("CREATE TABLE t_n (a, b) AS VALUES (1, 'x');");
    expect(m.table('t_n').columns.map((c) => [c.name, formatType(c.type)])).toEqual([['a', 'integer'], ['b', 'text']]);
  });

  test('SELECT ... INTO creates a table like CREATE TABLE AS', async () => {
    // Postgres creates t_into (id integer, email character varying(100)).
    const m = await load(`${users} SELECT id, email INTO t_into FROM users;`);
    expect(m.table('t_into').columns.map((c) => [c.name, formatType(c.type)])).toEqual([['id', 'integer'], ['email', 'character varying(100)']]);
  });

  test('IF NOT EXISTS on an existing table does nothing; without it, an error', async () => {
    const m = await load(`${users} CREATE TABLE IF NOT EXISTS users AS SELECT 1 AS x; CREATE TABLE users AS SELECT 1 AS x;`);
    expect(m.errors.map((e) => e.message)).toEqual(['relation "users" already exists']);
    expect(m.table('users').columns.length).toBe(4);
  });
});
