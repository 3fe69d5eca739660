export { lint, UNUSED_IGNORE_RULE } from './engine';
export type { LintOptions } from './engine';
export { RULES, RULES_BY_ID } from './registry';
export { parseRuleConfig, resolveSeverity, isSeverity } from './config';
export type { RuleConfig, PresetName } from './config';
export type { Diagnostic, Fix, Rule, RuleMeta, Severity, Target } from './types';
