/**
 * The benchmark's synthetic schema is realistic, valid SQL: the 500-table output imports with no
 * issue at all, runs on Postgres (PGlite) with no statement rejected, and Postgres's catalog then
 * holds exactly what the model says; and the model printed back builds the same catalog
 * (verifyMigration with an empty migration). Deterministic: the same size and seed, the same text.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { generateSchema } from '../../bench/generate-schema';
import { summarize } from '../../src/core/model';
import { importSql, initParser } from '../../src/core/parse';
import { printSchema } from '../../src/core/sql';
import { verifyMigration } from '../../src/core/verify';
import { runOnPglite } from '../support/pglite-oracle';

beforeAll(async () => {
  await initParser();
});

describe('generateSchema', () => {
  const sql = generateSchema(500);

  test('is deterministic and sized as asked', () => {
    expect(generateSchema(500)).toBe(sql);
    expect(generateSchema(500, 2)).not.toBe(sql);
    const { schema } = importSql(sql);
    const summary = summarize(schema);
    expect(summary.tables).toBe(500);
    // Realistic proportions: what the generator's header promises.
    expect(summary.columns / summary.tables).toBeGreaterThan(8);
    expect(summary.foreignKeys / summary.tables).toBeGreaterThan(1.2);
    expect(summary.partialIndexes).toBeGreaterThan(20);
    expect(summary.triggers).toBeGreaterThan(50);
    expect(summary.views).toBeGreaterThanOrEqual(20);
    expect(summary.materializedViews).toBeGreaterThanOrEqual(2);
    expect(Object.values(schema.tables).filter((t) => t.partitionOf)).toHaveLength(12);
    expect(Object.values(schema.tables).some((t) => t.foreignKeys.some((fk) => fk.references.name === t.name))).toBe(true);
    expect(Object.values(schema.types).filter((t) => t.kind === 'enum').length).toBeGreaterThanOrEqual(10);
    expect(Object.values(schema.routines).length).toBeGreaterThan(5);
  });

  test('500 tables: imports with no issue, loads on PGlite, and the catalog matches the model', async () => {
    const result = importSql(sql);
    expect(result.issues).toEqual([]);
    expect(result.stats.syntaxErrors).toBe(0);
    const oracle = await runOnPglite(sql);
    expect(oracle.failed.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    expect(oracle.counts).toEqual(summarize(result.schema));
  }, 240_000);

  test('500 tables: the model printed back builds the same catalog on PGlite', async () => {
    const { schema } = importSql(sql);
    const verified = await verifyMigration({ baselineSql: sql, upSql: 'SELECT 1;', targetSql: printSchema(schema) });
    expect(verified.baselineFailures).toEqual([]);
    expect(verified.up.filter((r) => !r.ok)).toEqual([]);
    expect(verified.upDifferences).toEqual([]);
    expect(verified.ok).toBe(true);
  }, 240_000);
});
