/**
 * Pattern parameters: validation of the values a document or a rule fix carries, and parsing of
 * the text the CLI receives (`--param history-table.actorSetting=app.user`).
 */
import type { ParamSpec } from './types';

export type ParamResult<P> = { ok: true; params: P } | { ok: false; errors: string[] };

function describe(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${(spec.choices ?? []).join(', ')}`;
    case 'columns':
      return 'a list of column names';
    case 'table':
      return 'a table name (schema.table or table)';
    case 'mapping':
      return 'a mapping of values to table names';
  }
}

/** Text Postgres can hold: no NUL character (names and literals alike). */
const isText = (value: unknown): value is string => typeof value === 'string' && !value.includes('\0');

function valid(spec: ParamSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'string':
    case 'table':
      return isText(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).includes(value);
    case 'columns':
      return Array.isArray(value) && value.every((v) => isText(v) && v !== '');
    case 'mapping':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(value).every(([k, v]) => isText(k) && isText(v) && v !== '');
  }
}

/** `params` over `defaults`, or every error: unknown names (with the valid ones) and wrong types (text with a NUL included). */
export function validateParams<P extends object>(patternId: string, specs: ParamSpec[], defaults: P, params: Record<string, unknown> | undefined): ParamResult<P> {
  const errors: string[] = [];
  const known = specs.map((s) => s.name);
  for (const [name, value] of Object.entries(params ?? {})) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      errors.push(`unknown parameter ${name} for ${patternId}${known.length > 0 ? ` (valid: ${known.join(', ')})` : ' (it takes none)'}`);
      continue;
    }
    if (value === undefined) continue;
    if (!valid(spec, value)) errors.push(`parameter ${name} of ${patternId} must be ${describe(spec)}, not ${JSON.stringify(value)}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const merged = { ...defaults } as Record<string, unknown>;
  // An empty text means the default (the forms say "empty: ..."), also where the default is a name.
  for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined && value !== '') merged[name] = value;
  return { ok: true, params: merged as P };
}

/**
 * A parameter's value from command-line text: booleans `true`/`false` (or `yes`/`no`, `on`/`off`,
 * `1`/`0`), columns `a,b`, a mapping `Post=posts,Video=public.videos` (`:` works too).
 */
export function parseParamText(spec: ParamSpec, text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  switch (spec.kind) {
    case 'string':
    case 'table':
      return { ok: true, value: text };
    case 'boolean': {
      const t = text.toLowerCase();
      if (['true', 'yes', 'on', '1', ''].includes(t)) return { ok: true, value: true };
      if (['false', 'no', 'off', '0'].includes(t)) return { ok: true, value: false };
      return { ok: false, error: `${spec.name} must be true or false, not ${text}` };
    }
    case 'choice':
      return (spec.choices ?? []).includes(text) ? { ok: true, value: text } : { ok: false, error: `${spec.name} must be one of ${(spec.choices ?? []).join(', ')}, not ${text}` };
    case 'columns':
      return { ok: true, value: text.split(',').map((c) => c.trim()).filter((c) => c !== '') };
    case 'mapping': {
      const mapping: Record<string, string> = {};
      for (const pair of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
        const at = pair.search(/[=:]/);
        if (at <= 0 || at === pair.length - 1) return { ok: false, error: `${spec.name} must be value=table pairs separated by commas, not ${text}` };
        mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
      }
      return { ok: true, value: mapping };
    }
  }
}
