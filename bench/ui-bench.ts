/**
 * `npm run bench:ui`: the browser figures of issue 8, on the built app in Debian's Chromium.
 *
 * - paste: a synthetic 2,000-table schema pasted into the editor, until the canvas has drawn
 *   every node and the layout is done; the longest main-thread task meanwhile (long-task observer).
 * - pan/zoom: a programmatic pan and zoom across the whole 2,000-table diagram; frame times from
 *   requestAnimationFrame (p50, p95, worst).
 * - reopen: the page reloaded once the 2,000-table document is autosaved, until the canvas has
 *   drawn it again (from the navigation's start: the app loading, the document read from
 *   IndexedDB, imported, and drawn at its saved positions), and the longest task meanwhile.
 * - typing: one character typed in a 500-table schema, until the findings are updated (the edit
 *   debounce included, as the user feels it).
 * - open 5 MB: a synthetic 3,800-table schema (5 MB) opened with "Open .sql file", until the canvas
 *   has drawn and laid out every node and the findings are listed; the longest main-thread task
 *   and how many tasks took 200 ms or more meanwhile.
 * - verify: "Verify on Postgres" of the sample with its first fix applied, the first run (PGlite
 *   loaded and started) and a second run of the same migration, each until the verdict shows.
 *
 * Medians of RUNS runs, each in a fresh page. Expects `vite build` to have run (the npm script
 * does it) and serves dist/ with `vite preview` on its own port. ONLY=typing runs the typing
 * figure alone (with its breakdown: until the request leaves for the worker, the worker's round
 * trip, and the main thread's work on the reply until the findings show); PROFILE=dir writes
 * the main thread's CPU profile of each typing run there.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { importSql, initParser } from '../src/core/parse';
import { generateSchema } from './generate-schema';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const RUNS = Number(process.env.RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** ONLY=typing | open | verify: run that figure alone. */
const ONLY = process.env.ONLY;
const runs = (figure: string) => (ONLY && ONLY !== figure ? 0 : RUNS);

/**
 * Installed before the app loads: timestamps of the derivation worker's requests and replies
 * (performance.now()), so the typing figure can be split into its parts.
 */
function logWorkerMessages(): void {
  const w = window as unknown as { __derive: { sent: number[]; replied: number[]; worker?: Record<string, unknown> } };
  w.__derive = { sent: [], replied: [] };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'schemawise-derive') return;
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: string; timings?: Record<string, unknown>; elapsedMs?: number; importTimings?: Record<string, unknown> };
        if (data?.type !== 'derived') return;
        w.__derive.replied.push(performance.now());
        w.__derive.worker = { import: data.elapsedMs, ...data.importTimings, ...data.timings };
      });
    }
    override postMessage(message: unknown, options?: unknown): void {
      if ((message as { type?: string })?.type === 'derive') w.__derive.sent.push(performance.now());
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function serve(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return () => process.kill(-server.pid!);
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid!);
  throw new Error('vite preview did not start');
}

async function openApp(page: Page): Promise<void> {
  await page.addInitScript(logWorkerMessages);
  await page.goto(`http://localhost:${PORT}/`);
  await page.locator('.sql-editor[data-editor="ready"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-busy') === 'false');
  await page.waitForFunction(() => document.querySelector('[data-testid="canvas"]')?.getAttribute('data-layout') === 'idle');
}

/**
 * Until the canvas has `nodes` nodes, every one with its place (data-layout), and has drawn
 * them: as DOM nodes, or at this zoom on the overview's canvas (use-overview.ts).
 */
async function drawn(page: Page, nodes: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const canvas = document.querySelector('[data-testid="canvas"]');
      const shown = document.querySelectorAll('.react-flow__node').length > 0 || Number(document.querySelector('[data-testid="canvas-overview"]')?.getAttribute('data-drawn') ?? 0) > 0;
      return canvas?.getAttribute('data-nodes') === String(expected) && canvas.getAttribute('data-layout') === 'idle' && shown;
    },
    nodes,
    { timeout: 120_000, polling: 'raf' },
  );
}

/** Pastes `sql` into the editor; resolves with ms until every node is drawn and laid out, and the longest task. */
async function pasteAndDraw(page: Page, sql: string, nodes: number): Promise<{ ms: number; longestTask: number }> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), sql);
  await page.getByRole('textbox', { name: 'SQL source' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate(recordLongTasks);
  await page.keyboard.press('ControlOrMeta+V');
  await drawn(page, nodes);
  return page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __start: number };
    return { ms: performance.now() - w.__start, longestTask: Math.max(0, ...w.__tasks) };
  });
}

/** Long tasks from the start of every page load (installed before the app's scripts run). */
function observeLongTasks(): void {
  const w = window as unknown as { __loadTasks: number[] };
  w.__loadTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__loadTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Reloads once the document is saved; ms from the navigation's start until it is drawn again. */
async function reopenAndDraw(page: Page, nodes: number): Promise<{ ms: number; longestTask: number }> {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved', null, { timeout: 60_000 });
  await page.addInitScript(observeLongTasks);
  await page.reload();
  await drawn(page, nodes);
  return page.evaluate(() => ({ ms: performance.now(), longestTask: Math.max(0, ...(window as unknown as { __loadTasks: number[] }).__loadTasks) }));
}

/**
 * Pans across the fitted diagram, zooms in with the mouse wheel until the tables are drawn as DOM
 * nodes with their columns (past the overview's zoom), pans there, zooms back out and pans again;
 * returns the frame times. It starts once the import has settled (findings listed, editor markers
 * set): the work of the import itself is what the longest-task figure measures.
 */
async function panAndZoom(page: Page): Promise<number[]> {
  await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-busy') === 'false');
  await page.waitForTimeout(1000);
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(cx - i * 12, cy - i * 6);
  await page.mouse.up();
  // Each wheel step zooms by about 1.4x: 16 steps take a fitted 2,000-table view (zoom ~0.004)
  // past 0.25, where DOM nodes replace the overview.
  for (let i = 0; i < 16; i++) await page.mouse.wheel(0, -240);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 30; i++) await page.mouse.move(cx - i * 12, cy - i * 6);
  await page.mouse.up();
  for (let i = 0; i < 16; i++) await page.mouse.wheel(0, 240);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(cx + i * 12, cy + i * 6);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

/** Long tasks from now on, kept in `window.__tasks`. */
function recordLongTasks(): void {
  const w = window as unknown as { __tasks: number[]; __start: number };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  w.__start = performance.now();
}

interface Settled {
  ms: number;
  longestTask: number;
  /** Main-thread tasks of 200 ms or more. */
  over200: number;
  /**
   * The longest main-thread task in CPU time (the trace's thread time): on a shared machine a
   * task's wall time includes the time the OS gave other processes, this does not.
   */
  longestTaskCpu: number;
}

/** The longest main-thread (CrRendererMain) task of a Chrome trace, in CPU (thread) milliseconds. */
function longestCpuTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString()) as { traceEvents: { ph: string; name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }[] }).traceEvents;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let longest = 0;
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.tdur ?? 0);
  return longest / 1000;
}

/** Opens `sql` as a file with the Open button; ms until every node is drawn and laid out and the findings are listed. */
async function openAndSettle(page: Page, file: string, nodes: number): Promise<Settled> {
  await page.evaluate(recordLongTasks);
  const browser = page.context().browser()!;
  // RunTask (each main-thread task, with its thread time) is in this category.
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  // From a file on disk: Playwright hands the browser its path (a buffer would be copied into the
  // page by a script, a long task of the harness, not of the app).
  await page.getByTestId('file-input').setInputFiles(file);
  await drawn(page, nodes);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-busy') === 'false', null, { timeout: 120_000, polling: 'raf' });
  const wall = await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __start: number };
    return { ms: performance.now() - w.__start, longestTask: Math.max(0, ...w.__tasks), over200: w.__tasks.filter((t) => t >= 200).length };
  });
  return { ...wall, longestTaskCpu: longestCpuTask(await browser.stopTracing()) };
}

/** Clicks "Verify on Postgres"; ms until the verdict shows. */
async function verifyOnce(page: Page): Promise<number> {
  const started = Date.now();
  await page.getByTestId('migration-verify').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="verify-verdict"]')?.getAttribute('data-status') === 'running', null, { polling: 'raf' });
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-testid="verify-verdict"]')?.getAttribute('data-status');
      return status !== undefined && status !== null && status !== 'running';
    },
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  const status = await page.getByTestId('verify-verdict').getAttribute('data-status');
  if (status !== 'ok') throw new Error(`verify ended with ${status}: ${await page.getByTestId('verify-verdict').textContent()}`);
  return Date.now() - started;
}

interface Typing {
  ms: number;
  /** Keystroke -> request posted to the worker (the debounce and the store's work). */
  toRequest: number;
  /** Request -> reply received (the worker's derivation and both copies of the reply). */
  worker: number;
  /** Reply -> findings shown (the main thread's work on the reply: React, canvas, editor). */
  afterReply: number;
  /** The worker's own figures for that derivation. */
  inWorker?: Record<string, unknown>;
}

/** Types one character at the end of the text; ms until the findings count changes. */
async function typeOne(page: Page): Promise<Typing> {
  // Let the paste's derivation (findings, migration) finish and settle first.
  await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-busy') === 'false');
  await page.waitForTimeout(1000);
  await page.getByRole('textbox', { name: 'SQL source' }).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft');
  const before = await page.getByTestId('problems-count').textContent();
  await page.evaluate(() => {
    (window as unknown as { __start: number }).__start = performance.now();
  });
  // The text ends with `price mone)`: the letter makes the column `money`, which no-money-type
  // flags. (The table is schema-qualified: the dump empties search_path, as pg_dump does.)
  await page.keyboard.type('y');
  await page.waitForFunction((old) => document.querySelector('[data-testid="problems-count"]')?.textContent !== old, before, { timeout: 30_000, polling: 'raf' });
  return page.evaluate(() => {
    const now = performance.now();
    const w = window as unknown as { __start: number; __derive: { sent: number[]; replied: number[]; worker?: Record<string, unknown> } };
    const sent = w.__derive.sent.find((t) => t >= w.__start) ?? NaN;
    const replied = w.__derive.replied.find((t) => t >= sent) ?? NaN;
    return { ms: now - w.__start, toRequest: sent - w.__start, worker: replied - sent, afterReply: now - replied, inWorker: w.__derive.worker };
  });
}

async function main(): Promise<void> {
  const stop = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    // A fresh context per run: the app saves the document in IndexedDB, and a page of the same
    // context would open on the last run's schema, laid out already (a paste of the same text
    // then needs no layout, and measures nothing).
    const freshPage = async () => (await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })).newPage();
    const big = generateSchema(2000);
    const small = `${generateSchema(500)}\nCREATE TABLE public.zz_typing_target (id bigint PRIMARY KEY, price mone)`;
    // The canvas draws a node per table, view and materialized view.
    await initParser();
    const nodesOf = (sql: string) => {
      const { schema } = importSql(sql);
      return Object.keys(schema.tables).length + Object.keys(schema.views).length;
    };
    const bigNodes = nodesOf(big);
    const rows: string[][] = [];
    const paste: number[] = [];
    const tasks: number[] = [];
    const frames: number[] = [];
    const reopen: number[] = [];
    const reopenTasks: number[] = [];
    const typing: Typing[] = [];
    for (let run = 0; run < runs('paste'); run++) {
      const page = await freshPage();
      await openApp(page);
      const result = await pasteAndDraw(page, big, bigNodes);
      paste.push(result.ms);
      tasks.push(result.longestTask);
      frames.push(...(await panAndZoom(page)));
      const reopened = await reopenAndDraw(page, bigNodes);
      reopen.push(reopened.ms);
      reopenTasks.push(reopened.longestTask);
      console.log(`run ${run + 1}: paste ${result.ms.toFixed(0)} ms (longest task ${result.longestTask.toFixed(0)}), reopen ${reopened.ms.toFixed(0)} ms (longest task ${reopened.longestTask.toFixed(0)})`);
      await page.context().close();
    }
    const huge = generateSchema(3800);
    const hugeNodes = runs('open') > 0 ? nodesOf(huge) : 0;
    const hugeFile = join(mkdtempSync(join(tmpdir(), 'schemawise-bench-')), 'generated-3800.sql');
    writeFileSync(hugeFile, huge);
    const opened: Settled[] = [];
    for (let run = 0; run < runs('open'); run++) {
      const page = await freshPage();
      await openApp(page);
      opened.push(await openAndSettle(page, hugeFile, hugeNodes));
      console.log(`open run ${run + 1}: ${JSON.stringify(opened.at(-1))}`);
      await page.context().close();
    }
    const verifyFirst: number[] = [];
    const verifyAgain: number[] = [];
    for (let run = 0; run < runs('verify'); run++) {
      const page = await freshPage();
      await openApp(page);
      await page.getByTestId('migration-suggestion').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="migration-statement"]').length > 0);
      await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-busy') === 'false');
      verifyFirst.push(await verifyOnce(page));
      verifyAgain.push(await verifyOnce(page));
      console.log(`verify run ${run + 1}: first ${verifyFirst.at(-1)} ms, again ${verifyAgain.at(-1)} ms`);
      await page.context().close();
    }
    for (let run = 0; run < runs('typing'); run++) {
      const page = await freshPage();
      await openApp(page);
      await pasteAndDraw(page, small, nodesOf(small));
      // PROFILE=dir: the main thread's CPU profile of each typing run (Chrome DevTools format).
      const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      typing.push(await typeOne(page));
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`${process.env.PROFILE}/typing-${run + 1}.cpuprofile`, JSON.stringify(profile));
      }
      await page.context().close();
    }
    if (paste.length > 0) {
      rows.push(['paste 2,000 tables -> drawn canvas (ms)', median(paste).toFixed(0), '< 4000', median(paste) < 4000 ? 'met' : 'NOT met']);
      rows.push(['longest main-thread task during it (ms)', median(tasks).toFixed(0), '< 200', median(tasks) < 200 ? 'met' : 'NOT met']);
      rows.push(['pan/zoom frame time p95 (ms)', percentile(frames, 95).toFixed(1), '< 50', percentile(frames, 95) < 50 ? 'met' : 'NOT met']);
      rows.push(['pan/zoom frame time p50 / worst (ms)', `${percentile(frames, 50).toFixed(1)} / ${Math.max(...frames).toFixed(0)}`, '', '']);
      rows.push(['reopen the saved 2,000 tables -> drawn (ms)', median(reopen).toFixed(0), '', '']);
      rows.push(['  longest main-thread task during it (ms)', median(reopenTasks).toFixed(0), '', '']);
    }
    if (typing.length > 0) {
      const typed = median(typing.map((t) => t.ms));
      rows.push(['type one char in 500 tables -> findings (ms)', typed.toFixed(0), '< 300', typed < 300 ? 'met' : 'NOT met']);
      const part = (pick: (t: Typing) => number): string => median(typing.map(pick)).toFixed(0);
      rows.push(['  keystroke -> request to the worker (ms)', part((t) => t.toRequest), '', '']);
      rows.push(['  worker round trip (ms)', part((t) => t.worker), '', '']);
      rows.push(['  reply -> findings shown (ms)', part((t) => t.afterReply), '', '']);
    }
    if (opened.length > 0) {
      const longest = median(opened.map((o) => o.longestTask));
      rows.push(['open 5 MB (3,800 tables) -> settled (ms)', median(opened.map((o) => o.ms)).toFixed(0), '', '']);
      rows.push(['  longest main-thread task during it (ms)', longest.toFixed(0), '< 200', longest < 200 ? 'met' : 'NOT met']);
      rows.push(['  tasks of 200 ms or more', median(opened.map((o) => o.over200)).toFixed(0), '0', '']);
      const cpu = median(opened.map((o) => o.longestTaskCpu));
      rows.push(['  longest main-thread task, CPU time (ms)', cpu.toFixed(0), '< 200', cpu < 200 ? 'met' : 'NOT met']);
    }
    if (verifyFirst.length > 0) {
      const again = median(verifyAgain);
      rows.push(['verify the sample on Postgres, first run (ms)', median(verifyFirst).toFixed(0), '', '']);
      rows.push(['  the same verify again (ms)', again.toFixed(0), '< 3000', again < 3000 ? 'met' : 'NOT met']);
    }
    for (const [i, t] of typing.entries()) console.log(`typing run ${i + 1}: ${JSON.stringify({ ...t, inWorker: t.inWorker })}`);
    console.log(`\nSchemawise UI benchmark (Chromium ${browser.version()}, ${RUNS} runs, medians; ${bigNodes} nodes for 2,000 tables, ${hugeNodes} for 3,800)`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs (wall times grow with it; CPU times do not)\n`);
    const widths = [46, 14, 8, 8];
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(line(['figure', 'value', 'target', '']));
    for (const row of rows) console.log(line(row));
  } finally {
    await browser.close();
    stop();
  }
}

await main();
