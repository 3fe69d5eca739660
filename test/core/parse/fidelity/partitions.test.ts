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
});
