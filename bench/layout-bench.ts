/**
 * `npm run bench:layout`: how readable the canvas's drawing is (issue 13), on the built app in
 * Debian's Chromium, for every corpus file and for synthetic schemas of 50, 200 and 500 tables.
 *
 * Each input is opened as a user opens a file (the Open button's file input) in a fresh page of
 * WIDTH x HEIGHT; once the layout has settled and the view is fitted (the viewport stops moving):
 * - fit zoom: the zoom of the fitted view, and the canvas's size in pixels;
 * - settle: ms from choosing the file until every node has its place and the view is still;
 * - longest task: the longest main-thread task meanwhile (long-task observer: wall time), and
 *   the longest in CPU time (a trace's thread time: on a busy shared machine a task's wall time
 *   counts the time other processes had the core);
 * then, from the DOM (every node and line drawn, in flow coordinates): table overlaps, lines
 * passing through a table that is not one of their ends, and pairwise line crossings
 * (bench/layout-metrics.ts).
 *
 * To read every node and line from the DOM, the page's React Flow store (found through React's
 * fiber tree: nothing in the app exists for the benchmark) is told to draw off-screen elements,
 * and the view is zoomed past the overview's zoom, where big diagrams are drawn on a <canvas>.
 *
 * Then, on the inputs of DRAG (default synthetic-200), a table is dragged across the view for
 * 90 frames at zooms 0.5 and 0.3 (DOM nodes, past the overview): the frame times meanwhile (from
 * requestAnimationFrame), the main thread's CPU time per pointer move and its tasks over 16 ms
 * of CPU (from a trace: on a shared machine, frame times measure the other processes too), and
 * how long after the drop its lines are routed again.
 *
 * ONLY=pagila,lago limits the inputs (substrings of their names); JSON=file writes the figures;
 * PROFILE=dir writes each drag's main-thread CPU profile and trace there; OUT_DIR=dir serves
 * another build (e.g. main's, for a before/after on the same machine load).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { importSql, initParser } from '../src/core/parse';
import { generateSchema } from './generate-schema';
import { measureDiagram, type Box, type DiagramMetrics, type Line } from './layout-metrics';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTH = 1600;
const HEIGHT = 1000;
const ONLY = process.env.ONLY?.split(',').filter(Boolean);
const DRAG = (process.env.DRAG ?? 'synthetic-200').split(',').filter(Boolean);
const DRAG_FRAMES = 90;
// dist-cli/bench/layout-bench.js -> <repo>/test/corpus (SCHEMAWISE_CORPUS: another folder).
const CORPUS = process.env.SCHEMAWISE_CORPUS ?? fileURLToPath(new URL('../../test/corpus/', import.meta.url));

interface Input {
  name: string;
  sql: string;
}

interface Row extends DiagramMetrics {
  name: string;
  nodes: number;
  fitZoom: number;
  canvas: string;
  settleMs: number;
  longestTask: number;
  /** The longest main-thread task meanwhile in CPU time (thread time from a trace). */
  longestTaskCpu: number;
  drags?: DragFigures[];
}

interface DragFigures {
  zoom: number;
  table: string;
  lines: number;
  frames: number[];
  /** ms from the drop until the canvas says its lines are routed. */
  settleMs: number;
  /** Main-thread CPU time during the drag (from a trace: thread time, not wall time), per pointer move. */
  cpuPerMove: number;
  /** Main-thread tasks of the drag that took over 16 ms of CPU (a frame missed on an idle machine). */
  tasksOver16: number;
  /** The machine's one-minute load average at the end of the drag (frame times grow with it; CPU times hardly). */
  load: number;
}

/**
 * Main-thread CPU time of a trace (Chromium's thread time of each task, which a busy shared
 * machine does not inflate as it does wall time): the total, and the tasks over 16 ms.
 */
function mainThreadCpu(trace: { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] }): { total: number; over16: number; longest: number } {
  const events = trace.traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push((e.tdur ?? e.dur ?? 0) / 1000);
    byThread.set(thread, list);
  }
  // The page's renderer: the main thread that worked most.
  let tasks: number[] = [];
  for (const list of byThread.values()) if (list.reduce((a, b) => a + b, 0) > tasks.reduce((a, b) => a + b, 0)) tasks = list;
  return { total: tasks.reduce((a, b) => a + b, 0), over16: tasks.filter((t) => t > 16).length, longest: tasks.reduce((a, b) => Math.max(a, b), 0) };
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

function inputs(): Input[] {
  const files = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.sql') && name !== 'catalog-counts.sql')
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(CORPUS, name), 'utf8') }));
  const synthetic = [50, 200, 500].map((n) => ({ name: `synthetic-${n}`, sql: generateSchema(n) }));
  const all = [...files, ...synthetic];
  return ONLY ? all.filter((input) => ONLY.some((part) => input.name.includes(part))) : all;
}

/** Installed before the app's scripts: every long task of the page, with its start time. */
function observeLongTasks(): void {
  const w = window as unknown as { __tasks: { start: number; duration: number }[] };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Until the canvas has `nodes` placed nodes and its viewport has not moved for a while; resolves with ms since `start`. */
async function settled(page: Page, nodes: number): Promise<number> {
  return page.evaluate(async (expected) => {
    const w = window as unknown as { __start: number };
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const deadline = performance.now() + 180_000;
    let last = '';
    let stableSince = 0;
    let ready = 0;
    for (;;) {
      await frame();
      const now = performance.now();
      if (now > deadline) throw new Error('the canvas did not settle in 180 s');
      const canvas = document.querySelector('[data-testid="canvas"]');
      // data-routing: the lines' routes are computed (absent on a canvas without routing).
      const done = canvas?.getAttribute('data-nodes') === String(expected) && canvas.getAttribute('data-layout') === 'idle' && canvas.getAttribute('data-routing') !== 'running';
      const transform = (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
      if (!done) {
        last = '';
        continue;
      }
      if (transform !== last) {
        last = transform;
        stableSince = now;
        ready = now;
      }
      // Still for 600 ms: the fit (and any animation) is over. The time is when it last moved.
      if (now - stableSince > 600) return ready - w.__start;
    }
  }, nodes);
}

/** Reads the drawing from the DOM (see the header): nodes and lines in flow coordinates. */
async function readDrawing(page: Page): Promise<{ zoom: number; canvas: { width: number; height: number }; boxes: Box[]; lines: Line[] }> {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    type Store = { getState(): Record<string, unknown>; setState(partial: Record<string, unknown>): void };
    const root = document.querySelector('.react-flow') as HTMLElement;
    const viewportEl = document.querySelector('.react-flow__viewport') as HTMLElement;
    const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(viewportEl.style.transform);
    const zoom = match ? Number(match[3]) : NaN;
    const rect = root.getBoundingClientRect();
    // The React Flow store: the value of the context provider above the renderer.
    const key = Object.keys(root).find((k) => k.startsWith('__reactFiber$'))!;
    let fiber = (root as unknown as Record<string, { return?: unknown; memoizedProps?: { value?: Store } }>)[key] as
      | { return?: unknown; memoizedProps?: { value?: Store } }
      | undefined;
    let store: Store | undefined;
    while (fiber) {
      const value = fiber.memoizedProps?.value;
      if (value && typeof value.getState === 'function' && value.getState().nodeLookup) {
        store = value;
        break;
      }
      fiber = fiber.return as typeof fiber;
    }
    if (!store) throw new Error('React Flow store not found');
    // Off-screen nodes and lines are not drawn (onlyRenderVisibleElements): the view visits the
    // diagram tile by tile, past the overview's zoom, and collects what each tile draws.
    const state = store.getState();
    const panZoom = state.panZoom as { setViewport(v: { x: number; y: number; zoom: number }, o?: { duration: number }): Promise<boolean> };
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of (state.nodeLookup as Map<string, { internals: { positionAbsolute: { x: number; y: number } }; measured: { width?: number; height?: number } }>).values()) {
      const at = node.internals.positionAbsolute;
      minX = Math.min(minX, at.x);
      minY = Math.min(minY, at.y);
      maxX = Math.max(maxX, at.x + (node.measured.width ?? 0));
      maxY = Math.max(maxY, at.y + (node.measured.height ?? 0));
    }
    const tileZoom = Math.max(zoom, 0.3);
    const tileW = rect.width / tileZoom;
    const tileH = rect.height / tileZoom;
    const storeEdges = new Map((state.edges as { id: string; source: string; target: string }[]).map((e) => [e.id, e]));
    const boxes = new Map<string, { id: string; x: number; y: number; width: number; height: number }>();
    const lines = new Map<string, { id: string; source: string; target: string; points: { x: number; y: number }[] }>();
    const collect = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-table, .react-flow__node-view')) {
        const id = el.dataset.id!;
        if (boxes.has(id) || el.style.visibility === 'hidden' || el.offsetWidth === 0) continue;
        const t = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\)/.exec(el.style.transform);
        boxes.set(id, { id, x: Number(t?.[1] ?? 0), y: Number(t?.[2] ?? 0), width: el.offsetWidth, height: el.offsetHeight });
      }
      for (const el of document.querySelectorAll<SVGElement>('.react-flow__edge, [data-route-id]')) {
        const id = el.getAttribute('data-route-id') ?? el.getAttribute('data-id') ?? '';
        if (lines.has(id)) continue;
        const path = el.querySelector<SVGPathElement>('path.react-flow__edge-path, path.er-route__path');
        const ends = storeEdges.get(id);
        const source = el.getAttribute('data-source') ?? ends?.source;
        const target = el.getAttribute('data-target') ?? ends?.target;
        if (!path || !source || !target || !path.getAttribute('d')) continue;
        const length = path.getTotalLength();
        const samples: { x: number; y: number }[] = [];
        const steps = Math.max(2, Math.ceil(length / 3));
        for (let i = 0; i <= steps; i++) {
          const p = path.getPointAtLength((length * i) / steps);
          samples.push({ x: p.x, y: p.y });
        }
        // Keep the points where the line turns.
        const points = [samples[0]!];
        for (let i = 1; i < samples.length - 1; i++) {
          const a = points[points.length - 1]!;
          const b = samples[i]!;
          const c = samples[i + 1]!;
          const area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
          if (Math.abs(area) > 0.5 * Math.hypot(c.x - a.x, c.y - a.y)) points.push(b);
        }
        points.push(samples[samples.length - 1]!);
        lines.set(id, { id, source, target, points });
      }
    };
    for (let y = minY - 20; y < maxY + 20; y += tileH * 0.9) {
      for (let x = minX - 20; x < maxX + 20; x += tileW * 0.9) {
        await panZoom.setViewport({ x: -x * tileZoom, y: -y * tileZoom, zoom: tileZoom }, { duration: 0 });
        for (let i = 0; i < 4; i++) await frame();
        collect();
      }
    }
    await panZoom.setViewport({ x: Number(match?.[1] ?? 0), y: Number(match?.[2] ?? 0), zoom }, { duration: 0 });
    return { zoom, canvas: { width: Math.round(rect.width), height: Math.round(rect.height) }, boxes: [...boxes.values()], lines: [...lines.values()] };
  });
}

/**
 * Drags a table (one with a few lines, near the middle of the drawing) across the view at
 * `zoom`: one pointer move per frame for DRAG_FRAMES frames; the frame times meanwhile.
 */
async function dragTable(page: Page, zoom: number): Promise<DragFigures> {
  const picked = await page.evaluate(async (zoom) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    type Store = { getState(): Record<string, unknown> };
    const root = document.querySelector('.react-flow') as HTMLElement;
    const key = Object.keys(root).find((k) => k.startsWith('__reactFiber$'))!;
    let fiber = (root as unknown as Record<string, { return?: unknown; memoizedProps?: { value?: Store } }>)[key] as { return?: unknown; memoizedProps?: { value?: Store } } | undefined;
    let store: Store | undefined;
    while (fiber) {
      const value = fiber.memoizedProps?.value;
      if (value && typeof value.getState === 'function' && value.getState().nodeLookup) {
        store = value;
        break;
      }
      fiber = fiber.return as typeof fiber;
    }
    const state = store!.getState();
    const nodes = [...(state.nodeLookup as Map<string, { id: string; type?: string; internals: { positionAbsolute: { x: number; y: number } }; measured: { width?: number; height?: number } }>).values()].filter((n) => n.type === 'table');
    const panZoom = state.panZoom as { setViewport(v: { x: number; y: number; zoom: number }, o?: { duration: number }): Promise<boolean> };
    const cx = nodes.reduce((s, n) => s + n.internals.positionAbsolute.x, 0) / nodes.length;
    const cy = nodes.reduce((s, n) => s + n.internals.positionAbsolute.y, 0) / nodes.length;
    const view = root.getBoundingClientRect();
    // The middle of the drawing at this zoom: its lines are drawn (past the overview's zoom).
    await panZoom.setViewport({ x: view.width / 2 - cx * zoom, y: view.height / 2 - cy * zoom, zoom }, { duration: 0 });
    for (let i = 0; i < 10; i++) await frame();
    const degree = new Map<string, number>();
    for (const line of document.querySelectorAll('[data-route-id]')) for (const end of [line.getAttribute('data-source'), line.getAttribute('data-target')]) if (end) degree.set(end, (degree.get(end) ?? 0) + 1);
    const near = (n: (typeof nodes)[number]) => Math.hypot(n.internals.positionAbsolute.x - cx, n.internals.positionAbsolute.y - cy);
    const candidates = nodes.filter((n) => (degree.get(n.id) ?? 0) >= 2 && (degree.get(n.id) ?? 0) <= 8);
    const node = candidates.sort((a, b) => near(a) - near(b))[0] ?? nodes[0]!;
    const rect = root.getBoundingClientRect();
    const at = node.internals.positionAbsolute;
    // The table's header a quarter of the way across the view: the drag moves it to the right.
    await panZoom.setViewport({ x: rect.width / 4 - (at.x + 20) * zoom, y: rect.height / 2 - (at.y + 18) * zoom, zoom }, { duration: 0 });
    for (let i = 0; i < 10; i++) await frame();
    const header = document.querySelector(`.react-flow__node[data-id="${CSS.escape(node.id)}"] .er-node__header`)!.getBoundingClientRect();
    return { id: node.id, lines: degree.get(node.id) ?? 0, x: header.left + 30, y: header.top + header.height / 2 };
  }, zoom);
  await page.waitForTimeout(500);
  const browser = page.context().browser()!;
  await page.mouse.move(picked.x, picked.y);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  // PROFILE=dir: the main thread's CPU profile of each drag (Chrome DevTools format).
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.mouse.down();
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
  for (let i = 1; i <= DRAG_FRAMES; i++) {
    await page.mouse.move(picked.x + i * 5, picked.y + Math.sin(i / 8) * 60);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
  const trace = JSON.parse((await browser.stopTracing()).toString()) as Parameters<typeof mainThreadCpu>[0];
  const cpu = mainThreadCpu(trace);
  if (cdp) {
    writeFileSync(join(process.env.PROFILE!, `drag-${zoom}.trace.json`), JSON.stringify(trace));
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(process.env.PROFILE!, `drag-${picked.id.replace(/\W+/g, '_')}-${zoom}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
  const dropped = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('[data-testid="canvas"]')?.getAttribute('data-routing') === 'idle', null, { timeout: 60_000, polling: 'raf' });
  const settleMs = (await page.evaluate(() => performance.now())) - dropped;
  return { zoom, table: picked.id, lines: picked.lines, frames, settleMs, cpuPerMove: cpu.total / DRAG_FRAMES, tasksOver16: cpu.over16, load: loadavg()[0]! };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? NaN;

async function measure(browser: Browser, input: Input, nodes: number): Promise<Row> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(observeLongTasks);
    await page.goto(`http://localhost:${PORT}/`);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-busy') === 'false', null, { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="canvas"]')?.getAttribute('data-layout') === 'idle');
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      (window as unknown as { __start: number }).__start = performance.now();
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.getByTestId('file-input').setInputFiles({ name: input.name.endsWith('.sql') ? input.name : `${input.name}.sql`, mimeType: 'text/plain', buffer: Buffer.from(input.sql) });
    const settleMs = await settled(page, nodes);
    const longestTaskCpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString())).longest;
    const longestTask = await page.evaluate(() => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[]; __start: number };
      return Math.max(0, ...w.__tasks.filter((t) => t.start + t.duration >= w.__start).map((t) => t.duration));
    });
    const drawing = await readDrawing(page);
    const metrics = measureDiagram(drawing.boxes, drawing.lines);
    if (errors.length > 0) console.warn(`${input.name}: page errors: ${errors.slice(0, 3).join(' | ')}`);
    if (metrics.tables !== nodes) console.warn(`${input.name}: ${metrics.tables} of ${nodes} nodes drawn`);
    const drags = DRAG.some((name) => input.name.includes(name)) ? [await dragTable(page, 0.5), await dragTable(page, 0.3)] : undefined;
    return { name: input.name, nodes, fitZoom: drawing.zoom, canvas: `${drawing.canvas.width}x${drawing.canvas.height}`, settleMs, longestTask, longestTaskCpu, ...metrics, ...(drags ? { drags } : {}) };
  } finally {
    await context.close();
  }
}

async function up(): Promise<boolean> {
  try {
    return (await fetch(`http://localhost:${PORT}/`)).ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  await initParser();
  let stop = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: Row[] = [];
  try {
    for (const input of inputs()) {
      const { schema } = importSql(input.sql);
      const nodes = Object.keys(schema.tables).length + Object.keys(schema.views).length;
      if (nodes === 0) continue;
      // A preview server that died (memory pressure on a shared machine) is started again.
      if (!(await up())) {
        try {
          stop();
        } catch {
          // already gone
        }
        stop = await serve();
      }
      try {
        const row = await measure(browser, input, nodes);
        rows.push(row);
        console.log(`${input.name}: ${JSON.stringify({ ...row, examples: row.examples.slice(0, 2), drags: row.drags?.map((d) => ({ ...d, frames: d.frames.length })) })}`);
      } catch (error) {
        console.error(`${input.name}: ${(error as Error).message}`);
      }
    }
  } finally {
    await browser.close();
    try {
      stop();
    } catch {
      // already gone
    }
  }
  console.log(`\nSchemawise layout benchmark (Chromium ${browser.version()}, window ${WIDTH}x${HEIGHT})\n`);
  const header = ['input', 'nodes', 'lines', 'overlaps', 'through', 'crossings', 'x-pairs', 'fit zoom', 'canvas', 'settle ms', 'longest task', 'longest task cpu'];
  const widths = [28, 6, 6, 9, 8, 10, 8, 9, 10, 10, 13, 17];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  console.log(line(header));
  for (const r of rows) {
    console.log(line([r.name, String(r.nodes), String(r.lines), String(r.overlaps), String(r.throughTables), String(r.crossings), String(r.crossingPairs), r.fitZoom.toFixed(3), r.canvas, r.settleMs.toFixed(0), r.longestTask.toFixed(0), r.longestTaskCpu.toFixed(0)]));
  }
  const dragged = rows.flatMap((r) => (r.drags ?? []).map((d) => ({ name: r.name, ...d })));
  if (dragged.length > 0) {
    console.log(`\nDragging a table (${DRAG_FRAMES} frames, one pointer move per frame)\n`);
    const dragHeader = ['input', 'zoom', 'table lines', 'frame p50', 'frame p95', 'worst', 'fps', 'cpu/move ms', 'tasks>16ms cpu', 'lines routed after drop ms', 'load'];
    const dragWidths = [28, 6, 12, 10, 10, 8, 6, 12, 15, 27, 6];
    const dragLine = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(dragWidths[i]!) : c.padStart(dragWidths[i]!))).join(' ');
    console.log(dragLine(dragHeader));
    for (const d of dragged) {
      const mean = d.frames.reduce((sum, f) => sum + f, 0) / d.frames.length;
      console.log(dragLine([d.name, d.zoom.toFixed(1), String(d.lines), percentile(d.frames, 50).toFixed(1), percentile(d.frames, 95).toFixed(1), Math.max(...d.frames).toFixed(0), (1000 / mean).toFixed(0), d.cpuPerMove.toFixed(1), String(d.tasksOver16), d.settleMs.toFixed(0), d.load.toFixed(1)]));
    }
  }
  if (process.env.JSON) writeFileSync(process.env.JSON, JSON.stringify(rows, null, 2));
}

await main();
