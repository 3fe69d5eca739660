export * from './types';
export { DocumentError, parseDocumentJson, serializeDocument, upgradeDocument } from './upgrade';
export { deriveDocument } from './derive';
export type { DeriveOptions, DerivedDocument, EditProblem } from './derive';
export { applyDocumentPatterns } from './patterns';
export type { AppliedPatterns, PatternOutcome } from './patterns';
export { decodeShareFragment, encodeShareFragment, isShareFragment, ShareLinkError, SHARE_PREFIX, MAX_SHARE_FRAGMENT } from './share';
export { checkDocumentContent, type DocumentContent } from './content';
export { loadDocument, readDocument } from './load';
