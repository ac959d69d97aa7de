// Reading code cells out of an .ipynb (nbformat 4) file.
export function notebookCells(json: string): string[] {
  let nb: any;
  try { nb = JSON.parse(json); } catch (e: any) { throw new Error(`not a valid .ipynb file: ${e.message}`); }
  const cells: any[] = Array.isArray(nb?.cells) ? nb.cells : [];
  return cells.filter(c => c.cell_type === 'code')
    .map(c => Array.isArray(c.source) ? c.source.join('') : String(c.source ?? ''));
}
