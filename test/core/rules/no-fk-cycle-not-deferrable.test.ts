import rule from '../../../src/core/rules/no-fk-cycle-not-deferrable';
import { ruleTester } from './rule-tester';

const cycle = (options: string, nullable = false) => `
  CREATE TABLE teams (id bigint PRIMARY KEY, captain_id bigint ${nullable ? '' : 'NOT NULL'});
  CREATE TABLE players (id bigint PRIMARY KEY, team_id bigint NOT NULL REFERENCES teams);
  ALTER TABLE teams ADD FOREIGN KEY (captain_id) REFERENCES players ${options};`;

ruleTester(rule, {
  valid: [
    cycle('DEFERRABLE INITIALLY DEFERRED'),
    { name: 'deferrable but initially immediate (SET CONSTRAINTS can defer it)', sql: cycle('DEFERRABLE') },
    { name: 'a nullable key breaks the cycle', sql: cycle('', true) },
    { name: 'a chain is not a cycle', sql: 'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint NOT NULL REFERENCES a);' },
    { name: 'self references are another rule\'s', sql: 'CREATE TABLE n (id bigint PRIMARY KEY, parent_id bigint NOT NULL REFERENCES n);' },
  ],
  invalid: [
    { sql: cycle(''), messages: 1 },
    {
      name: 'a three-table cycle is reported once',
      sql: `CREATE TABLE a (id bigint PRIMARY KEY, c_id bigint NOT NULL);
        CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint NOT NULL REFERENCES a);
        CREATE TABLE c (id bigint PRIMARY KEY, b_id bigint NOT NULL REFERENCES b);
        ALTER TABLE a ADD FOREIGN KEY (c_id) REFERENCES c;`,
      messages: 1,
    },
  ],
});
