import rule from '../../../src/core/rules/prefer-identity';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    { name: 'a shared, free-standing sequence', sql: "CREATE SEQUENCE global_ids; CREATE TABLE t (id bigint PRIMARY KEY DEFAULT nextval('global_ids'));" },
    { name: 'an application-assigned key', sql: 'CREATE TABLE t (id int PRIMARY KEY);' },
    {
      // Outside pass (a Laravel schema dump): the framework's migrator creates its ledger with a
      // serial key; the ledger is the tool's, as the other column-type rules hold.
      name: "a migration tool's ledger",
      sql: 'CREATE TABLE migrations (id serial PRIMARY KEY, migration varchar(255) NOT NULL, batch integer NOT NULL);',
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id serial PRIMARY KEY);', messages: 1 },
    { name: "an application's table beside a ledger", sql: 'CREATE TABLE migrations (id serial PRIMARY KEY, migration text, batch int); CREATE TABLE invoices (id serial PRIMARY KEY, total numeric);', messages: 1 },
    { name: 'bigserial and smallserial', sql: 'CREATE TABLE t (id bigserial PRIMARY KEY, n smallserial);', messages: 2 },
    {
      name: 'pg_dump form of a serial',
      sql: `CREATE TABLE t (id integer NOT NULL);
        CREATE SEQUENCE t_id_seq AS integer START WITH 1;
        ALTER SEQUENCE t_id_seq OWNED BY t.id;
        ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);`,
      messages: 1,
    },
  ],
});
