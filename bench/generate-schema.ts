/**
 * A deterministic generator of synthetic schemas for the benchmarks: `generateSchema(n)` prints
 * n tables as pg_dump prints a structure dump (header SETs, schemas, enum types, trigger
 * functions, CREATE TABLE with inline checks, identity and sequence defaults as separate ALTERs,
 * views, materialized views, partitions attached with ATTACH PARTITION, then primary keys,
 * unique constraints, indexes, triggers and foreign keys as separate statements).
 *
 * Proportions (per table, on average): 8-15 columns of mixed types; an identity primary key (a
 * few tables use a serial-style sequence instead); ~1.5 foreign keys to earlier tables (some
 * self-references), an index on most of them; ~10% partial and ~5% expression indexes; unique
 * constraints on ~25%, checks on ~30%, an enum column on ~25%; an updated_at trigger on ~20% and
 * an audit trigger (with its own function) on ~2%; views over ~5% of the tables, two or more
 * materialized views; comments on ~30%; one range-partitioned table with 12 monthly partitions
 * per 500 tables (the partitions count as tables). About a fifth of the tables live in a second
 * schema. The same n and seed always give the same text.
 *
 * Run as a script (`node dist-cli/bench/generate-schema.js 500 [seed]`) it prints the SQL.
 */

/** mulberry32: a small seeded PRNG, good enough to pick names and proportions. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = [
  'customer', 'order', 'product', 'invoice', 'payment', 'shipment', 'account', 'user', 'team',
  'project', 'task', 'ticket', 'asset', 'contract', 'vendor', 'warehouse', 'inventory', 'campaign',
  'lead', 'report', 'audit', 'billing', 'pricing', 'catalog', 'media', 'message', 'event',
  'session', 'device', 'location', 'budget', 'ledger', 'policy', 'claim', 'course', 'lesson',
];
const NOUNS = [
  'items', 'notes', 'tags', 'links', 'settings', 'histories', 'versions', 'entries', 'lines',
  'groups', 'members', 'roles', 'grants', 'rules', 'schedules', 'attempts', 'exports', 'imports',
  'files', 'comments', 'reviews', 'ratings', 'alerts', 'limits', 'quotas', 'snapshots', 'jobs',
  'batches', 'states', 'records',
];
const WORDS = [
  'name', 'title', 'code', 'label', 'summary', 'description', 'email', 'phone', 'status_text',
  'reference', 'external_id', 'amount', 'quantity', 'price', 'weight', 'score', 'rank', 'position',
  'starts_on', 'ends_on', 'due_at', 'sent_at', 'opened_at', 'is_active', 'is_public', 'metadata',
  'settings', 'payload', 'ip_address', 'duration', 'tags', 'notes', 'locale', 'currency', 'color',
  'version', 'checksum', 'slug', 'url', 'rating', 'priority', 'latitude', 'longitude', 'attempts',
];

interface ColumnSpec {
  name: string;
  type: string;
  notNull: boolean;
  default?: string;
}

interface TableSpec {
  schema: string;
  name: string;
  columns: ColumnSpec[];
  identity: 'identity' | 'sequence';
  checks: string[];
  /** Referenced table indexes (into the table list) and the FK column name. */
  foreignKeys: { column: string; target: number; onDelete?: string }[];
  uniques: string[][];
  hasDeletedAt: boolean;
  hasUpdatedAt: boolean;
  textColumn?: string;
}

interface EnumSpec {
  name: string;
  values: string[];
}

const ENUM_VALUES = [
  ['pending', 'active', 'suspended', 'closed'],
  ['draft', 'submitted', 'approved', 'rejected', 'archived'],
  ['low', 'normal', 'high', 'urgent'],
  ['new', 'in_progress', 'done'],
  ['email', 'sms', 'push', 'webhook'],
];

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function generateSchema(tableCount: number, seed = 1): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number): boolean => random() < p;
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  const partitionedCount = Math.max(1, Math.round(tableCount / 500));
  const partitionsEach = 12;
  const plainCount = Math.max(2, tableCount - partitionedCount * (partitionsEach + 1));

  // Enum types: one per ~25 tables.
  const enums: EnumSpec[] = [];
  for (let i = 0; i < Math.max(2, Math.round(tableCount / 25)); i++) {
    enums.push({ name: `${pick(PREFIXES)}_state_${i + 1}`, values: ENUM_VALUES[i % ENUM_VALUES.length]! });
  }

  // Tables: unique names, a fifth of them in the `billing` schema.
  const used = new Set<string>(['audit_log']);
  const tables: TableSpec[] = [];
  const typeFor = (): { type: string; default?: string; notNull?: boolean } => {
    const r = random();
    if (r < 0.2) return { type: 'text' };
    if (r < 0.3) return { type: `character varying(${pick([32, 64, 120, 255])})` };
    if (r < 0.4) return { type: 'integer', default: chance(0.3) ? '0' : undefined, notNull: chance(0.5) };
    if (r < 0.46) return { type: 'bigint' };
    if (r < 0.54) return { type: 'numeric(12,2)' };
    if (r < 0.62) return { type: 'boolean', default: 'false', notNull: true };
    if (r < 0.72) return { type: 'timestamp with time zone' };
    if (r < 0.76) return { type: 'date' };
    if (r < 0.82) return { type: 'jsonb', default: chance(0.5) ? "'{}'::jsonb" : undefined };
    if (r < 0.86) return { type: 'uuid' };
    if (r < 0.89) return { type: 'text[]' };
    if (r < 0.91) return { type: 'inet' };
    if (r < 0.94) return { type: 'smallint' };
    if (r < 0.97) return { type: 'double precision' };
    if (r < 0.99) return { type: 'interval' };
    return { type: 'bytea' };
  };

  // The first table is the audit log the audit triggers write to.
  tables.push({
    schema: 'public',
    name: 'audit_log',
    columns: [
      { name: 'id', type: 'bigint', notNull: true },
      { name: 'table_name', type: 'text', notNull: true },
      { name: 'operation', type: 'text', notNull: true },
      { name: 'row_id', type: 'bigint', notNull: false },
      { name: 'changed_at', type: 'timestamp with time zone', notNull: true, default: 'now()' },
      { name: 'row_data', type: 'jsonb', notNull: false },
    ],
    identity: 'identity',
    checks: [],
    foreignKeys: [],
    uniques: [],
    hasDeletedAt: false,
    hasUpdatedAt: false,
  });

  for (let i = 1; i < plainCount; i++) {
    let name = `${pick(PREFIXES)}_${pick(NOUNS)}`;
    if (used.has(name)) name = `${name}_${i}`;
    used.add(name);
    const schema = chance(0.2) ? 'billing' : 'public';
    const columns: ColumnSpec[] = [{ name: 'id', type: 'bigint', notNull: true }];
    const taken = new Set(['id']);
    const foreignKeys: TableSpec['foreignKeys'] = [];
    // ~1.5 FKs on average: more for later tables, none for the first ones.
    const fkCount = i < 3 ? 0 : Math.min(i - 1, [0, 1, 1, 1, 2, 2, 2, 3][between(0, 7)]!);
    for (let f = 0; f < fkCount; f++) {
      // Half point at the first tenth ("core" tables referenced by many), half anywhere earlier.
      const target = chance(0.5) ? between(1, Math.max(1, Math.floor(i / 10))) : between(1, i - 1);
      let column = `${tables[target]!.name.split('_')[0]}_id`;
      if (taken.has(column)) column = `${tables[target]!.name}_id`;
      if (taken.has(column)) continue;
      taken.add(column);
      columns.push({ name: column, type: 'bigint', notNull: chance(0.7) });
      foreignKeys.push({ column, target, onDelete: chance(0.3) ? 'CASCADE' : chance(0.2) ? 'SET NULL' : undefined });
      if (foreignKeys.at(-1)!.onDelete === 'SET NULL') columns.at(-1)!.notNull = false;
    }
    if (chance(0.05)) {
      columns.push({ name: 'parent_id', type: 'bigint', notNull: false });
      foreignKeys.push({ column: 'parent_id', target: tables.length });
    }
    const wanted = between(8, 15);
    let textColumn: string | undefined;
    let enumUsed = false;
    while (columns.length < wanted - 2) {
      const word = pick(WORDS);
      if (taken.has(word)) continue;
      taken.add(word);
      if (!enumUsed && chance(0.25)) {
        enumUsed = true;
        const e = pick(enums);
        columns.push({ name: word, type: `public.${e.name}`, notNull: true, default: `'${e.values[0]}'::public.${e.name}` });
        continue;
      }
      const t = typeFor();
      columns.push({ name: word, type: t.type, notNull: t.notNull ?? chance(0.3), default: t.default });
      if (t.type === 'text' && !textColumn) textColumn = word;
    }
    columns.push({ name: 'created_at', type: 'timestamp with time zone', notNull: true, default: 'now()' });
    const hasUpdatedAt = chance(0.6);
    if (hasUpdatedAt) columns.push({ name: 'updated_at', type: 'timestamp with time zone', notNull: false });
    const hasDeletedAt = chance(0.25);
    if (hasDeletedAt) columns.push({ name: 'deleted_at', type: 'timestamp with time zone', notNull: false });

    const checks: string[] = [];
    const numeric = columns.find((c) => c.type === 'numeric(12,2)' || c.type === 'integer');
    if (numeric && chance(0.5)) checks.push(`CHECK ((${numeric.name} >= (0)${numeric.type === 'integer' ? '' : '::numeric'}))`);
    if (textColumn && chance(0.2)) checks.push(`CHECK ((char_length(${textColumn}) <= 200))`);
    const uniques: string[][] = [];
    if (textColumn && chance(0.2)) uniques.push([textColumn]);
    if (foreignKeys[0] && textColumn && chance(0.1)) uniques.push([foreignKeys[0].column, textColumn]);
    tables.push({
      schema,
      name,
      columns,
      identity: chance(0.9) ? 'identity' : 'sequence',
      checks,
      foreignKeys,
      uniques,
      hasDeletedAt,
      hasUpdatedAt,
      textColumn,
    });
  }

  const q = (t: TableSpec): string => `${t.schema}.${t.name}`;
  const short = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max));
  /** An object name of at most 63 bytes, unique within the run (Postgres truncates longer ones). */
  const names = new Set<string>();
  const objectName = (table: string, middle: string, suffix: string): string => {
    let name = `${table}_${middle}_${suffix}`;
    if (name.length > 63) name = `${short(table, 28)}_${short(middle, 24)}_${suffix}`;
    for (let n = 2; names.has(name); n++) name = `${short(table, 28)}_${short(middle, 20)}${n}_${suffix}`;
    names.add(name);
    return name;
  };

  const out: string[] = [];
  const emit = (sql: string): void => {
    out.push(sql, '');
  };
  out.push(`--\n-- PostgreSQL database dump (synthetic: ${tableCount} tables, seed ${seed})\n--\n`);
  for (const setting of [
    'statement_timeout = 0', 'lock_timeout = 0', 'idle_in_transaction_session_timeout = 0',
    "client_encoding = 'UTF8'", 'standard_conforming_strings = on',
  ]) out.push(`SET ${setting};`);
  out.push("SELECT pg_catalog.set_config('search_path', '', false);", 'SET check_function_bodies = false;', 'SET client_min_messages = warning;', '');
  emit('CREATE SCHEMA billing;');
  emit("COMMENT ON SCHEMA billing IS 'Invoices, payments and what they refer to';");

  for (const e of enums) emit(`CREATE TYPE public.${e.name} AS ENUM (\n${e.values.map((v) => `    ${quote(v)}`).join(',\n')}\n);`);

  emit(`CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;`);

  const auditTables = tables.filter((_, i) => i > 0 && i % 50 === 7);
  for (const t of auditTables) {
    emit(`CREATE FUNCTION ${t.schema}.audit_${t.name}() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO public.audit_log (table_name, operation, row_id, row_data)
  VALUES (TG_TABLE_NAME, TG_OP, COALESCE(NEW.id, OLD.id), to_jsonb(COALESCE(NEW, OLD)));
  RETURN COALESCE(NEW, OLD);
END;
$$;`);
  }

  const columnSql = (c: ColumnSpec): string =>
    `    ${c.name} ${c.type}${c.default !== undefined ? ` DEFAULT ${c.default}` : ''}${c.notNull ? ' NOT NULL' : ''}`;
  const tail: string[] = [];
  tables.forEach((t) => {
    const checkNames = t.checks.map((check) => `    CONSTRAINT ${objectName(t.name, /\(\(?(?:char_length\()?(\w+)/.exec(check)?.[1] ?? 'value', 'check')} ${check}`);
    emit(`CREATE TABLE ${q(t)} (\n${[...t.columns.map(columnSql), ...checkNames].join(',\n')}\n);`);
    if (chance(0.3)) emit(`COMMENT ON TABLE ${q(t)} IS ${quote(`${t.name.replace(/_/g, ' ')}: one row per ${t.name.split('_').at(-1)}`)};`);
    if (chance(0.15)) {
      const c = t.columns[Math.min(t.columns.length - 1, 1 + Math.floor(random() * (t.columns.length - 1)))]!;
      emit(`COMMENT ON COLUMN ${q(t)}.${c.name} IS ${quote(`The ${c.name.replace(/_/g, ' ')} (kept for reporting)`)};`);
    }
    if (t.identity === 'identity') {
      tail.push(`ALTER TABLE ${q(t)} ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ${t.schema}.${objectName(t.name, 'id', 'seq')}
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);`);
    } else {
      const seq = `${t.schema}.${objectName(t.name, 'id', 'seq')}`;
      emit(`CREATE SEQUENCE ${seq}\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;`);
      emit(`ALTER SEQUENCE ${seq} OWNED BY ${q(t)}.id;`);
      tail.push(`ALTER TABLE ONLY ${q(t)} ALTER COLUMN id SET DEFAULT nextval('${seq}'::regclass);`);
    }
  });

  // Partitioned tables: a parent by month, 12 partitions each, attached as pg_dump does.
  const partitioned: { parent: string; name: string; partitions: string[]; account: TableSpec }[] = [];
  const eventColumns = (account: TableSpec): string =>
    [
      '    id uuid DEFAULT gen_random_uuid() NOT NULL',
      `    ${account.name.split('_')[0]}_id bigint NOT NULL`,
      '    kind text NOT NULL',
      '    payload jsonb',
      '    created_at timestamp with time zone NOT NULL',
    ].join(',\n');
  for (let p = 0; p < partitionedCount; p++) {
    const name = p === 0 ? 'activity_events' : `activity_events_${p + 1}`;
    const account = tables[1 + (p % Math.max(1, Math.min(10, tables.length - 1)))]!;
    emit(`CREATE TABLE public.${name} (\n${eventColumns(account)}\n)\nPARTITION BY RANGE (created_at);`);
    const partitions: string[] = [];
    for (let m = 1; m <= partitionsEach; m++) {
      const partition = `${name}_2024_${String(m).padStart(2, '0')}`;
      partitions.push(partition);
      emit(`CREATE TABLE public.${partition} (\n${eventColumns(account)}\n);`);
    }
    partitioned.push({ parent: `public.${name}`, name, partitions, account });
  }

  // Views over ~5% of the tables (a table joined to what it references); a few over other views.
  const views: string[] = [];
  const viewCount = Math.max(1, Math.round(tableCount * 0.05));
  for (let v = 0; v < viewCount; v++) {
    const t = tables[1 + Math.floor(random() * (tables.length - 1))]!;
    const name = `${t.name}_view_${v + 1}`;
    const fk = t.foreignKeys.find((f) => tables[f.target] !== t);
    const cols = t.columns.slice(0, 4).map((c) => `t.${c.name}`);
    if (views.length > 0 && chance(0.15)) {
      const base = pick(views);
      emit(`CREATE VIEW public.${name} AS\n SELECT b.*\n   FROM ${base} b\n  LIMIT 100;`);
    } else if (fk) {
      const r = tables[fk.target]!;
      emit(`CREATE VIEW public.${name} AS\n SELECT ${cols.join(',\n    ')},\n    r.created_at AS ${r.name.split('_')[0]}_created_at\n   FROM (${q(t)} t\n     JOIN ${q(r)} r ON ((r.id = t.${fk.column})))${t.hasDeletedAt ? '\n  WHERE (t.deleted_at IS NULL)' : ''};`);
    } else {
      emit(`CREATE VIEW public.${name} AS\n SELECT ${cols.join(',\n    ')}\n   FROM ${q(t)} t${t.hasDeletedAt ? '\n  WHERE (t.deleted_at IS NULL)' : ''};`);
    }
    views.push(`public.${name}`);
    if (chance(0.2)) emit(`COMMENT ON VIEW public.${name} IS 'Reporting view';`);
  }
  // Materialized views: counts per referenced row, with the unique index REFRESH CONCURRENTLY needs.
  const matviews: { name: string; key: string }[] = [];
  const matviewCount = 2 + Math.floor(tableCount / 2000);
  for (let m = 0; m < matviewCount; m++) {
    const t = tables.filter((x) => x.foreignKeys.length > 0)[m * 7] ?? tables[1]!;
    const fk = t.foreignKeys[0];
    const key = fk?.column ?? 'id';
    const name = `${t.name}_stats_${m + 1}`;
    emit(`CREATE MATERIALIZED VIEW public.${name} AS\n SELECT ${key},\n    count(*) AS row_count,\n    max(created_at) AS last_created_at\n   FROM ${q(t)}\n  GROUP BY ${key}\n  WITH NO DATA;`);
    matviews.push({ name, key });
  }

  for (const p of partitioned) {
    p.partitions.forEach((partition, m) => {
      const from = `2024-${String(m + 1).padStart(2, '0')}-01 00:00:00+00`;
      const to = m === 11 ? '2025-01-01 00:00:00+00' : `2024-${String(m + 2).padStart(2, '0')}-01 00:00:00+00`;
      emit(`ALTER TABLE ONLY ${p.parent} ATTACH PARTITION public.${partition} FOR VALUES FROM (${quote(from)}) TO (${quote(to)});`);
    });
  }
  for (const sql of tail) emit(sql);

  // Keys and unique constraints.
  for (const t of tables) {
    emit(`ALTER TABLE ONLY ${q(t)}\n    ADD CONSTRAINT ${t.name}_pkey PRIMARY KEY (id);`);
    for (const columns of t.uniques) emit(`ALTER TABLE ONLY ${q(t)}\n    ADD CONSTRAINT ${objectName(t.name, columns.join('_'), 'key')} UNIQUE (${columns.join(', ')});`);
  }
  const attachIndexes: string[] = [];
  for (const p of partitioned) {
    emit(`ALTER TABLE ONLY ${p.parent}\n    ADD CONSTRAINT ${p.name}_pkey PRIMARY KEY (id, created_at);`);
    for (const partition of p.partitions) {
      emit(`ALTER TABLE ONLY public.${partition}\n    ADD CONSTRAINT ${partition}_pkey PRIMARY KEY (id, created_at);`);
      attachIndexes.push(`ALTER INDEX public.${p.name}_pkey ATTACH PARTITION public.${partition}_pkey;`);
    }
  }

  // Indexes: most foreign keys, some partial and expression indexes.
  for (const t of tables) {
    for (const fk of t.foreignKeys) {
      if (!chance(0.85)) continue;
      const where = t.hasDeletedAt && chance(0.4) ? ' WHERE (deleted_at IS NULL)' : '';
      emit(`CREATE INDEX ${objectName(t.name, fk.column, 'idx')} ON ${q(t)} USING btree (${fk.column})${where};`);
    }
    if (t.textColumn && chance(0.1)) emit(`CREATE INDEX ${objectName(t.name, `lower_${t.textColumn}`, 'idx')} ON ${q(t)} USING btree (lower(${t.textColumn}));`);
    if (chance(0.05)) emit(`CREATE INDEX ${objectName(t.name, 'created_at', 'idx')} ON ${q(t)} USING btree (created_at DESC) WHERE (created_at > '2024-01-01 00:00:00+00'::timestamp with time zone);`);
  }
  for (const m of matviews) emit(`CREATE UNIQUE INDEX ${m.name}_key_idx ON public.${m.name} USING btree (${m.key});`);
  for (const p of partitioned) {
    const column = `${p.account.name.split('_')[0]}_id`;
    emit(`CREATE INDEX ${p.name}_${column}_idx ON ONLY ${p.parent} USING btree (${column});`);
    for (const partition of p.partitions) {
      emit(`CREATE INDEX ${partition}_${column}_idx ON public.${partition} USING btree (${column});`);
      attachIndexes.push(`ALTER INDEX public.${p.name}_${column}_idx ATTACH PARTITION public.${partition}_${column}_idx;`);
    }
  }
  for (const sql of attachIndexes) emit(sql);

  // Triggers.
  for (const t of tables) {
    if (t.hasUpdatedAt && chance(0.35)) {
      emit(`CREATE TRIGGER ${objectName(t.name, 'set', 'updated_at')} BEFORE UPDATE ON ${q(t)} FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();`);
    }
  }
  for (const t of auditTables) {
    emit(`CREATE TRIGGER ${objectName(t.name, 'audit', 'trigger')} AFTER INSERT OR DELETE OR UPDATE ON ${q(t)} FOR EACH ROW EXECUTE FUNCTION ${t.schema}.audit_${t.name}();`);
  }

  // Foreign keys last, as pg_dump orders them.
  for (const t of tables) {
    for (const fk of t.foreignKeys) {
      const target = tables[fk.target]!;
      emit(`ALTER TABLE ONLY ${q(t)}\n    ADD CONSTRAINT ${objectName(t.name, fk.column, 'fkey')} FOREIGN KEY (${fk.column}) REFERENCES ${q(target)}(id)${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ''};`);
    }
  }
  for (const p of partitioned) {
    const column = `${p.account.name.split('_')[0]}_id`;
    emit(`ALTER TABLE ${p.parent}\n    ADD CONSTRAINT ${p.name}_${column}_fkey FOREIGN KEY (${column}) REFERENCES ${q(p.account)}(id);`);
  }
  out.push('--\n-- PostgreSQL database dump complete\n--\n');
  return out.join('\n');
}

const isMain = typeof process !== 'undefined' && process.argv[1] !== undefined && /generate-schema\.[jt]s$/.test(process.argv[1]);
if (isMain) {
  const tables = Number(process.argv[2] ?? 500);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(generateSchema(tables, seed));
}
