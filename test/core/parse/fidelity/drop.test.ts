/**
 * Class 3 of issue 16: several names, CASCADE and dependent objects in DROP. Objects named
 * together go together; what depends on them automatically always goes; what depends on them
 * normally goes with CASCADE, and without it the statement fails whole.
 */
import { describe, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

describe('DROP with dependents', () => {
  test('several tables at once; CASCADE drops foreign keys and views; RESTRICT refuses', async () => {
    await expectSameAsPostgres(`
CREATE TABLE orgs (id int PRIMARY KEY);
CREATE TABLE users (id int PRIMARY KEY, org_id int REFERENCES orgs);
CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users, org_id int REFERENCES orgs);
CREATE VIEW post_orgs AS SELECT p.id, o.id AS org FROM posts p JOIN orgs o ON o.id = p.org_id;
CREATE VIEW v2 AS SELECT * FROM post_orgs;
CREATE TABLE lone (x int);
DROP TABLE orgs;
DROP TABLE orgs RESTRICT;
DROP TABLE users, posts, nope;
DROP TABLE IF EXISTS users, posts, nope;
DROP TABLE orgs CASCADE;
DROP VIEW IF EXISTS v2, post_orgs;
DROP TABLE lone, lone;
`);
  });

  test('DROP SCHEMA ... CASCADE takes everything in it and what elsewhere depends on it', async () => {
    await expectSameAsPostgres(`
CREATE SCHEMA app;
CREATE SCHEMA reporting;
CREATE TYPE app.status AS ENUM ('on', 'off');
CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
CREATE SEQUENCE app.ticket_seq;
CREATE TABLE app.accounts (id int PRIMARY KEY, status app.status);
CREATE FUNCTION app.f(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
CREATE TABLE public.invoices (id int, account_id int REFERENCES app.accounts, amount app.positive, state app.status, n int DEFAULT nextval('app.ticket_seq'));
CREATE VIEW reporting.accounts_v AS SELECT id FROM app.accounts;
CREATE TABLE reporting.kept (id int);
DROP SCHEMA app;
DROP SCHEMA app, reporting CASCADE;
DROP SCHEMA IF EXISTS app;
CREATE SCHEMA empty_one;
DROP SCHEMA empty_one;
`);
  });

  test('DROP DOMAIN / TYPE ... CASCADE: columns, domains over it, attributes, functions, arrays', async () => {
    await expectSameAsPostgres(`
CREATE DOMAIN money_amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE DOMAIN big_amount AS money_amount CHECK (VALUE > 1000);
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TYPE paint AS (c color, amount money_amount);
CREATE TABLE items (id int PRIMARY KEY, price money_amount, cost big_amount, colors color[], main color, p paint);
CREATE INDEX items_price_idx ON items (price);
CREATE FUNCTION first_color(color[]) RETURNS color LANGUAGE sql AS 'SELECT $1[1]';
CREATE VIEW item_colors AS SELECT id, main FROM items;
DROP DOMAIN money_amount;
DROP TYPE color;
DROP DOMAIN color;
DROP DOMAIN money_amount CASCADE;
DROP TYPE color CASCADE;
`);
  });

  test('DROP SEQUENCE ... CASCADE drops the defaults that use it; an owned one goes with its column', async () => {
    await expectSameAsPostgres(`
CREATE SEQUENCE shared_seq;
CREATE TABLE a (id int DEFAULT nextval('shared_seq'), b serial);
CREATE TABLE c (id bigint DEFAULT nextval('shared_seq'::regclass));
CREATE VIEW seq_v AS SELECT last_value FROM shared_seq;
DROP SEQUENCE shared_seq;
DROP SEQUENCE a_b_seq;
DROP SEQUENCE shared_seq CASCADE;
ALTER TABLE a DROP COLUMN b;
`);
  });

  test('DROP COLUMN: its indexes and constraints go; generated columns, policies, triggers and views need CASCADE', async () => {
    await expectSameAsPostgres(`
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE t (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int, d int CHECK (d > c), e int, f int, UNIQUE (c, e));
CREATE INDEX t_c_idx ON t (c);
CREATE INDEX t_expr_idx ON t ((c + e)) WHERE f > 0;
CREATE POLICY p ON t USING (e > 0);
CREATE TRIGGER tr BEFORE UPDATE OF f ON t FOR EACH ROW EXECUTE FUNCTION trg();
CREATE TABLE r (t_id int REFERENCES t (id));
ALTER TABLE t DROP COLUMN c;
ALTER TABLE t DROP COLUMN a;
ALTER TABLE t DROP COLUMN e;
ALTER TABLE t DROP COLUMN f;
ALTER TABLE t DROP COLUMN id;
ALTER TABLE t DROP COLUMN a CASCADE;
ALTER TABLE t DROP COLUMN e CASCADE;
ALTER TABLE t DROP COLUMN f CASCADE;
ALTER TABLE t DROP COLUMN id CASCADE;
ALTER TABLE t DROP COLUMN IF EXISTS nope;
`);
  });

  test('DROP OWNED BY drops what the roles own; DROP FUNCTION CASCADE drops its triggers', async () => {
    await expectSameAsPostgres(`
CREATE ROLE app_owner;
CREATE ROLE other_owner;
CREATE TABLE mine (id int PRIMARY KEY);
ALTER TABLE mine OWNER TO app_owner;
CREATE SCHEMA owned_schema AUTHORIZATION app_owner;
CREATE TABLE owned_schema.inside (id int);
CREATE TABLE theirs (id int, mine_id int REFERENCES mine);
ALTER TABLE theirs OWNER TO other_owner;
GRANT CREATE ON SCHEMA public TO app_owner;
SET ROLE app_owner;
CREATE TABLE made_as_owner (x int);
RESET ROLE;
DROP OWNED BY app_owner;
DROP OWNED BY app_owner CASCADE;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE logs (x int);
CREATE TRIGGER logs_touch BEFORE INSERT ON logs FOR EACH ROW EXECUTE FUNCTION touch();
DROP FUNCTION touch();
DROP FUNCTION touch() CASCADE;
`);
  });
});
