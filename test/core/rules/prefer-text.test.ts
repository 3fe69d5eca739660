import rule from '../../../src/core/rules/prefer-text';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint PRIMARY KEY, name text CHECK (length(name) <= 100));',
    { name: 'unbounded varchar is text', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar);' },
    {
      // Corpus (PostgREST openapi_types, holdout-18): one column per type on purpose, each string
      // type beside its text twin.
      name: 'a catalogue of types: a column named for its type beside its text twin',
      sql: 'CREATE TABLE openapi_types ("a_character" character(1), "a_text" text, "a_text_arr" text[], "a_char_arr" char[], "a_varchar_arr" varchar[]);',
    },
    {
      // Corpus (synapse stats_incremental_position and its siblings): the single-row guard holds only 'X'.
      name: 'a column a CHECK pins to one literal',
      sql: "CREATE TABLE stream_position (lock char(1) NOT NULL DEFAULT 'X' UNIQUE, stream_id bigint NOT NULL, CONSTRAINT stream_position_lock_check CHECK (lock = 'X'));",
    },
    {
      // Corpus (adventureworks TransactionHistory, holdout-12): a one-letter code checked against
      // its letters never pads and never meets its limit; text would change nothing.
      name: 'a CHECK listing the values, each within the limit',
      sql: `CREATE TABLE transactionhistory (transactionid serial PRIMARY KEY, transactiontype char(1) NOT NULL,
        productline char(2), CONSTRAINT ck_type CHECK (UPPER(transactiontype) IN ('W', 'S', 'P')),
        CONSTRAINT ck_line CHECK (UPPER(productline) IN ('S', 'T', 'M', 'R') OR productline IS NULL));`,
    },
    {
      // Corpus (sanbase deep_research_turns.phase, chat_messages.role): Ecto's enum CHECK as pg_dump writes it.
      name: 'varchar(255) with a CHECK = ANY (ARRAY[...]) of its values',
      sql: `CREATE TABLE chat_messages (id bigint PRIMARY KEY, role character varying(255) NOT NULL,
        CONSTRAINT role_check CHECK (((role)::text = ANY ((ARRAY['user'::character varying, 'assistant'::character varying])::text[]))));`,
    },
    {
      // Outside pass 4: Entity Framework Core's ledger; its column types are the tool's.
      name: "Entity Framework's migration ledger",
      sql: 'CREATE TABLE "__EFMigrationsHistory" ("MigrationId" character varying(150) NOT NULL PRIMARY KEY, "ProductVersion" character varying(32) NOT NULL);',
    },
    {
      // Outside pass 11: DolphinScheduler's one-row schema version under its t_ds_ table prefix
      // (Tiny Tiny RSS keeps ttrss_version the same way); its column types are of no consequence.
      name: "a one-row version ledger under the application's table prefix",
      sql: 'CREATE TABLE t_ds_version (id int NOT NULL, version varchar(200) NOT NULL, PRIMARY KEY (id));',
    },
    {
      // A ticketing schema's ISO currency: the pattern allows exactly three letters, so char(3)
      // never pads and the limit never bites.
      name: 'char(n) with a CHECK matching an anchored pattern of exactly n characters',
      sql: "CREATE TABLE t (id bigint PRIMARY KEY, total numeric, currency char(3) NOT NULL, CHECK (currency ~ '^[A-Z]{3}$' AND total >= 0));",
    },
    {
      name: 'varchar(n) whose anchored pattern is never longer than n',
      sql: "CREATE TABLE t (id bigint PRIMARY KEY, plate varchar(8), CHECK (plate ~ '^[A-Z]{2}-?[0-9]{3,4}$'));",
    },
    {
      // Outside pass 12 (ejabberd's pg.sql): one-letter codes (a roster item's subscription, its
      // pending ask, a privacy rule's action) in char(1), bare character, or varchar(1). Nothing
      // pads and the limit is the column's meaning, so text with a length CHECK adds nothing.
      name: 'one-letter codes in char(1), character and varchar(1)',
      sql: `CREATE TABLE rosterusers (username text NOT NULL, jid text NOT NULL, subscription character(1) NOT NULL, ask char(1) NOT NULL,
          server character NOT NULL, flag varchar(1));`,
    },
  ],
  invalid: [
    {
      // The one-letter exemption stops at one letter: two-letter codes, and arrays of char(1).
      name: 'char(2), varchar(2) and char(1)[] are still reported',
      sql: 'CREATE TABLE codes (state_code char(2) NOT NULL, kind varchar(2), letters char(1)[]);',
      messages: 3,
    },
    {
      // A product's releases: a reference beside the version makes it a table of records, not a
      // ledger, whatever its name.
      name: 'a <x>_version table that names its owner is not a ledger',
      sql: 'CREATE TABLE product_version (product_id bigint NOT NULL, version varchar(20) NOT NULL);',
      messages: 1,
    },
    {
      name: 'a pattern that allows values longer than the limit, or unbounded ones',
      sql: "CREATE TABLE t (id bigint PRIMARY KEY, a varchar(2) CHECK (a ~ '^[A-Z]{3}$'), b varchar(9) CHECK (b ~ '^[0-9]+$'), c varchar(9) CHECK (c ~ '[0-9]{3}'));",
      messages: 3,
    },
    {
      // '^[A-Z]{2,3}$' lets 'EU' in, which char(3) stores as 'EU ': the padding the rule is about.
      name: 'char(n) whose pattern also matches shorter values',
      sql: "CREATE TABLE t (id bigint PRIMARY KEY, region char(3) CHECK (region ~ '^[A-Z]{2,3}$'));",
      messages: 1,
    },
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar(255));', messages: 1 },
    {
      // A type-named column without its text twin (or beside a text column of another shape) is
      // an ordinary column.
      name: 'a column named for its type with no text twin',
      sql: 'CREATE TABLE codes (id bigint PRIMARY KEY, iso_char char(2), iso_text text[]);',
      messages: 1,
    },
    // Bare `char` is char(1), a one-letter code since outside pass 12 (see the valid cases).
    { name: 'char(n), and not char', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, country char(2), flag char);', messages: 1 },
    {
      name: 'a CHECK that does not list the values',
      sql: "CREATE TABLE t (id bigint PRIMARY KEY, code char(2) CHECK (code = upper(code)), tier varchar(10) CHECK (tier IN ('a', 'b') OR tier = code), note varchar(20) CHECK (note <> 'x'));",
      messages: 3,
    },
    { name: 'a listed value longer than the limit', sql: "CREATE TABLE t (id bigint PRIMARY KEY, size varchar(2) CHECK (size IN ('S', 'M', 'XXL')));", messages: 1 },
  ],
});
