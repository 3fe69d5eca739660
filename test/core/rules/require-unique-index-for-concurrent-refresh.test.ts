import rule from '../../../src/core/rules/require-unique-index-for-concurrent-refresh';
import { ruleTester } from './rule-tester';

const mv = `CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
  CREATE MATERIALIZED VIEW ltv AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;`;

ruleTester(rule, {
  valid: [
    `${mv} CREATE UNIQUE INDEX ltv_key ON ltv (customer_id);`,
    { name: 'a plain view needs nothing', sql: 'CREATE TABLE t (id bigint PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t;' },
    { name: 'one usable index among others', sql: `${mv} CREATE INDEX ON ltv (total); CREATE UNIQUE INDEX ON ltv (customer_id, total);` },
  ],
  invalid: [
    { sql: mv, messages: 1 },
    { name: 'a non-unique index', sql: `${mv} CREATE INDEX ON ltv (customer_id);`, messages: 1 },
    { name: 'a partial unique index is refused by Postgres', sql: `${mv} CREATE UNIQUE INDEX ON ltv (customer_id) WHERE customer_id IS NOT NULL;`, messages: 1 },
    { name: 'an expression unique index is refused by Postgres', sql: `${mv} CREATE UNIQUE INDEX ON ltv ((customer_id + 0));`, messages: 1 },
  ],
});
