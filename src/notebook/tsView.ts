// "Show TypeScript": the text of a cell's translation as shown in the side editor, and which of
// its lines belong to which Python lines. Pure (no `vscode`): the glue is showTypeScript.ts.
//
// The document is the emitted body wrapped the way the sandbox runs it (a function of `$`, the
// runtime helpers, and `G`, the namespace), under a short header. Line ownership comes from the
// translator's source map: a JS line belongs to the Python range of the smallest map entry that
// covers its first non-blank character, so a `def` header owns its wrapper lines while each body
// statement owns its own lines.
import { translate } from '../translator/translate';

export interface TsViewOptions {
  /** Python file name used by the translator, e.g. `<cell 3>` (the kernel's name for the cell). */
  filename: string;
  /** `cell` for notebook cells (top-level await, trailing expression displayed), else `module`. */
  mode: 'cell' | 'module';
  /** Shown in the header, e.g. `demo.ipynb, cell 3`. */
  title: string;
}

/** A 0-based, inclusive range of lines of the view document. */
export interface LineRange { start: number; end: number; }

export interface TsView {
  text: string;
  ok: boolean;
  /** For each line of `text` (0-based): the 1-based Python lines it belongs to, if any. */
  owners: ({ from: number; to: number } | undefined)[];
  /** Every source-map entry as view lines and Python lines (for lines that own no whole line). */
  spans: { start: number; end: number; from: number; to: number }[];
  /** 1-based Python lines that hold no code (blank or only a comment): they map to nothing. */
  noCode: Set<number>;
}

const WRAP_OPEN = '(function ($, G) {';
const WRAP_CLOSE = '});';

export function buildTsView(source: string, opts: TsViewOptions): TsView {
  const r = translate(source, opts.filename, { mode: opts.mode });
  const header = [
    `// Asyncio Lab: translation of ${opts.title} (read-only; it follows the Python as you edit)`,
    '// The sandbox runs it as this function of $ (runtime helpers) and G (the namespace).',
  ];
  if (!r.ok) {
    const lines = [...header.slice(0, 1), '// This code does not translate:'];
    for (const d of r.diagnostics) lines.push(`//   line ${d.line}: ${d.kind ? d.kind + ': ' : ''}${d.message}`);
    const text = lines.join('\n') + '\n';
    return { text, ok: false, owners: text.split('\n').map(() => undefined), spans: [], noCode: new Set() };
  }
  const body = r.code.replace(/\n$/, '').split('\n');
  const before = header.length + 1;
  const text = [...header, WRAP_OPEN, ...body, WRAP_CLOSE].join('\n') + '\n';
  const owners: TsView['owners'] = text.split('\n').map(() => undefined);
  const byLine = new Map<number, Entry[]>();
  for (const e of r.map.entries) {
    for (let l = e.line; l <= e.endLine; l++) {
      const list = byLine.get(l);
      if (list) list.push(e); else byLine.set(l, [e]);
    }
  }
  body.forEach((line, i) => { owners[before + i] = ownerOf(byLine.get(i + 1) ?? [], i + 1, line); });
  const spans = r.map.entries.map(e => ({ start: before + e.line - 1, end: before + e.endLine - 1, from: e.lineno, to: e.end_lineno }));
  const noCode = new Set<number>();
  source.split(/\r?\n/).forEach((l, i) => { if (/^\s*(#.*)?$/.test(l)) noCode.add(i + 1); });
  return { text, ok: true, owners, spans, noCode };
}

interface Entry { line: number; col: number; endLine: number; endCol: number; size: number; lineno: number; end_lineno: number; }

/** Python lines of the smallest entry (of those on JS line `jsLine`) covering its first non-blank column. */
function ownerOf(entries: readonly Entry[], jsLine: number, text: string): TsView['owners'][number] {
  const col = text.search(/\S/);
  if (col < 0) return undefined;
  let best: Entry | undefined;
  for (const e of entries) {
    if (jsLine < e.line || jsLine > e.endLine) continue;
    if (jsLine === e.line && col < e.col) continue;
    if (jsLine === e.endLine && col >= e.endCol) continue;
    if (!best || e.size < best.size) best = e;
  }
  return best && { from: best.lineno, to: best.end_lineno };
}

/**
 * The view lines that correspond to Python lines `from..to` (1-based, inclusive), as merged
 * ranges. For each Python line, the lines owned by the most specific (shortest) Python range
 * containing it win, so the cursor on a statement shows that statement, not its enclosing `def`.
 * A Python line that owns no whole line (a decorator) gets the lines of its innermost map entry;
 * blank and comment-only lines get none.
 */
export function tsLinesFor(view: TsView, from: number, to: number = from): LineRange[] {
  const index = pythonIndex(view);
  const picked = new Set<number>();
  for (let py = from; py <= to; py++) {
    if (view.noCode.has(py)) continue;
    const own = index.get(py);
    const lines = own ?? fallbackLines(view, py);
    lines.forEach(l => picked.add(l));
  }
  const sorted = [...picked].sort((a, b) => a - b);
  const out: LineRange[] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && last.end === l - 1) last.end = l; else out.push({ start: l, end: l });
  }
  return out;
}

// Python line -> the view lines owned by the shortest owner ranges containing it (built once per view).
const indexes = new WeakMap<TsView, Map<number, number[]>>();

function pythonIndex(view: TsView): Map<number, number[]> {
  let index = indexes.get(view);
  if (index) return index;
  index = new Map();
  const best = new Map<number, number>();
  view.owners.forEach((o, i) => {
    if (!o) return;
    const span = o.to - o.from;
    for (let py = o.from; py <= o.to; py++) {
      const b = best.get(py) ?? Infinity;
      if (span < b) { best.set(py, span); index!.set(py, [i]); } else if (span === b) index!.get(py)!.push(i);
    }
  });
  indexes.set(view, index);
  return index;
}

/** For a Python line that owns no whole view line: the lines of its innermost map entries. */
function fallbackLines(view: TsView, py: number): number[] {
  let bestSpan = Infinity;
  let hits: number[] = [];
  for (const s of view.spans) {
    if (py < s.from || py > s.to) continue;
    const span = s.to - s.from;
    if (span < bestSpan) { bestSpan = span; hits = []; }
    if (span === bestSpan) for (let l = s.start; l <= s.end; l++) hits.push(l);
  }
  return hits;
}
