export * from './types';
export { applyChanges, ChangeError } from './apply';
