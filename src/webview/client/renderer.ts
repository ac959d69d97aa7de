// Notebook output renderer for MIME application/vnd.asyncio-lab.trace+json: a compact timeline
// under the cell (bundled as ESM to dist/renderer.js). No vscode import.
import { App } from './app';
import { parseTrace } from './model';
import { RENDERER_CSS } from './rendererStyles';

export const TRACE_MIME = 'application/vnd.asyncio-lab.trace+json';

interface OutputItem { mime: string; json(): unknown; text(): string }

export function activate(_ctx: unknown) {
  return {
    renderOutputItem(item: OutputItem, element: HTMLElement) {
      element.replaceChildren();
      const style = document.createElement('style');
      style.textContent = RENDERER_CSS;
      const root = document.createElement('div');
      element.append(style, root);
      try {
        const app = new App(root, { compact: true });
        app.setTrace(parseTrace(item.json()));
      } catch (e) {
        root.textContent = `Asyncio Lab: cannot show this trace (${(e as Error).message})`;
      }
    },
    disposeOutputItem() { /* nothing held */ },
  };
}
