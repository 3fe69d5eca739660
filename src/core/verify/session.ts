/**
 * What the verifier needs from a database: run a script, run a query, close. PGlite has this
 * shape as it is; a real server's client (node-postgres in the tests) takes a thin adapter.
 */
export interface SqlSession {
  /** Runs one or more statements, results ignored. */
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

/** A fresh, empty database on each call. */
export type DatabaseFactory = () => Promise<SqlSession>;
