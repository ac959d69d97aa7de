// The timeline: one row per lane, segments coloured by state, a cursor at the selected moment.
// DOM rendering of only the rows and the x range in view (virtualised), so 10,000 lanes and
// 100,000 events stay cheap. No vscode import: shared by the panel and the notebook renderer.
import { Timeline, Lane, Segment, laneTitle, fmtT, momentAtX, SEC } from './model';
import { el } from './dom';

export const ROW_H = 22;
/** Height of the time axis at the top of the timeline. */
export const AXIS_H = 18;
export const LABEL_W = 180;

export interface TimelineCallbacks {
  /** The user clicked a moment (event index) on a lane row. */
  pick(moment: number, lane: number): void;
}

export class TimelineView {
  readonly scroller: HTMLDivElement;
  private readonly sizer: HTMLDivElement;
  private readonly cursor: HTMLDivElement;
  private readonly tooltip: HTMLDivElement;
  private tl?: Timeline;
  /** Lane indices shown, in order. */
  rows: number[] = [];
  moment = 0;
  selected = -1;
  /** Pixels per layout unit. */
  zoom = 1;
  private pending = false;
  private segOf = new WeakMap<HTMLElement, { seg: Segment; lane: Lane }>();

  constructor(host: HTMLElement, private readonly cb: TimelineCallbacks, private readonly maxHeight?: number) {
    this.scroller = el('div', 'al-timeline');
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute('role', 'grid');
    this.scroller.setAttribute('aria-label', 'Task timeline');
    this.sizer = el('div', 'al-sizer');
    this.cursor = el('div', 'al-cursor');
    this.tooltip = el('div', 'al-tooltip');
    this.tooltip.hidden = true;
    this.scroller.append(this.sizer);
    host.append(this.scroller, this.tooltip);
    this.scroller.addEventListener('scroll', () => this.schedule());
    this.scroller.addEventListener('mousemove', ev => this.hover(ev));
    this.scroller.addEventListener('mouseleave', () => { this.tooltip.hidden = true; });
    this.scroller.addEventListener('click', ev => this.click(ev));
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
  }

  setTimeline(tl: Timeline, rows: number[], fit: boolean) {
    this.tl = tl;
    this.rows = rows;
    if (fit) this.fit();
    this.schedule();
  }

  fit() {
    if (!this.tl) return;
    const w = Math.max(200, (this.scroller.clientWidth || 800) - LABEL_W - 16);
    this.zoom = Math.max(0.02, Math.min(6, w / Math.max(1, this.tl.endX)));
  }

  xPx(x: number) { return LABEL_W + x * this.zoom; }
  momentPx(i: number) { return this.tl ? this.xPx(this.tl.xs[i] ?? this.tl.endX) : LABEL_W; }

  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => { this.pending = false; this.render(); });
  }

  /** Keep the cursor and the selected row in view. */
  reveal() {
    const s = this.scroller;
    const cx = this.momentPx(this.moment);
    if (cx < s.scrollLeft + LABEL_W + 20 || cx > s.scrollLeft + s.clientWidth - 20) s.scrollLeft = Math.max(0, cx - LABEL_W - (s.clientWidth - LABEL_W) / 2);
    const r = this.rows.indexOf(this.selected);
    if (r >= 0) {
      const y = r * ROW_H; // the row's top is AXIS_H + y; the pinned axis covers the first AXIS_H pixels
      if (y < s.scrollTop) s.scrollTop = y;
      else if (AXIS_H + y + ROW_H > s.scrollTop + s.clientHeight) s.scrollTop = AXIS_H + y + ROW_H - s.clientHeight;
    }
  }

  render() {
    const tl = this.tl;
    if (!tl) return;
    const s = this.scroller;
    const width = this.xPx(tl.endX) + 16;
    const height = AXIS_H + this.rows.length * ROW_H;
    this.sizer.style.width = `${width}px`;
    this.sizer.style.height = `${height}px`;
    if (this.maxHeight) s.style.height = `${Math.min(this.maxHeight, height + 18)}px`;
    const first = Math.max(0, Math.floor((s.scrollTop - AXIS_H) / ROW_H));
    const last = Math.min(this.rows.length, first + Math.ceil((s.clientHeight || 400) / ROW_H) + 1);
    const x0 = (s.scrollLeft - LABEL_W) / this.zoom;
    const x1 = (s.scrollLeft + (s.clientWidth || 800)) / this.zoom;
    const frag = document.createDocumentFragment();
    for (let r = first; r < last; r++) frag.append(this.row(tl, this.rows[r], r, x0, x1, s.scrollLeft));
    frag.append(this.axis(tl, x0, x1, s.scrollLeft, s.scrollTop));
    this.cursor.style.left = `${this.momentPx(this.moment)}px`;
    this.cursor.style.height = `${height}px`;
    frag.append(this.cursor);
    this.sizer.replaceChildren(frag);
  }

  private row(tl: Timeline, li: number, r: number, x0: number, x1: number, scrollLeft: number): HTMLElement {
    const lane = tl.lanes[li];
    const row = el('div', `al-row al-${lane.kind}${li === this.selected ? ' al-selected' : ''}`);
    row.style.top = `${AXIS_H + r * ROW_H}px`;
    row.dataset.lane = String(li);
    row.setAttribute('role', 'row');
    const label = el('div', 'al-label', laneTitle(lane, this.moment));
    label.style.left = `${scrollLeft}px`;
    label.title = lane.kind === 'task' ? `${lane.name}: ${lane.coro}` : `executor thread ${lane.name}`;
    const segs = lane.segments;
    // first segment that ends after x0 (segments are ordered and contiguous in x)
    let lo = 0, hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.endX(tl, segs[mid]) < x0) lo = mid + 1; else hi = mid;
    }
    let lastPx = -1;
    for (let k = lo; k < segs.length; k++) {
      const seg = segs[k];
      const sx = tl.xs[seg.start] ?? tl.endX;
      if (sx > x1) break;
      const left = this.xPx(sx);
      const right = Math.max(left + 2, this.xPx(this.endX(tl, seg)));
      if (right <= lastPx) continue; // sub-pixel segment hidden behind the previous one
      lastPx = right;
      const d = el('div', `al-seg al-${seg.state}${seg.blocked ? ' al-blocked' : ''}`);
      d.style.left = `${left}px`;
      d.style.width = `${right - left}px`;
      d.dataset.state = seg.state;
      if (right - left > 40) d.textContent = seg.label;
      this.segOf.set(d, { seg, lane });
      row.append(d);
    }
    row.append(label);
    return row;
  }

  /** The time axis, pinned to the top: a tick per "nice" time step, at the x of that time. */
  private axis(tl: Timeline, x0: number, x1: number, scrollLeft: number, scrollTop: number): HTMLElement {
    const axis = el('div', 'al-axis');
    axis.style.top = `${scrollTop}px`;
    axis.style.width = `${this.xPx(tl.endX) + 16}px`;
    const corner = el('div', 'al-axis-corner', 'time →');
    corner.style.left = `${scrollLeft}px`;
    const ev = tl.events;
    if (ev.length) {
      const span = Math.max(ev[ev.length - 1].t - ev[0].t, 1e-9);
      const pxPerSec = (this.xPx(tl.endX) - LABEL_W) / span;
      const step = niceStep(80 / Math.max(pxPerSec, 1e-9));
      let lastPx = -Infinity;
      for (let t = Math.ceil(ev[0].t / step) * step; t <= ev[ev.length - 1].t + 1e-9; t += step) {
        const x = xAtTime(tl, t);
        const px = this.xPx(x);
        if (x < x0 - 100 || x > x1 + 100 || px - lastPx < 40) continue;
        lastPx = px;
        const tick = el('div', 'al-tick', `t=${fmtT(+t.toFixed(6))}`);
        tick.style.left = `${px}px`;
        axis.append(tick);
      }
    }
    axis.append(corner);
    return axis;
  }

  private endX(tl: Timeline, seg: Segment) { return seg.end < tl.xs.length ? tl.xs[seg.end] : tl.endX; }

  private hover(ev: MouseEvent) {
    const t = ev.target as HTMLElement;
    const hit = this.segOf.get(t);
    if (!hit || !this.tl) { this.tooltip.hidden = true; return; }
    this.tooltip.replaceChildren(...tooltipLines(this.tl, hit.lane, hit.seg).map(l => el('div', '', l)));
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${ev.clientX + 12}px`;
    this.tooltip.style.top = `${ev.clientY + 14}px`;
  }

  private click(ev: MouseEvent) {
    if (!this.tl) return;
    const rowEl = (ev.target as HTMLElement).closest('.al-row') as HTMLElement | null;
    if (!rowEl) return;
    const rect = this.scroller.getBoundingClientRect();
    const px = ev.clientX - rect.left + this.scroller.scrollLeft;
    const lane = Number(rowEl.dataset.lane);
    const m = px < LABEL_W + this.scroller.scrollLeft ? this.moment : momentAtX(this.tl, (px - LABEL_W) / this.zoom);
    this.cb.pick(m, lane);
  }
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}
/** Layout x of loop time t: at an event's time, that event's x; between events, the clock
 *  part grows with t while the step part stays that of the last event before t. */
export function xAtTime(tl: Timeline, t: number): number {
  const ev = tl.events;
  let lo = 0, hi = ev.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ev[mid].t < t - 1e-9) lo = mid + 1; else hi = mid;
  }
  if (ev[lo].t <= t + 1e-9 || lo === 0) return tl.xs[lo];
  const i = lo - 1;
  return t * SEC + (tl.xs[i] - ev[i].t * SEC);
}

/** Tooltip text of a segment: state and span, the Python line (file:line), the awaited object
 *  and who woke the task. A wait's line is where the task resumes, i.e. its `await`. */
export function tooltipLines(tl: Timeline, lane: Lane, seg: Segment): string[] {
  const k = lane.segments.indexOf(seg);
  const out = [`${laneTitle(lane, seg.start)} — ${seg.state}`, `t=${fmtT(seg.t0)} → t=${fmtT(seg.t1)}`];
  const line = segmentLine(lane, k);
  if (line !== undefined) out.push(`Python ${lane.file ?? 'line'}:${line}`);
  if (seg.on) out.push(`awaiting: ${seg.on.desc}`);
  const taskName = (id: number) => {
    const li = tl.taskLane.get(id);
    return li !== undefined ? laneTitle(tl.lanes[li], seg.start) : `task #${id}`;
  };
  // Who woke it: this segment's own wake, the wake that ended a wait, or the one before a run.
  const woke = seg.state === 'waiting' ? lane.segments[k + 1] : seg.state === 'running' ? lane.segments[k - 1] : seg;
  if (woke?.wokenBy !== undefined) out.push(`woken by ${taskName(woke.wokenBy)}`);
  else if (woke?.state === 'ready' && woke.label === 'ready' && woke.start !== lane.created) {
    const waited = lane.segments[lane.segments.indexOf(woke) - 1]?.on;
    out.push(waited?.kind === 'sleep' ? `woken by the timer of ${waited.desc}` : 'woken by a loop callback (timer or future)');
  }
  if (seg.blocked) out.push(`blocked the loop for ${seg.blocked}s with sync code`);
  if ((seg.state === 'done' || seg.state === 'failed' || seg.state === 'cancelled') && lane.outcome) out.push(lane.outcome);
  return out;
}

/** The Python line of segment k: where a run resumes; for a wait or a ready spell, the line the
 *  task resumes at next (its `await`). */
export function segmentLine(lane: Lane, k: number): number | undefined {
  const seg = lane.segments[k];
  if (!seg || lane.kind !== 'task') return undefined;
  if (seg.state === 'running') return seg.line;
  if (seg.state !== 'waiting' && seg.state !== 'ready') return undefined;
  for (let j = k + 1; j < lane.segments.length; j++) if (lane.segments[j].state === 'running') return lane.segments[j].line;
  return undefined;
}
