/**
 * Class 8 of issue 16: partitions. ATTACH PARTITION gives the table the parent's keys, indexes,
 * foreign keys and row triggers (adopting equivalent ones it has, cloning the rest, counted
 * apart as Postgres does); DETACH [CONCURRENTLY] makes them the table's own (trigger clones go);
 * a partition's columns follow the parent's.
 */
import { describe, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

const PARENT = `
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE events (id bigint, at date NOT NULL, account_id int REFERENCES accounts, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TRIGGER events_touch BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER events_stmt AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION touch();
`;

describe('partitions', () => {
  test('CREATE ... PARTITION OF and ATTACH clone keys, indexes, foreign keys and row triggers', async () => {
    await expectSameAsPostgres(`${PARENT}
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 (id bigint NOT NULL, at date NOT NULL, account_id int, kind text);
ALTER TABLE events_2025 ADD CONSTRAINT own_fk FOREIGN KEY (account_id) REFERENCES accounts;
CREATE INDEX events_2025_kind ON events_2025 (kind);
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL, account_id int, kind text);
CREATE TRIGGER events_touch BEFORE INSERT ON events_2026 FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_extra (id bigint NOT NULL, at date NOT NULL, account_id int, kind text, extra int);
ALTER TABLE events ATTACH PARTITION events_extra FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');
CREATE TABLE events_misc PARTITION OF events (kind NOT NULL) DEFAULT PARTITION BY LIST (kind);
CREATE TABLE events_misc_a PARTITION OF events_misc FOR VALUES IN ('a');
ALTER TABLE events ADD CONSTRAINT events_account_fk2 FOREIGN KEY (account_id) REFERENCES accounts ON DELETE CASCADE;
CREATE TRIGGER events_late AFTER UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch();
`);
  });

  test("DETACH makes the clones the table's own; the parent's drops reach the clones", async () => {
    await expectSameAsPostgres(`${PARENT}
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE events DETACH PARTITION events_2024;
ALTER TABLE events DETACH PARTITION events_2025 CONCURRENTLY;
ALTER TABLE events_2024 DROP CONSTRAINT events_account_id_fkey;
ALTER TABLE events_2026 DROP CONSTRAINT events_account_id_fkey;
DROP TRIGGER events_touch ON events_2026;
DROP TRIGGER events_touch ON events;
ALTER TABLE events DROP CONSTRAINT events_account_id_fkey;
ALTER TABLE events_2026 ADD COLUMN nope int;
ALTER TABLE events ADD COLUMN later int;
ALTER TABLE events_2026 DROP COLUMN later;
DROP TABLE accounts CASCADE;
`);
  });

  test("ATTACH requires the parent's checks and keeps their validity; PARTITION OF copies them validated", async () => {
    await expectSameAsPostgres(`
CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);
ALTER TABLE p ADD CONSTRAINT c CHECK (b > 0) NOT VALID;
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE TABLE p2 (a int, b int);
ALTER TABLE p ATTACH PARTITION p2 FOR VALUES FROM (10) TO (20);
CREATE TABLE p3 (a int, b int);
ALTER TABLE p3 ADD CONSTRAINT c CHECK (b > 0) NOT VALID;
ALTER TABLE p ATTACH PARTITION p3 FOR VALUES FROM (20) TO (30);
CREATE TABLE p4 (a int, b int, CONSTRAINT c CHECK (b > 1));
ALTER TABLE p ATTACH PARTITION p4 FOR VALUES FROM (30) TO (40);
CREATE TABLE p5 (a int, b int, CONSTRAINT c CHECK (b > 0) NO INHERIT);
ALTER TABLE p ATTACH PARTITION p5 FOR VALUES FROM (40) TO (50);
CREATE TABLE q (a int, b int) PARTITION BY LIST (a);
ALTER TABLE q ADD CONSTRAINT c CHECK (b > 0);
CREATE TABLE q1 (a int, b int);
ALTER TABLE q1 ADD CONSTRAINT c CHECK ((b > 0)) NOT VALID;
ALTER TABLE q ATTACH PARTITION q1 FOR VALUES IN (1);
CREATE TABLE q2 (a int, b int, CONSTRAINT c CHECK (b>0));
ALTER TABLE q ATTACH PARTITION q2 FOR VALUES IN (2);
CREATE TABLE q3 (a int, b int);
ALTER TABLE q3 ADD CONSTRAINT c CHECK (b > 0) NOT VALID;
ALTER TABLE q3 VALIDATE CONSTRAINT c;
ALTER TABLE q ATTACH PARTITION q3 FOR VALUES IN (3);
CREATE TABLE q4 PARTITION OF q FOR VALUES IN (4);
ALTER TABLE q ADD CONSTRAINT d CHECK (b < 9) NOT VALID;
`);
  });
});
