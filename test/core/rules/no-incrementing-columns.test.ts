import rule from '../../../src/core/rules/no-incrementing-columns';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE addresses (id bigint PRIMARY KEY, address_line1 text, address_line2 text);',
    { name: 'names ending in digits that are not a group', sql: 'CREATE TABLE hosts (id bigint PRIMARY KEY, ipv4 inet, ipv6 inet, sha256 bytea, md5 text);' },
    {
      // Quartz's job store (tables_postgres.sql): a scheduler's generic property slots.
      name: "a framework's numbered slots",
      sql: `CREATE TABLE qrtz_simprop_triggers (sched_name varchar(120) NOT NULL, trigger_name varchar(200) NOT NULL, trigger_group varchar(200) NOT NULL,
        str_prop_1 varchar(512), str_prop_2 varchar(512), str_prop_3 varchar(512), int_prop_1 int, int_prop_2 int, PRIMARY KEY (sched_name, trigger_name, trigger_group));`,
    },
    {
      // Hyperswitch's first migration: a postal address's three lines beside city and zip.
      name: "a postal address's lines",
      sql: `CREATE TABLE address (address_id varchar(255) PRIMARY KEY, city varchar(255), country varchar(255), line1 varchar(255), line2 varchar(255),
        line3 varchar(255), state varchar(255), zip varchar(255));`,
    },
    {
      name: 'address lines under a prefix, with a postal code',
      sql: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text, billing_address_line_1 text, billing_address_line_2 text, billing_address_line_3 text, billing_postal_code text);',
    },
    { name: 'numbers that do not follow each other', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, v1 int, v2 int, v10 int);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE contacts (id bigint PRIMARY KEY, phone1 text, phone2 text, phone3 text);', messages: 1 },
    {
      name: "an application's table with a scheduler-like name is still checked",
      sql: 'CREATE TABLE trigger_props (id bigint PRIMARY KEY, str_prop_1 text, str_prop_2 text, str_prop_3 text);',
      messages: 1,
    },
    {
      name: 'numbered lines outside a postal address are still a group',
      sql: 'CREATE TABLE poems (id bigint PRIMARY KEY, title text, line1 text, line2 text, line3 text);',
      messages: 1,
    },
    {
      name: 'another numbered group beside an address is still reported',
      sql: 'CREATE TABLE contacts (id bigint PRIMARY KEY, line1 text, line2 text, city text, phone1 text, phone2 text, phone3 text);',
      messages: 1,
    },
    { name: 'underscored numbers, two groups', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, tag_1 text, tag_2 text, tag_3 text, score0 int, score1 int, score2 int);', messages: 2 },
  ],
});
