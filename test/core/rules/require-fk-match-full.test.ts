import rule from '../../../src/core/rules/require-fk-match-full';
import { expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const scopedParents = `CREATE TABLE agencies (id int PRIMARY KEY);
  CREATE TABLE routes (id int PRIMARY KEY, agency_id int NOT NULL REFERENCES agencies, UNIQUE (id, agency_id));
  CREATE TABLE depots (id int PRIMARY KEY, agency_id int NOT NULL REFERENCES agencies, UNIQUE (id, agency_id));`;
const parent = 'CREATE TABLE p (x int, y int, PRIMARY KEY (x, y));';

ruleTester(rule, {
  valid: [
    {
      // Corpus (NBXplorer, holdout-31): the chain code leads every key; a NULL blk_id is an
      // unconfirmed transaction, and code is the row's own scope, not a reference.
      name: "the other key column is the NOT NULL scope of the table's own key",
      sql: `CREATE TABLE blks (code text NOT NULL, blk_id text NOT NULL, PRIMARY KEY (code, blk_id));
        CREATE TABLE txs (code text NOT NULL, tx_id text NOT NULL, blk_id text, PRIMARY KEY (code, tx_id), FOREIGN KEY (code, blk_id) REFERENCES blks (code, blk_id) ON DELETE SET NULL);`,
    },
    `${parent} CREATE TABLE c (id bigint PRIMARY KEY, x int NOT NULL, y int NOT NULL, FOREIGN KEY (x, y) REFERENCES p);`,
    { name: 'MATCH FULL', sql: `${parent} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH FULL);` },
    { name: 'one column', sql: 'CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY, a_id int REFERENCES a);' },
    {
      // The multi-tenant shape: tenant_id has its own key, so a NULL parent_id just means no parent.
      name: 'tenant-scoped parent, tenant checked by its own foreign key',
      sql: `CREATE TABLE tenants (id int PRIMARY KEY);
        CREATE TABLE folders (tenant_id int NOT NULL REFERENCES tenants, id int, parent_id int, PRIMARY KEY (tenant_id, id),
          FOREIGN KEY (tenant_id, parent_id) REFERENCES folders (tenant_id, id) ON DELETE SET NULL (parent_id));`,
    },
    {
      name: 'a CHECK ties the key columns together (all or none NULL)',
      sql: `${parent} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p, CHECK (num_nulls(x, y) IN (0, 2)));`,
    },
    {
      // A ticketing shape: a run must stay within its route's agency, and its optional depot too.
      // With no depot, agency_id is still checked through the route's key, over NOT NULL columns.
      name: 'the other column checked by a second key of the same width over NOT NULL columns',
      sql: `${scopedParents} CREATE TABLE runs (id int PRIMARY KEY, agency_id int NOT NULL, route_id int NOT NULL, depot_id int,
          FOREIGN KEY (route_id, agency_id) REFERENCES routes (id, agency_id),
          FOREIGN KEY (depot_id, agency_id) REFERENCES depots (id, agency_id));`,
    },
  ],
  invalid: [
    {
      // Two nullable columns beside the scope: one NULL leaves the other unchecked, and the
      // message names that column, not the scope.
      name: 'two nullable key columns beside the scope',
      sql: `CREATE TABLE ins (code text NOT NULL, tx_id text NOT NULL, idx bigint NOT NULL, PRIMARY KEY (code, tx_id, idx));
        CREATE TABLE outs (code text NOT NULL, tx_id text NOT NULL, idx bigint NOT NULL, input_tx_id text, input_idx bigint, PRIMARY KEY (code, tx_id, idx),
          CONSTRAINT outs_spent_by_fk FOREIGN KEY (code, input_tx_id, input_idx) REFERENCES ins (code, tx_id, idx));`,
      messages: 1,
    },
    {
      // The route is optional too: with neither, agency_id is checked by nothing.
      name: 'a second key of the same width that is itself unchecked when its column is NULL',
      sql: `${scopedParents} CREATE TABLE runs (id int PRIMARY KEY, agency_id int NOT NULL, route_id int, depot_id int,
          FOREIGN KEY (route_id, agency_id) REFERENCES routes (id, agency_id),
          FOREIGN KEY (depot_id, agency_id) REFERENCES depots (id, agency_id));`,
      messages: 2,
    },
    { sql: `${parent} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p);`, messages: 1 },
    {
      name: 'one nullable column leaves the other unchecked',
      sql: `${parent} CREATE TABLE c (id bigint PRIMARY KEY, x int NOT NULL, y int, FOREIGN KEY (x, y) REFERENCES p);`,
      messages: 1,
    },
  ],
});

test('the unchecked column the message names is a nullable key column, not the scope', async () => {
  const schema = await importClean(`CREATE TABLE ins (code text NOT NULL, tx_id text NOT NULL, idx bigint NOT NULL, PRIMARY KEY (code, tx_id, idx));
    CREATE TABLE outs (code text NOT NULL, tx_id text NOT NULL, idx bigint NOT NULL, input_tx_id text, input_idx bigint, PRIMARY KEY (code, tx_id, idx),
      CONSTRAINT outs_spent_by_fk FOREIGN KEY (code, input_tx_id, input_idx) REFERENCES ins (code, tx_id, idx));`);
  expect(lintWith(rule, schema).map((d) => d.message)).toEqual([
    'Foreign key outs_spent_by_fk (code, input_tx_id, input_idx) is MATCH SIMPLE and input_tx_id is nullable: a row with input_tx_id NULL is not checked, so its input_idx can name no row of ins.',
  ]);
});
