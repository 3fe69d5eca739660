import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyChanges } from '../../../src/core/changes';
import rule from '../../../src/core/rules/no-set-null-on-not-null-column';
import { printSchema } from '../../../src/core/sql/print-schema';
import { freshPglite } from '../../support/pglite-oracle';
import { importClean, lintWith, ruleTester } from './rule-tester';

const parents = 'CREATE TABLE chains (code text NOT NULL, id int NOT NULL, PRIMARY KEY (code, id));';

ruleTester(rule, {
  valid: [
    `CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE posts (id int PRIMARY KEY, author_id int REFERENCES users ON DELETE SET NULL);`,
    {
      name: 'a column list nulls only the nullable column (Postgres 15+)',
      sql: `${parents} CREATE TABLE txs (id int PRIMARY KEY, code text NOT NULL, block int, FOREIGN KEY (code, block) REFERENCES chains (code, id) ON DELETE SET NULL (block));`,
    },
    {
      name: 'SET DEFAULT on a NOT NULL column that has a default',
      sql: `${parents} CREATE TABLE txs (id int PRIMARY KEY, code text NOT NULL DEFAULT 'btc', block int NOT NULL DEFAULT 0, FOREIGN KEY (code, block) REFERENCES chains (code, id) ON DELETE SET DEFAULT);`,
    },
    {
      name: 'other actions on NOT NULL columns',
      sql: `${parents} CREATE TABLE txs (id int PRIMARY KEY, code text NOT NULL, block int NOT NULL, FOREIGN KEY (code, block) REFERENCES chains (code, id) ON DELETE CASCADE ON UPDATE RESTRICT);`,
    },
  ],
  invalid: [
    {
      name: 'a single NOT NULL column set to NULL on delete',
      sql: `CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE posts (id int PRIMARY KEY, author_id int NOT NULL REFERENCES users ON DELETE SET NULL);`,
      messages: 1,
    },
    {
      name: "a composite key's NOT NULL scope column is nulled with the rest",
      sql: `${parents} CREATE TABLE txs (id int PRIMARY KEY, code text NOT NULL, block int, FOREIGN KEY (code, block) REFERENCES chains (code, id) ON DELETE SET NULL);`,
      messages: 1,
    },
    {
      name: 'ON UPDATE SET NULL, and SET DEFAULT where there is no default',
      sql: `${parents} CREATE TABLE txs (id int PRIMARY KEY, code text NOT NULL, block int NOT NULL, FOREIGN KEY (code, block) REFERENCES chains (code, id) ON DELETE SET DEFAULT ON UPDATE SET NULL);`,
      messages: 2,
    },
  ],
});

describe('no-set-null-on-not-null-column agrees with Postgres (PGlite)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await freshPglite();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  test('the reported key makes a parent delete fail; the suggested column list lets it through', async () => {
    const sql = `${parents} CREATE TABLE txs (id int PRIMARY KEY, code text NOT NULL, block int, FOREIGN KEY (code, block) REFERENCES chains (code, id) ON DELETE SET NULL);`;
    const schema = await importClean(sql);
    const [finding] = lintWith(rule, schema);
    expect(finding?.message).toMatch(/code is NOT NULL: deleting a row of chains that txs references fails/);
    const data = `INSERT INTO chains VALUES ('btc', 1); INSERT INTO txs VALUES (1, 'btc', 1);`;

    await db.exec(`${printSchema(schema)} ${data}`);
    await expect(db.exec(`DELETE FROM chains`)).rejects.toThrow(/null value in column "code"/);

    const suggestion = finding!.suggestions?.[0];
    expect(suggestion?.kind).toBe('changes');
    const fixed = applyChanges(schema, suggestion!.kind === 'changes' ? suggestion!.changes : []);
    expect(lintWith(rule, fixed)).toEqual([]);
    await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public; ${printSchema(fixed)} ${data}`);
    await db.exec(`DELETE FROM chains`);
    expect((await db.query(`SELECT code, block FROM txs`)).rows).toEqual([{ code: 'btc', block: null }]);
  });
});
