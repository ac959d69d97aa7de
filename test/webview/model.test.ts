import * as assert from 'assert';
import { buildTimeline, segmentAt, laneTitle, nextTaskEvent, momentAtX, parseTrace, Timeline } from '../../src/webview/client/model';
import { loopAt, why } from '../../src/webview/client/moment';
import { recordTrace } from './record';

const lane = (tl: Timeline, coro: string, nth = 0) => tl.lanes.filter(l => l.coro.startsWith(coro))[nth];
const idx = (tl: Timeline, coro: string, nth = 0) => tl.lanes.indexOf(lane(tl, coro, nth));
const states = (tl: Timeline, coro: string, nth = 0) => lane(tl, coro, nth).segments.map(s => s.state);

describe('webview model: kitchen demo (stew sleeps 3, salad sleeps 2, gathered)', () => {
  const rec = recordTrace('kitchen.py');
  const tl = buildTimeline(rec.events);

  it('ran the program as CPython does', () => {
    assert.strictEqual(rec.stdout, "start stew\nstart salad\nsalad ready\nstew ready\n['stew', 'salad']\n");
  });
  it('has one lane per task, runtime-internal tasks flagged', () => {
    const user = tl.lanes.filter(l => !l.internal).map(l => coroName(l.coro));
    assert.deepStrictEqual(user, ['main', 'cook', 'cook']);
    assert.ok(tl.lanes.filter(l => l.internal).every(l => l.coro.startsWith('BaseEventLoop.')));
  });
  it('cuts each task into ready → running → waiting → ready → running → done', () => {
    assert.deepStrictEqual(states(tl, 'cook', 0), ['ready', 'running', 'waiting', 'ready', 'running', 'done']);
    assert.deepStrictEqual(states(tl, 'main'), ['ready', 'running', 'waiting', 'ready', 'running', 'done']);
    const stew = lane(tl, 'cook', 0).segments[2], salad = lane(tl, 'cook', 1).segments[2];
    assert.strictEqual(stew.label, 'sleep(3) until t=3.0');
    assert.strictEqual(salad.label, 'sleep(2) until t=2.0');
    assert.deepStrictEqual([stew.t0, stew.t1, salad.t0, salad.t1], [0, 3, 0, 2]);
    assert.strictEqual(lane(tl, 'main').segments[2].on?.kind, 'gather');
  });
  it('the two waits overlap in time and on the x axis', () => {
    const a = lane(tl, 'cook', 0).segments[2], b = lane(tl, 'cook', 1).segments[2];
    assert.ok(tl.xs[a.start] < tl.xs[b.end] && tl.xs[b.start] < tl.xs[a.end]);
    assert.ok(tl.xs.every((x, i) => i === 0 || x >= tl.xs[i - 1]), 'x is monotonic');
  });
  it('at t=0 after main gathers, the ready queue holds stew then salad', () => {
    const i = tl.events.findIndex(e => e.k === 'stepEnd');
    const m = loopAt(tl, i);
    assert.strictEqual(m.t, 0);
    assert.strictEqual(m.current, undefined);
    assert.deepStrictEqual(m.ready, [idx(tl, 'cook', 0), idx(tl, 'cook', 1)]);
    const first = loopAt(tl, 0);
    assert.deepStrictEqual(first.ready, [idx(tl, 'main')]);
  });
  it('timers appear with their deadlines and disappear when they fire', () => {
    const both = tl.events.findIndex((e, i) => e.k === 'stepEnd' && loopAt(tl, i).timers.length === 2);
    assert.deepStrictEqual(loopAt(tl, both).timers.map(t => t.when), [2, 3]);
    const afterSalad = tl.events.findIndex(e => e.k === 'done');
    assert.deepStrictEqual(loopAt(tl, afterSalad).timers.map(t => t.when), [3]);
  });
  it('explains in plain words what each task waits on', () => {
    const i = tl.events.findIndex((e, j) => e.k === 'stepEnd' && loopAt(tl, j).timers.length === 2);
    const stewT = laneTitle(lane(tl, 'cook', 0));
    assert.strictEqual(why(tl, idx(tl, 'cook', 0), i), `${stewT} is pending: it awaits asyncio.sleep(3), so it sleeps until t=3.0.`);
    assert.match(why(tl, idx(tl, 'main'), i), /waits on asyncio\.gather\(\), which still waits for .*sleeps until t=3\.0.* and .*sleeps until t=2\.0/);
    assert.match(why(tl, idx(tl, 'cook', 1), tl.events.length - 1), /finished at t=2\.0 and returned 'salad'/);
    assert.match(why(tl, idx(tl, 'cook', 0), 1), /has not been created yet/);
    assert.match(why(tl, idx(tl, 'main'), 0), /is ready, just created: it is number 1 in the ready queue/);
  });
  it('navigates: segment lookup, next event of a task, x → moment', () => {
    const l = lane(tl, 'cook', 1);
    assert.strictEqual(segmentAt(l, l.created - 1), undefined);
    assert.strictEqual(segmentAt(l, tl.events.length - 1)?.state, 'done');
    const j = nextTaskEvent(tl, l, l.created)!;
    assert.strictEqual((tl.events[j] as any).id, l.id);
    assert.strictEqual(momentAtX(tl, 0), 0);
    assert.strictEqual(momentAtX(tl, tl.xs[10]), tl.xs.indexOf(tl.xs[10]));
  });
  it('parses the CLI trace file format', () => {
    assert.strictEqual(parseTrace({ version: 1, file: 'k.py', events: rec.events }).events.length, rec.events.length);
    assert.throws(() => parseTrace({ nope: 1 }), /not an asyncio-lab trace/);
  });
});

describe('webview model: threads, blocking, queues, TaskGroup cancellation', () => {
  const rec = recordTrace('mixed.py');
  const tl = buildTimeline(rec.events);

  it('has a lane per executor thread with running then time.sleep segments', () => {
    const th = tl.lanes.find(l => l.kind === 'thread')!;
    assert.strictEqual(th.name, 'asyncio_0');
    assert.deepStrictEqual(th.segments.map(s => [s.state, s.label]), [['running', 'blocking'], ['waiting', 'time.sleep until t=0.5']]);
    assert.match(why(tl, tl.lanes.indexOf(th), th.segments[1].start), /^asyncio_0 runs blocking, which is in time\.sleep\(\) until t=0\.5\.$/);
  });
  it('marks the loop blocked by sync code', () => {
    const b = tl.events.findIndex(e => e.k === 'block');
    const m = loopAt(tl, b);
    assert.deepStrictEqual(m.blocked, { dur: 0.25, line: undefined });
    assert.strictEqual(m.current, idx(tl, 'main'));
    assert.ok(lane(tl, 'main').segments.some(s => s.state === 'running' && s.blocked === 0.25));
  });
  it('explains a task waiting on a queue and on another task, and who woke it', () => {
    const consumer = lane(tl, 'main.<locals>.consumer');
    const w = consumer.segments.find(s => s.state === 'waiting')!;
    assert.strictEqual(w.label, 'Queue.get()');
    const mainWait = lane(tl, 'main').segments.find(s => s.on?.kind === 'task')!;
    assert.match(why(tl, idx(tl, 'main'), mainWait.start), new RegExp(`waits on ${laneTitle(consumer).replace(/[.<>]/g, '\\$&')}, which waits on Queue\\.get\\(\\)`));
    const woken = consumer.segments.find(s => s.wokenBy !== undefined)!;
    assert.strictEqual(woken.wokenBy, lane(tl, 'main').id);
    assert.match(why(tl, idx(tl, 'main.<locals>.consumer'), woken.start), /is ready, woken by Task-1 'main'/);
  });
  it('says a task was cancelled by its TaskGroup because a sibling raised', () => {
    assert.deepStrictEqual(states(tl, 'ok').slice(-1), ['cancelled']);
    assert.deepStrictEqual(states(tl, 'bad').slice(-1), ['failed']);
    const end = tl.events.length - 1;
    assert.match(why(tl, idx(tl, 'ok'), end), /^Task-3 'ok' was cancelled at t=1\.75 by its TaskGroup because Task-4 'bad' raised ValueError\('boom'\) at t=1\.75\.$/);
    assert.match(why(tl, idx(tl, 'bad'), end), /failed at t=1\.75: it raised ValueError\('boom'\)/);
  });
});

function coroName(c: string) { return c.slice(0, c.indexOf('(')); }

describe('webview model: task names', () => {
  it('takes a later { k: "name" } event (Task.set_name after create_task) as the lane name', () => {
    const tl = buildTimeline([
      { k: 'task', id: 7, name: 'Task-7', coro: 'cook()', t: 0 },
      { k: 'name', id: 7, name: 'stew', t: 0 } as any,
    ]);
    assert.strictEqual(laneTitle(tl.lanes[0]), "stew 'cook'");
  });
});
