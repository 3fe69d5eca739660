/**
 * The target schema on its way from the worker to the UI, as what changed since the last reply.
 *
 * A keystroke changes one or two objects of a schema of thousands, but a structured clone of the
 * whole model costs tens of milliseconds on each side (on 500 tables, ~44 ms in V8 for the
 * round trip), and every object the UI receives is new, so every memoized canvas node draws
 * again. So the worker sends, per object map of the schema (tables, views, ...), only the entries
 * that differ from what it sent last (compared as JSON values), as JSON text; the UI parses those
 * and keeps its own objects for the rest, which therefore keep their identity (structural
 * sharing).
 *
 * Both sides hold a numbered state: the request says which state the UI holds (`base`), and the
 * worker patches against its own last state only when the numbers agree, else sends everything.
 * The model is plain JSON data (DESIGN.md §3), so JSON text is a lossless copy of it.
 */
import type { Schema } from '../core/model';

/** Which fields of Schema are maps of objects (sent entry by entry); the others are sent whole. */
const MAPS = {
  namespaces: true,
  extensions: true,
  tables: true,
  views: true,
  types: true,
  sequences: true,
  routines: true,
  opaque: true,
  collations: true,
  statistics: true,
  defaultPrivileges: true,
  other: false,
  dynamicSql: false,
} as const satisfies Record<keyof Schema, boolean>;

type MapField = { [K in keyof typeof MAPS]: (typeof MAPS)[K] extends true ? K : never }[keyof typeof MAPS];
type WholeField = Exclude<keyof Schema, MapField>;

const MAP_FIELDS = (Object.keys(MAPS) as (keyof Schema)[]).filter((k): k is MapField => MAPS[k]);
const WHOLE_FIELDS = (Object.keys(MAPS) as (keyof Schema)[]).filter((k): k is WholeField => !MAPS[k]);

interface MapPatch {
  /** Entries added or changed: key and JSON text. */
  set: [string, string][];
  /** Every key in order, when the keys or their order changed (removals included). */
  keys?: string[];
}

export interface TargetPatch {
  /** The state this patch makes (the UI sends it back as the next request's `base`). */
  state: number;
  /** The state it applies to; 0: a whole schema, applies to anything. */
  base: number;
  maps: Partial<Record<MapField, MapPatch>>;
  /** JSON text of the other fields. */
  whole: string;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two plain-JSON values are equal as JSON would write them (objects compared key by key,
 * in any order). Cheaper than writing both out: nothing is allocated, and most entries are
 * equal. A property set to undefined counts as present, so at worst an equal entry is sent.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!(key in y) || !sameJson(x[key], y[key])) return false;
    count++;
  }
  for (const _key in y) count--;
  return count === 0;
}

/** The worker's side: remembers the schema it sent last. */
export class TargetEncoder {
  private state = 0;
  private sent: Schema | undefined;

  /** `base`: the state the UI holds (from its request). */
  encode(schema: Schema, base: number | undefined): TargetPatch {
    const before = this.sent !== undefined && base === this.state ? this.sent : undefined;
    const maps: TargetPatch['maps'] = {};
    for (const field of MAP_FIELDS) {
      const entries = schema[field] as Record<string, unknown>;
      const old = before?.[field] as Record<string, unknown> | undefined;
      const set: [string, string][] = [];
      const keys = Object.keys(entries);
      for (const key of keys) {
        const value = entries[key];
        if (old === undefined || !(key in old) || !sameJson(old[key], value)) set.push([key, JSON.stringify(value)]);
      }
      const keysChanged = old === undefined || !sameKeys(keys, Object.keys(old));
      if (set.length > 0 || keysChanged) maps[field] = keysChanged ? { set, keys } : { set };
    }
    const whole = JSON.stringify(Object.fromEntries(WHOLE_FIELDS.map((f) => [f, schema[f]])));
    const patch: TargetPatch = { state: this.state + 1, base: before ? this.state : 0, maps, whole };
    this.state = patch.state;
    this.sent = schema;
    return patch;
  }
}

/** The UI's side: rebuilds the schema, keeping its own objects where nothing changed. */
export class TargetDecoder {
  private state = 0;
  private current: Schema | undefined;
  private currentWhole = '';

  /** Forgets the target: the next request asks for a whole one. */
  reset(): void {
    this.state = 0;
    this.current = undefined;
    this.currentWhole = '';
  }

  /** The state to send as the next request's `base`. */
  get base(): number {
    return this.state;
  }

  decode(patch: TargetPatch): Schema {
    const steps = this.decodeSteps(patch);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * `decode`, giving the main thread back every `budgetMs` (a whole 3,800-table target is a few
   * hundred milliseconds of JSON.parse): the page stays responsive while a big reply is read.
   */
  async decodeInSlices(patch: TargetPatch, budgetMs = 12): Promise<Schema> {
    const steps = this.decodeSteps(patch);
    let sliceStart = performance.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (performance.now() - sliceStart > budgetMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
  }

  /** The decoding, one entry per step; the state changes only at the end (nothing half done is kept). */
  private *decodeSteps(patch: TargetPatch): Generator<void, Schema> {
    const previous = patch.base === 0 ? undefined : this.current;
    if (patch.base !== 0 && (patch.base !== this.state || !previous)) {
      throw new Error(`target patch for state ${patch.base}, but the UI holds state ${this.state}`);
    }
    const unchanged = previous !== undefined && Object.keys(patch.maps).length === 0 && patch.whole === this.currentWhole;
    const schema = unchanged ? previous : ({ ...JSON.parse(patch.whole) } as Schema);
    if (!unchanged) {
      for (const field of MAP_FIELDS) {
        const change = patch.maps[field];
        const old = previous?.[field] as Record<string, unknown> | undefined;
        if (!change) {
          (schema as unknown as Record<string, unknown>)[field] = old ?? {};
          continue;
        }
        const set = new Map(change.set);
        const keys = change.keys ?? Object.keys(old ?? {});
        const rebuilt: Record<string, unknown> = {};
        for (const key of keys) {
          const text = set.get(key);
          rebuilt[key] = text !== undefined ? JSON.parse(text) : old?.[key];
          if (text !== undefined) yield;
        }
        (schema as unknown as Record<string, unknown>)[field] = rebuilt;
      }
    }
    if (patch.base !== 0 && patch.base !== this.state) throw new Error(`target patch for state ${patch.base}, but the UI holds state ${this.state}`);
    this.state = patch.state;
    this.current = schema;
    this.currentWhole = patch.whole;
    return schema;
  }
}

/** Entries a patch sets: a big one is decoded in slices. */
export function patchSize(patch: TargetPatch): number {
  let size = 0;
  for (const change of Object.values(patch.maps)) size += change?.set.length ?? 0;
  return size;
}
