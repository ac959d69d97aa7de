// `asyncio-lab run ... --taskview OUT.html`: the task view of a run as a standalone page, to open
// in any browser. It is the same page the VS Code panel shows (webview/html.ts, dist/webview.js,
// the monaco code pane), loaded from the dist/ folder next to the CLI; OUT.data.js carries the
// trace and each cell's code and hands them to the page as the panel would (a `trace` message).
import * as fs from 'fs';
import * as path from 'path';
import { taskViewHtml } from '../webview/html';
import { codeFile } from '../webview/codeFiles';
import type { CodeFile, HostToView } from '../webview/protocol';
import { notebookCells } from '../sandbox/notebookFile';

/** The code files of a program (`.py`, module mode names it by its path) or notebook cells. */
export function codeFilesOf(file: string, source: string): CodeFile[] {
  if (!file.endsWith('.ipynb')) return [codeFile(file, source, path.basename(file), 'module')];
  const name = path.basename(file);
  return notebookCells(source).map((c) => codeFile(`<cell ${c.n}>`, c.source, `${name}, cell ${c.n}`));
}

/** Writes OUT.html and OUT.data.js; `distDir` holds webview.js, taskview.css and monaco/. */
export function writeTaskViewPage(out: string, distDir: string, file: string, source: string, traceJson: string): void {
  const dir = path.dirname(path.resolve(out));
  const rel = (p: string) => path.relative(dir, path.join(distDir, p)).split(path.sep).join('/');
  const dataFile = out.replace(/\.html?$/i, '') + '.data.js';
  const nonce = 'asyncioLabTaskView';
  const html = taskViewHtml({
    scriptUri: rel('webview.js'), styleUri: rel('taskview.css'), cspSource: "'self' file:", nonce,
    title: `Asyncio Lab: ${path.basename(file)}`,
    monaco: fs.existsSync(path.join(distDir, 'monaco', 'monaco.js'))
      ? { scriptUri: rel('monaco/monaco.js'), styleUri: rel('monaco/monaco.css') } : undefined,
    dataUri: path.basename(dataFile),
  });
  const message = `{"type":"trace","title":${JSON.stringify(path.basename(file))},`
    + `"code":${JSON.stringify(codeFilesOf(file, source))},`
    + `"trace":{"version":1,"file":${JSON.stringify(file)},"events":${traceJson}}}`;
  const typed: HostToView['type'] = 'trace';
  fs.writeFileSync(dataFile, `// The ${typed} message for ${path.basename(out)} (written by asyncio-lab run --taskview).\n`
    + `window.postMessage(${message}, '*');\n`);
  fs.writeFileSync(out, html);
}
