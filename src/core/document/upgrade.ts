/**
 * Reading a document from outside (IndexedDB, a project file, a share link): validated field by
 * field, older formats upgraded to the current one. Errors say what is wrong and where
 * (`edits[3].kind: ...`), so a damaged file is not silently half-loaded.
 *
 * Format history:
 * - version 0 (no `version` field): an early draft kept only the text and the node positions,
 *   as `{ sql | sourceSql, name?, positions? }`.
 * - version 1: `{ version: 1, sourceName, sourceSql, edits, patterns, layout, ruleConfig?, importOptions? }`.
 */
import type { ChangeKind, SchemaChange } from '../changes/types';
import type { RuleConfig } from '../rules/config';
import { DOCUMENT_VERSION, type LayoutPoint, type PatternApplication, type SchemawiseDocument } from './types';

export class DocumentError extends Error {
  override name = 'DocumentError';
}

/** Every change kind, checked against the union at compile time. */
const CHANGE_KINDS: Record<ChangeKind, true> = {
  'add-schema': true, 'drop-schema': true, 'add-extension': true, 'drop-extension': true,
  'add-table': true, 'drop-table': true, 'rename-table': true, 'alter-table': true,
  'add-column': true, 'drop-column': true, 'rename-column': true, 'alter-column': true,
  'add-constraint': true, 'drop-constraint': true, 'rename-constraint': true, 'validate-constraint': true,
  'add-index': true, 'drop-index': true, 'rename-index': true,
  'add-view': true, 'replace-view': true, 'drop-view': true, 'rename-view': true,
  'add-type': true, 'drop-type': true, 'add-enum-value': true, 'rename-enum-value': true,
  'add-sequence': true, 'drop-sequence': true, 'alter-sequence': true,
  'add-routine': true, 'replace-routine': true, 'drop-routine': true,
  'add-trigger': true, 'drop-trigger': true, 'add-policy': true, 'drop-policy': true,
  'set-comment': true, 'data-migration': true,
};

const SEVERITIES = new Set(['off', 'info', 'warn', 'error']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function fail(path: string, message: string): never {
  throw new DocumentError(`${path}: ${message}`);
}

function string(input: Json, key: string, path = key): string {
  const value = input[key];
  if (typeof value !== 'string') fail(path, `expected text, found ${value === undefined ? 'nothing' : describe(value)}`);
  return value;
}

function qualifiedName(value: unknown, path: string): { schema: string; name: string } {
  if (!isObject(value)) fail(path, `expected {schema, name}, found ${describe(value)}`);
  return { schema: string(value, 'schema', `${path}.schema`), name: string(value, 'name', `${path}.name`) };
}

function edits(value: unknown): SchemaChange[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('edits', `expected a list of changes, found ${describe(value)}`);
  return value.map((change, i) => {
    if (!isObject(change)) fail(`edits[${i}]`, `expected a change object, found ${describe(change)}`);
    const kind = change.kind;
    if (typeof kind !== 'string' || !(kind in CHANGE_KINDS)) fail(`edits[${i}].kind`, `unknown change kind ${describe(kind)}`);
    return change as unknown as SchemaChange;
  });
}

function patterns(value: unknown): PatternApplication[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('patterns', `expected a list of pattern applications, found ${describe(value)}`);
  return value.map((item, i) => {
    const path = `patterns[${i}]`;
    if (!isObject(item)) fail(path, `expected {pattern, target?, params?}, found ${describe(item)}`);
    const application: PatternApplication = { pattern: string(item, 'pattern', `${path}.pattern`) };
    if (item.target !== undefined) application.target = qualifiedName(item.target, `${path}.target`);
    if (item.params !== undefined) {
      if (!isObject(item.params)) fail(`${path}.params`, `expected an object, found ${describe(item.params)}`);
      application.params = item.params;
    }
    return application;
  });
}

function layout(value: unknown, field: string): Record<string, LayoutPoint> {
  if (value === undefined) return {};
  if (!isObject(value)) fail(field, `expected an object of positions by node id, found ${describe(value)}`);
  const out: Record<string, LayoutPoint> = {};
  for (const [id, point] of Object.entries(value)) {
    const path = `${field}[${JSON.stringify(id)}]`;
    if (!isObject(point) || !Number.isFinite(point.x) || !Number.isFinite(point.y)) fail(path, `expected {x, y} numbers, found ${describe(point)}`);
    out[id] = { x: point.x as number, y: point.y as number };
  }
  return out;
}

function ruleConfig(value: unknown): RuleConfig | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) fail('ruleConfig', `expected an object, found ${describe(value)}`);
  const config: RuleConfig = {};
  if (value.preset !== undefined) {
    if (value.preset !== 'recommended' && value.preset !== 'strict') fail('ruleConfig.preset', `expected "recommended" or "strict", found ${describe(value.preset)}`);
    config.preset = value.preset;
  }
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) fail('ruleConfig.rules', `expected severities by rule id, found ${describe(value.rules)}`);
    for (const [id, severity] of Object.entries(value.rules)) {
      if (typeof severity !== 'string' || !SEVERITIES.has(severity)) fail(`ruleConfig.rules.${id}`, `expected off, info, warn or error, found ${describe(severity)}`);
    }
    config.rules = value.rules as RuleConfig['rules'];
  }
  if (value.options !== undefined) {
    if (!isObject(value.options) || !Object.values(value.options).every(isObject)) fail('ruleConfig.options', 'expected an object of option objects by rule id');
    config.options = value.options as RuleConfig['options'];
  }
  return config;
}

function fromVersion0(input: Json): SchemawiseDocument {
  const sql = input.sourceSql ?? input.sql;
  if (typeof sql !== 'string') fail('sourceSql', 'expected the SQL text (this does not look like a Schemawise document)');
  const name = input.sourceName ?? input.name;
  return {
    version: DOCUMENT_VERSION,
    sourceName: typeof name === 'string' && name ? name : 'untitled.sql',
    sourceSql: sql,
    edits: [],
    patterns: [],
    layout: layout(input.positions ?? input.layout, input.positions !== undefined ? 'positions' : 'layout'),
  };
}

function fromVersion1(input: Json): SchemawiseDocument {
  const doc: SchemawiseDocument = {
    version: DOCUMENT_VERSION,
    sourceName: string(input, 'sourceName'),
    sourceSql: string(input, 'sourceSql'),
    edits: edits(input.edits),
    patterns: patterns(input.patterns),
    layout: layout(input.layout, 'layout'),
  };
  const config = ruleConfig(input.ruleConfig);
  if (config) doc.ruleConfig = config;
  if (input.importOptions !== undefined) {
    const options = input.importOptions;
    if (!isObject(options)) fail('importOptions', `expected an object, found ${describe(options)}`);
    if (options.strictSchemas !== undefined && typeof options.strictSchemas !== 'boolean') {
      fail('importOptions.strictSchemas', `expected true or false, found ${describe(options.strictSchemas)}`);
    }
    if (options.strictSchemas) doc.importOptions = { strictSchemas: true };
  }
  return doc;
}

/**
 * A valid current-version document from `input` (parsed JSON), or a DocumentError saying what
 * is wrong. Never returns `input` itself: the result is a fresh object.
 */
export function upgradeDocument(input: unknown): SchemawiseDocument {
  if (!isObject(input)) throw new DocumentError(`Not a Schemawise document: expected a JSON object, found ${describe(input)}`);
  const version = input.version;
  if (version === undefined) return fromVersion0(input);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('version', `expected a format version number, found ${describe(version)}`);
  if (version > DOCUMENT_VERSION) {
    throw new DocumentError(`This document was made by a newer Schemawise (format version ${version}; this app reads versions up to ${DOCUMENT_VERSION}). Update the app to open it.`);
  }
  return fromVersion1(input);
}

/** `upgradeDocument` over JSON text, with a clear error when the text is not JSON. */
export function parseDocumentJson(text: string): SchemawiseDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DocumentError(`Not a Schemawise document: the file is not valid JSON (${(error as Error).message})`);
  }
  return upgradeDocument(value);
}

/** The document as a project file (`.schemawise.json`): stable key order, readable. */
export function serializeDocument(doc: SchemawiseDocument): string {
  const ordered: SchemawiseDocument = {
    version: doc.version,
    sourceName: doc.sourceName,
    sourceSql: doc.sourceSql,
    edits: doc.edits,
    patterns: doc.patterns,
    layout: doc.layout,
  };
  if (doc.ruleConfig) ordered.ruleConfig = doc.ruleConfig;
  if (doc.importOptions?.strictSchemas) ordered.importOptions = { strictSchemas: true };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
