// Notebook cells share one namespace: an `async def` in cell 1 makes `fetch()` in cell 2 a
// coroutine call. Each cell is checked with the cell rules (top-level await allowed, a loop
// already running) and with the other code cells as context, so the names they define resolve.
// Used by `asyncio-lab check NB.ipynb` (src/cli/check.ts) and by the editor for cells.
import { parse } from '../translator/parser';
import { checkSource, type CheckOptions, type LabDiagnostic, type TextEdit } from './diagnostics';

/** What a cell adds to the context of the cells after it: its source ending with a newline, or
 *  '' when it has a syntax error (an unclosed bracket could swallow the cells after it). */
export function contextPart(source: string): string {
  if (parse(source, '<cell>', { allowTopLevelAwait: true }).errors.length) return '';
  return source.endsWith('\n') ? source : source + '\n';
}

/** The context for a cell: the earlier cells' parts, joined. */
export function cellContext(earlier: readonly string[]): string {
  return earlier.map(contextPart).join('');
}

function lineCount(text: string): number {
  return text === '' ? 0 : text.split(/\r\n|\r|\n/).length - 1;
}

/** A diagnostic found in a joined text, moved into the cell whose lines are (shift, shift + lines]. */
function intoCell(d: LabDiagnostic, shift: number, lines: number): LabDiagnostic {
  const moved = <T extends { line: number; endLine: number }>(x: T): T => ({ ...x, line: x.line - shift, endLine: x.endLine - shift });
  // An insertion outside the cell (`import asyncio` at the top of the text) goes to the cell's top.
  const edit = (e: TextEdit): TextEdit => (e.line > shift && e.line <= shift + lines ? moved(e) : { ...e, line: 1, col: 0, endLine: 1, endCol: 0 });
  return d.fix ? { ...moved(d), fix: { ...d.fix, edits: d.fix.edits.map(edit) } } : moved(d);
}

/** The diagnostics of one cell, given the source of the cells before it (`cellContext`). */
export function checkCell(source: string, context: string, opts: Omit<CheckOptions, 'cell'> = {}): LabDiagnostic[] {
  const shift = lineCount(context);
  if (shift === 0) return checkSource(source, '<cell>', { ...opts, cell: true });
  return checkSource(context + source, '<cell>', { ...opts, cell: true })
    .filter((d) => d.line > shift)
    .map((d) => intoCell(d, shift, lineCount(source) + 1));
}

/** Diagnostics of every cell (index-aligned with `cells`), in one pass over the cells that parse;
 *  a cell with a syntax error is checked on its own, after the cells above it. */
export function checkCells(cells: readonly string[], opts: Omit<CheckOptions, 'cell'> = {}): LabDiagnostic[][] {
  const parts = cells.map(contextPart);
  const before: string[] = [];
  const starts: number[] = [];
  let text = '';
  for (const p of parts) { before.push(text); starts.push(lineCount(text)); text += p; }
  const out: LabDiagnostic[][] = cells.map(() => []);
  for (const d of checkSource(text, '<cell>', { ...opts, cell: true })) {
    let i = parts.length - 1;
    while (i > 0 && (parts[i] === '' || starts[i] >= d.line)) i--;
    out[i].push(intoCell(d, starts[i], lineCount(parts[i])));
  }
  cells.forEach((src, i) => {
    if (parts[i] === '') out[i] = checkCell(src, before[i], opts);
  });
  return out;
}
