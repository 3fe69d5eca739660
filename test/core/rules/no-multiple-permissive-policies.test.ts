import { expect, test } from 'vitest';
import rule, { permissiveOverlaps } from '../../../src/core/rules/no-multiple-permissive-policies';
import { importClean, lintWith, ruleTester } from './rule-tester';

const t = 'CREATE TABLE docs (id bigint PRIMARY KEY, owner uuid, org uuid); ALTER TABLE docs ENABLE ROW LEVEL SECURITY;';

ruleTester(rule, {
  valid: [
    `${t} CREATE POLICY r ON docs FOR SELECT TO authenticated USING (true); CREATE POLICY w ON docs FOR UPDATE TO authenticated USING (true);`,
    { name: 'other roles', sql: `${t} CREATE POLICY a ON docs FOR SELECT TO anon USING (true); CREATE POLICY b ON docs FOR SELECT TO authenticated USING (true);` },
    { name: 'a restrictive policy narrows, it does not add', sql: `${t} CREATE POLICY a ON docs USING (true); CREATE POLICY b ON docs AS RESTRICTIVE USING (org IS NOT NULL);` },
  ],
  invalid: [
    { sql: `${t} CREATE POLICY own ON docs FOR SELECT TO authenticated USING (true); CREATE POLICY org ON docs FOR SELECT TO authenticated USING (true);`, messages: 1 },
    {
      name: 'FOR ALL overlaps every command, PUBLIC every role',
      sql: `${t} CREATE POLICY admin ON docs USING (true); CREATE POLICY read ON docs FOR SELECT TO authenticated USING (true);`,
      messages: 1,
    },
  ],
});

test('lists the role and command pairs, as splinter 0006 does', async () => {
  const schema = await importClean(`${t} CREATE POLICY admin ON docs TO authenticated USING (true); CREATE POLICY read ON docs FOR SELECT TO authenticated, anon USING (true);`);
  expect(permissiveOverlaps(schema.tables['public.docs']!)).toEqual([{ role: 'authenticated', command: 'select', policies: ['admin', 'read'] }]);
  expect(lintWith(rule, schema)[0]?.message).toBe('docs has several permissive policies (admin, read) for the same role and command: authenticated SELECT.');
});
