import rule from '../../../src/core/rules/prefer-timestamptz';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (openstreetmap ar_internal_metadata): Rails' own bookkeeping row.
      name: "a framework's migration bookkeeping",
      sql: 'CREATE TABLE ar_internal_metadata (key varchar PRIMARY KEY, value varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);',
    },
    'CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz, d date, tm time);',
    {
      name: 'a partition is reported on its parent only',
      sql: `CREATE TABLE m (id bigint, at timestamptz) PARTITION BY RANGE (at);
        CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');`,
    },
    {
      // Outside schema (OMOP CDM 5.4, a clinical research warehouse): each event's required local
      // date and, where the source has one, its clock reading (no zone in the source).
      name: 'a clock reading beside its own date column',
      sql: `CREATE TABLE visit_occurrence (
        visit_occurrence_id integer PRIMARY KEY, person_id integer NOT NULL,
        visit_start_date date NOT NULL, visit_start_datetime TIMESTAMP NULL,
        visit_end_date date NOT NULL, visit_end_datetime TIMESTAMP NULL);
        CREATE TABLE measurement (measurement_id integer PRIMARY KEY, measurement_date date NOT NULL, measurement_datetime TIMESTAMP NULL, measurement_time varchar(10) NULL);`,
    },
  ],
  invalid: [
    {
      // OMOP's person.birth_datetime sits beside year/month/day_of_birth, not a birth_date.
      name: 'a reading with no date twin, or a twin that is not a date',
      sql: `CREATE TABLE person (person_id integer PRIMARY KEY, year_of_birth integer NOT NULL, birth_datetime TIMESTAMP NULL);
        CREATE TABLE note (note_id integer PRIMARY KEY, note_date varchar(10), note_datetime timestamp);
        CREATE TABLE visit (id integer PRIMARY KEY, start_date date, end_datetime timestamp);`,
      messages: 3,
    },
    { name: 'timetz, reported without a fix (no cast makes it an instant)', sql: 'CREATE TABLE shifts (id bigint PRIMARY KEY, starts timetz NOT NULL, ends time with time zone);', messages: 2 },
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);', messages: 1, fixed: true },
    { name: 'precision and arrays', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, at timestamp(3) NOT NULL, history timestamp without time zone[]);', messages: 2, fixed: true },
  ],
});
