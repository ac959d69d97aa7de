// Browser test: headless Chromium loads the built task-view page (dist/webview.js, the panel's
// HTML with its strict CSP, media/taskview.css) from a local server, receives the kitchen demo's
// recorded trace as the extension would send it, and we check the lanes, the states, the loop at
// t=0 and a "why" explanation, then save media/screenshots/taskview.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { recordTrace } from './record';
import { ROOT, ensureBuilt, launch, serve } from './browserHarness';
import { syntheticTrace } from './synthetic';

describe('task view in headless Chromium', function () {
  this.timeout(120_000);
  let browser: any, page: any, srv: { url: string; close(): void };
  const problems: string[] = [];

  before(async () => {
    ensureBuilt();
    browser = await launch();
    srv = await serve();
    page = await browser.newPage({ viewport: { width: 1280, height: 560 } });
    page.on('console', (m: any) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e: Error) => problems.push(e.message));
    await page.goto(srv.url);
    const { events } = recordTrace('kitchen.py');
    await page.evaluate((trace: unknown) => window.postMessage({ type: 'trace', trace, title: 'kitchen' }, '*'), { version: 1, file: 'kitchen.py', events });
    await page.waitForSelector('.al-row');
  });
  after(async () => { await browser?.close(); srv?.close(); });

  const text = (sel: string) => page.$$eval(sel, (els: Element[]) => els.map(e => e.textContent ?? ''));

  it('loads under the strict CSP without errors', () => {
    assert.deepStrictEqual(problems, []);
  });

  it('shows one lane per user task', async () => {
    assert.deepStrictEqual(await text('.al-row .al-label'), ["Task-1 'main'", "Task-2 'cook'", "Task-3 'cook'"]);
  });

  it('colours segments by state, and both cooks wait at the same time', async () => {
    const segs = await page.$$eval('.al-row', (rows: HTMLElement[]) => rows.map(r =>
      Array.from(r.querySelectorAll<HTMLElement>('.al-seg')).map(s => ({ state: s.dataset.state, left: s.offsetLeft, right: s.offsetLeft + s.offsetWidth }))));
    const states = segs.map((r: any[]) => r.map(s => s.state));
    assert.deepStrictEqual(states[1], ['ready', 'running', 'waiting', 'ready', 'running', 'done']);
    assert.deepStrictEqual(states[2], ['ready', 'running', 'waiting', 'ready', 'running', 'done']);
    const stew = segs[1][2], salad = segs[2][2];
    assert.ok(stew.left < salad.right && salad.left < stew.right, 'the two waits overlap');
    assert.ok(stew.right > salad.right + 50, 'stew waits longer than salad');
  });

  it('at t=0 shows the ready queue, and stepping shows what each task waits on', async () => {
    await page.focus('.al-timeline');
    await page.keyboard.press('Home');
    assert.deepStrictEqual(await text('.al-ready li'), ["Task-1 'main'"]);
    await page.keyboard.press('Shift+ArrowRight'); // main's first step: it creates stew and salad
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight'); // two tasks, each named by create_task(name=)
    assert.match((await text('.al-now'))[0], /^t = 0\.0/);
    assert.deepStrictEqual(await text('.al-ready li'), ["stew 'cook'", "salad 'cook'"]);
    assert.deepStrictEqual(await text('.al-current'), ["Task-1 'main'"]);
    await page.keyboard.press('Shift+ArrowRight'); // stew's first step
    await page.keyboard.press('Shift+ArrowRight'); // salad's first step
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight'); // salad gives the loop back
    assert.match((await text('.al-what'))[0], /^t=0\.0: salad 'cook' gives the loop back$/);
    assert.deepStrictEqual(await text('.al-current'), ['none: the loop is between task steps']);
    const why = (await text('.al-why li')).join('\n');
    assert.match(why, /stew 'cook' is pending: it awaits asyncio\.sleep\(3\), so it sleeps until t=3\.0\./);
    assert.match(why, /salad 'cook' is pending: it awaits asyncio\.sleep\(2\), so it sleeps until t=2\.0\./);
    assert.match(why, /Task-1 'main' is pending: it waits on asyncio\.gather\(\)/);
    assert.deepStrictEqual(await text('.al-timers li strong'), ['t=2.0', 't=3.0']);
  });

  it('hovering a segment shows what it awaits', async () => {
    const seg = (await page.$$('.al-row:nth-child(2) .al-seg[data-state="waiting"]'))[0]
      ?? (await page.$$('.al-seg[data-state="waiting"]'))[1];
    await seg.hover();
    const tip = (await text('.al-tooltip'))[0];
    assert.match(tip, /awaiting: sleep\(3\)/);
    assert.match(tip, /Python kitchen\.py:5/, 'the line of the await');
    assert.match(tip, /woken by the timer of sleep\(3\)/);
    await page.mouse.move(5, 5);
  });

  it('saves a screenshot', async () => {
    await page.keyboard.press('ArrowDown'); // select the first lane
    await page.keyboard.press('ArrowDown');
    const out = path.join(ROOT, 'media/screenshots/taskview.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    assert.ok(fs.statSync(out).size > 5000);
  });

  it('follows VS Code theme variables (dark theme screenshot)', async () => {
    await page.evaluate(() => {
      const dark: Record<string, string> = {
        '--vscode-editor-background': '#1e1e1e', '--vscode-foreground': '#cccccc', '--vscode-panel-border': '#3c3c3c',
        '--vscode-descriptionForeground': '#9d9d9d', '--vscode-button-secondaryBackground': '#3a3d41',
        '--vscode-button-secondaryForeground': '#cccccc', '--vscode-editorCursor-foreground': '#aeafad',
        '--vscode-list-inactiveSelectionBackground': '#37373d', '--vscode-editorGroup-border': '#444444',
      };
      for (const [k, v] of Object.entries(dark)) document.documentElement.style.setProperty(k, v);
      document.body.style.background = '#1e1e1e';
    });
    const bg = await page.$eval('.al-app', (e: Element) => getComputedStyle(e).backgroundColor);
    assert.strictEqual(bg, 'rgb(30, 30, 30)');
    await page.screenshot({ path: path.join(ROOT, 'media/screenshots/taskview-dark.png') });
  });

  it('stays light at 10,000 tasks / 120,000 events: only visible rows are in the DOM', async () => {
    const events = syntheticTrace(10_000, 14);
    const ms = await page.evaluate(async (trace: any) => {
      const t0 = performance.now();
      window.postMessage({ type: 'trace', trace }, '*');
      await new Promise(r => setTimeout(r, 0));
      await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
      const load = performance.now() - t0;
      const app = (window as any).asyncioLabTaskView;
      const t1 = performance.now();
      for (let k = 0; k < 20; k++) app.stepLoop(1);
      const el = document.querySelector('.al-timeline')!;
      el.scrollTop = 100_000;
      await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { load, stepsAndScroll: performance.now() - t1 };
    }, { version: 1, events });
    const rows = await page.$$eval('.al-row', (r: Element[]) => r.length);
    console.log(`      10,000 tasks / ${events.length} events: load+first paint ${ms.load.toFixed(0)} ms, 20 steps + scroll ${ms.stepsAndScroll.toFixed(0)} ms, ${rows} rows in the DOM`);
    assert.ok(rows > 0 && rows < 60, `${rows} rows rendered`);
  });
});
