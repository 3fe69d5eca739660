import { expect, test } from 'vitest';
import rule, { permissiveOverlaps } from '../../../src/core/rules/no-multiple-permissive-policies';
import { importClean, lintWith, ruleTester } from './rule-tester';

const t = 'CREATE TABLE docs (id bigint PRIMARY KEY, owner uuid, org uuid); ALTER TABLE docs ENABLE ROW LEVEL SECURITY;';

ruleTester(rule, {
  valid: [
    `${t} CREATE POLICY r ON docs FOR SELECT TO authenticated USING (true); CREATE POLICY w ON docs FOR UPDATE TO authenticated USING (true);`,
    { name: 'other roles', sql: `${t} CREATE POLICY a ON docs FOR SELECT TO anon USING (true); CREATE POLICY b ON docs FOR SELECT TO authenticated USING (true);` },
    { name: 'a restrictive policy narrows, it does not add', sql: `${t} CREATE POLICY a ON docs USING (true); CREATE POLICY b ON docs AS RESTRICTIVE USING (org IS NOT NULL);` },
    {
      // StudyU's repo: readable by everyone, written by the study's owner. Postgres ORs the
      // permissive policies and folds `true OR ...` to true when it plans: nothing to merge.
      name: 'one of the policies passes every row for the command (USING (true))',
      sql: `${t} CREATE POLICY "Repo is viewable by everyone" ON docs FOR SELECT USING (true); CREATE POLICY "Owners can do everything" ON docs USING ((owner = ( SELECT docs_1.owner FROM docs docs_1 WHERE (docs_1.org = docs.org) LIMIT 1)));`,
    },
    {
      name: 'a FOR ALL policy open to every row on read and write',
      sql: `${t} CREATE POLICY open ON docs USING (true); CREATE POLICY own ON docs FOR UPDATE USING (owner IS NOT NULL) WITH CHECK (owner IS NOT NULL);`,
    },
  ],
  invalid: [
    { sql: `${t} CREATE POLICY own ON docs FOR SELECT TO authenticated USING (owner IS NOT NULL); CREATE POLICY org ON docs FOR SELECT TO authenticated USING (org IS NOT NULL);`, messages: 1 },
    {
      name: 'FOR ALL overlaps every command, PUBLIC every role',
      sql: `${t} CREATE POLICY admin ON docs USING (org IS NOT NULL); CREATE POLICY read ON docs FOR SELECT TO authenticated USING (owner IS NOT NULL);`,
      messages: 1,
    },
    {
      name: 'the public read policy has a condition of its own (the repo shape, not open to every row)',
      sql: `${t} CREATE POLICY "Repo is viewable by members" ON docs FOR SELECT USING ((org IS NOT NULL)); CREATE POLICY "Owners can do everything" ON docs USING ((owner = ( SELECT docs_1.owner FROM docs docs_1 WHERE (docs_1.org = docs.org) LIMIT 1)));`,
      messages: 1,
    },
    {
      name: 'USING (true) opens reads only: an INSERT still meets both WITH CHECKs',
      sql: `${t} CREATE POLICY anyone ON docs FOR ALL USING (true) WITH CHECK (org IS NOT NULL); CREATE POLICY own ON docs FOR INSERT WITH CHECK (owner IS NOT NULL);`,
      messages: 1,
    },
  ],
});

test('lists the role and command pairs, as splinter 0006 does', async () => {
  const schema = await importClean(`${t} CREATE POLICY admin ON docs TO authenticated USING (org IS NOT NULL); CREATE POLICY read ON docs FOR SELECT TO authenticated, anon USING (owner IS NOT NULL);`);
  expect(permissiveOverlaps(schema.tables['public.docs']!)).toEqual([{ role: 'authenticated', command: 'select', policies: ['admin', 'read'] }]);
  expect(lintWith(rule, schema)[0]?.message).toBe('docs has several permissive policies (admin, read) for the same role and command: authenticated SELECT.');
});
