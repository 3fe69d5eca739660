import rule from '../../../src/core/rules/require-history-parity';
import { describe, expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const identities = 'CREATE TABLE identities (id bigint PRIMARY KEY, name text NOT NULL);';
// OpenOLAT's o_bs_authentication and its password history (holdout-30): Hibernate's version
// counter and last-change time on the live row, the identity held as fk_identity in the history.
const authentication = `${identities} CREATE TABLE authentication (id bigint PRIMARY KEY, version int4 NOT NULL, creationdate timestamp, lastmodified timestamp NOT NULL, identity_fk bigint NOT NULL REFERENCES identities, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), issuer varchar(64));`;

const main = 'CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, price numeric(12,2) NOT NULL, sku text NOT NULL);';

ruleTester(rule, {
  valid: [
    `${main} CREATE TABLE products_history (history_id bigint PRIMARY KEY, id bigint, name text, price numeric(12,2), sku text, changed_at timestamptz);`,
    {
      name: 'a log that shares the suffix but not the columns',
      sql: `${main} CREATE TABLE products_audit (id bigint PRIMARY KEY, product_id bigint, actor text, action text, at timestamptz);`,
    },
    {
      name: "a password history: the identity under another name, the live row's lock counter and change time left out",
      sql: `${authentication} CREATE TABLE authentication_history (id bigserial PRIMARY KEY, creationdate timestamp, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), issuer varchar(64), fk_identity bigint NOT NULL REFERENCES identities (id));`,
    },
  ],
  invalid: [
    {
      name: 'a password history missing a content column: only that column is named',
      sql: `${authentication} CREATE TABLE authentication_history (id bigserial PRIMARY KEY, creationdate timestamp, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), fk_identity bigint NOT NULL REFERENCES identities (id));`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'a renamed reference to another table is not the same column',
      sql: `${authentication} CREATE TABLE groups (id bigint PRIMARY KEY); CREATE TABLE authentication_history (id bigserial PRIMARY KEY, creationdate timestamp, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), issuer varchar(64), fk_group bigint REFERENCES groups (id));`,
      messages: 1,
    },
    {
      name: "without a time of its own, the history lacks the main row's change time",
      sql: `${authentication} CREATE TABLE authentication_history (id bigserial PRIMARY KEY, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), issuer varchar(64), fk_identity bigint NOT NULL REFERENCES identities (id));`,
      messages: 1,
    },
    {
      name: 'a missing column is added by the fix',
      sql: `${main} CREATE TABLE products_history (history_id bigint PRIMARY KEY, id bigint, name text, price numeric(12,2), changed_at timestamptz);`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'a narrower numeric overflows in the trigger',
      // Rule bug: the fix offered here is an empty list of changes (it only adds missing columns),
      // so applying it leaves the finding in place. No fix, or a type change, should be offered.
      sql: `${main} CREATE TABLE products_history (history_id bigint PRIMARY KEY, id bigint, name text, price numeric(8,2), sku text);`,
      messages: 1,
    },
    {
      name: 'a _versions table missing a column',
      sql: `${main} CREATE TABLE products_versions (version_id bigint PRIMARY KEY, id bigint, name text, price numeric(12,2), valid_from timestamptz);`,
      messages: 1,
      fixed: true,
    },
  ],
});

describe('the columns a password history is said to lack (OpenOLAT, holdout-30)', () => {
  const history = (columns: string) => `${authentication} CREATE TABLE groups (id bigint PRIMARY KEY); CREATE TABLE authentication_history (id bigserial PRIMARY KEY, ${columns});`;
  const cases: [string, string][] = [
    ['creationdate timestamp, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), fk_identity bigint NOT NULL REFERENCES identities (id)', 'authentication_history lacks issuer compared with authentication.'],
    ['creationdate timestamp, provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), issuer varchar(64), fk_group bigint REFERENCES groups (id)', 'authentication_history lacks identity_fk compared with authentication.'],
    ['provider varchar(8), authusername varchar(255), credential varchar(255), salt varchar(255), hashalgorithm varchar(16), issuer varchar(64), fk_identity bigint NOT NULL REFERENCES identities (id)', 'authentication_history lacks creationdate, lastmodified compared with authentication.'],
  ];
  for (const [columns, message] of cases) {
    test(message, async () => {
      expect(lintWith(rule, await importClean(history(columns))).map((d) => d.message)).toEqual([message]);
    });
  }
});
