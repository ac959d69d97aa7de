// The task view application: toolbar (step back/forward, scrubber, zoom, internal tasks), the
// timeline and the side panes, with keyboard navigation. Used full-size by the panel and compact
// by the notebook renderer.
import { buildTimeline, Timeline, TraceEvent, TraceFile, nextTaskEvent, fmtT } from './model';
import { TimelineView } from './timelineView';
import { renderSide } from './sidePanel';
import { CodePane } from './codePane';
import type { CodeFile } from '../protocol';
import { el } from './dom';

export interface AppOptions { compact?: boolean; onRevealLine?: (line: number) => void }

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'al-btn', label);
  b.title = title;
  b.setAttribute('aria-label', title);
  b.addEventListener('click', onClick);
  return b;
}

export class App {
  private events: TraceEvent[] = [];
  private tl?: Timeline;
  private readonly view: TimelineView;
  private readonly side: HTMLElement;
  /** The Python / translation pane (full view only, when the monaco bundle is loaded). */
  readonly code?: CodePane;
  private readonly scrub: HTMLInputElement;
  private readonly clock: HTMLSpanElement;
  private readonly status: HTMLDivElement;
  private showInternal = false;
  private live = false;
  private lastBuild = 0;
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  private jumpToEnd = false;
  private builtCount = 0;

  constructor(readonly root: HTMLElement, private readonly opts: AppOptions = {}) {
    root.classList.add('al-app');
    if (opts.compact) root.classList.add('al-compact');
    const bar = el('div', 'al-toolbar');
    bar.setAttribute('role', 'toolbar');
    this.scrub = el('input', 'al-scrub');
    this.scrub.type = 'range';
    this.scrub.min = '0';
    this.scrub.setAttribute('aria-label', 'Scrub through the run');
    this.scrub.addEventListener('input', () => this.setMoment(Number(this.scrub.value)));
    this.clock = el('span', 'al-clock', 't=0.0');
    const internal = el('label', 'al-check');
    const box = el('input', '');
    box.type = 'checkbox';
    box.addEventListener('change', () => { this.showInternal = box.checked; this.refresh(false); });
    internal.append(box, document.createTextNode(' internal tasks'));
    bar.append(
      button('«', 'Back to the start (Home)', () => this.setMoment(0)),
      button('◀', 'Step back one loop step (Shift+Left)', () => this.stepLoop(-1)),
      button('▶', 'Step forward one loop step (Shift+Right)', () => this.stepLoop(1)),
      this.scrub, this.clock,
      button('−', 'Zoom out (-)', () => this.zoomBy(1 / 1.5)),
      button('+', 'Zoom in (+)', () => this.zoomBy(1.5)),
      internal,
    );
    const legend = el('div', 'al-legend');
    legend.setAttribute('aria-hidden', 'true');
    for (const st of ['running', 'ready', 'waiting', 'done', 'cancelled', 'failed']) {
      const item = el('span', 'al-legend-item');
      item.append(el('span', `al-swatch al-${st}`), document.createTextNode(st));
      legend.append(item);
    }
    bar.append(legend);
    this.status = el('div', 'al-status');
    const main = el('div', 'al-main');
    const left = el('div', 'al-left');
    this.side = el('aside', 'al-side');
    this.side.setAttribute('aria-live', 'polite');
    main.append(left, this.side);
    root.append(bar, this.status, main);
    this.view = new TimelineView(left, { pick: (m, lane) => { this.view.selected = lane; this.setMoment(m); } }, opts.compact ? 220 : undefined);
    this.view.scroller.addEventListener('keydown', ev => this.key(ev));
    if (!opts.compact) this.code = new CodePane(left);
  }

  setTrace(trace: TraceFile, live = false, code?: CodeFile[]) {
    this.code?.setFiles(code);
    // A live run that just ended stays at its end; a new recorded run starts at t=0.
    const wasLive = this.live;
    this.events = trace.events.slice();
    this.live = live;
    this.status.textContent = trace.events.length ? '' : 'The trace is empty: run a cell or a program with tracing on.';
    if (this.rebuildTimer) { clearTimeout(this.rebuildTimer); this.rebuildTimer = undefined; }
    this.rebuild(true);
    this.setMoment(live || wasLive ? this.events.length - 1 : 0);
  }

  /** Live mode: more events. Redraws every 60 ms while they come (~16 times a second), not more. */
  append(events: TraceEvent[], done = false) {
    for (const e of events) this.events.push(e);
    // A run going live jumps to its end; then the view follows the end unless the user moved away.
    if (!this.live && !done) this.jumpToEnd = true;
    this.live = !done;
    if (this.rebuildTimer) return;
    const wait = Math.max(0, 60 - (Date.now() - this.lastBuild));
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = undefined;
      // (tl.events is this.events, already longer: compare with what the last build showed)
      const follow = this.jumpToEnd || !this.tl || this.view.moment >= this.builtCount - 1;
      this.jumpToEnd = false;
      this.rebuild(false);
      if (follow) this.setMoment(this.events.length - 1);
    }, wait);
  }

  private rebuild(fit: boolean) {
    this.lastBuild = Date.now();
    this.builtCount = this.events.length;
    this.tl = buildTimeline(this.events);
    this.scrub.max = String(Math.max(0, this.events.length - 1));
    this.refresh(fit);
  }

  private refresh(fit: boolean) {
    if (!this.tl) return;
    const rows: number[] = [];
    this.tl.lanes.forEach((l, i) => { if (this.showInternal || !l.internal) rows.push(i); });
    this.view.setTimeline(this.tl, rows, fit);
    this.updateSide();
  }

  get timeline() { return this.tl; }
  get moment() { return this.view.moment; }

  setMoment(i: number) {
    if (!this.tl) return;
    const n = this.tl.events.length;
    this.view.moment = Math.max(0, Math.min(n - 1, i));
    this.scrub.value = String(this.view.moment);
    this.view.reveal();
    this.view.schedule();
    this.updateSide();
  }

  private updateSide() {
    if (!this.tl || !this.tl.events.length) { this.side.replaceChildren(); return; }
    const ev = this.tl.events[this.view.moment];
    this.clock.textContent = `t=${fmtT(ev ? ev.t : 0)}${this.live ? ' · live' : ''}`;
    renderSide(this.side, this.tl, this.view.moment, this.view.selected, this.view.rows);
    this.code?.update(this.tl, this.view.selected, this.view.moment);
  }

  /** Move to the previous/next task step (a "loop step"). */
  stepLoop(dir: 1 | -1) {
    if (!this.tl) return;
    const steps = this.tl.steps;
    const cur = this.view.moment;
    const next = dir > 0 ? steps.find(s => s > cur) : [...steps].reverse().find(s => s < cur);
    this.setMoment(next ?? (dir > 0 ? this.tl.events.length - 1 : 0));
  }

  private zoomBy(f: number) {
    this.view.zoom = Math.max(0.005, Math.min(40, this.view.zoom * f));
    this.view.reveal();
    this.view.schedule();
  }

  private selectRow(delta: number) {
    const rows = this.view.rows;
    if (!rows.length) return;
    const r = rows.indexOf(this.view.selected);
    const nr = r < 0 ? 0 : Math.max(0, Math.min(rows.length - 1, r + delta));
    this.view.selected = rows[nr];
    this.setMoment(this.view.moment);
  }

  private jumpTask(dir: 1 | -1) {
    if (!this.tl || this.view.selected < 0) return;
    const j = nextTaskEvent(this.tl, this.tl.lanes[this.view.selected], this.view.moment, dir);
    if (j !== undefined) this.setMoment(j);
  }

  private key(ev: KeyboardEvent) {
    const handled = (() => {
      switch (ev.key) {
        case 'ArrowRight': ev.shiftKey ? this.stepLoop(1) : this.setMoment(this.view.moment + 1); return true;
        case 'ArrowLeft': ev.shiftKey ? this.stepLoop(-1) : this.setMoment(this.view.moment - 1); return true;
        case 'ArrowDown': this.selectRow(1); return true;
        case 'ArrowUp': this.selectRow(-1); return true;
        case 'PageDown': this.selectRow(10); return true;
        case 'PageUp': this.selectRow(-10); return true;
        case 'Home': this.setMoment(0); return true;
        case 'End': this.setMoment(Number.MAX_SAFE_INTEGER); return true;
        case 'n': this.jumpTask(1); return true;
        case 'p': this.jumpTask(-1); return true;
        case '+': case '=': this.zoomBy(1.5); return true;
        case '-': this.zoomBy(1 / 1.5); return true;
        case 'Enter': {
          const lane = this.tl?.lanes[this.view.selected];
          const seg = lane?.segments.find(s => s.start <= this.view.moment && this.view.moment < s.end);
          if (seg?.line !== undefined) this.opts.onRevealLine?.(seg.line);
          return true;
        }
      }
      return false;
    })();
    if (handled) ev.preventDefault();
  }
}
