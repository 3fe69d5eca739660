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
