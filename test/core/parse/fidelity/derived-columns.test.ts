/**
 * Class 5 of issue 16: the columns of derived tables. CREATE TABLE AS, SELECT INTO, CREATE TABLE
 * AS EXECUTE, views and materialized views get their columns' names and types from the query
 * (star expansion, aliases, casts, operators, functions of known result type, the model's own
 * tables, views and functions), compared with format_type in Postgres.
 */
import { describe, expect, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

const SCHEMA = `
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE customers (id bigint PRIMARY KEY, name varchar(80) NOT NULL, mail email, mood mood, joined date, score numeric(6,2), tags text[]);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id bigint REFERENCES customers, total numeric(12,2), placed_at timestamptz DEFAULT now(), qty int, meta jsonb);
CREATE FUNCTION order_count(bigint) RETURNS integer LANGUAGE sql AS 'SELECT 1';
`;

describe('columns of derived tables', () => {
  test('CREATE TABLE AS: star, qualified star, aliases, casts, literals, joins with USING', async () => {
    await expectSameAsPostgres(`${SCHEMA}
CREATE TABLE c_copy AS SELECT * FROM customers;
CREATE TABLE c_join AS SELECT c.*, o.total, o.placed_at AS at FROM customers c JOIN orders o ON o.customer_id = c.id;
CREATE TABLE c_lit AS SELECT 1 AS one, 2.5 AS half, 'x' AS str, NULL AS nothing, true AS yes, 3000000000 AS big, name::text AS n, score::int AS s FROM customers;
CREATE TABLE c_missing AS SELECT name, nickname FROM customers;
CREATE VIEW v_missing AS SELECT c.id FROM customers c WHERE c.deleted_at IS NULL;
CREATE TABLE c_using AS SELECT * FROM orders JOIN (SELECT id AS customer_id, name FROM customers) x USING (customer_id);
CREATE TABLE c_named (a, b) AS SELECT id, name FROM customers WITH NO DATA;
CREATE UNLOGGED TABLE c_values AS VALUES (1, 'a', 1.5), (2, 'b', 2);
`, { viewColumns: true });
  });

  test('operators and functions: arithmetic, dates, json, aggregates, windows, CASE, COALESCE', async () => {
    await expectSameAsPostgres(`${SCHEMA}
CREATE VIEW order_stats AS
  SELECT customer_id, count(*) AS n, sum(qty) AS units, sum(total) AS revenue, avg(qty) AS avg_qty, max(total) AS biggest,
         min(placed_at) AS first_at, max(placed_at) - min(placed_at) AS span, bool_or(qty > 10) AS bulk,
         array_agg(id) AS ids, string_agg(meta ->> 'note', ', ') AS notes, jsonb_agg(meta) AS metas
  FROM orders GROUP BY customer_id;
CREATE VIEW order_lines AS
  SELECT id, qty * 2 AS double_qty, total * qty AS line, total / 3 AS third, qty + 1.5 AS bumped, placed_at::date AS day,
         placed_at + interval '1 day' AS next_day, current_date - placed_at::date AS age_days, meta -> 'a' AS a, meta ->> 'b' AS b,
         row_number() OVER (ORDER BY id) AS rn, lag(total) OVER (ORDER BY id) AS prev_total,
         CASE WHEN qty > 1 THEN 'many' ELSE 'one' END AS size, coalesce(total, 0) AS total0, coalesce(qty, 0::bigint) AS qty0,
         lower(meta ->> 'c') AS c, length(meta::text) AS len, now() AS seen, upper('x') AS x, order_count(customer_id) AS oc,
         date_trunc('day', placed_at) AS trunc, extract(year FROM placed_at) AS yr, nullif(qty, 0) AS nz, greatest(qty, 1) AS g
  FROM orders;
CREATE MATERIALIZED VIEW customer_view AS
  SELECT c.id, c.name, c.mail, c.mood, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS orders,
         EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AS has_orders, c.tags[1] AS first_tag,
         ARRAY[c.id, 1] AS ids, c.name || ' <' || c.mail || '>' AS label
  FROM customers c;
`, { viewColumns: true });
  });

  test('views over views, CTEs, UNION, sub-selects in FROM, set-returning functions, explicit column names', async () => {
    await expectSameAsPostgres(`${SCHEMA}
CREATE VIEW v_customers AS SELECT id, name AS customer_name, joined FROM customers;
CREATE VIEW v_over AS SELECT * FROM v_customers WHERE joined > '2020-01-01';
CREATE VIEW v_cte AS WITH big AS (SELECT customer_id, total FROM orders WHERE total > 100) SELECT customer_id AS cid, total FROM big;
CREATE VIEW v_union AS SELECT id, name FROM customers UNION ALL SELECT id::bigint, 'order' FROM orders;
CREATE VIEW v_sub (k, label) AS SELECT s.id, s.n FROM (SELECT id, name AS n FROM customers) s;
CREATE VIEW v_series AS SELECT g, g * 2 AS twice FROM generate_series(1, 10) AS g;
CREATE VIEW v_unnest AS SELECT id, t FROM customers, unnest(tags) AS t;
CREATE TABLE t_from_view AS SELECT * FROM v_over;
SELECT id, name INTO TABLE selected_into FROM customers;
SELECT * INTO unlogged_into FROM v_cte;
PREPARE recent(int) AS SELECT id, total, $1 AS limit_days FROM orders;
CREATE TABLE recent_orders AS EXECUTE recent(7);
`, { viewColumns: true });
  });

  test('what Postgres refuses: duplicate names, too many names, a changed column in CREATE OR REPLACE VIEW', async () => {
    await expectSameAsPostgres(`${SCHEMA}
CREATE TABLE dup AS SELECT 1, 2;
CREATE VIEW dup_v AS SELECT id, id FROM customers;
CREATE TABLE too_many (a, b, c) AS SELECT id, name FROM customers;
CREATE VIEW rv AS SELECT id, name FROM customers;
CREATE OR REPLACE VIEW rv AS SELECT id, name, joined FROM customers;
CREATE OR REPLACE VIEW rv AS SELECT id FROM customers;
CREATE OR REPLACE VIEW rv AS SELECT id, name::text AS name, joined FROM customers;
CREATE OR REPLACE VIEW rv AS SELECT id, mail AS name, joined FROM customers;
`, { viewColumns: true });
  });

  test('a view depends on the columns it reads: DROP COLUMN and ALTER TYPE refuse, CASCADE drops the view', async () => {
    const run = await expectSameAsPostgres(`${SCHEMA}
CREATE VIEW names AS SELECT id, name FROM customers WHERE joined IS NOT NULL;
CREATE VIEW everything AS SELECT * FROM orders;
ALTER TABLE customers DROP COLUMN score;
ALTER TABLE customers DROP COLUMN joined;
ALTER TABLE customers ALTER COLUMN name TYPE text;
ALTER TABLE orders DROP COLUMN meta;
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders DROP COLUMN note;
ALTER TABLE customers DROP COLUMN joined CASCADE;
ALTER TABLE customers RENAME COLUMN name TO full_name;
ALTER TABLE customers DROP COLUMN mood;
`, { viewColumns: true });
    expect(Object.keys(run.model.result.schema.views)).toEqual(['public.everything']);
  });
});
