import rule from '../../../src/core/rules/require-foreign-key';
import { ruleTester } from './rule-tester';

const customers = 'CREATE TABLE customers (id bigint PRIMARY KEY, email text);';

ruleTester(rule, {
  valid: [
    `${customers} CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);`,
    { name: 'no table of that name', sql: 'CREATE TABLE orders (id bigint PRIMARY KEY, warehouse_id bigint);' },
    { name: 'an external id of another type', sql: `${customers} CREATE TABLE charges (id bigint PRIMARY KEY, stripe_customer_id text);` },
    {
      name: 'a polymorphic pair is the other rule\'s',
      sql: `${customers} CREATE TABLE notes (id bigint PRIMARY KEY, customer_type text, customer_id bigint);`,
    },
    {
      // Rule bug: the history table's copy of orders.customer_id is flagged. A history table
      // must outlive the rows it records; a foreign key from it would block deleting a customer
      // (or cascade away the audit trail). The rule should skip recognised history tables.
      name: 'a history table keeps copies of references without foreign keys',
      sql: `${customers}
        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, total numeric);
        CREATE TABLE orders_history (history_id bigint PRIMARY KEY, id bigint, customer_id bigint, total numeric, changed_at timestamptz);`,
    },
  ],
  invalid: [
    { sql: `${customers} CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);`, messages: 1, fixed: true },
    { name: 'integer column, bigint key', sql: `${customers} CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer);`, messages: 1, fixed: true },
    {
      name: 'plural forms and *_by',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE categories (id bigint PRIMARY KEY);
        CREATE TABLE posts (id bigint PRIMARY KEY, category_id bigint, created_by bigint);`,
      messages: 2,
      fixed: true,
    },
    { name: 'the last word names the table', sql: `CREATE TABLE accounts (id bigint PRIMARY KEY); CREATE TABLE invoices (id bigint PRIMARY KEY, billing_account_id bigint);`, messages: 1, fixed: true },
  ],
});
