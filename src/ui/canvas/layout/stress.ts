/**
 * Stress majorization (Gansner, Koren and North, "Graph drawing by stress majorization", 2004):
 * places the nodes of one connected graph so that the distance between any two approaches their
 * distance in the graph (hops x `unit`). Tables joined by a foreign key end up near each other,
 * and a table many others reference ends up in the middle of them, not at the end of a column.
 *
 * Starts from classical MDS (two leading eigenvectors of the double-centred squared distances,
 * by power iteration), then improves with the localized SMACOF update. O(n^2) per iteration,
 * deterministic (no random start).
 */

/** Hop distances between every pair (BFS from each node); unreachable pairs get the largest + 1. */
export function hopDistances(n: number, edges: readonly (readonly [number, number, ...unknown[]])[]): Float64Array {
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    if (a === b) continue;
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  const d = new Float64Array(n * n).fill(-1);
  const queue = new Int32Array(n);
  let longest = 1;
  for (let s = 0; s < n; s++) {
    const row = s * n;
    d[row + s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      const du = d[row + u]!;
      for (const v of adjacency[u]!) {
        if (d[row + v]! >= 0) continue;
        d[row + v] = du + 1;
        longest = Math.max(longest, du + 1);
        queue[tail++] = v;
      }
    }
  }
  for (let i = 0; i < d.length; i++) if (d[i]! < 0) d[i] = longest + 1;
  return d;
}

/** Leading eigenvector of the symmetric matrix `b` (n x n), orthogonal to `against` when given. */
function powerIteration(b: Float64Array, n: number, against?: Float64Array): Float64Array {
  let v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = Math.sin(i * 12.9898 + 1) + (i % 7) / 7;
  const next = new Float64Array(n);
  for (let iteration = 0; iteration < 100; iteration++) {
    if (against) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += v[i]! * against[i]!;
      for (let i = 0; i < n; i++) v[i] = v[i]! - dot * against[i]!;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) sum += b[row + j]! * v[j]!;
      next[i] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    if (norm < 1e-12) break;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const value = next[i]! / norm;
      change += Math.abs(value - v[i]!);
      v[i] = value;
    }
    if (change < 1e-7 * n) break;
  }
  if (against) {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += v[i]! * against[i]!;
    for (let i = 0; i < n; i++) v[i] = v[i]! - dot * against[i]!;
  }
  let norm = 0;
  for (let i = 0; i < n; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm) || 1;
  v = v.map((x) => x / norm);
  return v;
}

/** Classical MDS in two dimensions of the distance matrix `d` (already in layout units). */
function classicalMds(d: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n * n);
  const rowMean = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += d[i * n + j]! ** 2;
    rowMean[i] = sum / n;
    total += sum;
  }
  total /= n * n;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i * n + j] = -0.5 * (d[i * n + j]! ** 2 - rowMean[i]! - rowMean[j]! + total);
  const first = powerIteration(b, n);
  const second = powerIteration(b, n, first);
  const out = new Float64Array(2 * n);
  // Scale by the square roots of the eigenvalues (Rayleigh quotients).
  const scale = (v: Float64Array) => {
    let q = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += b[i * n + j]! * v[j]!;
      q += v[i]! * sum;
    }
    return Math.sqrt(Math.max(q, 1e-9));
  };
  const s1 = scale(first);
  const s2 = scale(second);
  for (let i = 0; i < n; i++) {
    out[2 * i] = first[i]! * s1;
    out[2 * i + 1] = second[i]! * s2;
  }
  return out;
}

/** Positions (x0, y0, x1, y1, ...) of the `n` nodes of one connected graph. */
export function stressLayout(n: number, edges: readonly (readonly [number, number, ...unknown[]])[], unit: number, iterations = 120): Float64Array {
  if (n <= 1) return new Float64Array(2 * n);
  return stressFromHops(n, hopDistances(n, edges), unit, iterations);
}

/**
 * Positions from the wished distances between every pair, in hops (`hops`, n x n, changed in
 * place into layout units): classical MDS, then SMACOF.
 */
export function stressFromHops(n: number, hops: Float64Array, unit: number, iterations = 120): Float64Array {
  if (n === 0) return new Float64Array(0);
  if (n === 1) return new Float64Array(2);
  const d = hops;
  for (let i = 0; i < d.length; i++) d[i] = d[i]! * unit;
  const x = classicalMds(d, n);
  // Nodes MDS put on one spot (symmetric graphs): a small deterministic spread.
  for (let i = 0; i < n; i++) {
    x[2 * i] = x[2 * i]! + Math.cos(i * 2.399) * unit * 0.01;
    x[2 * i + 1] = x[2 * i + 1]! + Math.sin(i * 2.399) * unit * 0.01;
  }
  // O(n^2) per iteration: big graphs get fewer (the MDS start is already close).
  const rounds = Math.max(10, Math.min(iterations, Math.floor(60_000_000 / (n * n))));
  for (let iteration = 0; iteration < rounds; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[2 * i]!;
      const yi = x[2 * i + 1]!;
      let sumW = 0;
      let nx = 0;
      let ny = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const dij = d[row + j]!;
        const w = 1 / (dij * dij);
        const dx = xi - x[2 * j]!;
        const dy = yi - x[2 * j + 1]!;
        const dist = Math.sqrt(dx * dx + dy * dy) || 1e-6;
        nx += w * (x[2 * j]! + (dij * dx) / dist);
        ny += w * (x[2 * j + 1]! + (dij * dy) / dist);
        sumW += w;
      }
      nx /= sumW;
      ny /= sumW;
      moved += Math.abs(nx - xi) + Math.abs(ny - yi);
      x[2 * i] = nx;
      x[2 * i + 1] = ny;
    }
    if (moved / n < unit * 0.001) break;
  }
  return x;
}
