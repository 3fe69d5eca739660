/** Monaco ships no declarations for its language definitions' tokenizer modules. */
declare module 'monaco-editor/languages/definitions/pgsql/pgsql' {
  import type { languages } from 'monaco-editor/editor/editor.api';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}

/** Editor contributions imported for their side effect (registration) only. */
declare module 'monaco-editor/editor/contrib/*';
