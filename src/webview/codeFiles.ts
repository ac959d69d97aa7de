// Host side of the task view's code pane: each notebook cell's Python with its translation (the
// same document "Show TypeScript" shows, notebook/tsView.ts) and the line links both ways.
// No vscode import.
import { buildTsView, tsLinesFor } from '../notebook/tsView';
import type { CodeFile } from './protocol';

export function codeFile(file: string, python: string, title: string, mode: 'cell' | 'module' = 'cell'): CodeFile {
  const view = buildTsView(python, { filename: file, mode, title });
  const pyCount = python.split('\n').length;
  const pyToTs: number[][] = [[]];
  for (let py = 1; py <= pyCount; py++) {
    const lines: number[] = [];
    if (view.ok) for (const r of tsLinesFor(view, py)) for (let l = r.start; l <= r.end; l++) lines.push(l + 1);
    pyToTs.push(lines);
  }
  const tsToPy = [0, ...view.owners.map(o => o?.from ?? 0)];
  return { file, python, translation: view.text, pyToTs, tsToPy };
}
