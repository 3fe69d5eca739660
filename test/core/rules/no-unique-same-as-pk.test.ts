import { expect, test } from 'vitest';
import { applyChanges } from '../../../src/core/changes';
import fkIndex from '../../../src/core/rules/require-fk-index';
import rule from '../../../src/core/rules/no-unique-same-as-pk';
import { importClean, lintWith, ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint PRIMARY KEY, email text UNIQUE);',
    { name: 'INCLUDE columns serve index-only scans', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE UNIQUE INDEX ON t (id) INCLUDE (a);' },
    { name: 'a partial unique index', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE UNIQUE INDEX ON t (id) WHERE a > 0;' },
    { name: 'a superset of the key', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, UNIQUE (id, a));' },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY); ALTER TABLE t ADD CONSTRAINT t_id_key UNIQUE (id);', messages: 1, fixed: true },
    { name: 'unique index on the key', sql: 'CREATE TABLE t (id bigint PRIMARY KEY); CREATE UNIQUE INDEX t_id_uidx ON t (id);', messages: 1, fixed: true },
    { name: 'composite key, same columns', sql: 'CREATE TABLE t (a int, b int, PRIMARY KEY (a, b)); CREATE UNIQUE INDEX ON t (a, b);', messages: 1, fixed: true },
    {
      // Outside pass 11 (MediaWiki's page_props): a unique index on the key's columns in another
      // order; the fix keeps it as a plain index.
      name: 'composite key, unique index in another order',
      sql: 'CREATE TABLE page_props (pp_page int NOT NULL, pp_propname text NOT NULL, pp_value text NOT NULL, PRIMARY KEY (pp_page, pp_propname)); CREATE UNIQUE INDEX pp_propname_page ON page_props (pp_propname, pp_page);',
      messages: 1,
      fixed: true,
    },
  ],
});

test('the fix does not take away the only index led by a foreign key column', async () => {
  // Rule bug: UNIQUE (group_id, user_id) repeats PRIMARY KEY (user_id, group_id) as a constraint,
  // but its index is the one that serves group_id (lookups, and the RI check when a group is
  // deleted). Dropping it outright leaves memberships.group_id unindexed; the finding should keep
  // a plain index on (group_id, user_id), or not be reported for a different column order.
  const schema = await importClean(`
    CREATE TABLE users (id bigint PRIMARY KEY);
    CREATE TABLE groups (id bigint PRIMARY KEY);
    CREATE TABLE memberships (user_id bigint REFERENCES users, group_id bigint REFERENCES groups,
      PRIMARY KEY (user_id, group_id), UNIQUE (group_id, user_id));`);
  expect(lintWith(fkIndex, schema)).toEqual([]);
  for (const d of lintWith(rule, schema)) {
    if (d.fix?.kind !== 'changes') continue;
    expect(lintWith(fkIndex, applyChanges(schema, d.fix.changes)).map((x) => x.message)).toEqual([]);
  }
});

test('a reordered unique index is replaced by a plain index, not dropped', async () => {
  // Outside pass 11 (MediaWiki's page_props): UNIQUE (pp_propname, pp_page) repeats PRIMARY KEY
  // (pp_page, pp_propname) as a set, but it is the index that finds the pages with a property.
  const schema = await importClean(`
    CREATE TABLE page_props (pp_page int NOT NULL, pp_propname text NOT NULL, pp_value text NOT NULL, PRIMARY KEY (pp_page, pp_propname));
    CREATE UNIQUE INDEX pp_propname_page ON page_props (pp_propname, pp_page);`);
  const [d] = lintWith(rule, schema);
  expect(d?.help).toContain('plain index for lookups by pp_propname');
  if (d?.fix?.kind !== 'changes') throw new Error('expected a changes fix');
  const after = Object.values(applyChanges(schema, d.fix.changes).tables).find((t) => t.name === 'page_props')!;
  expect(after.indexes.map((ix) => [ix.name, ix.unique, ix.elements.map((e) => e.column).join()])).toEqual([['pp_propname_page', false, 'pp_propname,pp_page']]);
});
