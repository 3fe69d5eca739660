import { expect, test } from 'vitest';
import { applyChanges } from '../../../src/core/changes';
import fkTypeMatch from '../../../src/core/rules/require-fk-type-match';
import rule from '../../../src/core/rules/prefer-bigint-pk';
import { importClean, lintWith, ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (iNaturalist, holdout-30): an ogr2ogr layer of the time zones' polygons, keyed by
      // ogr2ogr's feature id; loaded from a file and reloaded, never written row by row.
      name: 'a GIS layer loaded by ogr2ogr',
      sql: "CREATE EXTENSION postgis; CREATE SEQUENCE time_zone_geometries_ogc_fid_seq AS integer; CREATE TABLE time_zone_geometries (ogc_fid integer NOT NULL DEFAULT nextval('time_zone_geometries_ogc_fid_seq'), tzid varchar(80), geom public.geometry(MultiPolygon), PRIMARY KEY (ogc_fid));",
    },
    {
      // A Django project's dump: its migration ledger gains a row per migration, its content-type
      // registry one per model and the generated permissions four per model.
      name: 'a migration ledger and a framework registry bounded by the code',
      sql: `CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL);
        CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL);
        CREATE TABLE auth_permission (id serial PRIMARY KEY, name varchar(255) NOT NULL, content_type_id int NOT NULL REFERENCES django_content_type, codename varchar(100) NOT NULL);`,
    },
    {
      // Corpus (AdventureWorks ProductSubcategory, pagila city): reference data under reference data.
      name: 'reference data pointing at reference data',
      sql: `CREATE TABLE productcategory (productcategoryid serial PRIMARY KEY, name varchar(50) NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE productsubcategory (productsubcategoryid serial PRIMARY KEY, productcategoryid int NOT NULL REFERENCES productcategory, name varchar(50) NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());`,
    },
    {
      // Corpus (pagila language, country; AdventureWorks ContactType): reference data stays small.
      name: 'reference data: a key and labels',
      sql: `CREATE TABLE language (language_id serial PRIMARY KEY, name char(20) NOT NULL, last_update timestamptz NOT NULL DEFAULT now());
        CREATE TABLE country (country_id serial PRIMARY KEY, country text NOT NULL, last_update timestamptz NOT NULL DEFAULT now());`,
    },
    {
      // Corpus (adventureworks SalesReason, holdout-12): a Name and a ReasonType label, ten rows.
      name: 'reference data with a <x>type label',
      sql: `CREATE TABLE salesreason (salesreasonid serial PRIMARY KEY, name varchar(50) NOT NULL, reasontype varchar(50) NOT NULL,
        modifieddate timestamp NOT NULL DEFAULT now());`,
    },
    {
      // Corpus (lemmy secret, holdout-12): the single row holding the JWT secret.
      name: 'a key and one value',
      sql: 'CREATE TABLE secret (id serial PRIMARY KEY, jwt_secret varchar NOT NULL DEFAULT gen_random_uuid());',
    },
    {
      // Corpus (Harbor role, holdout-17): three roles the schema inserts itself, each a code, a
      // name and the bit mask of what it may do.
      name: 'reference data with a permission bit mask',
      sql: `CREATE TABLE role (role_id SERIAL PRIMARY KEY NOT NULL, role_mask int DEFAULT 0 NOT NULL, role_code varchar(20), name varchar (20));
        INSERT INTO role (role_code, name) VALUES ('MDRWS', 'projectAdmin'), ('RWS', 'developer'), ('RS', 'guest');`,
    },
    {
      // Corpus (Harbor's access, holdout-28): five one-letter access codes the schema inserts,
      // each with a comment saying what it grants.
      name: 'short codes with a comment explaining each',
      sql: `create table access (access_id SERIAL PRIMARY KEY NOT NULL, access_code char(1), comment varchar (30));
        insert into access (access_code, comment) values ('M', 'Management access for project'), ('R', 'Read access for project');`,
    },
    {
      // Corpus (AdventureWorks Shift, holdout-14; its comment: work shift lookup table): a name and
      // the times of day it spans, three rows, referenced by a smallint.
      name: 'reference data of named times of day',
      sql: `CREATE TABLE shift (shiftid serial PRIMARY KEY, name varchar(50) NOT NULL, starttime time NOT NULL, endtime time NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE employeedepartmenthistory (businessentityid int NOT NULL, shiftid smallint NOT NULL REFERENCES shift, startdate date NOT NULL, PRIMARY KEY (businessentityid, startdate, shiftid));`,
    },
    {
      // Corpus (AdventureWorks ShipMethod, holdout-15): five carriers with a base charge and a
      // rate; no shape tells it from a table of products, but its comment says what it is.
      name: 'a table its comment calls a lookup table',
      sql: `CREATE TABLE shipmethod (shipmethodid serial PRIMARY KEY, name varchar(50) NOT NULL, shipbase numeric NOT NULL, shiprate numeric NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        COMMENT ON TABLE shipmethod IS 'Shipping company lookup table.';`,
    },
    {
      // Corpus (Kanboard links, holdout-23): the link types the script inserts itself, each a
      // unique label and the id of its opposite label ('blocks' / 'is blocked by').
      name: 'reference data pairing each label with its opposite',
      sql: `CREATE TABLE "links" ("id" integer NOT NULL, "label" character varying(255) NOT NULL, "opposite_id" integer DEFAULT 0);
        CREATE SEQUENCE "links_id_seq" START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
        ALTER SEQUENCE "links_id_seq" OWNED BY "links"."id";
        ALTER TABLE ONLY "links" ALTER COLUMN "id" SET DEFAULT "nextval"('"links_id_seq"'::"regclass");
        ALTER TABLE ONLY "links" ADD CONSTRAINT "links_label_key" UNIQUE ("label");
        ALTER TABLE ONLY "links" ADD CONSTRAINT "links_pkey" PRIMARY KEY ("id");
        INSERT INTO links (id, label, opposite_id) VALUES (1, 'relates to', 0);
        INSERT INTO links (id, label, opposite_id) VALUES (2, 'blocks', 3);
        INSERT INTO links (id, label, opposite_id) VALUES (3, 'is blocked by', 2);`,
    },
    {
      name: 'the opposite declared as a foreign key to the same table',
      sql: 'CREATE TABLE relation_types (id serial PRIMARY KEY, name text NOT NULL UNIQUE, inverse_id int REFERENCES relation_types (id));',
    },
    {
      // Corpus (Harbor's properties, Soft Serve's settings): a row per setting the code knows.
      name: 'a key/value configuration store',
      sql: `create table properties (
 id SERIAL NOT NULL,
 k varchar(64) NOT NULL,
 v varchar(128) NOT NULL,
 PRIMARY KEY(id),
 UNIQUE (k)
 );
CREATE TABLE IF NOT EXISTS settings (
  id SERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NOT NULL
);`,
    },
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    { name: 'an application-assigned small lookup key', sql: 'CREATE TABLE statuses (id smallint PRIMARY KEY, name text);' },
    { name: 'uuid key', sql: 'CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid());' },
    {
      // Outside pass 4 (a Brazilian print shop's price tables): reference data named noun first,
      // `descricao_medida` for a size's description, `nome_alternativo` for another name.
      name: 'reference data with Portuguese and Spanish labels',
      sql: `CREATE TABLE medidas (id_medida integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, descricao_medida varchar(100) NOT NULL UNIQUE);
        CREATE TABLE faixas_quantidade (id_faixa integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, descricao_faixa varchar(100) NOT NULL, nome_alternativo varchar(100));
        CREATE TABLE categorias (id serial PRIMARY KEY, nombre_categoria text NOT NULL, codigo char(3));`,
    },
    {
      // Outside pass 5 (a rehab study's dump): kinds of injury with a name, a description and the
      // icon the app shows for each; the icon is a label like a colour.
      name: 'reference data with an icon beside its labels',
      sql: 'CREATE TABLE injury_types (id serial PRIMARY KEY, name text NOT NULL, description text NOT NULL, icon text NOT NULL);',
    },
    {
      // Outside pass 5 (an HR payroll dump): a payroll run per month, and a summary per day.
      name: 'one row per calendar period',
      sql: `CREATE TABLE payroll_runs (id serial PRIMARY KEY, period_month integer NOT NULL, period_year integer NOT NULL, created_at timestamp DEFAULT CURRENT_TIMESTAMP, UNIQUE (period_month, period_year));
        CREATE TABLE daily_totals (id serial PRIMARY KEY, day date NOT NULL UNIQUE, orders integer NOT NULL, revenue numeric NOT NULL);`,
    },
    {
      // Corpus (Catarse states, holdout-29): Brazil's states, a unique name and acronym each,
      // with Rails' timestamps beside them.
      name: 'reference data with an acronym',
      sql: `CREATE TABLE states (id serial PRIMARY KEY, name varchar(255) NOT NULL, acronym varchar(255) NOT NULL, created_at timestamp, updated_at timestamp);
        CREATE UNIQUE INDEX states_name_unique ON states (name); CREATE UNIQUE INDEX states_acronym_unique ON states (acronym);`,
    },
    {
      // Corpus (iNaturalist file_prefixes, holdout-29): photos keep their URL prefix's id in a
      // smallint with no declared key, so the prefixes stay under 32,768; likewise a table whose
      // declared references are all smallint.
      name: 'a key every reference to it holds in a smallint',
      sql: `CREATE TABLE file_prefixes (id serial PRIMARY KEY, prefix varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
        CREATE TABLE photos (id bigserial PRIMARY KEY, file_prefix_id smallint, file_key varchar);
        CREATE TABLE carriers (id serial PRIMARY KEY, name text NOT NULL, base_rate numeric NOT NULL, contact_email text);
        CREATE TABLE shipments (id bigserial PRIMARY KEY, carrier_id smallint NOT NULL REFERENCES carriers, shipped_at timestamptz NOT NULL);`,
    },
  ],
  invalid: [
    {
      name: "an application's own table with a geometry is not an imported layer",
      sql: 'CREATE EXTENSION postgis; CREATE TABLE observations (id serial PRIMARY KEY, user_id bigint, geom public.geometry(Point)); CREATE TABLE places (ogc_fid serial PRIMARY KEY, name text, area_km2 numeric, created_at timestamptz);',
      messages: 2,
      fixed: true,
    },
    {
      // A period per owner grows with the owners: each employee's payslip for a month.
      name: 'a period key that also names an owner',
      sql: `CREATE TABLE employees (id bigint PRIMARY KEY, name text NOT NULL);
        CREATE TABLE payslips (id serial PRIMARY KEY, employee_id bigint NOT NULL REFERENCES employees, month integer NOT NULL, year integer NOT NULL, net_pay numeric NOT NULL, UNIQUE (employee_id, year, month));`,
      messages: 1,
    },
    {
      // One reference in an integer is enough to let the table grow past smallint; and a table
      // nothing references says nothing about its size.
      name: 'a key some reference holds in an integer, or that nothing references',
      sql: `CREATE TABLE file_prefixes (id serial PRIMARY KEY, prefix varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
        CREATE TABLE photos (id bigserial PRIMARY KEY, file_prefix_id smallint, file_key varchar);
        CREATE TABLE sounds (id bigserial PRIMARY KEY, file_prefix_id integer, file_key varchar);
        CREATE TABLE uploads (id serial PRIMARY KEY, path varchar NOT NULL, created_at timestamp NOT NULL);`,
      messages: 2,
    },
    {
      // A kind of thing with a description and an icon is still a record when it carries more.
      name: 'records with an icon are still records',
      sql: 'CREATE TABLE clubs (id serial PRIMARY KEY, name text NOT NULL, description text, icon text, dues text, meeting_day text);',
      messages: 1,
    },
    {
      // A comment with no code to explain is a record's text (a review, a note), not a label.
      name: 'comments people write are records',
      sql: 'CREATE TABLE review_comments (id serial PRIMARY KEY, comment text NOT NULL, author_code varchar(40));',
      messages: 1,
    },
    {
      // Records named the same way are still records: a client with its contact details.
      name: 'a table of records with Portuguese labels',
      sql: 'CREATE TABLE clientes (id_cliente integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, nome_cliente varchar(255) NOT NULL, documento varchar(32), telefone varchar(50), email varchar(255), cidade varchar(100));',
      messages: 1,
    },
    {
      // A tree of names people make (folders, comments' threads) is records, not a vocabulary.
      name: 'a name and a parent in the same table',
      sql: 'CREATE TABLE folders (id serial PRIMARY KEY, name text NOT NULL, parent_id int REFERENCES folders (id));',
      messages: 1,
    },
    {
      // An "opposite" that names another table is a reference like any other.
      name: 'an opposite_id naming another table',
      sql: 'CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL, opposite_id int REFERENCES rivals (id)); CREATE TABLE rivals (id bigserial PRIMARY KEY, score int NOT NULL, played_at timestamptz NOT NULL);',
      messages: 1,
    },
    {
      // Celery's result store and Django's admin log grow with use, framework tables or not.
      name: "framework tables that grow with use",
      sql: `CREATE TABLE celery_taskmeta (id serial PRIMARY KEY, task_id varchar(255) NOT NULL UNIQUE, status varchar(50) NOT NULL, result text, date_done timestamptz NOT NULL);
        CREATE TABLE django_admin_log (id serial PRIMARY KEY, action_time timestamptz NOT NULL, object_id text, object_repr varchar(200) NOT NULL, change_message text NOT NULL);`,
      messages: 2,
    },
    {
      // An integer that is not a bit mask is an amount: a plan's seats record something.
      name: 'a name beside an amount is not reference data',
      sql: 'CREATE TABLE plans (plan_id serial PRIMARY KEY, plan_code varchar(20), name varchar(20), seats int NOT NULL DEFAULT 0);',
      messages: 1,
    },
    {
      // Corpus (pagila actor): people's names are not labels; actors are records.
      name: 'a table of people is not reference data',
      sql: 'CREATE TABLE actor (actor_id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, last_update timestamptz NOT NULL DEFAULT now());',
      messages: 1,
    },
    {
      name: 'settings per user grow with the users',
      sql: 'CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE user_settings (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, key text NOT NULL, value text, UNIQUE (user_id, key));',
      messages: 1,
    },
    {
      name: 'a unique name and a value-named column among more columns are not a settings store',
      sql: 'CREATE TABLE products (id serial PRIMARY KEY, sku text NOT NULL UNIQUE, value text, description text);',
      messages: 1,
    },
    {
      name: 'a unique email and a name are a table of people, not settings',
      sql: 'CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL);',
      messages: 1,
    },
    { name: 'a key and a time records something', sql: 'CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);', messages: 1 },
    {
      // Instants, unlike times of day, record when something happens: meetings are records.
      name: 'a title and the instants it spans',
      sql: 'CREATE TABLE meetings (id serial PRIMARY KEY, title text NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL);',
      messages: 1,
    },
    {
      // Corpus (postgrest test.leak): a key and a payload is a document store, which grows.
      name: 'a key and a payload',
      sql: 'CREATE TABLE leak (id serial PRIMARY KEY, blob bytea);',
      messages: 1,
    },
    {
      name: 'a <x>type beside a reference is not a label set',
      sql: 'CREATE TABLE notes (id serial PRIMARY KEY, owner_type text NOT NULL, owner_id int NOT NULL, body_type text);',
      messages: 1,
    },
    { sql: 'CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);', messages: 1, fixed: true },
    {
      // The same shape without the comment is a table of records; a cross-reference table is a link.
      name: 'a name beside amounts, and a cross-reference table',
      sql: `CREATE TABLE products (productid serial PRIMARY KEY, name varchar(50) NOT NULL, listprice numeric NOT NULL, standardcost numeric NOT NULL);
        CREATE TABLE productdocument (id serial PRIMARY KEY, productid int NOT NULL REFERENCES products, documentnode text NOT NULL);
        COMMENT ON TABLE productdocument IS 'Cross-reference table mapping products to related product documents.';`,
      messages: 2,
    },
    { name: 'serial', sql: 'CREATE TABLE t (id serial PRIMARY KEY);', messages: 1, fixed: true },
    { name: 'smallint identity', sql: 'CREATE TABLE t (id smallint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);', messages: 1, fixed: true },
  ],
});

test('the fix on a serial key also lifts the sequence limit', async () => {
  // Rule bug: ALTER COLUMN TYPE bigint leaves a serial's owned sequence AS integer (checked on
  // PGlite: seqtypid stays int4, seqmax 2147483647), so nextval still fails at 2^31 - 1. The fix
  // needs an alter-sequence to bigint as well. (Identity sequences do follow the column type.)
  const schema = await importClean('CREATE TABLE t (id serial PRIMARY KEY);');
  const [d] = lintWith(rule, schema);
  expect(d?.fix?.kind).toBe('changes');
  if (d?.fix?.kind !== 'changes') return;
  const after = applyChanges(schema, d.fix.changes);
  expect(after.sequences['public.t_id_seq']?.options.dataType ?? 'bigint').toBe('bigint');
});

test('the fix widens the referencing foreign key columns with the key', async () => {
  // Rule bug: only the key column changes; each referencing integer column is then reported by
  // require-fk-type-match, and would overflow at the same 2^31 - 1.
  const schema = await importClean(`
    CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
    CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id integer NOT NULL REFERENCES orders);`);
  expect(lintWith(fkTypeMatch, schema)).toEqual([]);
  const [d] = lintWith(rule, schema);
  if (d?.fix?.kind !== 'changes') throw new Error('expected a changes fix');
  expect(lintWith(fkTypeMatch, applyChanges(schema, d.fix.changes)).map((x) => x.message)).toEqual([]);
});
