import rule from '../../../src/core/rules/prefer-surrogate-key';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (synapse account_validity): a 1:1 extension keyed by another entity's id.
      name: 'a text key named <x>_id identifies another entity',
      sql: 'CREATE TABLE account_validity (user_id text PRIMARY KEY, expiration_ts_ms bigint);',
    },
    {
      name: "a framework's key-value table",
      sql: 'CREATE TABLE ar_internal_metadata (key varchar PRIMARY KEY, value varchar, created_at timestamptz, updated_at timestamptz);',
    },
    'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE);',
    { name: 'uuid key', sql: 'CREATE TABLE users (id uuid PRIMARY KEY, email text);' },
    {
      // Corpus (synapse open_id_tokens, lemmy login_token, graphile connect_pg_simple sessions,
      // basejump billing_customers): opaque generated values, not natural data.
      name: 'opaque text identifiers: tokens, session ids, a text id',
      sql: `CREATE TABLE open_id_tokens (token text PRIMARY KEY, user_id text); CREATE TABLE sessions (sid varchar PRIMARY KEY, sess json);
        CREATE TABLE billing_customers (id text PRIMARY KEY, email text); CREATE TABLE local_image (pictrs_alias text PRIMARY KEY);
        CREATE TABLE metrics (key varchar(30) PRIMARY KEY, value jsonb NOT NULL);`,
    },
    { name: 'language tags are standard codes too', sql: 'CREATE TABLE languages (code varchar NOT NULL PRIMARY KEY, english_name varchar NOT NULL, native_name varchar);' },
    { name: 'ISO codes are stable', sql: 'CREATE TABLE countries (code char(2) PRIMARY KEY, name text); CREATE TABLE currencies (code varchar(3) PRIMARY KEY);' },
    { name: 'composite natural keys are out of scope', sql: 'CREATE TABLE t (a text, b text, PRIMARY KEY (a, b));' },
    {
      // Corpus (lemmy remote_image, image_details; synapse destinations; postgrest simple_pk): a
      // URL or a server name identifies something outside the database; a key of unknown meaning
      // is not asserted to be a changing natural value.
      name: 'keys that identify outside things, or whose meaning is unknown',
      sql: `CREATE TABLE remote_image (link text PRIMARY KEY, published_at timestamptz NOT NULL);
        CREATE TABLE destinations (destination text PRIMARY KEY, retry_last_ts bigint, retry_interval bigint);
        CREATE TABLE simple_pk (k varchar PRIMARY KEY, extra varchar NOT NULL);`,
    },
    {
      // Corpus (postgrest car_brands, groups): a table that is only its key is a set of values.
      name: 'a one-column table of names is a value set, like an enum',
      sql: 'CREATE TABLE car_brands (name varchar(64) PRIMARY KEY); CREATE TABLE groups (name text PRIMARY KEY);',
    },
    {
      // Openfire's ofProperty (name, propValue, encrypted, iv) and ofVersion (name, version): the
      // key names a setting or a component, a constant of the program that reads it.
      name: 'settings and component versions keyed by their name',
      sql: `CREATE TABLE app_property (name varchar(100) PRIMARY KEY, prop_value varchar(4000) NOT NULL, encrypted int, iv char(24));
        CREATE TABLE component_version (name varchar(50) PRIMARY KEY, version int NOT NULL);`,
    },
    {
      // Openfire's ofPresence and ofVCard, keyed by ofUser's username with no declared key: the
      // surrogate question is the owner's, which is reported when it is more than its key
      // (invalid case below).
      name: "extensions keyed by their owner's natural key",
      sql: `CREATE TABLE chat_users (username varchar(64) PRIMARY KEY);
        CREATE TABLE presence (username varchar(64) PRIMARY KEY, offline_presence text, offline_date varchar(15) NOT NULL);
        CREATE TABLE vcard (username varchar(64) PRIMARY KEY, vcard text NOT NULL);`,
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE users (email text PRIMARY KEY, name text);', messages: 1 },
    {
      name: 'a one-to-one extension keyed by its parent: only the parent is reported',
      sql: 'CREATE TABLE accounts (handle text PRIMARY KEY, bio text); CREATE TABLE account_settings (handle text PRIMARY KEY REFERENCES accounts, theme text);',
      messages: 1,
    },
    {
      // The owner itself keeps its finding; two tables each keyed by a bare name are not related;
      // a name beside a value and more than a setting's columns is a record's name.
      name: 'an owner keyed by its username, tables keyed by plain names, a record with a value',
      sql: `CREATE TABLE chat_users (username varchar(64) PRIMARY KEY, name varchar(100));
        CREATE TABLE presence (username varchar(64) PRIMARY KEY, offline_presence text);
        CREATE TABLE tags (name text PRIMARY KEY, color text); CREATE TABLE labels (name text PRIMARY KEY, color text);
        CREATE TABLE prizes (title text PRIMARY KEY, value numeric, sponsor text, awarded_on date, note text);`,
      messages: 4,
    },
    { name: 'varchar(64) product code', sql: 'CREATE TABLE products (sku varchar(64) PRIMARY KEY, name text);', messages: 1 },
    {
      // Corpus (postgrest car_racers, tiobe_pls): keyed by a name people can change.
      name: 'names and titles as keys',
      sql: 'CREATE TABLE car_racers (name varchar(64) PRIMARY KEY, car_model_name varchar(64)); CREATE TABLE tiobe_pls (name text PRIMARY KEY, rank smallint);',
      messages: 2,
    },
  ],
});
