/** CREATE / DROP TRIGGER (tables and views), CREATE / ALTER / DROP POLICY. */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../../src/core/model';
import { load } from '../../../support/sql';

const setup = `CREATE TABLE t (id int, a int, b int);
  CREATE VIEW v AS SELECT * FROM t;
  CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`;

describe('triggers', () => {
  test('timing, events, UPDATE OF, row level, WHEN, function and arguments', async () => {
    const m = await load(`${setup}
      CREATE TRIGGER t_bu BEFORE INSERT OR UPDATE OF a, b ON t FOR EACH ROW WHEN (NEW.a IS DISTINCT FROM 0) EXECUTE FUNCTION trg('x', 42);`);
    expect(m.errors).toEqual([]);
    expect(m.table('t').triggers).toEqual([
      {
        name: 't_bu',
        timing: 'before',
        events: ['insert', 'update'],
        updateColumns: ['a', 'b'],
        level: 'row',
        when: expect.stringMatching(/^new\.a IS DISTINCT FROM 0$/i),
        function: { schema: 'public', name: 'trg' },
        arguments: ['x', '42'],
        constraint: false,
        deferrable: false,
        initiallyDeferred: false,
        enabled: true,
        source: expect.objectContaining({ line: 4 }),
      },
    ]);
  });

  test('statement level AFTER DELETE OR TRUNCATE, EXECUTE PROCEDURE with a qualified function', async () => {
    const m = await load(`${setup} CREATE TRIGGER t_ad AFTER DELETE OR TRUNCATE ON t FOR EACH STATEMENT EXECUTE PROCEDURE public.trg();`);
    expect(m.table('t').triggers).toMatchObject([
      { name: 't_ad', timing: 'after', events: ['delete', 'truncate'], level: 'statement', arguments: [], function: { schema: 'public', name: 'trg' } },
    ]);
  });

  test('a trigger function found through search_path gets its schema', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TABLE t (a int);
      CREATE FUNCTION app.tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      SET search_path = public, app;
      CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();`);
    expect(m.table('t').triggers[0]?.function).toEqual({ schema: 'app', name: 'tf' });
  });

  test('constraint triggers, deferrable', async () => {
    const m = await load(`${setup} CREATE CONSTRAINT TRIGGER t_ct AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION trg();`);
    expect(m.table('t').triggers).toMatchObject([{ name: 't_ct', constraint: true, deferrable: true, initiallyDeferred: true, level: 'row' }]);
  });

  test('transition tables', async () => {
    const m = await load(`${setup} CREATE TRIGGER t_tr AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION trg();`);
    expect(m.table('t').triggers[0]?.transitionTables).toEqual({ old: 'o', new: 'n' });
  });

  test('INSTEAD OF on a view; counted in the summary', async () => {
    const m = await load(`${setup} CREATE TRIGGER v_io INSTEAD OF INSERT OR UPDATE ON v FOR EACH ROW EXECUTE FUNCTION trg();
      CREATE TRIGGER t_x AFTER INSERT ON t EXECUTE FUNCTION trg();`);
    expect(m.view('v').triggers).toMatchObject([{ name: 'v_io', timing: 'instead-of', events: ['insert', 'update'], level: 'row' }]);
    // FOR EACH STATEMENT is the default.
    expect(m.table('t').triggers).toMatchObject([{ name: 't_x', level: 'statement' }]);
    expect(summarize(m.schema).triggers).toBe(2);
  });

  test('a duplicate name is an error; CREATE OR REPLACE TRIGGER replaces', async () => {
    const m = await load(`${setup}
      CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
      CREATE TRIGGER tg AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION trg();
      CREATE OR REPLACE TRIGGER tg AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION trg();`);
    expect(m.errors.map((e) => e.message)).toEqual(['trigger "tg" for relation "t" already exists']);
    expect(m.table('t').triggers).toMatchObject([{ name: 'tg', timing: 'after', events: ['update'] }]);
  });

  test('a trigger on a missing table is an error', async () => {
    const m = await load(`${setup} CREATE TRIGGER x BEFORE INSERT ON nope FOR EACH ROW EXECUTE FUNCTION trg();`);
    expect(m.errors.length).toBe(1);
  });

  test('DROP TRIGGER, IF EXISTS, missing; the same name on another table stays', async () => {
    const m = await load(`${setup} CREATE TABLE u (a int);
      CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
      CREATE TRIGGER tg BEFORE INSERT ON u FOR EACH ROW EXECUTE FUNCTION trg();
      CREATE TRIGGER v_io INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION trg();
      DROP TRIGGER tg ON t;
      DROP TRIGGER v_io ON v;
      DROP TRIGGER IF EXISTS nope ON t;
      DROP TRIGGER nope2 ON t;`);
    expect(m.errors.length).toBe(1);
    expect(m.table('t').triggers).toEqual([]);
    expect(m.view('v').triggers).toEqual([]);
    expect(m.table('u').triggers.map((x) => x.name)).toEqual(['tg']);
  });

  test('ALTER TRIGGER ... RENAME', async () => {
    const m = await load(`${setup} CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg(); ALTER TRIGGER tg ON t RENAME TO tg2;`);
    expect(m.table('t').triggers.map((x) => x.name)).toEqual(['tg2']);
  });

  test('DROP FUNCTION used by a trigger needs CASCADE, which drops the trigger', async () => {
    const a = await load(`${setup} CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg(); DROP FUNCTION trg();`);
    expect(a.errors.length).toBe(1);
    expect(a.table('t').triggers.length).toBe(1);
    const b = await load(`${setup} CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg(); DROP FUNCTION trg() CASCADE;`);
    expect(b.errors).toEqual([]);
    expect(b.table('t').triggers).toEqual([]);
    expect(b.schema.routines).toEqual({});
  });
});

describe('policies', () => {
  test('permissive / restrictive, command, roles, USING and WITH CHECK', async () => {
    const m = await load(`CREATE TABLE t (id int, a int, b int);
      CREATE POLICY p_sel ON t FOR SELECT TO PUBLIC USING (a > 0);
      CREATE POLICY p_res ON t AS RESTRICTIVE FOR UPDATE TO alice, bob USING (id = 1) WITH CHECK (b > 0);
      CREATE POLICY p_all ON t USING (true);
      CREATE POLICY p_ins ON t FOR INSERT TO CURRENT_USER WITH CHECK (b IS NOT NULL);`);
    expect(m.errors).toEqual([]);
    const policies = m.table('t').policies;
    expect(policies.map((p) => p.name)).toEqual(['p_sel', 'p_res', 'p_all', 'p_ins']);
    expect(policies[0]).toMatchObject({ permissive: true, command: 'select', roles: ['public'], using: 'a > 0' });
    expect(policies[0]?.withCheck).toBeUndefined();
    expect(policies[1]).toMatchObject({ permissive: false, command: 'update', roles: ['alice', 'bob'], using: 'id = 1', withCheck: 'b > 0' });
    expect(policies[2]).toMatchObject({ permissive: true, command: 'all', roles: ['public'], using: 'true' });
    expect(policies[3]).toMatchObject({ command: 'insert', withCheck: 'b IS NOT NULL' });
    expect(policies[3]?.using).toBeUndefined();
  });

  test('ALTER POLICY changes roles, USING, WITH CHECK; RENAME', async () => {
    const m = await load(`CREATE TABLE t (id int, a int, b int);
      CREATE POLICY p_sel ON t FOR SELECT USING (a > 0);
      CREATE POLICY p_upd ON t FOR UPDATE USING (id = 1) WITH CHECK (b > 0);
      ALTER POLICY p_sel ON t TO alice USING (a > 1);
      ALTER POLICY p_upd ON t WITH CHECK (b > 5);
      ALTER POLICY p_upd ON t RENAME TO p_update;`);
    expect(m.errors).toEqual([]);
    const [sel, upd] = m.table('t').policies;
    expect(sel).toMatchObject({ name: 'p_sel', roles: ['alice'], using: 'a > 1' });
    expect(upd).toMatchObject({ name: 'p_update', roles: ['public'], using: 'id = 1', withCheck: 'b > 5' });
  });

  test('duplicate policy is an error; DROP POLICY (IF EXISTS)', async () => {
    const m = await load(`CREATE TABLE t (a int);
      CREATE POLICY p ON t USING (true);
      CREATE POLICY p ON t USING (false);
      CREATE POLICY q ON t USING (true);
      DROP POLICY p ON t;
      DROP POLICY IF EXISTS nope ON t;`);
    expect(m.errors.map((e) => e.message)).toEqual(['policy "p" for table "t" already exists']);
    expect(m.table('t').policies.map((p) => p.name)).toEqual(['q']);
  });
});

describe("statements on a platform's tables (a schema the script never creates)", () => {
  // A Supabase project's migration: auth and storage are Supabase's, created before it runs.
  const SUPABASE_PROJECT = `CREATE TABLE profiles (id uuid PRIMARY KEY REFERENCES auth.users, avatar_url text);
    CREATE FUNCTION handle_new_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO profiles (id) VALUES (new.id); RETURN new; END $$;
    CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION handle_new_user();
    CREATE POLICY "Avatars are public" ON storage.objects FOR SELECT USING (bucket_id = 'avatars');
    ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
    CREATE INDEX objects_owner ON storage.objects (owner);`;

  test('are warnings that say the table is made elsewhere and what is not kept; the rest is read', async () => {
    const m = await load(SUPABASE_PROJECT);
    expect(m.errors).toEqual([]);
    expect(m.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'foreign key references "auth"."users", which is not in this script (schema "auth" is made elsewhere, by the platform or another tool)'],
      [3, '"auth"."users" is not in this script (schema "auth" is made elsewhere, by the platform or another tool): the trigger "on_auth_user_created" on it is not kept'],
      [4, '"storage"."objects" is not in this script (schema "storage" is made elsewhere, by the platform or another tool): the policy "Avatars are public" on it is not kept'],
      [5, '"storage"."objects" is not in this script (schema "storage" is made elsewhere, by the platform or another tool): this ALTER on it is not kept'],
      [6, '"storage"."objects" is not in this script (schema "storage" is made elsewhere, by the platform or another tool): the index "objects_owner" on it is not kept'],
    ]);
    expect(m.table('profiles').foreignKeys[0]?.references).toEqual({ schema: 'auth', name: 'users' });
  });

  test("a table missing from a schema the script does create, or an unqualified one, is Postgres's error", async () => {
    const m = await load(`CREATE SCHEMA app; CREATE POLICY p ON app.nope USING (true); CREATE POLICY q ON nope2 USING (true);`);
    expect(m.errors.map((e) => e.message)).toEqual(['relation "nope" does not exist', 'relation "nope2" does not exist']);
  });
});
