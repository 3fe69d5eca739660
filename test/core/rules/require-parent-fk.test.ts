import rule from '../../../src/core/rules/require-parent-fk';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (Concourse volumes, holdout-20): the parent's state travels with its id, so a
      // child pins its parent's state; the composite key carries parent_id -> id.
      name: 'parent_id inside a composite self-referencing key',
      sql: `CREATE TYPE volume_state AS ENUM ('creating', 'created');
        CREATE TABLE volumes (id integer PRIMARY KEY, state volume_state NOT NULL, parent_id integer, parent_state volume_state, UNIQUE (id, state));
        ALTER TABLE ONLY volumes ADD CONSTRAINT volumes_parent_id_fkey FOREIGN KEY (parent_id, parent_state) REFERENCES volumes(id, state) ON DELETE RESTRICT;`,
    },
    {
      // Corpus (danbooru post_versions.parent_id): the tracked post's parent, copied.
      name: "a version table's parent_id is a copy of the tracked row's parent",
      sql: 'CREATE TABLE posts (id int PRIMARY KEY, parent_id int REFERENCES posts); CREATE TABLE post_versions (id int PRIMARY KEY, post_id int REFERENCES posts, parent_id int);',
    },
    'CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint REFERENCES categories, name text);',
    {
      name: 'parent_id referencing another table is not an adjacency list',
      sql: 'CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE replies (id bigint PRIMARY KEY, parent_id bigint REFERENCES posts);',
    },
    {
      name: "a text parent_id beside a bigint key is not this table's key",
      sql: 'CREATE TABLE spans (id bigint PRIMARY KEY, parent_id text, name text);',
    },
    {
      // Corpus (inaturalist comments, posts): the commented object, of the type parent_type names.
      name: 'parent_id beside parent_type is a polymorphic reference',
      sql: 'CREATE TABLE comments (id int PRIMARY KEY, parent_id int, parent_type varchar(255), body text);',
    },
    { name: 'no parent column', sql: 'CREATE TABLE categories (id bigint PRIMARY KEY, name text);' },
  ],
  invalid: [
    {
      name: 'a composite key over other columns does not cover parent_id',
      sql: `CREATE TYPE volume_state AS ENUM ('creating', 'created');
        CREATE TABLE volumes (id integer PRIMARY KEY, state volume_state NOT NULL, parent_id integer, origin_id integer, origin_state volume_state, UNIQUE (id, state),
          FOREIGN KEY (origin_id, origin_state) REFERENCES volumes (id, state));`,
      messages: 1,
    },
    { sql: 'CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint, name text);', messages: 1 },
    { name: 'an integer parent_id beside a bigint key (same family)', sql: 'CREATE TABLE categories (id bigint PRIMARY KEY, parent_id integer, name text);', messages: 1 },
    { name: 'parent_<singular>_id', sql: 'CREATE TABLE categories (id bigint PRIMARY KEY, parent_category_id bigint, name text);', messages: 1 },
    {
      name: 'a composite foreign key that includes the column does not make it a parent link',
      sql: `CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint, tree_id bigint);
        CREATE TABLE trees (id bigint, root bigint, PRIMARY KEY (id, root));
        ALTER TABLE nodes ADD FOREIGN KEY (tree_id, parent_id) REFERENCES trees (id, root);`,
      messages: 1,
    },
  ],
});
