// `asyncio-lab check FILE.py|NB.ipynb`: the editor's asyncio diagnostics on the command line.
// A .py file prints `file:line:col: CODE message` (1-based column). A notebook checks each code
// cell as a cell (top-level await allowed, `asyncio.run` flagged, earlier cells' definitions
// known) and prints `nb.ipynb:cell N:line:col: CODE message`, where N counts every cell of the
// notebook from 1, markdown included, as VS Code shows them, and line is within the cell.
// Returns 1 when anything was found, 2 when the notebook cannot be read, else 0.
import { checkSource, formatDiagnostic } from '../language/diagnostics';
import { checkCells } from '../language/cells';

export function checkCommand(file: string, source: string, out: (s: string) => void, err: (s: string) => void = out): number {
  if (file.endsWith('.ipynb')) return checkNotebook(file, source, out, err);
  const found = checkSource(source, file, { cell: false });
  for (const d of found) out(formatDiagnostic(file, d) + '\n');
  return found.length ? 1 : 0;
}

/** Code cells of an nbformat 4 notebook, with their 1-based position among all cells. */
export function notebookCodeCells(json: string): { n: number; source: string }[] {
  const nb = JSON.parse(json);
  const cells: unknown[] = Array.isArray(nb?.cells) ? nb.cells : [];
  const out: { n: number; source: string }[] = [];
  cells.forEach((c: any, i) => {
    if (c?.cell_type !== 'code') return;
    out.push({ n: i + 1, source: Array.isArray(c.source) ? c.source.join('') : String(c.source ?? '') });
  });
  return out;
}

function checkNotebook(file: string, json: string, out: (s: string) => void, err: (s: string) => void): number {
  let cells: { n: number; source: string }[];
  try {
    cells = notebookCodeCells(json);
  } catch (e: any) {
    err(`asyncio-lab: ${file} is not a valid .ipynb file: ${e?.message ?? e}\n`);
    return 2;
  }
  const found = checkCells(cells.map((c) => c.source));
  let any = false;
  found.forEach((diags, i) => {
    for (const d of diags) {
      any = true;
      out(formatDiagnostic(`${file}:cell ${cells[i].n}`, d) + '\n');
    }
  });
  return any ? 1 : 0;
}
