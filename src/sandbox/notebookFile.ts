// Reading code cells out of an .ipynb (nbformat 4) file. Each keeps its position in the notebook
// (markdown cells count), so that `<cell N>` in tracebacks names the same cell as the kernel, the
// task view and `asyncio-lab check` do.
export interface NotebookCell { n: number; source: string }

export function notebookCells(json: string): NotebookCell[] {
  let nb: any;
  try { nb = JSON.parse(json); } catch (e: any) { throw new Error(`not a valid .ipynb file: ${e.message}`); }
  const cells: any[] = Array.isArray(nb?.cells) ? nb.cells : [];
  return cells.map((c, i) => ({ c, n: i + 1 })).filter(({ c }) => c.cell_type === 'code')
    .map(({ c, n }) => ({ n, source: Array.isArray(c.source) ? c.source.join('') : String(c.source ?? '') }));
}
