// The timeline model of the task view: a runtime trace → one lane per Task and per executor
// thread, each cut into state segments. Pure (no DOM, no vscode), so it is unit-tested directly.
import type { TraceEvent, WaitTarget } from '../../runtime/trace';

export type { TraceEvent, WaitTarget };
export interface TraceFile { version: number; file?: string; events: TraceEvent[] }

export type SegState = 'running' | 'ready' | 'waiting' | 'done' | 'cancelled' | 'failed';

export interface Segment {
  state: SegState;
  /** Event indices: the segment covers moments [start, end). */
  start: number;
  end: number;
  /** Loop times at both ends. */
  t0: number;
  t1: number;
  /** What the segment shows on the timeline ("sleep(3)", "Queue.get()", "running"...). */
  label: string;
  on?: WaitTarget;
  /** Task that woke this one (for a ready segment following a wake). */
  wokenBy?: number;
  /** Python line the task resumed at (running segments). */
  line?: number;
  /** Seconds the loop was blocked by sync code inside this running segment. */
  blocked?: number;
}

export interface Lane {
  kind: 'task' | 'thread';
  /** Task id, or the thread's name. */
  key: string;
  id?: number;
  /** The task's latest name (see `names` for its name at a given moment). */
  name: string;
  /** Every name the task had, from the event index it took it at (Task.set_name). */
  names: { at: number; name: string }[];
  coro: string;
  /** Python file (`<cell 2>`, `kitchen.py`) of the task's coroutine, from its repr. */
  file?: string;
  parent?: number;
  /** Runtime-internal tasks (asyncio.run's shutdown_asyncgens...). */
  internal: boolean;
  created: number;
  segments: Segment[];
  final?: 'done' | 'cancelled' | 'failed';
  /** repr of the result / exception, or the cancel reason. */
  outcome?: string;
}

export interface Timeline {
  events: TraceEvent[];
  lanes: Lane[];
  /** Task id → lane index. */
  taskLane: Map<number, number>;
  /** Layout x per event (abstract units: seconds × SEC + loop steps × STEP). */
  xs: number[];
  /** Event indices where a task step begins (the "loop steps" for step forward/back). */
  steps: number[];
  endX: number;
  endT: number;
}

export const SEC = 100;
export const STEP = 8;

export function coroName(coro: string): string {
  const i = coro.indexOf('(');
  return i < 0 ? coro : coro.slice(0, i);
}
/** The lane's name at moment i (its latest name when i is omitted). */
export function nameAt(l: Lane, i?: number): string {
  if (i === undefined || l.names.length < 2) return l.name;
  let name = l.names[0].name;
  for (const n of l.names) { if (n.at <= i) name = n.name; else break; }
  return name;
}
/** "Task-3 'fetch'" (the task's name at moment i and its coroutine's function). */
export function laneTitle(l: Lane, i?: number): string {
  return l.kind === 'thread' ? l.name : `${nameAt(l, i)} '${coroName(l.coro)}'`;
}
/** The Python file in a coroutine repr ("main() running at <cell 2>:4" → "<cell 2>"). */
export function coroFile(coro: string): string | undefined {
  const m = / (?:running|defined) at (.+):\d+$/.exec(coro);
  return m ? m[1] : undefined;
}

function waitLabel(on: WaitTarget): string {
  if (on.kind === 'sleep' && on.until !== undefined) return `${on.desc} until t=${fmtT(on.until)}`;
  if (on.kind === 'task') return `await ${on.desc}`;
  if (on.kind === 'gather') return 'gather()';
  if (on.kind === 'future') return 'Future';
  return on.desc;
}
export function fmtT(t: number): string {
  return Number.isInteger(t) ? t.toFixed(1) : String(+t.toFixed(4));
}

export function parseTrace(json: unknown): TraceFile {
  const o = json as any;
  if (Array.isArray(o)) return { version: 1, events: o };
  if (!o || !Array.isArray(o.events)) throw new Error('not an asyncio-lab trace: expected {version, events}');
  return { version: o.version ?? 1, file: o.file, events: o.events };
}

type SegInit = Pick<Segment, 'state' | 'start' | 't0' | 'label'> & Partial<Pick<Segment, 'on' | 'wokenBy' | 'line'>>;
/** Every segment has the same shape (fast property access on 100,000s of them). */
function makeSeg(o: SegInit): Segment {
  return { state: o.state, start: o.start, end: o.start, t0: o.t0, t1: o.t0, label: o.label, on: o.on, wokenBy: o.wokenBy, line: o.line, blocked: undefined };
}

/** Build the timeline from a trace's events. */
export function buildTimeline(events: TraceEvent[]): Timeline {
  const lanes: Lane[] = [];
  const taskLane = new Map<number, number>();
  const threadLane = new Map<string, number>();
  const xs: number[] = [];
  const steps: number[] = [];
  let stepCount = 0;
  const running: (Segment | undefined)[] = [];
  const pendingWait = new Map<number, WaitTarget>();
  const openSeg: (Segment | undefined)[] = [];
  const laneIx = new WeakMap<Lane, number>();
  const open = (lane: Lane, o: SegInit) => {
    const seg = makeSeg(o);
    lane.segments.push(seg);
    openSeg[laneIx.get(lane)!] = seg;
    return seg;
  };
  const close = (lane: Lane, i: number, t: number) => {
    const li = laneIx.get(lane)!;
    const seg = openSeg[li];
    if (seg) { seg.end = i; seg.t1 = t; openSeg[li] = undefined; }
  };
  const addLane = (lane: Lane) => { laneIx.set(lane, lanes.length); lanes.push(lane); };
  let current: number | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.k === 'step') { stepCount++; steps.push(i); }
    xs.push(e.t * SEC + stepCount * STEP);
    switch (e.k) {
      case 'task': {
        const lane: Lane = {
          kind: 'task', key: String(e.id), id: e.id, name: e.name, names: [{ at: i, name: e.name }], coro: e.coro, file: e.file ?? coroFile(e.coro), parent: e.parent,
          internal: e.coro.startsWith('BaseEventLoop.'), created: i, segments: [],
        };
        taskLane.set(e.id, lanes.length);
        addLane(lane);
        open(lane, { state: 'ready', start: i, t0: e.t, label: 'ready' });
        break;
      }
      case 'step': {
        const lane = lanes[taskLane.get(e.id)!];
        if (!lane) break;
        close(lane, i, e.t);
        current = e.id;
        running[e.id] = open(lane, { state: 'running', start: i, t0: e.t, label: 'running', line: e.line });
        break;
      }
      case 'wait': pendingWait.set(e.id, e.on); break;
      case 'block': {
        const seg = current !== undefined ? running[current] : undefined;
        if (seg) seg.blocked = (seg.blocked ?? 0) + e.dur;
        break;
      }
      case 'stepEnd': {
        const lane = lanes[taskLane.get(e.id)!];
        if (!lane) break;
        current = undefined;
        if (lane.final) break;
        close(lane, i, e.t);
        const on = pendingWait.get(e.id);
        pendingWait.delete(e.id);
        if (on) open(lane, { state: 'waiting', start: i, t0: e.t, label: waitLabel(on), on });
        else open(lane, { state: 'ready', start: i, t0: e.t, label: 'ready (yielded)' });
        break;
      }
      case 'wake': {
        const lane = lanes[taskLane.get(e.id)!];
        if (!lane || lane.final) break;
        close(lane, i, e.t);
        open(lane, { state: 'ready', start: i, t0: e.t, label: 'ready', wokenBy: e.by });
        break;
      }
      case 'done': case 'cancelled': case 'failed': {
        const lane = lanes[taskLane.get(e.id)!];
        if (!lane) break;
        close(lane, i, e.t);
        lane.final = e.k;
        lane.outcome = e.k === 'done' ? e.result : e.k === 'failed' ? e.exc : e.reason;
        open(lane, { state: e.k, start: i, t0: e.t, label: e.k }); // stays open to the end
        break;
      }
      case 'thread': threadEvent(e, i, lanes, threadLane, addLane, open, close); break;
      case 'name': {
        // Task.set_name(), also right after creation (create_task(name=...)).
        const lane = lanes[taskLane.get(e.id)!];
        if (lane) { lane.name = e.name; lane.names.push({ at: i, name: e.name }); }
        break;
      }
    }
  }
  const n = events.length;
  const endT = n ? events[n - 1].t : 0;
  const endX = n ? xs[n - 1] + STEP : 0;
  for (const lane of lanes) close(lane, n, endT);
  return { events, lanes, taskLane, xs, steps, endX, endT };
}

function threadEvent(e: Extract<TraceEvent, { k: 'thread' }>, i: number, lanes: Lane[], threadLane: Map<string, number>,
  addLane: (l: Lane) => void, open: (l: Lane, s: SegInit) => Segment, close: (l: Lane, i: number, t: number) => void) {
  if (e.phase === 'submit') return;
  let li = threadLane.get(e.thread);
  if (li === undefined) {
    li = lanes.length;
    threadLane.set(e.thread, li);
    addLane({ kind: 'thread', key: `thread:${e.thread}`, name: e.thread, names: [{ at: i, name: e.thread }], coro: '', internal: false, created: i, segments: [] });
  }
  const lane = lanes[li];
  close(lane, i, e.t);
  if (e.phase === 'start') open(lane, { state: 'running', start: i, t0: e.t, label: e.desc });
  else if (e.phase === 'sleep') open(lane, { state: 'waiting', start: i, t0: e.t, label: `time.sleep until t=${fmtT(e.until ?? e.t)}`, on: { kind: 'thread', desc: e.desc, until: e.until } });
  // 'end': the thread is idle until its next job (no segment).
}

/** The segment of a lane covering moment i (undefined before the lane exists). */
export function segmentAt(lane: Lane, i: number): Segment | undefined {
  const segs = lane.segments;
  let lo = 0, hi = segs.length - 1, found: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].start <= i) { found = segs[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found && i < found.end ? found : undefined;
}

/** Index of the first event at or after layout x. */
export function momentAtX(tl: Timeline, x: number): number {
  let lo = 0, hi = tl.xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tl.xs[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The next event (after moment i) that concerns the lane's task, for "jump to next event". */
export function nextTaskEvent(tl: Timeline, lane: Lane, i: number, dir: 1 | -1 = 1): number | undefined {
  for (let j = i + dir; j >= 0 && j < tl.events.length; j += dir) {
    const e: any = tl.events[j];
    if (lane.kind === 'task' ? e.id === lane.id : e.k === 'thread' && e.thread === lane.name) return j;
  }
  return undefined;
}
