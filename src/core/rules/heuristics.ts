/**
 * Naming conventions the pattern rules recognise. Real schemas spell the same idea many ways
 * (Rails `created_at`, Ecto `inserted_at`, pagila `last_update`); each list is what the corpus
 * and the peers' rules use.
 */
import type { Column, Table } from '../model/types';

/** Defaults that generate a fresh value per row: sequences, random uuids / ulids. */
export const GENERATOR = /^(?:[a-z_]+\.)?(nextval|gen_random_uuid|uuid_generate_v\w+|uuidv[47]|gen_random_bytes|\w*ulid\w*|\w*uuid_v?7\w*)\s*\(/i;

export const CREATED_COLUMNS = ['created_at', 'inserted_at', 'created', 'created_on', 'creation_date', 'date_created', 'create_time', 'created_time', 'created_date', 'createddate', 'creation_ts', 'created_ts', 'inserted_ts', 'date_creation', 'creationdate', 'gmt_create', 'when_created'];
export const UPDATED_COLUMNS = ['updated_at', 'updated', 'updated_on', 'modified_at', 'modified', 'last_modified', 'last_modified_at', 'lastmodified', 'last_update', 'last_updated', 'update_time', 'updated_time', 'date_modified', 'modified_date', 'modifieddate', 'updated_date', 'updateddate', 'updated_ts', 'last_updated_ts', 'date_modification', 'modificationdate', 'modification_date', 'last_modification_date', 'gmt_modified', 'when_modified', 'when_updated'];
export const SOFT_DELETE_COLUMNS = ['deleted_at', 'archived_at', 'discarded_at', 'removed_at', 'is_deleted', 'deleted', 'is_archived', 'archived'];
const HISTORY_SUFFIXES = ['_history', '_audit', '_versions', '_audit_log', '_log'];
/**
 * Migration ledgers and a framework's own bookkeeping (Rails' ar_internal_metadata); by their
 * tools' exact names where the name is not a `migrations` suffix: Alembic's one-row
 * `alembic_version`, sqlalchemy-migrate's `migrate_version`, Doctrine's, Phinx's and Entity Framework
 * Core's (`__EFMigrationsHistory`) ledgers, and
 * `schema_version` (Flyway's ledger before version 5; Kanboard's one-row version and its
 * `plugin_schema_versions`).
 */
const LEDGER = /(^|_)(schema_migrations|schema_versions?|ar_internal_metadata|migrations?|flyway_schema_history|databasechangelog(lock)?|knex_migrations(_lock)?|__diesel_schema_migrations|goose_db_version|sqitch)$|^(alembic_version|migrate_version|doctrine_migration_versions|phinxlog|__EFMigrationsHistory|__ef_migrations_history)$/;

/**
 * A one-row version ledger kept under a bare name: GoatCounter's `version (name varchar)`,
 * Gitea's `version (id, version)`, Sequel's `schema_info (version integer)`. The name alone is
 * too common (a product's `version` rows), so the shape decides: at most two columns, no
 * foreign key (for the prefixed names below as well).
 */
const VERSION_LEDGER = /^(version|db_version|dbversion|database_version|schema_info)$/;

/**
 * The same one-row ledger under the application's table prefix, as PHP and Java apps that share a
 * database name every table: Tiny Tiny RSS's `ttrss_version (schema_version int)`,
 * DolphinScheduler's `t_ds_version (id, version varchar(200))`. A prefixed name is less telling
 * than a bare one (`product_version (product_id, version)` lists a product's releases), so the
 * columns must be the version it holds and at most a surrogate `id`.
 */
const PREFIXED_VERSION_LEDGER = /_(version|db_version|dbversion|database_version)$/;
const VERSION_COLUMN = /^(version|schema_version|db_version|dbversion|database_version|version_num)$/;

function isVersionLedger(table: Table): boolean {
  if (table.columns.length === 0 || table.columns.length > 2 || table.foreignKeys.length > 0) return false;
  if (VERSION_LEDGER.test(table.name)) return true;
  return (
    PREFIXED_VERSION_LEDGER.test(table.name) &&
    table.columns.some((c) => VERSION_COLUMN.test(c.name)) &&
    table.columns.every((c) => VERSION_COLUMN.test(c.name) || c.name === 'id')
  );
}

/** A migration tool's or framework's bookkeeping table: nothing about its columns matters to the app. */
export function isLedgerTable(table: Table): boolean {
  return LEDGER.test(table.name) || isVersionLedger(table);
}

/**
 * Prisma's table for an implicit many-to-many relation (`Post[]` on one model, `Category[]` on the
 * other, no join model): Prisma names it `_<RelationName>` (`_CategoryToPost`) and its two key
 * columns `A` and `B`, whatever the schema's own style. The author chooses neither.
 */
export function isPrismaImplicitJoinTable(table: Table): boolean {
  return /^_[A-Za-z0-9]+$/.test(table.name) && table.columns.length === 2 && table.columns.every((c) => c.name === 'A' || c.name === 'B') && table.columns[0]!.name !== table.columns[1]!.name;
}

/**
 * A framework's table whose rows the code defines, so their number is bounded by it: migration
 * ledgers (a row per migration), Django's content-type registry (a row per model) and the
 * permissions Django generates from it (four per model).
 */
export function isCodeBoundTable(table: Table): boolean {
  return isLedgerTable(table) || /^(django_content_type|auth_permission)$/.test(table.name);
}

/**
 * Tables a framework owns (migration ledgers, job queues, file attachments): not the app's data.
 * Django's contrib tables (`django_content_type`, `django_admin_log`, `django_session`,
 * django-celery-beat's `django_celery_beat_*`) and its generated `auth_permission` rows, and
 * Celery's result store, belong to the framework; `auth_user` and `auth_group` hold the
 * application's users and groups and are not in this list.
 */
const INFRASTRUCTURE = /(^|_)(schema_migrations|schema_versions?|ar_internal_metadata|migrations?|flyway_schema_history|databasechangelog(lock)?|knex_migrations(_lock)?|__diesel_schema_migrations|goose_db_version|sqitch|spatial_ref_sys|pg_stat_statements)$|^(alembic_version|migrate_version|doctrine_migration_versions|phinxlog|__EFMigrationsHistory|__ef_migrations_history)$|^(active_storage_|action_text_|action_mailbox_|solid_queue_|solid_cache_|good_job|oban_|que_|delayed_jobs|river_|graphile_worker|pgboss|qrtz_|django_|djcelery_)|^(auth_permission|auth_group_permissions|auth_user_groups|auth_user_user_permissions|celery_taskmeta|celery_tasksetmeta)$/;

/** Columns by name per table, for the lint run under way (see `withColumnLookup`). */
let columnsByName: WeakMap<Table, Map<string, Column[]>> | undefined;
const NO_COLUMNS: Column[] = [];

/**
 * Runs `body` (a lint run) with a by-name lookup of each table's columns, built on first use:
 * rules ask for many candidate names per table, which would otherwise each scan the columns.
 * The model does not change during a run; outside one, lookups scan as they always did.
 */
export function withColumnLookup<T>(body: () => T): T {
  const previous = columnsByName;
  columnsByName = new WeakMap();
  try {
    return body();
  } finally {
    columnsByName = previous;
  }
}

/** The table's columns of that name, in table order (one, in any valid table). */
/**
 * The foreign keys declared on the table itself. A partition's clones of its parent's keys (made
 * by PARTITION OF and ATTACH) are the parent's: a finding on one is the parent's finding, and the
 * parent's fix reaches every partition.
 */
export function ownForeignKeys(table: Table): Table['foreignKeys'] {
  return table.foreignKeys.filter((fk) => !fk.partitionOf);
}

export function columnsNamed(table: Table, name: string | undefined): Column[] {
  if (!columnsByName) return table.columns.filter((c) => c.name === name);
  let byName = columnsByName.get(table);
  if (!byName) {
    byName = new Map();
    for (const c of table.columns) {
      const list = byName.get(c.name);
      if (list) list.push(c);
      else byName.set(c.name, [c]);
    }
    columnsByName.set(table, byName);
  }
  return (name === undefined ? undefined : byName.get(name)) ?? NO_COLUMNS;
}

export function column(table: Table, names: string[]): Column | undefined {
  for (const name of names) {
    const found = columnsNamed(table, name)[0];
    if (found) return found;
  }
  return undefined;
}

export function softDeleteColumn(table: Table): Column | undefined {
  return column(table, SOFT_DELETE_COLUMNS);
}

/**
 * A unique key over a nullable soft-delete timestamp and other columns (UNIQUE (org, name,
 * deleted_at)) enforces nothing among live rows: the timestamp is NULL on each of them, and NULLs
 * never conflict unless the key is NULLS NOT DISTINCT. Its other columns, or undefined when the
 * key does hold (a boolean flag is false on every live row; a NOT NULL column has a sentinel).
 */
export function keyVoidedByLiveNulls(deleted: Column, columns: readonly (string | undefined)[], nullsNotDistinct: boolean): string[] | undefined {
  if (deleted.type.name === 'boolean' || deleted.notNull || nullsNotDistinct || columns.length < 2 || !columns.includes(deleted.name)) return undefined;
  const rest = columns.filter((c): c is string => c !== undefined && c !== deleted.name);
  return rest.length === columns.length - 1 ? rest : undefined;
}

/** The main table's name when `name` is a history table's (`orders_history` -> `orders`). */
export function historyBaseName(name: string): string | undefined {
  for (const suffix of HISTORY_SUFFIXES.slice(0, 3)) if (name.endsWith(suffix) && name.length > suffix.length) return name.slice(0, -suffix.length);
  return undefined;
}

/** Schemas that tools own: pg_partman's templates, pg_cron, job queues, migration ledgers. */
const INFRASTRUCTURE_SCHEMAS = /^(partman|cron|pgboss|graphile_worker|graphile_migrate|sqitch|pgmq|_timescaledb_\w+|timescaledb_\w+|supabase_migrations|supabase_functions|realtime|_realtime|vault|pgsodium|graphql|graphql_public)$/;

/**
 * Tables a library creates with its own migration, recognised by name and the columns only it
 * writes: Doorkeeper's OAuth tables, friendly_id's slug history, acts-as-taggable-on's taggings
 * and tags, acts_as_votable's votes, Noticed's notifications, impressionist's impressions, the
 * preferences plugin's preferences (whose group_type may hold a plain group name), and Laravel
 * packages' tables owned by any model.
 */
const LIBRARY_TABLES: [RegExp, string[]][] = [
  [/^oauth_(applications|access_grants|access_tokens|openid_requests|device_grants)$/, []],
  [/^friendly_id_slugs$/, ['sluggable_type']],
  [/^noticed_(events|notifications)$/, []],
  [/^taggings$/, ['taggable_type', 'context']],
  [/^tags$/, ['taggings_count']],
  [/^votes$/, ['votable_type', 'vote_flag']],
  [/^impressions$/, ['impressionable_type']],
  [/^preferences$/, ['owner_type', 'group_type']],
  [/^fun_with_flags_toggles$/, ['flag_name', 'gate_type']],
  // Laravel's packages: Sanctum's API tokens (owned by any model), the framework's database
  // notifications, spatie/laravel-permission's role and permission assignments, laravel-activitylog.
  [/^personal_access_tokens$/, ['tokenable_type', 'tokenable_id']],
  [/^notifications$/, ['notifiable_type', 'notifiable_id']],
  [/^model_has_(roles|permissions)$/, ['model_type']],
  [/^activity_log$/, ['subject_type', 'causer_type']],
  // Laravel Cashier (Paddle)'s customers, subscriptions and transactions, owned by any billable
  // model; Laravel Passport's OAuth tables.
  [/^(customers|subscriptions|transactions)$/, ['billable_type', 'billable_id', 'paddle_id']],
  [/^oauth_(auth_codes|refresh_tokens|clients|personal_access_clients)$/, []],
];

/** A table in a schema a tool owns (pg_partman's templates, pg_cron's jobs). */
export function isToolSchemaTable(table: Table): boolean {
  return INFRASTRUCTURE_SCHEMAS.test(table.schema) || (PLATFORM_TABLES[table.schema]?.test(table.name) ?? false);
}

/**
 * Supabase's own tables, which the platform creates, owns and migrates (the application cannot
 * alter them): its Auth (GoTrue) and Storage schemas, by their table names, since an application
 * may well have a schema called auth of its own.
 */
const PLATFORM_TABLES: Record<string, RegExp> = {
  auth: /^(users|identities|sessions|refresh_tokens|audit_log_entries|instances|schema_migrations|mfa_factors|mfa_challenges|mfa_amr_claims|flow_state|saml_providers|saml_relay_states|sso_providers|sso_domains|one_time_tokens)$/,
  storage: /^(buckets|objects|migrations|prefixes|s3_multipart_uploads|s3_multipart_uploads_parts|buckets_analytics)$/,
};

/**
 * A table a framework or tool writes itself (migration ledgers, job backends such as GoodJob or
 * Solid Queue, Active Storage), not the application's data kept through a library's models
 * (Doorkeeper's OAuth applications, acts-as-taggable-on's tags: `isInfrastructureTable` takes those too).
 */
export function isFrameworkTable(table: Table): boolean {
  return INFRASTRUCTURE.test(table.name) || isVersionLedger(table) || isToolSchemaTable(table) || matchesShape(table, FRAMEWORK_TABLES);
}

/**
 * A framework's tables whose names alone are too common to tell, recognised by the columns only it
 * writes: ActiveAdmin's comments (`active_admin_comments`, and `admin_notes` in its 0.x releases,
 * which a later ActiveAdmin migration renames), written and deleted by the admin interface about
 * any admin resource, by any admin user class, never edited (Catarse's dump has both).
 */
const FRAMEWORK_TABLES: [RegExp, string[]][] = [
  [/^active_admin_comments$/, ['resource_type', 'resource_id', 'author_type', 'author_id']],
  [/^admin_notes$/, ['resource_type', 'resource_id', 'admin_user_type', 'admin_user_id']],
  // Laravel's own tables, from the migrations every new application starts with: password reset
  // tokens keyed by the email, the queue's failed jobs and batches, the database cache.
  [/^password_reset_tokens$/, ['email', 'token']],
  [/^failed_jobs$/, ['connection', 'queue', 'payload', 'exception']],
  [/^job_batches$/, ['total_jobs', 'pending_jobs', 'failed_job_ids']],
  [/^cache(_locks)?$/, ['key', 'expiration']],
];

function matchesShape(table: Table, shapes: readonly [RegExp, string[]][]): boolean {
  return shapes.some(([name, columns]) => name.test(table.name) && columns.every((c) => columnsNamed(table, c).length > 0));
}

export function isInfrastructureTable(table: Table): boolean {
  return isFrameworkTable(table) || matchesShape(table, LIBRARY_TABLES);
}

/** English singular of a table name, enough for `users` -> `user`, `categories` -> `category`. */
export function singular(name: string): string {
  if (name.endsWith('ies') && name.length > 3) return `${name.slice(0, -3)}y`;
  if (/(ses|xes|zes|ches|shes)$/.test(name)) return name.slice(0, -2);
  if (name.endsWith('s') && !name.endsWith('ss')) return name.slice(0, -1);
  return name;
}

/** Candidate table names for a `<x>_id` column: x, xs, xes, x(y->ies). */
export function pluralCandidates(stem: string): string[] {
  const candidates = [stem, `${stem}s`, `${stem}es`];
  if (stem.endsWith('y')) candidates.push(`${stem.slice(0, -1)}ies`);
  if (stem === 'person') candidates.push('people');
  return candidates;
}

/** Does a function body (or trigger arguments) mention this column? Word match, case-insensitive. */
export function mentions(text: string, name: string): boolean {
  return new RegExp(`(^|[^a-z0-9_])${name.replace(/[^a-z0-9_]/gi, '')}([^a-z0-9_]|$)`, 'i').test(text);
}

/**
 * A history table repeats most of its main table's columns; a table merely named `x_history`
 * (a log of connections, say) does not, and is not the pattern's history table.
 */
export function looksLikeHistoryOf(history: Table, main: Table): boolean {
  return sharedColumnShare(history, main) >= 0.6;
}

/**
 * Share of the main table's columns (its key left out) that the other table repeats by name.
 * `ownOnly` also leaves out the creation and update times, which nearly every table has: a table
 * that repeats only those (Marquez's `job_versions` beside `jobs`) repeats nothing of the row.
 */
function sharedColumnShare(history: Table, main: Table, ownOnly = false): number {
  const key = new Set(main.primaryKey?.columns ?? []);
  const nonKey = main.columns.filter((c) => !key.has(c.name));
  const own = ownOnly ? nonKey.filter((c) => !CREATED_COLUMNS.includes(c.name) && !UPDATED_COLUMNS.includes(c.name)) : nonKey;
  // A main table of nothing but its times: those are what a snapshot of it repeats.
  const columns = own.length > 0 ? own : nonKey;
  if (columns.length === 0) return 0;
  return columns.filter((c) => columnsNamed(history, c.name).length > 0).length / columns.length;
}

/** Columns that say when (or how) a snapshot was taken. */
const CHANGE_COLUMNS = /^(changed_at|changed_on|modified_at|recorded_at|logged_at|valid_from|valid_to|archived_at|snapshot_at|history_created_at|operation|op|action|event|tg_op|change_type|version|revision)$/;

/**
 * The main table of a history table, judged from three signals together: the name
 * (`<main>_history`, `_audit`, `_versions`), a link to the main table's key (its primary key
 * column repeated, `<main>_id`, or a foreign key to it), and how many of the main table's own
 * columns it repeats (its creation and update times left out). A full snapshot (60% or more) needs no more; one linked by key needs a third of the
 * columns, or a fifth plus a change column (`changed_at`, `operation`): the common shape that
 * repeats half the columns next to when they changed.
 */
export function historyMainOf(history: Table, findTable: (name: string) => Table | undefined): Table | undefined {
  const base = historyBaseName(history.name);
  if (!base) return undefined;
  const main = [base, ...pluralCandidates(base).slice(1)].map(findTable).find((t) => t !== undefined && t !== history);
  if (!main) return undefined;
  // The main table's own columns, its times left out: a versioned entity (a job's versions that
  // runs reference) has its own created_at and updated_at, not a snapshot of the main row's.
  const share = sharedColumnShare(history, main, true);
  if (share >= 0.6) return main;
  const pk = main.primaryKey?.columns ?? [];
  const historyPk = history.primaryKey?.columns ?? [];
  const keyRepeated = pk.length > 0 && pk.every((c) => columnsNamed(history, c).length > 0) && !(historyPk.length === pk.length && pk.every((c) => historyPk.includes(c)));
  const linked =
    keyRepeated ||
    columnsNamed(history, `${singular(main.name)}_id`).length > 0 ||
    history.foreignKeys.some((fk) => fk.references.name === main.name && fk.references.schema === main.schema);
  if (!linked) return undefined;
  const changeColumn = history.columns.some((c) => CHANGE_COLUMNS.test(c.name));
  return share >= 1 / 3 || (changeColumn && share >= 0.2) ? main : undefined;
}

/**
 * The main table of a snapshot log: `<main>_log` repeating (nearly) every column of `<main>`
 * besides the key, as DolphinScheduler keeps a copy of each saved version of a process definition
 * (`t_ds_process_definition_log`: all of `t_ds_process_definition`'s columns, its `update_time`
 * among them, with an `operator` and an `operate_time`). A `_log` name alone is an event log
 * (`error_log`, `audit_log`, a log of logins), so only a near-complete copy of an existing table
 * (80% of its own columns, its times left out) counts; the history rules, which look for the
 * trigger that fills a history, keep to `_history`, `_audit` and `_versions`.
 */
export function snapshotLogMainOf(log: Table, findTable: (name: string) => Table | undefined): Table | undefined {
  if (!log.name.endsWith('_log') || log.name.length <= 4) return undefined;
  const base = log.name.slice(0, -4);
  const main = [base, ...pluralCandidates(base).slice(1)].map(findTable).find((t) => t !== undefined && t !== log);
  return main && sharedColumnShare(log, main, true) >= 0.8 ? main : undefined;
}
