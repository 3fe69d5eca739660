import rule from '../../../src/core/rules/no-extension-in-public';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE SCHEMA extensions; CREATE EXTENSION pg_trgm SCHEMA extensions;',
    { name: 'plpgsql lives in pg_catalog', sql: 'CREATE EXTENSION IF NOT EXISTS plpgsql;' },
    { name: 'moved out with ALTER EXTENSION ... SET SCHEMA', sql: 'CREATE SCHEMA extensions; CREATE EXTENSION citext; ALTER EXTENSION citext SET SCHEMA extensions;' },
    { name: 'created while another schema is first on search_path', sql: 'CREATE SCHEMA ext; SET search_path = ext, public; CREATE EXTENSION hstore;' },
    {
      name: "a Supabase project's pgcrypto, preinstalled in extensions (supa-builder)",
      sql: `create extension if not exists "pgcrypto";
        create table projects (id uuid primary key default gen_random_uuid(), creator_id uuid not null);
        alter table projects enable row level security;
        create policy own on projects for select using (creator_id = auth.uid());`,
    },
    { name: 'a Supabase project by its foreign key to auth.users', sql: 'create extension if not exists "uuid-ossp"; create table profiles (id uuid primary key references auth.users);' },
  ],
  invalid: [
    { sql: 'CREATE EXTENSION pg_trgm;', messages: 1 },
    {
      name: 'on Supabase, an extension it does not preinstall goes to public',
      sql: 'create extension if not exists vector; create table profiles (id uuid primary key references auth.users);',
      messages: 1,
    },
    {
      name: 'on Supabase, pgcrypto named into public',
      sql: 'create extension if not exists pgcrypto with schema public; create table profiles (id uuid primary key references auth.users);',
      messages: 1,
    },
    {
      name: "Supabase's own set-up creates auth itself: not a project on the platform",
      sql: 'create schema auth; create function auth.uid() returns uuid language sql as $$ select null::uuid $$; create extension pgcrypto; create table t (id uuid primary key, o uuid default auth.uid());',
      messages: 1,
    },
    { name: "pg_dump's WITH SCHEMA public", sql: 'CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public; CREATE EXTENSION citext WITH SCHEMA public;', messages: 2 },
  ],
});
