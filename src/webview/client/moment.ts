// The event loop at one moment of a trace (after event i): the current task, the ready queue in
// order, the pending timers and whether sync code is blocking the loop. Plus the "why" of a task
// in plain words. Pure.
import { Timeline, Lane, Segment, segmentAt, laneTitle, fmtT } from './model';

export interface Timer { when: number; cb: string }
export interface LoopMoment {
  index: number;
  t: number;
  /** Lane index of the task running a step, if any. */
  current?: number;
  /** Lane indices of ready tasks, in the order they became ready (FIFO, as the loop runs them). */
  ready: number[];
  timers: Timer[];
  /** Loop blocked by sync code (time.sleep...) during the current step: seconds and line. */
  blocked?: { dur: number; line?: number };
  /** Human description of the event at this moment. */
  what: string;
}

let memo: { tl: Timeline; i: number; m: LoopMoment } | undefined;

export function loopAt(tl: Timeline, index: number): LoopMoment {
  const i = Math.max(0, Math.min(index, tl.events.length - 1));
  if (memo && memo.tl === tl && memo.i === i) return memo.m;
  const m = computeLoopAt(tl, i);
  memo = { tl, i, m };
  return m;
}

function computeLoopAt(tl: Timeline, i: number): LoopMoment {
  const ev = tl.events[i];
  const t = ev ? ev.t : 0;
  const ready: { lane: number; since: number }[] = [];
  let current: number | undefined;
  tl.lanes.forEach((lane, li) => {
    if (lane.kind !== 'task') return;
    const s = segmentAt(lane, i);
    if (!s) return;
    if (s.state === 'running') current = li;
    else if (s.state === 'ready') ready.push({ lane: li, since: s.start });
  });
  ready.sort((a, b) => a.since - b.since);
  const timers: Timer[] = [];
  let blocked: LoopMoment['blocked'];
  for (let j = 0; j <= i; j++) {
    const e = tl.events[j];
    if (e.k === 'timer') timers.push({ when: e.when, cb: e.cb });
    else if (e.k === 'fire') {
      const k = timers.findIndex(x => x.when === e.when);
      if (k >= 0) timers.splice(k, 1);
    } else if (e.k === 'loop' && e.phase === 'close') timers.length = 0;
    else if (e.k === 'step') blocked = undefined;
    else if (e.k === 'block') blocked = { dur: (blocked?.dur ?? 0) + e.dur, line: e.line };
  }
  // A timer whose deadline has passed without firing was cancelled.
  const live = timers.filter(x => x.when >= t).sort((a, b) => a.when - b.when);
  if (current === undefined) blocked = undefined;
  return { index: i, t, current, ready: ready.map(r => r.lane), timers: live, blocked, what: ev ? describeEvent(tl, i) : 'empty trace' };
}

function taskRef(tl: Timeline, id: number | undefined, at?: number): string {
  if (id === undefined) return 'a callback';
  const li = tl.taskLane.get(id);
  return li === undefined ? `task #${id}` : laneTitle(tl.lanes[li], at);
}

export function describeEvent(tl: Timeline, i: number): string {
  const e = tl.events[i];
  const at = `t=${fmtT(e.t)}`;
  switch (e.k) {
    case 'task': return `${at}: ${taskRef(tl, e.id, i)} created${e.parent !== undefined ? ` by ${taskRef(tl, e.parent, i)}` : ''}`;
    case 'step': return `${at}: loop runs a step of ${taskRef(tl, e.id, i)}${e.line ? ` at line ${e.line}` : ''}`;
    case 'name': return `${at}: ${taskRef(tl, e.id, i - 1)} renamed to '${e.name}'`;
    case 'stepEnd': return `${at}: ${taskRef(tl, e.id, i)} gives the loop back`;
    case 'wait': return `${at}: ${taskRef(tl, e.id, i)} awaits ${e.on.desc}`;
    case 'wake': return `${at}: ${taskRef(tl, e.id, i)} woken${e.by !== undefined ? ` by ${taskRef(tl, e.by, i)}` : ''}`;
    case 'done': return `${at}: ${taskRef(tl, e.id, i)} finished${e.result !== undefined ? ` → ${e.result}` : ''}`;
    case 'failed': return `${at}: ${taskRef(tl, e.id, i)} raised ${e.exc ?? 'an exception'}`;
    case 'cancelled': return `${at}: ${taskRef(tl, e.id, i)} cancelled`;
    case 'timer': return `${at}: timer set for t=${fmtT(e.when)}`;
    case 'fire': return `${at}: timer for t=${fmtT(e.when)} fires`;
    case 'cb': return `${at}: callback ${e.desc}`;
    case 'block': return `${at}: sync code blocks the loop for ${e.dur}s`;
    case 'thread': return `${at}: thread ${e.thread} ${e.phase} ${e.desc}`;
    case 'loop': return `${at}: loop ${e.phase}`;
    case 'unawaited': return `${at}: coroutine '${e.coro}' was never awaited${e.line ? ` (${e.file ?? 'line'}:${e.line})` : ''}`;
  }
}

/** One short clause on what a task is doing at moment i ("sleeps until t=2.0"). */
function stateClause(tl: Timeline, lane: Lane, s: Segment | undefined, index?: number): string {
  if (!s) return 'does not exist yet';
  switch (s.state) {
    case 'running': return 'is running';
    case 'ready': return 'is ready to run';
    case 'done': return `has finished${lane.outcome !== undefined ? ` (returned ${lane.outcome})` : ''}`;
    case 'failed': return `has failed with ${lane.outcome ?? 'an exception'}`;
    case 'cancelled': return 'was cancelled';
    case 'waiting': {
      const on = s.on!;
      if (on.kind === 'sleep' && on.until !== undefined) return `sleeps until t=${fmtT(on.until)}`;
      if (on.kind === 'task') return `waits on ${taskRef(tl, on.target, index)}`;
      return `waits on ${s.label}`;
    }
  }
}

/** Why the lane is in its state at moment i, in plain words. */
export function why(tl: Timeline, laneIndex: number, index: number, depth = 0): string {
  const lane = tl.lanes[laneIndex];
  const s = segmentAt(lane, index);
  const me = laneTitle(lane, index);
  if (lane.kind === 'thread') {
    if (!s) return `${me} is idle: no executor job is running on it.`;
    return s.state === 'waiting' ? `${me} runs ${s.on?.desc}, which is in time.sleep() ${s.label.replace('time.sleep ', '')}.` : `${me} runs ${s.label}.`;
  }
  if (!s) return `${me} has not been created yet.`;
  switch (s.state) {
    case 'running': {
      const blocked = s.blocked ? ` Sync code inside it blocks the whole loop for ${s.blocked}s.` : '';
      return `${me} is running: the loop is executing its coroutine${s.line ? ` from line ${s.line}` : ''} until its next await.${blocked}`;
    }
    case 'ready': {
      const m = readyPosition(tl, laneIndex, index);
      const who = s.wokenBy !== undefined ? `, woken by ${taskRef(tl, s.wokenBy, index)}` : s.label === 'ready (yielded)' ? ', after it yielded with sleep(0)' : lane.created === s.start ? ', just created' : '';
      return `${me} is ready${who}: it is number ${m} in the ready queue and runs when the loop reaches it.`;
    }
    case 'waiting': return `${me} is pending: ${waitWhy(tl, lane, s, index, depth)}`;
    case 'done': return `${me} finished at t=${fmtT(s.t0)}${lane.outcome !== undefined ? ` and returned ${lane.outcome}` : ''}.`;
    case 'failed': return `${me} failed at t=${fmtT(s.t0)}: it raised ${lane.outcome ?? 'an exception'}.`;
    case 'cancelled': return cancelWhy(tl, lane, s);
  }
}

function readyPosition(tl: Timeline, laneIndex: number, index: number): number {
  const m = loopAt(tl, index);
  return m.ready.indexOf(laneIndex) + 1;
}

function waitWhy(tl: Timeline, lane: Lane, s: Segment, index: number, depth: number): string {
  const on = s.on!;
  if (on.kind === 'sleep') return `it awaits asyncio.${on.desc}, so it sleeps until t=${fmtT(on.until ?? s.t0)}.`;
  if (on.kind === 'task' && on.target !== undefined) {
    const li = tl.taskLane.get(on.target);
    if (li === undefined) return `it waits on task #${on.target}.`;
    const other = tl.lanes[li];
    return `it waits on ${laneTitle(other, index)}, which ${stateClause(tl, other, segmentAt(other, index), index)}.`;
  }
  if (on.kind === 'gather') {
    const kids = tl.lanes.filter(l => l.kind === 'task' && l.parent === lane.id && l.created <= index)
      .filter(l => { const k = segmentAt(l, index); return k && k.state !== 'done' && k.state !== 'failed' && k.state !== 'cancelled'; });
    if (!kids.length || depth > 1) return 'it waits on asyncio.gather() for its awaitables to finish.';
    return `it waits on asyncio.gather(), which still waits for ${kids.map(k => `${laneTitle(k, index)} (which ${stateClause(tl, k, segmentAt(k, index), index)})`).join(' and ')}.`;
  }
  if (on.kind === 'thread') return `it waits for ${on.desc} on an executor thread.`;
  if (on.kind === 'queue') return `it waits on ${on.desc}: the queue has nothing for it yet.`;
  if (on.kind === 'lock' || on.kind === 'semaphore') return `it waits to acquire ${on.desc}, which another task holds.`;
  return `it waits on ${on.desc}.`;
}

function cancelWhy(tl: Timeline, lane: Lane, s: Segment): string {
  const me = laneTitle(lane, s.start);
  const reason = lane.outcome ? ` (${lane.outcome})` : '';
  // A sibling (same parent) that failed shortly before: a TaskGroup / gather cancelling the rest.
  for (let j = s.start - 1; j >= 0; j--) {
    const e = tl.events[j];
    if (e.k === 'failed') {
      const li = tl.taskLane.get(e.id);
      const sib = li !== undefined ? tl.lanes[li] : undefined;
      if (sib && sib !== lane && sib.parent === lane.parent) {
        return `${me} was cancelled at t=${fmtT(s.t0)}${reason} by its TaskGroup because ${laneTitle(sib, s.start)} raised ${e.exc ?? 'an exception'} at t=${fmtT(e.t)}.`;
      }
    }
  }
  const prev = lane.segments[lane.segments.indexOf(s) - 1];
  const by = prev?.wokenBy !== undefined ? ` by ${taskRef(tl, prev.wokenBy, s.start)}` : '';
  return `${me} was cancelled at t=${fmtT(s.t0)}${reason}${by}.`;
}
