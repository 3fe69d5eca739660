/**
 * ALTER ... RENAME and ALTER ... SET SCHEMA. Postgres refers to objects by OID, so a rename is
 * seen everywhere at once (constraint definitions, index expressions, policies, defaults, view
 * definitions): the model must show the same result.
 */
import { describe, expect, test } from 'vitest';
import { canonicalDefault, indexNames, load } from '../../../support/sql';

describe('RENAME of relations', () => {
  test('a table rename updates FKs elsewhere, views, owned sequences and partitions', async () => {
    const m = await load(`CREATE TABLE orgs (id int PRIMARY KEY, code serial);
      CREATE TABLE users (org_id int REFERENCES orgs);
      CREATE VIEW ov AS SELECT * FROM orgs;
      ALTER TABLE orgs RENAME TO organizations;
      CREATE TABLE p (a int) PARTITION BY LIST (a); CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
      ALTER TABLE p RENAME TO parent;`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables).sort()).toEqual(['public.organizations', 'public.p1', 'public.parent', 'public.users']);
    expect(m.table('users').foreignKeys[0]?.references).toEqual({ schema: 'public', name: 'organizations' });
    expect(m.view('ov').dependsOn).toEqual([{ schema: 'public', name: 'organizations' }]);
    // The sequence keeps its name (orgs_code_seq) but is owned by the renamed table.
    expect(m.sequence('orgs_code_seq').ownedBy?.table).toEqual({ schema: 'public', name: 'organizations' });
    expect(m.table('p1').partitionOf?.parent).toEqual({ schema: 'public', name: 'parent' });
    // Constraint names do not follow a table rename.
    expect(m.table('organizations').primaryKey?.name).toBe('orgs_pkey');
  });

  test('the renamed table frees its old name', async () => {
    const m = await load('CREATE TABLE a (x int); ALTER TABLE a RENAME TO b; CREATE TABLE a (y int);');
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables).sort()).toEqual(['public.a', 'public.b']);
  });

  test('a view rename and a materialized view rename', async () => {
    const m = await load(`CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t; CREATE VIEW w AS SELECT a FROM v;
      ALTER VIEW v RENAME TO v2; CREATE MATERIALIZED VIEW mv AS SELECT a FROM t; ALTER MATERIALIZED VIEW mv RENAME TO mv2;`);
    expect(Object.keys(m.schema.views).sort()).toEqual(['public.mv2', 'public.v2', 'public.w']);
    expect(m.view('w').dependsOn).toEqual([{ schema: 'public', name: 'v2' }]);
  });

  test("a sequence rename shows in the serial column's default", async () => {
    // Postgres: the default is nextval('users_seq'::regclass) after the rename (it holds the OID).
    const m = await load('CREATE TABLE users (id serial); ALTER SEQUENCE users_id_seq RENAME TO users_seq;');
    expect(Object.keys(m.schema.sequences)).toEqual(['public.users_seq']);
    expect(m.sequence('users_seq').ownedBy).toEqual({ table: { schema: 'public', name: 'users' }, column: 'id' });
    expect(m.column('users', 'id').default).toBe(await canonicalDefault("nextval('public.users_seq'::regclass)"));
  });

  test('ALTER INDEX RENAME for an index and for a constraint index (which renames the constraint)', async () => {
    const m = await load(`CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE);
      CREATE INDEX users_lower_email ON users (lower(email));
      ALTER INDEX users_lower_email RENAME TO users_email_lower_idx;
      ALTER INDEX users_email_key RENAME TO users_email_uq;
      ALTER INDEX IF EXISTS nope RENAME TO nope2;`);
    expect(m.errors).toEqual([]);
    expect(indexNames(m.table('users'))).toEqual(['users_email_lower_idx', 'users_email_uq', 'users_pkey']);
    expect(m.table('users').uniqueConstraints[0]?.name).toBe('users_email_uq');
  });

  test('renaming a missing table is an error; IF EXISTS is silent', async () => {
    const m = await load('ALTER TABLE nope RENAME TO x; ALTER TABLE IF EXISTS nope RENAME TO y;');
    expect(m.issues.map((i) => i.severity)).toEqual(['error']);
  });
});

describe('RENAME COLUMN', () => {
  test('updates keys, constraints, check and index expressions, predicates, generated columns, triggers', async () => {
    const m = await load(`CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE CHECK (email <> ''),
        g text GENERATED ALWAYS AS (lower(email)) STORED, CHECK (length(email) < 100 AND id > 0));
      CREATE INDEX users_lower ON users (lower(email)) INCLUDE (id) WHERE email IS NOT NULL;
      CREATE INDEX users_plain ON users (email);
      CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER tg BEFORE UPDATE OF email ON users FOR EACH ROW EXECUTE FUNCTION trg();
      ALTER TABLE users RENAME COLUMN email TO mail;
      ALTER TABLE users RENAME id TO uid;`);
    expect(m.errors).toEqual([]);
    const t = m.table('users');
    expect(t.columns.map((c) => c.name)).toEqual(['uid', 'mail', 'g']);
    expect(t.primaryKey?.columns).toEqual(['uid']);
    expect(t.uniqueConstraints[0]).toMatchObject({ name: 'users_email_key', columns: ['mail'] });
    // Constraint names stay; expressions follow.
    expect(t.checks.map((c) => c.name)).toEqual(['users_email_check', 'users_check']);
    const canonical = (await load("CREATE TABLE x (mail text, uid int, CHECK (mail <> ''), CHECK (length(mail) < 100 AND uid > 0));")).table('x').checks;
    expect(t.checks.map((c) => c.expression)).toEqual(canonical.map((c) => c.expression));
    expect(m.column('users', 'g').generated?.expression).toBe('lower(mail)');
    const [lower, plain] = t.indexes;
    expect(lower).toMatchObject({ elements: [{ expression: 'lower(mail)' }], include: ['uid'], where: 'mail IS NOT NULL' });
    expect(plain?.elements).toEqual([{ column: 'mail', descending: false }]);
    expect(t.triggers[0]?.updateColumns).toEqual(['mail']);
    expect(m.sequence('users_id_seq').ownedBy?.column).toBe('uid');
  });

  test('updates foreign keys of other tables that reference the column', async () => {
    const m = await load(`CREATE TABLE orgs (id int PRIMARY KEY);
      CREATE TABLE users (org_id int REFERENCES orgs (id), b int);
      ALTER TABLE orgs RENAME COLUMN id TO org_pk;
      ALTER TABLE users RENAME COLUMN org_id TO organization;`);
    expect(m.table('users').foreignKeys[0]).toMatchObject({ name: 'users_org_id_fkey', columns: ['organization'], referencedColumns: ['org_pk'] });
    expect(m.table('orgs').primaryKey?.columns).toEqual(['org_pk']);
  });

  test('reaches inheritance children and partitions', async () => {
    const m = await load(`CREATE TABLE par (a int CHECK (a > 0)); CREATE TABLE kid () INHERITS (par);
      ALTER TABLE par RENAME COLUMN a TO b;`);
    expect(m.table('kid').columns.map((c) => c.name)).toEqual(['b']);
    expect(m.table('kid').checks[0]?.expression).toBe('b > 0');
  });

  test('updates policy expressions', async () => {
    // pg_policy: USING ((oid2 = 1)), WITH CHECK ((mail IS NOT NULL))
    const m = await load(`CREATE TABLE users (owner_id int, email text);
      CREATE POLICY p ON users USING (owner_id = 1) WITH CHECK (email IS NOT NULL);
      ALTER TABLE users RENAME COLUMN email TO mail;
      ALTER TABLE users RENAME COLUMN owner_id TO oid2;`);
    expect(m.table('users').policies[0]).toMatchObject({ using: 'oid2 = 1', withCheck: 'mail IS NOT NULL' });
  });

  test("updates a trigger's WHEN condition", async () => {
    // pg_get_triggerdef: ... WHEN ((new.mail IS NOT NULL)) ...
    const m = await load(`CREATE TABLE users (email text);
      CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER tg BEFORE UPDATE ON users FOR EACH ROW WHEN (NEW.email IS NOT NULL) EXECUTE FUNCTION trg();
      ALTER TABLE users RENAME COLUMN email TO mail;`);
    expect(m.table('users').triggers[0]?.when).toMatch(/^new\.mail IS NOT NULL$/i);
  });

  test('updates the partition key', async () => {
    // pg_get_partkeydef: RANGE (aa, ((bb + 1)))
    const m = await load(`CREATE TABLE parted (a int, b int) PARTITION BY RANGE (a, (b + 1));
      ALTER TABLE parted RENAME a TO aa; ALTER TABLE parted RENAME b TO bb;`);
    expect(m.table('parted').partitioning?.keys).toEqual([{ column: 'aa' }, { expression: 'bb + 1' }]);
  });

  // Postgres stores the view by column number: the view keeps its column name.
  test('a view over the table keeps its column names but reads the renamed column', async () => {
    // pg_get_viewdef: SELECT id, mail AS email FROM users
    const m = await load(`CREATE TABLE users (id int, email text); CREATE VIEW uv AS SELECT id, email FROM users;
      ALTER TABLE users RENAME COLUMN email TO mail;`);
    expect(m.view('uv').query).toMatch(/\bmail AS email\b/);
  });

  test('renaming a missing column is an error', async () => {
    const m = await load('CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN nope TO x;');
    expect(m.errors.length).toBe(1);
    expect(m.table('t').columns.map((c) => c.name)).toEqual(['a']);
  });
});

describe('RENAME of constraints, triggers, policies, routines, schemas', () => {
  test('RENAME CONSTRAINT renames the inherited copies too', async () => {
    const m = await load(`CREATE TABLE par (a int CONSTRAINT a_pos CHECK (a > 0)); CREATE TABLE kid () INHERITS (par);
      ALTER TABLE par RENAME CONSTRAINT a_pos TO a_positive;`);
    expect(m.table('par').checks.map((c) => c.name)).toEqual(['a_positive']);
    expect(m.table('kid').checks.map((c) => c.name)).toEqual(['a_positive']);
  });

  test('a function rename is followed by the triggers that call it', async () => {
    const m = await load(`CREATE TABLE t (a int);
      CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
      ALTER FUNCTION trg() RENAME TO trg2;`);
    expect(Object.keys(m.schema.routines)).toEqual(['public.trg2()']);
    expect(m.table('t').triggers[0]?.function).toEqual({ schema: 'public', name: 'trg2' });
  });

  test('ALTER SCHEMA RENAME', async () => {
    const m = await load('CREATE SCHEMA a; ALTER SCHEMA a RENAME TO b;');
    expect(Object.keys(m.schema.namespaces).sort()).toEqual(['b', 'public']);
  });
});

describe('SET SCHEMA', () => {
  test('a table moves with its owned sequences; references follow', async () => {
    const m = await load(`CREATE TABLE users (id serial PRIMARY KEY, org_id int);
      CREATE TABLE logs (user_id int REFERENCES users);
      CREATE VIEW uv AS SELECT * FROM users;
      CREATE SCHEMA arch;
      ALTER TABLE users SET SCHEMA arch;`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables).sort()).toEqual(['arch.users', 'public.logs']);
    expect(m.table('logs').foreignKeys[0]?.references).toEqual({ schema: 'arch', name: 'users' });
    expect(m.view('uv').dependsOn).toEqual([{ schema: 'arch', name: 'users' }]);
    expect(Object.keys(m.schema.sequences)).toEqual(['arch.users_id_seq']);
    expect(m.sequence('arch.users_id_seq').ownedBy?.table).toEqual({ schema: 'arch', name: 'users' });
  });

  test("the serial column's default names the moved sequence", async () => {
    // Postgres: nextval('arch.users_id_seq'::regclass)
    const m = await load('CREATE TABLE users (id serial); CREATE SCHEMA arch; ALTER TABLE users SET SCHEMA arch;');
    expect(m.column('arch.users', 'id').default).toBe(await canonicalDefault("nextval('arch.users_id_seq'::regclass)"));
  });

  test('types, functions and views move; columns of the type follow', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (m mood);
      CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';
      CREATE VIEW v AS SELECT 1 AS one;
      ALTER TYPE mood SET SCHEMA app; ALTER FUNCTION f(int) SET SCHEMA app; ALTER VIEW v SET SCHEMA app;`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.types)).toEqual(['app.mood']);
    expect(m.column('t', 'm').type).toEqual({ schema: 'app', name: 'mood', modifiers: [], arrayDims: 0 });
    expect(Object.keys(m.schema.routines)).toEqual(['app.f(integer)']);
    expect(Object.keys(m.schema.views)).toEqual(['app.v']);
  });

  test('SET SCHEMA to a missing schema is an error', async () => {
    const m = await load('CREATE TABLE t (a int); ALTER TABLE t SET SCHEMA nope;');
    expect(m.errors.map((e) => e.message)).toEqual(['schema "nope" does not exist']);
    expect(Object.keys(m.schema.tables)).toEqual(['public.t']);
  });
});
