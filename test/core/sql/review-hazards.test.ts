/**
 * The hazards a reviewer weighs that no lock shows (pg-schema-diff's INDEX_DROPPED and
 * AUTHZ_UPDATE): an index of a table that stays is gone, and access to objects in use changes.
 * Objects the migration creates, and indexes built again under their name, are not marked.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, type Hazard } from '../../../src/core/sql';

beforeAll(async () => {
  await initParser();
});

/** Each up statement's first line and its hazards among those under test. */
function marked(from: string, to: string): [string, Hazard[]][] {
  const a = importSql(from).schema;
  const plan = planMigration(a, diff(a, importSql(to).schema), { allowDestructive: true });
  return plan.up.map((s) => [s.sql.split('\n')[0]!, s.hazards.filter((h) => h === 'index-dropped' || h === 'authz-change')]);
}

const withHazard = (rows: [string, Hazard[]][], hazard: Hazard) => rows.filter(([, h]) => h.includes(hazard)).map(([sql]) => sql);

const T = 'CREATE TABLE t (id bigint PRIMARY KEY, email text NOT NULL, org bigint);';

describe('index-dropped', () => {
  test('an index dropped from a table that stays', () => {
    const rows = marked(`${T} CREATE INDEX t_org_idx ON t (org);`, T);
    expect(withHazard(rows, 'index-dropped')).toEqual(['DROP INDEX CONCURRENTLY IF EXISTS public.t_org_idx;']);
  });

  test("a unique key dropped (its index goes with it); a check's drop is not marked", () => {
    const rows = marked(`${T} ALTER TABLE t ADD CONSTRAINT t_email_key UNIQUE (email), ADD CONSTRAINT t_org_check CHECK (org > 0);`, T);
    expect(withHazard(rows, 'index-dropped')).toEqual(['ALTER TABLE public.t DROP CONSTRAINT t_email_key;']);
  });

  test('an index another index still serves is not marked: a redundant prefix, a key replaced by a unique index', () => {
    const both = `${T} CREATE INDEX t_org_idx ON t (org); CREATE INDEX t_org_email_idx ON t (org, email);`;
    expect(withHazard(marked(both, `${T} CREATE INDEX t_org_email_idx ON t (org, email);`), 'index-dropped')).toEqual([]);
    const key = marked(`${T} ALTER TABLE t ADD CONSTRAINT t_email_key UNIQUE (email);`, `${T} CREATE UNIQUE INDEX t_email_idx ON t (email) INCLUDE (org);`);
    expect(withHazard(key, 'index-dropped')).toEqual([]);
    // A partial index does not serve what the whole one did.
    const partial = marked(`${T} CREATE INDEX t_org_idx ON t (org);`, `${T} CREATE INDEX t_org_live_idx ON t (org) WHERE email <> '';`);
    expect(withHazard(partial, 'index-dropped')).toEqual(['DROP INDEX CONCURRENTLY IF EXISTS public.t_org_idx;']);
  });

  test('a key built again under its name on a table with no primary key is not marked', () => {
    const rows = marked('CREATE TABLE r (a text NOT NULL, b int NOT NULL, CONSTRAINT r_key UNIQUE (a, b));', 'CREATE TABLE r (a text NOT NULL, b int NOT NULL, c int, CONSTRAINT r_key UNIQUE (a, c, b));');
    expect(rows.map(([sql]) => sql)).toContain('ALTER TABLE public.r DROP CONSTRAINT r_key;');
    expect(withHazard(rows, 'index-dropped')).toEqual([]);
  });

  test('an index built again under its name, or dropped with its table, is not marked', () => {
    expect(withHazard(marked(`${T} CREATE INDEX t_org_idx ON t (org);`, `${T} CREATE INDEX t_org_idx ON t (org, email);`), 'index-dropped')).toEqual([]);
    expect(withHazard(marked(`${T} CREATE INDEX t_org_idx ON t (org);`, ''), 'index-dropped')).toEqual([]);
  });
});

describe('authz-change', () => {
  const POLICY = 'ALTER TABLE t ENABLE ROW LEVEL SECURITY; CREATE POLICY t_own ON t USING (org = 1);';

  test('row-level security and a policy on a table in use', () => {
    const rows = marked(T, `${T} ${POLICY}`);
    expect(withHazard(rows, 'authz-change')).toEqual(['ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;', 'CREATE POLICY t_own ON public.t AS PERMISSIVE FOR ALL TO public USING (org = 1);']);
  });

  test('a policy dropped, and a GRANT and a REVOKE on a table in use', () => {
    expect(withHazard(marked(`${T} ${POLICY}`, `${T} ALTER TABLE t ENABLE ROW LEVEL SECURITY;`), 'authz-change')).toEqual(['DROP POLICY t_own ON public.t;']);
    const granted = withHazard(marked(T, `${T} GRANT SELECT ON t TO PUBLIC;`), 'authz-change');
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatch(/^GRANT SELECT ON TABLE public\.t TO PUBLIC;$/);
    const revoked = withHazard(marked(`${T} GRANT SELECT ON t TO PUBLIC;`, T), 'authz-change');
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatch(/^REVOKE SELECT ON TABLE public\.t FROM PUBLIC;$/);
  });

  test('a policy dropped and created again around a column type change is not marked: it comes back as it was', () => {
    const rows = marked(`${T} ${POLICY}`, `${T.replace('org bigint', 'org numeric')} ${POLICY}`);
    expect(rows.map(([sql]) => sql)).toEqual(expect.arrayContaining(['DROP POLICY t_own ON public.t;']));
    expect(withHazard(rows, 'authz-change')).toEqual([]);
  });

  test("a new table's security, policies and grants are not marked: nobody uses it yet", () => {
    expect(withHazard(marked('', `${T} ${POLICY} GRANT SELECT ON t TO PUBLIC;`), 'authz-change')).toEqual([]);
  });
});
