export { applyPatterns, allowsDestructive, dataMigrations } from './apply';
export type { ApplicationResult, AppliedPatterns } from './apply';
export { PATTERNS, PATTERNS_BY_ID } from './registry';
export { parseParamText, validateParams } from './params';
export { PATTERN_IDS, PatternError, isPatternId } from './types';
export type { Applicability, ParamKind, ParamSpec, Pattern, PatternApplication, PatternId, PatternScope } from './types';
