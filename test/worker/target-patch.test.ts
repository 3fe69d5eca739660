/**
 * The target's trip from the worker to the UI as patches (src/worker/target-patch.ts): what the
 * UI rebuilds equals what the worker derived, objects that did not change keep their identity on
 * the UI's side, and a patch never applies to a state the UI does not hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyChanges } from '../../src/core/changes/apply';
import type { Schema } from '../../src/core/model';
import { importSql, initParser } from '../../src/core/parse';
import { TargetDecoder, TargetEncoder } from '../../src/worker/target-patch';

import { CORPUS_DIR } from '../support/corpus';
const FILES = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort();

beforeAll(async () => {
  await initParser();
});

/** The wire: what postMessage does to the patch (a structured clone). */
function send<T>(value: T): T {
  return structuredClone(value);
}

describe('target patches', () => {
  test.each(FILES)('%s: the model is plain JSON (JSON text copies it exactly)', (file) => {
    const { schema } = importSql(readFileSync(join(CORPUS_DIR, file), 'utf8'));
    expect(JSON.parse(JSON.stringify(schema))).toStrictEqual(structuredClone(schema));
  });

  test('a sequence of derivations arrives equal, sharing what did not change', () => {
    const text = readFileSync(join(CORPUS_DIR, 'pagila.sql'), 'utf8');
    const first = importSql(text).schema;
    const encoder = new TargetEncoder();
    const decoder = new TargetDecoder();

    const one = decoder.decode(send(encoder.encode(first, decoder.base)));
    expect(one).toStrictEqual(first);

    // The same schema again, derived anew (new objects, same content): the UI keeps its own.
    const again = decoder.decode(send(encoder.encode(importSql(text).schema, decoder.base)));
    expect(again).toBe(one);

    // One table changed, one dropped, one added: the others are the UI's previous objects.
    const keys = Object.keys(first.tables);
    const [changedKey, droppedKey] = [keys[0]!, keys[1]!];
    const changed = applyChanges(first, [
      { kind: 'add-column', table: { schema: first.tables[changedKey]!.schema, name: first.tables[changedKey]!.name }, column: { name: 'added', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false } },
    ] as never);
    const edited: Schema = structuredClone(changed);
    delete edited.tables[droppedKey];
    edited.tables['public.brand_new'] = { ...structuredClone(first.tables[keys[2]!]!), name: 'brand_new' };
    const patch = send(encoder.encode(edited, decoder.base));
    expect(patch.maps.tables?.set.map(([key]) => key).sort()).toEqual([changedKey, 'public.brand_new'].sort());
    expect(patch.maps.views).toBeUndefined();
    const two = decoder.decode(patch);
    expect(two).toStrictEqual(edited);
    expect(Object.keys(two.tables)).toEqual(Object.keys(edited.tables));
    expect(two.tables[keys[3]!]).toBe(one.tables[keys[3]!]);
    expect(two.tables[changedKey]).not.toBe(one.tables[changedKey]);
    expect(two.views).toBe(one.views);
  });

  test('a UI that does not hold the patched state gets the whole target', () => {
    const schema = importSql('CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int);').schema;
    const encoder = new TargetEncoder();
    const decoder = new TargetDecoder();
    decoder.decode(send(encoder.encode(schema, decoder.base)));
    const fresh = new TargetDecoder();
    const whole = encoder.encode(schema, fresh.base);
    expect(whole.base).toBe(0);
    expect(fresh.decode(send(whole))).toStrictEqual(schema);
    // A patch for a state the decoder does not hold is refused, not applied to the wrong one.
    const patch = encoder.encode(schema, fresh.base);
    expect(patch.base).not.toBe(0);
    expect(() => new TargetDecoder().decode(send(patch))).toThrow(/state/);
  });
});
