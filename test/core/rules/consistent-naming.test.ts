import rule from '../../../src/core/rules/consistent-naming';
import { expect, test } from 'vitest';
import { lint } from '../../../src/core/rules/engine';
import { importClean, ruleTester } from './rule-tester';

const PRISMA = `CREATE TABLE "Team" ("id" TEXT NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Team_pkey" PRIMARY KEY ("id"));
        CREATE TABLE "TeamMember" ("id" TEXT NOT NULL, "userUid" TEXT NOT NULL, "teamID" TEXT NOT NULL, CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id"));
        CREATE TABLE "UserHistory" ("id" TEXT NOT NULL, "userUid" TEXT NOT NULL, "reqType" TEXT NOT NULL, "responseMetadata" JSONB NOT NULL, "isStarred" BOOLEAN NOT NULL, "executedOn" TIMESTAMP(3) NOT NULL, CONSTRAINT "UserHistory_pkey" PRIMARY KEY ("id"));
        CREATE TABLE "UserSettings" ("id" TEXT NOT NULL, "userUid" TEXT NOT NULL, "properties" JSONB NOT NULL, "updatedOn" TIMESTAMP(3) NOT NULL, CONSTRAINT "UserSettings_pkey" PRIMARY KEY ("id"));`;

// Hive's metastore install script (holdout-28): quoted capitals with underscores, one-word
// names among them ("GRANTOR", "NAME", "ROLES").
const HIVE = `CREATE TABLE "DB_PRIVS" ("DB_GRANT_ID" bigint NOT NULL, "CREATE_TIME" bigint NOT NULL, "DB_ID" bigint, "GRANTOR" varchar(128), "GRANTOR_TYPE" varchar(128), "PRINCIPAL_NAME" varchar(128), "AUTHORIZER" varchar(128));
        CREATE TABLE "ROLES" ("ROLE_ID" bigint NOT NULL, "CREATE_TIME" bigint NOT NULL, "OWNER_NAME" varchar(128), "ROLE_NAME" varchar(128));
        CREATE TABLE "CTLGS" ("CTLG_ID" bigint PRIMARY KEY, "NAME" varchar(256) UNIQUE, "DESC" varchar(4000), "LOCATION_URI" varchar(4000) NOT NULL);
        CREATE TABLE "I_SCHEMA" ("SCHEMA_ID" bigint PRIMARY KEY, "SCHEMA_TYPE" integer NOT NULL, "NAME" varchar(256), "COMPATIBILITY" integer NOT NULL, "DESCRIPTION" varchar(4000));`;

ruleTester(rule, {
  valid: [
    {
      // Corpus (Frappe's framework tables, holdout-31): the columns Frappe maintains itself are
      // marked with a leading underscore; behind it they are snake_case.
      name: 'snake_case columns behind a leading underscore marker',
      sql: 'CREATE TABLE doc_types (name text PRIMARY KEY, modified_by text, _last_update varchar(32), _user_tags text, is_submittable smallint);',
    },
    { name: 'quoted UPPER_SNAKE_CASE names, one-word ones among them (Hive)', sql: HIVE },
    {
      name: 'an acronym in capitals among PascalCase names',
      sql: 'CREATE TABLE "OrderItems" ("ID" bigint PRIMARY KEY, "OrderId" bigint, "UnitPrice" numeric); CREATE TABLE "Users" ("ID" bigint PRIMARY KEY, "EmailAddress" text);',
    },
    {
      // Corpus (hatchet): double underscores nest names and are still snake_case.
      name: 'double underscores are snake_case',
      sql: 'CREATE TABLE webhook (id int PRIMARY KEY, auth__basic__username text, auth__api_key__header_name text, created_at timestamptz);',
    },
    'CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint, unit_price numeric); CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    {
      name: 'a consistently PascalCase schema (single capitalised words fit)',
      sql: 'CREATE TABLE "OrderItems" ("Id" bigint PRIMARY KEY, "OrderId" bigint, "UnitPrice" numeric); CREATE TABLE "Users" ("Id" bigint PRIMARY KEY, "EmailAddress" text);',
    },
    {
      // Corpus (postgrest-fixtures schema تست): scripts without case have no style to break.
      name: 'names in a script without case, and accented lower case',
      sql: 'CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint); CREATE TABLE موارد (هویت bigint NOT NULL); CREATE TABLE préférences (clé text, valeur_par_défaut text);',
    },
    { name: 'single lower-case words fit every style', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);' },
    {
      // Corpus (Hoppscotch's Prisma migration, holdout-23): Prisma names tables after its
      // PascalCase models and columns after their camelCase fields; each kind is consistent.
      name: 'PascalCase tables with camelCase columns (Prisma)',
      sql: PRISMA,
    },
    {
      // NextAuth/Auth.js's Prisma adapter (outside pass): the Account model keeps the OAuth token
      // response's field names so the provider's response maps onto the row as it comes.
      name: 'an OAuth token response\'s field names among camelCase columns',
      sql: `${PRISMA}
        CREATE TABLE "Account" ("id" TEXT NOT NULL, "userId" TEXT NOT NULL, "providerAccountId" TEXT NOT NULL, "refresh_token" TEXT, "access_token" TEXT, "expires_at" INTEGER, "token_type" TEXT, "scope" TEXT, "id_token" TEXT, "session_state" TEXT);`,
    },
    {
      name: 'OpenID Connect claims kept as the provider names them',
      sql: `${PRISMA}
        CREATE TABLE "OidcProfile" ("id" TEXT NOT NULL, "userUid" TEXT NOT NULL, "given_name" TEXT, "family_name" TEXT, "email_verified" BOOLEAN, "lastSyncedOn" TIMESTAMP(3));`,
    },
    {
      // Outside pass 4 (an Entity Framework Core migration script): EF names its ledger
      // __EFMigrationsHistory whatever the model's style; the tool's name is not the schema's.
      name: "Entity Framework's migration ledger beside PascalCase tables",
      sql: `CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" ("MigrationId" character varying(150) NOT NULL, "ProductVersion" character varying(32) NOT NULL, CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId"));
        CREATE TABLE "VideoUploads" ("Id" uuid NOT NULL, "OriginalFileName" character varying(500) NOT NULL, "Status" text NOT NULL, "CreatedAt" timestamp with time zone NOT NULL, CONSTRAINT "PK_VideoUploads" PRIMARY KEY ("Id"));
        CREATE TABLE "CoachingReports" ("Id" uuid NOT NULL, "VideoUploadId" uuid NOT NULL REFERENCES "VideoUploads", "OverallScore" integer NOT NULL, "CreatedAt" timestamp with time zone NOT NULL, CONSTRAINT "PK_CoachingReports" PRIMARY KEY ("Id"));`,
    },
    {
      // Outside pass 5 (a university LMS's Prisma migration): an implicit many-to-many relation
      // (`parents Parent[]` / `children Student[]`) gets a table Prisma names `_ParentChildren`,
      // keyed by columns it names "A" and "B"; the author picks neither name.
      name: "Prisma's implicit many-to-many tables (_Relation with A, B)",
      sql: `${PRISMA}
        CREATE TABLE "_TeamToUserHistory" ("A" TEXT NOT NULL, "B" TEXT NOT NULL, CONSTRAINT "_TeamToUserHistory_AB_pkey" PRIMARY KEY ("A","B"));
        CREATE INDEX "_TeamToUserHistory_B_index" ON "_TeamToUserHistory"("B");
        ALTER TABLE "_TeamToUserHistory" ADD CONSTRAINT "_TeamToUserHistory_A_fkey" FOREIGN KEY ("A") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;`,
    },
  ],
  invalid: [
    {
      // The marker is stripped, the style behind it still counts: a camelCase name after it is
      // not snake_case.
      name: 'camelCase behind a leading underscore in a snake_case schema',
      sql: 'CREATE TABLE doc_types (name text PRIMARY KEY, modified_by text, is_submittable smallint, "_lastUpdate" varchar(32));',
      messages: 1,
    },
    {
      // Hive's transaction tables are written unquoted (TXN_TO_WRITE_ID) and fold to lower case.
      name: 'unquoted tables that fold to lower case among quoted UPPER_SNAKE_CASE ones',
      sql: `${HIVE}
        CREATE TABLE TXN_TO_WRITE_ID (T2W_TXNID bigint NOT NULL, T2W_DATABASE varchar(128) NOT NULL, T2W_WRITEID bigint NOT NULL);`,
      messages: 1,
    },
    {
      name: 'a quoted capital among snake_case names still needs quoting',
      sql: 'CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint, unit_price numeric); CREATE TABLE shipping_labels (id bigint PRIMARY KEY, "ID" text, tracking_number text);',
      messages: 1,
    },
    {
      sql: 'CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint, unit_price numeric); CREATE TABLE shipping_labels (id bigint PRIMARY KEY, "trackingNumber" text);',
      messages: 1,
    },
    {
      name: 'a camelCase table among snake_case ones, reported once per table',
      sql: `CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint, unit_price numeric, created_at timestamptz);
        CREATE TABLE "orderNotes" (id bigint PRIMARY KEY, "noteText" text, "createdAt" timestamptz);`,
      messages: 1,
    },
    {
      name: 'a snake_case table among Prisma\'s PascalCase ones',
      sql: `${PRISMA}
        CREATE TABLE "user_environment" ("id" TEXT NOT NULL, "userUid" TEXT NOT NULL, "isGlobal" BOOLEAN NOT NULL);`,
      messages: 1,
    },
    {
      name: 'a snake_case column among Prisma\'s camelCase ones',
      sql: `${PRISMA}
        CREATE TABLE "UserEnvironment" ("id" TEXT NOT NULL, "userUid" TEXT NOT NULL, "is_global" BOOLEAN NOT NULL);`,
      messages: 1,
    },
    {
      // Only Prisma's exact shape is the tool's: a table of the author's own that starts with an
      // underscore, or has other columns, keeps its style questions.
      name: 'an underscore-led table that is not Prisma\'s two-column join table',
      sql: `${PRISMA}
        CREATE TABLE "_TeamNotes" ("A" TEXT NOT NULL, "B" TEXT NOT NULL, "note_text" TEXT);`,
      messages: 1,
    },
    {
      // One protocol name alone is a slip of style, not a stored token response; and a token
      // set does not excuse the table's other snake_case columns.
      name: 'a lone protocol name, and own snake_case names beside a token set',
      sql: `${PRISMA}
        CREATE TABLE "Invite" ("id" TEXT NOT NULL, "teamID" TEXT NOT NULL, "expires_at" TIMESTAMP(3));
        CREATE TABLE "Account" ("id" TEXT NOT NULL, "userId" TEXT NOT NULL, "access_token" TEXT, "refresh_token" TEXT, "provider_name" TEXT);`,
      messages: 2,
    },
  ],
});

test('the message names the dominant style (UPPER_SNAKE_CASE, not "other")', async () => {
  const schema = await importClean(`${HIVE}
    CREATE TABLE TXN_TO_WRITE_ID (T2W_TXNID bigint NOT NULL, T2W_DATABASE varchar(128) NOT NULL, T2W_WRITEID bigint NOT NULL);`);
  const messages = lint(schema, { config: { preset: 'strict' } })
    .filter((d) => d.ruleId === 'consistent-naming')
    .map((d) => d.message);
  expect(messages).toEqual(["txn_to_write_id: txn_to_write_id, t2w_txnid, t2w_database, t2w_writeid do not follow the schema's UPPER_SNAKE_CASE style."]);
});
