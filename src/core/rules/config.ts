/**
 * Rule configuration: a preset (`recommended` or `strict`) plus per-rule severities and options,
 * from `schemawise.config.json` and the command line (`--rule id=severity`).
 */
import type { RuleMeta, Severity } from './types';

export type PresetName = 'recommended' | 'strict';

export interface RuleConfig {
  preset?: PresetName;
  rules?: Record<string, Severity>;
  options?: Record<string, Record<string, unknown>>;
}

const SEVERITIES: Severity[] = ['off', 'info', 'warn', 'error'];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as string[]).includes(value);
}

export function resolveSeverity(meta: RuleMeta, config: RuleConfig | undefined): Severity {
  const explicit = config?.rules?.[meta.id];
  if (explicit) return explicit;
  return config?.preset === 'strict' ? meta.strict : meta.recommended;
}

/**
 * Reads a config object (parsed JSON). Unknown rule ids and bad severities are errors with a
 * message naming them, so a typo does not silently disable a rule.
 */
export function parseRuleConfig(value: unknown, knownRules: Set<string>): RuleConfig {
  if (!value || typeof value !== 'object') throw new Error('config: expected a JSON object');
  const input = value as Record<string, unknown>;
  const config: RuleConfig = {};
  if (input.preset !== undefined) {
    if (input.preset !== 'recommended' && input.preset !== 'strict') throw new Error(`config: unknown preset "${String(input.preset)}" (recommended, strict)`);
    config.preset = input.preset;
  }
  if (input.rules !== undefined) {
    config.rules = {};
    config.options = {};
    for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!knownRules.has(id)) throw new Error(`config: unknown rule "${id}"`);
      // "warn", or ["warn", { option: value }] as in ESLint.
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (!isSeverity(severity)) throw new Error(`config: rule "${id}" has severity "${String(severity)}" (off, info, warn, error)`);
      config.rules[id] = severity;
      if (options && typeof options === 'object') config.options[id] = options as Record<string, unknown>;
    }
  }
  return config;
}
