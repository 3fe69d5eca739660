/**
 * The Postgres version a migration is planned for. Users run 13 to 18; the planner never emits
 * syntax or behaviour the target lacks: where a newer form exists it picks the one the version
 * supports, and where the design itself needs a newer server it refuses, saying so.
 */
export const PG_VERSIONS = [13, 14, 15, 16, 17, 18] as const;
export type PgVersion = (typeof PG_VERSIONS)[number];
export const DEFAULT_PG_VERSION: PgVersion = 16;

/** The first major version with each feature the planner cares about. */
export const FEATURE_SINCE = {
  /** DETACH PARTITION ... CONCURRENTLY */
  detachConcurrently: 14,
  /** UNIQUE NULLS NOT DISTINCT (constraints and indexes) */
  nullsNotDistinct: 15,
  /** ON DELETE SET NULL / SET DEFAULT (column list) */
  onDeleteSetColumns: 15,
  /** CREATE VIEW ... WITH (security_invoker) */
  securityInvoker: 15,
  /** ALTER COLUMN ... SET EXPRESSION AS (...) */
  setExpression: 17,
  /** Identity columns on partitioned tables */
  identityOnPartitioned: 17,
  /** Exclusion constraints on partitioned tables */
  exclusionOnPartitioned: 17,
  /** Virtual generated columns (and GENERATED ... without STORED meaning virtual) */
  virtualGenerated: 18,
  /** ALTER TABLE ... ADD CONSTRAINT ... NOT NULL ... NOT VALID */
  notNullNotValid: 18,
  /** Foreign keys on partitioned tables added NOT VALID */
  notValidForeignKeyOnPartitioned: 18,
  /** Temporal keys: PRIMARY KEY / UNIQUE (..., r WITHOUT OVERLAPS), FOREIGN KEY (..., PERIOD r) */
  temporalKeys: 18,
} as const;

export type Feature = keyof typeof FEATURE_SINCE;

export function supports(version: number, feature: Feature): boolean {
  return version >= FEATURE_SINCE[feature];
}

/** A version given by a user (CLI flag, stored document): one of PG_VERSIONS, else undefined. */
export function parsePgVersion(value: unknown): PgVersion | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return (PG_VERSIONS as readonly number[]).includes(n) ? (n as PgVersion) : undefined;
}
