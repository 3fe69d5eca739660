/**
 * Class 4 of issue 16: CREATE TABLE ... (LIKE source ...) with every INCLUDING / EXCLUDING
 * option, LIKE of a view, a composite type and a foreign table, mixed with own columns and
 * INHERITS; what is copied and under which names, compared with Postgres.
 */
import { describe, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

const SOURCE = `
CREATE TABLE src (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  a text NOT NULL DEFAULT 'x' CHECK (a <> ''),
  b int GENERATED ALWAYS AS (id * 2) STORED,
  c varchar(10) UNIQUE,
  d int CONSTRAINT d_pos CHECK (d > 0) NO INHERIT,
  e int,
  EXCLUDE USING btree (e WITH =)
);
CREATE INDEX src_lower ON src (lower(a)) WHERE d > 1;
CREATE INDEX ON src (d, e);
COMMENT ON COLUMN src.a IS 'column a';
CREATE STATISTICS src_stats ON d, e FROM src;
`;

describe('LIKE', () => {
  test('no options, INCLUDING ALL, and each option alone', async () => {
    await expectSameAsPostgres(`${SOURCE}
CREATE TABLE l_plain (LIKE src);
CREATE TABLE l_all (LIKE src INCLUDING ALL);
CREATE TABLE l_defaults (LIKE src INCLUDING DEFAULTS);
CREATE TABLE l_constraints (LIKE src INCLUDING CONSTRAINTS);
CREATE TABLE l_indexes (LIKE src INCLUDING INDEXES);
CREATE TABLE l_identity (LIKE src INCLUDING IDENTITY);
CREATE TABLE l_generated (LIKE src INCLUDING GENERATED);
CREATE TABLE l_comments (LIKE src INCLUDING COMMENTS);
CREATE TABLE l_stats (LIKE src INCLUDING STATISTICS INCLUDING STORAGE INCLUDING COMPRESSION);
CREATE TABLE l_except (LIKE src INCLUDING ALL EXCLUDING INDEXES EXCLUDING CONSTRAINTS);
`);
  });

  test('own columns around LIKE, two LIKEs, names that clash, INHERITS', async () => {
    await expectSameAsPostgres(`${SOURCE}
CREATE TABLE parent (k int NOT NULL, m int CHECK (m > 0));
CREATE TABLE mixed (x int, LIKE src INCLUDING INDEXES INCLUDING CONSTRAINTS, y int PRIMARY KEY);
CREATE TABLE two (LIKE parent INCLUDING ALL, LIKE src);
CREATE TABLE with_parent (LIKE src, k int) INHERITS (parent);
CREATE TABLE clash (a int, LIKE src);
CREATE TABLE clash2 (LIKE src, LIKE src);
CREATE TABLE mixed_pkey (LIKE src INCLUDING INDEXES, z int);
`);
  });

  test('LIKE of a view, a materialized view, a composite type and a foreign table', async () => {
    await expectSameAsPostgres(`${SOURCE}
CREATE VIEW src_v AS SELECT id, a AS label, c::text AS code, id + 1 AS next FROM src;
CREATE MATERIALIZED VIEW src_m AS SELECT id, e FROM src;
CREATE TYPE pair AS (left_value int, right_value text);
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE remote_items (id int NOT NULL, price numeric(8,2) CHECK (price >= 0), note text) SERVER remote;
CREATE TABLE from_view (LIKE src_v INCLUDING ALL);
CREATE TABLE from_matview (LIKE src_m, extra bool);
CREATE TABLE from_type (LIKE pair);
CREATE TABLE from_foreign (LIKE remote_items INCLUDING CONSTRAINTS);
CREATE TABLE from_sequence (LIKE src_id_seq);
CREATE TABLE from_nothing (LIKE nope);
`);
  });
});
