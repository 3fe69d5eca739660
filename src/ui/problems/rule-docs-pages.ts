/** Every page of docs/rules as text, by rule id. Imported lazily (one chunk), by rule-docs.ts. */
const files = import.meta.glob<string>('../../../docs/rules/*.md', { query: '?raw', import: 'default', eager: true });

export const pages: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1, -'.md'.length), text]),
);
