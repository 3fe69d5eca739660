import rule from '../../../src/core/rules/no-incrementing-columns';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE addresses (id bigint PRIMARY KEY, address_line1 text, address_line2 text);',
    { name: 'names ending in digits that are not a group', sql: 'CREATE TABLE hosts (id bigint PRIMARY KEY, ipv4 inet, ipv6 inet, sha256 bytea, md5 text);' },
    { name: 'numbers that do not follow each other', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, v1 int, v2 int, v10 int);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE contacts (id bigint PRIMARY KEY, phone1 text, phone2 text, phone3 text);', messages: 1 },
    { name: 'underscored numbers, two groups', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, tag_1 text, tag_2 text, tag_3 text, score0 int, score1 int, score2 int);', messages: 2 },
  ],
});
