/**
 * Classes 6 and 10 of issue 16: inheritance. INHERITS merges columns (a parent's NOT NULL and
 * CHECK constraints come along unless NO INHERIT; a column several parents give is one),
 * ALTER TABLE ... INHERIT / NO INHERIT, and ONLY on DROP COLUMN / DROP CONSTRAINT (the
 * children's copies become their own) versus without (they go where only inherited).
 */
import { describe, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

describe('inheritance', () => {
  test('INHERITS merges columns and constraints; several parents; conflicts refused', async () => {
    await expectSameAsPostgres(`
CREATE TABLE base (id int NOT NULL, note text, kind text DEFAULT 'b', CONSTRAINT id_pos CHECK (id > 0), CONSTRAINT only_base CHECK (note <> '') NO INHERIT);
CREATE TABLE audit (id int, changed_at timestamptz NOT NULL, CONSTRAINT id_pos CHECK (id > 0));
CREATE TABLE child (extra int, note text NOT NULL) INHERITS (base);
CREATE TABLE both_parents (kind text NOT NULL) INHERITS (base, audit);
CREATE TABLE grandchild (CONSTRAINT id_pos CHECK (id > 0)) INHERITS (child);
CREATE TABLE conflict (note int) INHERITS (base);
CREATE TABLE twice () INHERITS (base, base);
CREATE TABLE dup (a int, a text);
CREATE TABLE own_check (id int, CONSTRAINT id_pos CHECK (id > 0)) INHERITS (audit);
`);
  });

  test('ALTER TABLE INHERIT / NO INHERIT; columns and constraints added to the parent reach children', async () => {
    await expectSameAsPostgres(`
CREATE TABLE p (a int NOT NULL, b text, CONSTRAINT a_pos CHECK (a > 0));
CREATE TABLE c (a int NOT NULL, b text, c int, CONSTRAINT a_pos CHECK (a > 0));
CREATE TABLE missing_col (a int NOT NULL);
CREATE TABLE missing_check (a int NOT NULL, b text);
CREATE TABLE nullable (a int, b text, CONSTRAINT a_pos CHECK (a > 0));
ALTER TABLE c INHERIT p;
ALTER TABLE missing_col INHERIT p;
ALTER TABLE missing_check INHERIT p;
ALTER TABLE nullable INHERIT p;
ALTER TABLE p ADD COLUMN d date;
ALTER TABLE p ADD CONSTRAINT b_len CHECK (length(b) < 10);
ALTER TABLE ONLY p ADD CONSTRAINT d_check CHECK (d > '2000-01-01') NO INHERIT;
CREATE TABLE k () INHERITS (p);
ALTER TABLE k NO INHERIT p;
ALTER TABLE k NO INHERIT p;
ALTER TABLE k ADD COLUMN z int;
ALTER TABLE c NO INHERIT p;
`);
  });

  test('ONLY on DROP COLUMN and DROP CONSTRAINT; children copies; inherited ones cannot be dropped alone', async () => {
    await expectSameAsPostgres(`
CREATE TABLE par (a int CONSTRAINT a_pos CHECK (a > 0), b int CONSTRAINT b_pos CHECK (b > 0), c int CONSTRAINT c_pos CHECK (c > 0), d int, e int);
CREATE TABLE kid (a int CONSTRAINT a_pos CHECK (a > 0), e int) INHERITS (par);
CREATE TABLE kid2 () INHERITS (par);
CREATE TABLE grandkid () INHERITS (kid);
ALTER TABLE ONLY par DROP CONSTRAINT b_pos;
ALTER TABLE par DROP CONSTRAINT a_pos;
ALTER TABLE kid DROP CONSTRAINT c_pos;
ALTER TABLE kid2 DROP COLUMN d;
ALTER TABLE ONLY par DROP COLUMN c;
ALTER TABLE par DROP COLUMN d;
ALTER TABLE par DROP COLUMN e;
ALTER TABLE kid2 DROP COLUMN c;
ALTER TABLE kid DROP CONSTRAINT a_pos;
`);
  });

  test('DROP TABLE of parent and child together; CASCADE takes children', async () => {
    await expectSameAsPostgres(`
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (x int) INHERITS (p);
CREATE TABLE r (p_id int REFERENCES p);
CREATE TABLE q (id int);
CREATE TABLE qc () INHERITS (q);
DROP TABLE p;
DROP TABLE p, c, r;
DROP TABLE q CASCADE;
`);
  });

  test('ONLY on other actions: what Postgres refuses on a parent with children, and what it applies to the parent alone', async () => {
    await expectSameAsPostgres(`
CREATE TABLE p (a int, b text, c int);
CREATE TABLE k () INHERITS (p);
ALTER TABLE ONLY p ADD COLUMN d int;
ALTER TABLE ONLY p RENAME COLUMN a TO a2;
ALTER TABLE ONLY p ALTER COLUMN b TYPE varchar(10);
ALTER TABLE ONLY p ADD CONSTRAINT c_pos CHECK (c > 0);
ALTER TABLE ONLY p ADD CONSTRAINT c_small CHECK (c < 100) NO INHERIT;
ALTER TABLE ONLY p ALTER COLUMN c SET DEFAULT 1;
ALTER TABLE ONLY p ALTER COLUMN c SET NOT NULL;
ALTER TABLE ONLY p ADD PRIMARY KEY (a);
ALTER TABLE p ADD COLUMN e int;
ALTER TABLE ONLY k DROP COLUMN e;
ALTER TABLE k ALTER COLUMN c SET NOT NULL;
CREATE TABLE lonely (a int);
ALTER TABLE ONLY lonely ADD COLUMN b int;
ALTER TABLE ONLY lonely ADD CONSTRAINT b_pos CHECK (b > 0);
ALTER TABLE ONLY p DROP COLUMN c;
ALTER TABLE ONLY p ALTER COLUMN b SET DATA TYPE text;
ALTER TABLE ONLY k RENAME COLUMN b TO bb;
ALTER TABLE ONLY p RENAME CONSTRAINT c_small TO c_tiny;
ALTER TABLE p ADD CONSTRAINT a_pos CHECK (a > 0);
ALTER TABLE ONLY p RENAME CONSTRAINT a_pos TO a_positive;
`);
  });

  test('ONLY on a partitioned table: an index on the parent alone, attached partition by partition (pg_dump)', async () => {
    await expectSameAsPostgres(`
CREATE TABLE m (id int NOT NULL, at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX m_v_idx ON ONLY m (v);
CREATE INDEX m_2024_v_idx ON m_2024 (v);
ALTER INDEX m_v_idx ATTACH PARTITION m_2024_v_idx;
ALTER TABLE ONLY m ADD CONSTRAINT m_pkey PRIMARY KEY (id, at);
ALTER TABLE ONLY m_2024 ADD CONSTRAINT m_2024_pkey PRIMARY KEY (id, at);
ALTER INDEX m_pkey ATTACH PARTITION m_2024_pkey;
ALTER TABLE ONLY m ADD CONSTRAINT v_pos CHECK (v > 0);
ALTER TABLE ONLY m ADD COLUMN w int;
ALTER TABLE ONLY m DROP COLUMN v;
CREATE TABLE m_2026 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY m ALTER COLUMN v TYPE bigint;
ALTER TABLE ONLY m RENAME COLUMN v TO vv;
ALTER TABLE ONLY m ALTER COLUMN v SET DEFAULT 3;
ALTER TABLE ONLY m ADD CONSTRAINT v_neg CHECK (v < 0) NO INHERIT;
ALTER TABLE ONLY m ALTER COLUMN v SET NOT NULL;
ALTER TABLE ONLY m ALTER COLUMN id DROP NOT NULL;
CREATE TABLE empty_parted (a int) PARTITION BY LIST (a);
ALTER TABLE ONLY empty_parted ADD COLUMN b int;
ALTER TABLE ONLY empty_parted ADD CONSTRAINT a_pos CHECK (a > 0);
ALTER TABLE ONLY empty_parted ALTER COLUMN a SET NOT NULL;
CREATE TABLE parted_no_inh (a int CHECK (a > 0) NO INHERIT) PARTITION BY LIST (a);
`);
  });
});
