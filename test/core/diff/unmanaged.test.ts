import { beforeAll, describe, expect, it } from 'vitest';
import { diff, unmanagedDifferences } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';

beforeAll(async () => {
  await initParser();
});

const schema = (sql: string) => importSql(sql).schema;

describe('unmanagedDifferences', () => {
  const table = 'CREATE TABLE t (id int PRIMARY KEY, v int);\n';

  it('says which objects the migration leaves out, where they differ', () => {
    const from = schema(`${table}CREATE AGGREGATE public.total(int) (SFUNC = int4pl, STYPE = int);\nCREATE PUBLICATION pub FOR TABLE t;\n`);
    const to = schema(`${table}CREATE AGGREGATE public.total(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');\nCREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;\nCREATE TEXT SEARCH CONFIGURATION public.english_simple (COPY = pg_catalog.english);\n`);
    // The differ emits nothing for any of them: without the notes the change would pass in silence.
    expect(diff(from, to)).toEqual([]);
    const notes = unmanagedDifferences(from, to);
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatch(/^Not migrated: aggregate public\.total is defined differently in the target/);
    expect(notes.find((n) => n.includes("rules (other than views')"))).toMatch(/0 in the source, 1 in the target/);
    expect(notes.find((n) => n.includes('publications'))).toMatch(/1 in the source, 0 in the target/);
    expect(notes.find((n) => n.includes('text search'))).toMatch(/0 in the source, 1 in the target/);
  });

  it('says nothing where they are the same, or where the differ migrates the change', () => {
    const same = `${table}CREATE AGGREGATE public.total(int) (SFUNC = int4pl, STYPE = int);\nCREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;\n`;
    expect(unmanagedDifferences(schema(same), schema(`${same}ALTER TABLE t ADD COLUMN w int;\n`))).toEqual([]);
  });
});
