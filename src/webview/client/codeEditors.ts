// The contract between the task view and its code pane's editors. dist/monaco/monaco.js (built
// from src/webview/monaco/main.ts, kept out of the other bundles) implements it with
// monaco-editor and publishes it as `window.asyncioLabMonaco`; the task view only uses this
// interface, so it runs (without a code pane) where that bundle is not loaded, e.g. the
// notebook renderer.

export interface CodeEditorsOptions {
  /** Called when the user puts the cursor on a line of the Python editor (1-based). */
  onPythonLine(line: number): void;
  /** Same for the translation editor. */
  onTranslationLine(line: number): void;
}

export interface CodeEditors {
  /** Replace both texts (a no-op when they are unchanged). */
  setCode(python: string, translation: string): void;
  /** Highlight lines (1-based) in each editor and scroll them into view. */
  highlight(pythonLines: number[], translationLines: number[]): void;
  layout(): void;
}

export interface CodeEditorsFactory {
  create(pythonHost: HTMLElement, translationHost: HTMLElement, opts: CodeEditorsOptions): CodeEditors;
}

export function codeEditorsFactory(): CodeEditorsFactory | undefined {
  return (globalThis as any).asyncioLabMonaco as CodeEditorsFactory | undefined;
}
