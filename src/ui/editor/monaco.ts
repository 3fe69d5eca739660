/**
 * Monaco, as this app uses it. Loaded lazily (`load-monaco.ts`), after the first paint, in its
 * own chunk: the editor API, the few contributions the app needs (not `editor.main`, which
 * brings every language and feature), PostgreSQL highlighting and the core editor worker, all
 * bundled by Vite and served from the app's origin (nothing from a CDN).
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import { conf as pgsqlConf, language as pgsqlLanguage } from 'monaco-editor/languages/definitions/pgsql/pgsql';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { Diagnostic } from '../../core/rules';
import { fixesOf, ignoreEdit, MARKER_OWNER, type MarkerSpec } from './markers';

export { monaco };
export type Monaco = typeof monaco;

// The one worker the editor needs (word-based suggestions, diffing); no language services.
globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };

/** The language id of every model here. */
export const LANGUAGE = 'pgsql';

monaco.languages.register({ id: LANGUAGE, aliases: ['PostgreSQL', 'postgres'] });
monaco.languages.setLanguageConfiguration(LANGUAGE, pgsqlConf);
// Monaco's pgsql grammar has no dollar quoting: one apostrophe in a function body ($$ ... $$,
// $fn$ ... $fn$) would colour the rest of the file as a string. The body is highlighted as SQL
// (plpgsql and sql bodies read well that way) up to the delimiter that opened it.
const DOLLAR = /\$[A-Za-z_]\w*\$|\$\$/;
monaco.languages.setMonarchTokensProvider(LANGUAGE, {
  ...pgsqlLanguage,
  tokenizer: {
    ...pgsqlLanguage.tokenizer,
    root: [[DOLLAR, { token: 'string.dollar', next: '@dollarBody.$0' }], { include: '@sql' }],
    sql: pgsqlLanguage.tokenizer.root ?? [],
    dollarBody: [
      [
        DOLLAR,
        {
          cases: {
            '$0==$S2': { token: 'string.dollar', next: '@pop' },
            '@default': { token: 'string.dollar', next: '@dollarBody.$0' },
          },
        },
      ],
      [/'/, { token: 'string', next: '@bodyString.$S2' }],
      { include: '@sql' },
    ],
    // A string in a body ends at its quote, or (a body in another language, with a lone
    // apostrophe) at the body's closing delimiter.
    bodyString: [
      [/[^'$]+/, 'string'],
      [/''/, 'string'],
      [/'/, { token: 'string', next: '@pop' }],
      [DOLLAR, { cases: { '$0==$S2': { token: 'string.dollar', next: '@popall' }, '@default': 'string' } }],
      [/\$/, 'string'],
    ],
  },
} as monaco.languages.IMonarchLanguage);

// Themes that sit on the app's surfaces (src/ui/styles/theme.css).
monaco.editor.defineTheme('schemawise-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorGutter.background': '#ffffff',
    'editor.lineHighlightBackground': '#f2f4f7',
    'editorLineNumber.foreground': '#9aa5b4',
  },
});
monaco.editor.defineTheme('schemawise-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#171c23',
    'editorGutter.background': '#171c23',
    'editor.lineHighlightBackground': '#1d232b',
    'editorLineNumber.foreground': '#5b6676',
    'editorWidget.background': '#1d232b',
  },
});

/** The Monaco theme for the app's theme (`data-theme` on <html>, set by use-theme). */
function currentTheme(): string {
  return document.documentElement.dataset.theme === 'dark' ? 'schemawise-dark' : 'schemawise-light';
}
// The theme is global to Monaco: every editor follows the app's.
new MutationObserver(() => monaco.editor.setTheme(currentTheme())).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});

/** What the code action provider and the rule links need from an editor, by model URI. */
export interface EditorHooks {
  /** The finding behind a marker, when the marker is one of a finding. */
  diagnosticOf(marker: monaco.editor.IMarkerData): Diagnostic | undefined;
  applyFix?(diagnostic: Diagnostic, fixIndex: number): void;
  openRule?(ruleId: string): void;
}
const hooks = new Map<string, EditorHooks>();

/** Registers an editor's model with the code actions and rule links; returns the unregistration. */
export function registerEditorHooks(model: monaco.editor.ITextModel, editorHooks: EditorHooks): monaco.IDisposable {
  const key = model.uri.toString();
  hooks.set(key, editorHooks);
  return { dispose: () => void (hooks.get(key) === editorHooks && hooks.delete(key)) };
}

/** Stable key of a marker, to find its finding again from the markers Monaco hands back. */
export function markerKey(marker: Pick<monaco.editor.IMarkerData, 'code' | 'startLineNumber' | 'startColumn' | 'message'>): string {
  const code = typeof marker.code === 'string' ? marker.code : (marker.code?.value ?? '');
  return `${code}|${marker.startLineNumber}|${marker.startColumn}|${marker.message}`;
}

const RULE_SCHEME = 'schemawise-rule';

/** Monaco's marker data for a marker spec: the rule id as a link to the rule's docs when the editor can open them. */
export function toMarkerData(spec: MarkerSpec, model: monaco.editor.ITextModel, linkRules: boolean): monaco.editor.IMarkerData {
  const { diagnostic: _diagnostic, code, ...rest } = spec;
  return {
    ...rest,
    code:
      linkRules && spec.diagnostic
        ? { value: code, target: monaco.Uri.from({ scheme: RULE_SCHEME, path: `/${code}`, query: model.uri.toString() }) }
        : code,
  };
}

monaco.editor.registerLinkOpener({
  open(resource) {
    if (resource.scheme !== RULE_SCHEME) return false;
    hooks.get(resource.query)?.openRule?.(resource.path.replace(/^\//, ''));
    return true;
  },
});

const APPLY_FIX = 'schemawise.applyFix';
monaco.editor.registerCommand(APPLY_FIX, (_accessor, modelKey: string, diagnostic: Diagnostic, fixIndex: number) => {
  hooks.get(modelKey)?.applyFix?.(diagnostic, fixIndex);
});

monaco.languages.registerCodeActionProvider(
  LANGUAGE,
  {
    provideCodeActions(model, _range, context) {
      const editorHooks = hooks.get(model.uri.toString());
      if (!editorHooks) return { actions: [], dispose() {} };
      const actions: monaco.languages.CodeAction[] = [];
      const lines = model.getLinesContent();
      const ignored = new Set<string>();
      for (const marker of context.markers) {
        if ((marker as monaco.editor.IMarker).owner !== MARKER_OWNER) continue;
        const diagnostic = editorHooks.diagnosticOf(marker);
        if (!diagnostic) continue;
        if (editorHooks.applyFix) {
          fixesOf(diagnostic).forEach((fix, fixIndex) =>
            actions.push({
              title: fix.description,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: fixIndex === 0 && diagnostic.fix !== undefined,
              command: { id: APPLY_FIX, title: fix.description, arguments: [model.uri.toString(), diagnostic, fixIndex] },
            }),
          );
        }
        const edit = ignoreEdit(lines, diagnostic);
        const key = `${diagnostic.ruleId}|${diagnostic.source?.statementLine ?? diagnostic.line}`;
        if (edit && !ignored.has(key)) {
          ignored.add(key);
          const { text, ...range } = edit;
          actions.push({
            title: `Ignore ${diagnostic.ruleId} here`,
            kind: 'quickfix',
            diagnostics: [marker],
            edit: { edits: [{ resource: model.uri, textEdit: { range, text }, versionId: model.getVersionId() }] },
          });
        }
      }
      return { actions, dispose() {} };
    },
  },
  { providedCodeActionKinds: ['quickfix'] },
);

/** Options shared by the source editor and the read-only viewers. */
export function baseOptions(): monaco.editor.IStandaloneEditorConstructionOptions {
  const mono = getComputedStyle(document.documentElement).getPropertyValue('--font-mono').trim();
  return {
    language: LANGUAGE,
    theme: currentTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontFamily: mono || undefined,
    fontSize: 12.5,
    lineHeight: 19,
    tabSize: 4,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    renderLineHighlight: 'line',
    padding: { top: 8, bottom: 8 },
    wordWrap: 'off',
  };
}
