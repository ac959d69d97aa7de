// The task view's code pane editors: monaco-editor's core API plus the Python and TypeScript
// syntax colouring only (no language services, hence no web workers). Bundled on its own to
// dist/monaco/monaco.js (+ monaco.css and the codicon font) and loaded by the panel page before
// dist/webview.js; it publishes `window.asyncioLabMonaco` (client/codeEditors.ts).
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import * as python from 'monaco-editor/esm/vs/basic-languages/python/python.js';
import * as typescript from 'monaco-editor/esm/vs/basic-languages/typescript/typescript.js';
import type { CodeEditors, CodeEditorsFactory, CodeEditorsOptions } from '../client/codeEditors';

// No language service runs, so no worker is needed; monaco asks only if a feature wants one.
(globalThis as any).MonacoEnvironment = {
  getWorker() { throw new Error('Asyncio Lab: the code pane runs without web workers'); },
};

for (const [id, lang] of [['python', python], ['typescript', typescript]] as const) {
  monaco.languages.register({ id });
  monaco.languages.setMonarchTokensProvider(id, (lang as any).language);
  monaco.languages.setLanguageConfiguration(id, (lang as any).conf);
}

/** VS Code marks the webview body with its theme kind; a plain browser gets the light theme. */
function themeName(): string {
  const c = document.body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'hc-light';
  if (c.contains('vscode-high-contrast')) return 'hc-black';
  return c.contains('vscode-dark') ? 'vs-dark' : 'vs';
}

// Follow VS Code's theme changes (the webview body's class changes).
new MutationObserver(() => monaco.editor.setTheme(themeName())).observe(document.body, { attributes: true, attributeFilter: ['class'] });

function makeEditor(host: HTMLElement, language: string, onLine: (line: number) => void) {
  const editor = monaco.editor.create(host, {
    value: '', language, readOnly: true, domReadOnly: true, theme: themeName(),
    automaticLayout: true, minimap: { enabled: false }, scrollBeyondLastLine: false,
    lineNumbersMinChars: 3, folding: false, renderLineHighlight: 'none', contextmenu: false,
    wordBasedSuggestions: 'off', links: false, occurrencesHighlight: 'off', selectionHighlight: false,
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
    fontSize: 12, ariaLabel: language === 'python' ? 'Python source of the task' : 'TypeScript translation',
  });
  editor.onDidChangeCursorPosition(e => {
    if (e.source === 'mouse' || e.source === 'keyboard') onLine(e.position.lineNumber);
  });
  const marks = editor.createDecorationsCollection();
  return {
    editor,
    setText(text: string) { if (editor.getValue() !== text) editor.setValue(text); },
    mark(lines: number[]) {
      const n = editor.getModel()?.getLineCount() ?? 0;
      const ok = lines.filter(l => l >= 1 && l <= n);
      marks.set(ok.map(l => ({
        range: new monaco.Range(l, 1, l, 1),
        options: { isWholeLine: true, className: 'al-code-line', linesDecorationsClassName: 'al-code-gutter' },
      })));
      if (ok.length) editor.revealLinesInCenterIfOutsideViewport(Math.min(...ok), Math.max(...ok));
    },
  };
}

const factory: CodeEditorsFactory = {
  create(pythonHost: HTMLElement, translationHost: HTMLElement, opts: CodeEditorsOptions): CodeEditors {
    const py = makeEditor(pythonHost, 'python', opts.onPythonLine);
    const ts = makeEditor(translationHost, 'typescript', opts.onTranslationLine);
    return {
      setCode(python: string, translation: string) { py.setText(python); ts.setText(translation); },
      highlight(pythonLines: number[], translationLines: number[]) { py.mark(pythonLines); ts.mark(translationLines); },
      layout() { py.editor.layout(); ts.editor.layout(); },
    };
  },
};
(globalThis as any).asyncioLabMonaco = factory;
