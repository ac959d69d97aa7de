// The task view's code pane: the focused task's cell Python with its current line highlighted,
// and the TypeScript translation beside it, lines linked both ways (codeLinks.ts). Editors come
// from the monaco bundle (codeEditors.ts); without it the pane stays hidden.
import type { CodeFile } from '../protocol';
import type { Timeline } from './model';
import { laneTitle } from './model';
import { CodeEditors, codeEditorsFactory } from './codeEditors';
import { codeFocus, fromPython, fromTranslation, Highlight } from './codeLinks';
import { el } from './dom';

export class CodePane {
  readonly root: HTMLElement;
  private readonly title: HTMLElement;
  private readonly editors?: CodeEditors;
  private files = new Map<string, CodeFile>();
  private shown?: CodeFile;
  /** Last highlight, for tests and for keeping it when nothing changed. */
  highlighted: Highlight = { python: [], translation: [] };

  constructor(host: HTMLElement) {
    this.root = el('section', 'al-code');
    this.root.setAttribute('aria-label', 'Python source and its TypeScript translation');
    this.title = el('div', 'al-code-title');
    const heads = el('div', 'al-code-heads');
    heads.append(el('span', '', 'Python'), el('span', '', 'TypeScript translation'));
    const pyHost = el('div', 'al-code-editor al-code-python');
    const tsHost = el('div', 'al-code-editor al-code-ts');
    const body = el('div', 'al-code-body');
    body.append(pyHost, tsHost);
    this.root.append(this.title, heads, body);
    host.append(this.root);
    const factory = codeEditorsFactory();
    this.root.hidden = true;
    if (!factory) return;
    this.editors = factory.create(pyHost, tsHost, {
      onPythonLine: line => { if (this.shown) this.apply(fromPython(this.shown, line)); },
      onTranslationLine: line => { if (this.shown) this.apply(fromTranslation(this.shown, line)); },
    });
  }

  get available() { return this.editors !== undefined; }

  setFiles(files: CodeFile[] | undefined) {
    if (!files) return;
    this.files = new Map(files.map(f => [f.file, f]));
    if (this.shown) this.shown = this.files.get(this.shown.file);
  }

  /** Show the code of the selected (or running) task at the moment. */
  update(tl: Timeline, selected: number, moment: number) {
    if (!this.editors) return;
    const focus = codeFocus(tl, selected, moment);
    const file = focus && this.files.get(focus.file);
    if (!focus || !file) {
      if (!this.files.size) { this.root.hidden = true; return; }
      this.title.textContent = focus ? `${focus.file}: no source for this task` : 'Select a task to see its code';
      if (!this.shown) { this.root.hidden = false; return; }
      this.apply({ python: [], translation: [] });
      return;
    }
    this.root.hidden = false;
    if (this.shown !== file) {
      this.shown = file;
      this.editors.setCode(file.python, file.translation);
    }
    this.title.textContent = `${laneTitle(tl.lanes[focus.lane], moment)} · ${file.file}${focus.line !== undefined ? `:${focus.line}` : ''}`;
    this.apply(fromPython(file, focus.line));
  }

  private apply(h: Highlight) {
    this.highlighted = h;
    this.editors?.highlight(h.python, h.translation);
  }
}
