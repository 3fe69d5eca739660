/**
 * The rule pages of docs/rules, bundled with the app as one chunk that loads the first time a
 * page is opened (nothing is fetched from outside the app).
 */
let loaded: Promise<Record<string, string>> | undefined;

export async function loadRuleDocs(ruleId: string): Promise<string | undefined> {
  loaded ??= import('./rule-docs-pages').then((module) => module.pages);
  return (await loaded)[ruleId];
}
