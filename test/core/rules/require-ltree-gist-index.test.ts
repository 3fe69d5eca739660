import rule from '../../../src/core/rules/require-ltree-gist-index';
import { ruleTester } from './rule-tester';

const table = 'CREATE EXTENSION ltree; CREATE TABLE taxonomy (id bigint PRIMARY KEY, tenant_id bigint, path ltree NOT NULL);';

ruleTester(rule, {
  valid: [
    `${table} CREATE INDEX ON taxonomy USING gist (path);`,
    { name: 'an ltree[] column is not a path', sql: 'CREATE EXTENSION ltree; CREATE TABLE t (id bigint PRIMARY KEY, paths ltree[]);' },
    {
      // Rule bug: only an index led by the ltree column counts. A multicolumn GiST index serves
      // conditions on any of its columns (Postgres docs, "Multicolumn Indexes"); this is the
      // usual multi-tenant shape, and the rule would push for a second, redundant GiST index.
      name: 'a multicolumn GiST index (tenant_id, path) serves path queries',
      sql: `CREATE EXTENSION btree_gist; ${table} CREATE INDEX ON taxonomy USING gist (tenant_id, path);`,
    },
  ],
  invalid: [
    { sql: table, messages: 1, fixed: true },
    {
      // The fix names its index taxonomy_path_idx: the name CREATE INDEX gave the b-tree.
      name: 'a b-tree index does not serve <@ / @> (and the fix must not reuse its name)',
      sql: `${table} CREATE INDEX ON taxonomy (path);`,
      messages: 1,
      fixed: true,
    },
  ],
});
