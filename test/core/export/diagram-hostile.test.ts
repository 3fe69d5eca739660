/**
 * Mermaid and DBML exports of schemas with hostile names and texts (issue 14, item 10): a comment
 * holding `%%{init: ...}%%` must stay a comment (Mermaid read it as a directive anywhere in the
 * text), a backslash or quote in a type name must not break the DBML file. Each export is read
 * back by the format's own parser (mermaid, @dbml/core) and must hold exactly the model's tables,
 * columns, types, comments and references.
 */
import { Parser } from '@dbml/core';
import fc from 'fast-check';
import mermaid from 'mermaid';
import { describe, expect, test } from 'vitest';
import { toDbml, toMermaid } from '../../../src/core/export';
import { emptySchema, emptyTable, qualifiedKey, type Schema, type Table } from '../../../src/core/model';
import { relationships } from '../../../src/core/model/relationships';
import { shortType } from '../../../src/core/model/short-type';
import { hostileName, hostileText } from '../../support/hostile-schema';

const CASES = Number(process.env.DIAGRAM_CASES ?? 150);

interface DiagramCase {
  tables: { name: string; comment: string; columns: { name: string; comment: string; user: boolean }[] }[];
  typeName: string;
  labels: string[];
}

const diagramCase: fc.Arbitrary<DiagramCase> = fc.record({
  tables: fc.array(
    fc.record({
      name: hostileName,
      comment: hostileText,
      columns: fc.array(fc.record({ name: hostileName, comment: hostileText, user: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  typeName: hostileName,
  labels: fc.array(hostileName, { minLength: 1, maxLength: 3 }),
});

/** The case as a model: distinct names, an enum with a hostile name and labels, a foreign key from each table to the first. */
function build(c: DiagramCase): Schema {
  const schema = emptySchema();
  const typeName = `${c.typeName}_t`;
  schema.types[qualifiedKey('public', typeName)] = { kind: 'enum', schema: 'public', name: typeName, values: c.labels.map((l, i) => `${l}_${i}`) };
  const tables: Table[] = c.tables.map((t, i) => {
    const table = emptyTable('public', `${t.name}_${i}`);
    table.comment = t.comment;
    table.columns.push({ name: 'id', type: { name: 'bigint', modifiers: [], arrayDims: 0 }, notNull: true });
    t.columns.forEach((col, j) => {
      const type = col.user ? { schema: 'public', name: typeName, modifiers: [], arrayDims: 0 } : { name: 'text', modifiers: [], arrayDims: 0 };
      table.columns.push({ name: `${col.name}_${j}`, type, notNull: false, comment: col.comment });
    });
    table.primaryKey = { name: `${table.name}_pkey`, columns: ['id'], include: [], deferrable: false, initiallyDeferred: false };
    return table;
  });
  for (const [i, table] of tables.entries()) {
    if (i > 0) {
      table.columns.push({ name: 'parent_id', type: { name: 'bigint', modifiers: [], arrayDims: 0 }, notNull: false });
      table.foreignKeys.push({ name: `${table.name}_fk`, columns: ['parent_id'], references: { schema: 'public', name: tables[0]!.name }, referencedColumns: ['id'], onDelete: 'cascade', onUpdate: 'no-action', match: 'simple', notValid: false, deferrable: false, initiallyDeferred: false });
    }
    schema.tables[qualifiedKey('public', table.name)] = table;
  }
  return schema;
}

/** What Mermaid shows for its entity codes (its parser keeps them as placeholders until it draws). */
function shown(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/ﬂ°(\w+)¶ß/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? `#${name};`);
}

/** A note's text up to white space. */
const words = (text: string | null | undefined) => (text ?? '').split(/\s+/).filter(Boolean).join(' ');

const oneLine = (text: string) => text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');

describe('Mermaid', () => {
  test('a comment holding %%{init: ...}%% stays a comment', async () => {
    const schema = build({ tables: [{ name: 'notes', comment: '', columns: [{ name: 'body', comment: 'x %%{init: {"theme": "dark"}}%% y', user: false }] }, { name: 'other', comment: '', columns: [{ name: 'a', comment: '', user: false }] }], typeName: 't', labels: ['a'] });
    const text = toMermaid(schema);
    expect(await mermaid.parse(text)).toEqual({ diagramType: 'er', config: {} });
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const entities = [...(diagram.db as unknown as { getEntities(): Map<string, { attributes: { comment: string }[] }> }).getEntities().values()];
    expect(entities).toHaveLength(2);
    // The comment follows the notes the export puts first ("nullable; ...").
    expect(entities.flatMap((e) => e.attributes.map((a) => shown(a.comment))).filter((comment) => comment.endsWith('x %%{init: {"theme": "dark"}}%% y'))).toHaveLength(1);
  });

  test(`hostile names and comments: the parser reads exactly the model (${CASES} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(diagramCase, async (c) => {
        const schema = build(c);
        const text = toMermaid(schema);
        expect(await mermaid.parse(text)).toEqual({ diagramType: 'er', config: {} });
        const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as {
          getEntities(): Map<string, { label: string; attributes: { name: string; comment: string }[] }>;
          getRelationships(): unknown[];
        };
        const entities = [...db.getEntities().values()];
        expect(entities.map((e) => shown(e.label)).sort()).toEqual(Object.values(schema.tables).map((t) => oneLine(t.name)).sort());
        for (const table of Object.values(schema.tables)) {
          const entity = entities.find((e) => shown(e.label) === oneLine(table.name))!;
          expect(entity.attributes).toHaveLength(table.columns.length);
          // Every comment is shown whole, on one line, after the notes the export adds before it.
          table.columns.forEach((column, i) => {
            if (column.comment) expect(shown(entity.attributes[i]!.comment).endsWith(oneLine(column.comment))).toBe(true);
          });
        }
        expect(db.getRelationships()).toHaveLength(relationships(schema).length);
      }),
      { numRuns: CASES },
    );
  }, 120_000);
});

describe('DBML', () => {
  test('a backslash or a quote in a type name keeps the file readable', () => {
    for (const typeName of ['a\\b', 'a\\', 'a"b\\"', 'it\'s']) {
      const schema = build({ tables: [{ name: 't', comment: '', columns: [{ name: 'c', comment: '', user: true }] }], typeName, labels: ['x'] });
      const db = Parser.parse(toDbml(schema), 'dbmlv2');
      const field = db.schemas[0]!.tables[0]!.fields.find((f) => f.name === 'c_0')!;
      // The type keeps its SQL spelling (quoted when Postgres would quote it).
      expect(field.type.type_name).toBe(shortType({ name: `${typeName}_t`, modifiers: [], arrayDims: 0 }));
    }
  });

  test(`hostile names and comments: @dbml/core reads exactly the model (${CASES} cases)`, () => {
    fc.assert(
      fc.property(diagramCase, (c) => {
        const schema = build(c);
        const db = Parser.parse(toDbml(schema), 'dbmlv2');
        const publicSchema = db.schemas.find((s) => s.name === 'public')!;
        expect(publicSchema.tables.map((t) => t.name).sort()).toEqual(Object.values(schema.tables).map((t) => t.name).sort());
        for (const table of Object.values(schema.tables)) {
          const read = publicSchema.tables.find((t) => t.name === table.name)!;
          expect(read.fields.map((f) => f.name)).toEqual(table.columns.map((col) => col.name));
          expect(read.fields.map((f) => f.type.type_name)).toEqual(table.columns.map((col) => shortType(col.type)));
          // (@dbml/core trims each line of a note, and drops one that is only white space.)
          table.columns.forEach((col, i) => expect(words(read.fields[i]!.note)).toBe(words(col.comment)));
          expect(words(read.note)).toBe(words(table.comment));
        }
        const type = Object.values(schema.types)[0]!;
        expect(publicSchema.enums.map((e) => [e.name, e.values.map((v) => v.name)])).toEqual([[type.name, type.kind === 'enum' ? type.values : []]]);
        expect(db.schemas.flatMap((s) => s.refs)).toHaveLength(relationships(schema).length);
      }),
      { numRuns: CASES },
    );
  }, 120_000);
});
