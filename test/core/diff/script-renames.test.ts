/** scriptRenames: the renames a target script appends to its baseline, as the differ needs them. */
import { beforeAll, describe, expect, test } from 'vitest';
import { diff, scriptRenames } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';

beforeAll(async () => {
  await initParser();
});

const BASE = `CREATE TABLE users (id int PRIMARY KEY, username text, legacy text);
CREATE INDEX users_username_idx ON users (username);
`;

function renamesOf(before: string, after: string) {
  return scriptRenames(importSql(before), importSql(after));
}

describe('scriptRenames', () => {
  test('the appended renames of objects the baseline has, chained renames followed to the final name', () => {
    const renames = renamesOf(BASE, `${BASE}ALTER TABLE users RENAME username TO login;
ALTER TABLE users RENAME COLUMN login TO handle;
ALTER INDEX users_username_idx RENAME TO users_handle_idx;
ALTER TABLE users RENAME TO accounts;`);
    expect(renames.map((r) => r.kind)).toEqual(['rename-column', 'rename-column', 'rename-index', 'rename-table']);
    const changes = diff(importSql(BASE).schema, importSql(`${BASE}ALTER TABLE users RENAME username TO handle; ALTER TABLE users RENAME TO accounts;`).schema, {
      renames: renamesOf(BASE, `${BASE}ALTER TABLE users RENAME username TO handle; ALTER TABLE users RENAME TO accounts;`),
    });
    expect(changes.map((c) => c.kind)).toEqual(['rename-column', 'rename-table']);
  });

  test('a rename of what the step creates, or renames away and then drops, is not one', () => {
    const renames = renamesOf(BASE, `${BASE}CREATE TABLE tmp (id int); ALTER TABLE tmp RENAME TO audit;
ALTER TABLE users RENAME COLUMN legacy TO legacy_old; ALTER TABLE users DROP COLUMN legacy_old; ALTER TABLE users ADD COLUMN legacy text;`);
    expect(renames).toEqual([]);
  });

  test('a target that does not extend the baseline gives none (two unrelated dumps)', () => {
    const before = `${BASE}ALTER TABLE users RENAME legacy TO notes;`;
    expect(renamesOf(before, `${BASE}ALTER TABLE users RENAME legacy TO remarks;`)).toEqual([]);
    expect(renamesOf(BASE, BASE)).toEqual([]);
  });
});
