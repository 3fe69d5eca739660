import rule from '../../../src/core/rules/no-duplicate-fk';
import { ruleTester } from './rule-tester';

const users = 'CREATE TABLE users (tenant_id int NOT NULL, id int PRIMARY KEY, UNIQUE (tenant_id, id));';

ruleTester(rule, {
  valid: [
    `${users} CREATE TABLE posts (id int PRIMARY KEY, author_id int REFERENCES users, editor_id int REFERENCES users);`,
    {
      // The composite key is MATCH SIMPLE over a nullable tenant_id: rows with tenant_id NULL are
      // checked only by the single-column key.
      name: 'a narrower key still checks rows the composite one skips',
      sql: `${users} CREATE TABLE posts (id int PRIMARY KEY, tenant_id int, user_id int NOT NULL REFERENCES users,
        FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id));`,
    },
    {
      name: 'keys to different tables',
      sql: `${users} CREATE TABLE tenants (id int PRIMARY KEY); CREATE TABLE posts (id int PRIMARY KEY, tenant_id int NOT NULL REFERENCES tenants, user_id int NOT NULL,
        FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id));`,
    },
  ],
  invalid: [
    { sql: `${users} CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users, CONSTRAINT again FOREIGN KEY (user_id) REFERENCES users (id));`, messages: 1, fixed: true },
    {
      name: 'the same key with other actions (reported, dropping is a suggestion)',
      sql: `${users} CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users ON DELETE CASCADE, CONSTRAINT again FOREIGN KEY (user_id) REFERENCES users (id));`,
      messages: 1,
    },
    {
      name: 'implied by a composite key whose other column is NOT NULL',
      sql: `${users} CREATE TABLE posts (id int PRIMARY KEY, tenant_id int NOT NULL, user_id int NOT NULL REFERENCES users,
        FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id));`,
      messages: 1,
    },
  ],
});
