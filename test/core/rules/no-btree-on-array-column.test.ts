import rule from '../../../src/core/rules/no-btree-on-array-column';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE posts (id bigint PRIMARY KEY, tags text[], author bigint);';

ruleTester(rule, {
  valid: [
    `${t} CREATE INDEX ON posts USING gin (tags);`,
    { name: 'a unique b-tree enforces whole-array uniqueness', sql: `${t} CREATE UNIQUE INDEX ON posts (tags);` },
    { name: 'scalar columns', sql: `${t} CREATE INDEX ON posts (author);` },
  ],
  invalid: [
    { sql: `${t} CREATE INDEX ON posts (tags);`, messages: 1 },
    { name: 'an array column among others', sql: `${t} CREATE INDEX ON posts (author, tags);`, messages: 1 },
    { name: 'a domain over an array', sql: 'CREATE DOMAIN labels AS text[]; CREATE TABLE p (id bigint PRIMARY KEY, l labels); CREATE INDEX ON p (l);', messages: 1 },
  ],
});
