// Helpers to drive the VS Code workbench served by code-server (VS Code 1.100) with
// playwright-core and Debian's chromium. Selectors target VS Code 1.100.
'use strict';
const fs = require('fs');
const path = require('path');

const E2E_HOME = process.env.E2E_HOME || '/tmp/al-e2e';

/** playwright-core lives in $E2E_HOME/driver (installed by install.sh), not in the repo. */
function playwright() {
  try { return require('playwright-core'); } catch { /* not on NODE_PATH */ }
  return require(path.join(E2E_HOME, 'driver', 'node_modules', 'playwright-core'));
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function stopwatch() {
  const t0 = Date.now();
  return {
    log: (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a),
    elapsed: () => (Date.now() - t0) / 1000,
  };
}

/** Headless chromium with a throwaway profile; its ~/.config and ~/.cache go into the state dir. */
async function launchBrowser() {
  const root = process.env.E2E_STATE || E2E_HOME;
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(root, 'xdg', 'browser-config'),
    XDG_CACHE_HOME: path.join(root, 'xdg', 'browser-cache'),
  };
  return playwright().chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env,
  });
}

/** code-server's remote authority ("remote" in 4.100.3), read from the workbench config meta tag. */
async function remoteAuthority(base) {
  try {
    const html = await (await fetch(base + '/')).text();
    const m = html.match(/remoteAuthority&quot;:&quot;([^&]+)&quot;/);
    if (m) { return m[1]; }
  } catch { /* fall through */ }
  return 'remote';
}

/** Open the workbench on a folder; wait until the explorer lists `expectFile`. */
async function openWorkbench(page, base, folder, expectFile) {
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  if (expectFile) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: expectFile })
      .first().waitFor({ timeout: 60000 });
  }
}

async function quickInput(page, text, rowText) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(text);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first()
    .waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Run a command from the command palette by its label, e.g. "Notebook: Run All". */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await quickInput(page, '>' + label, label);
}

/** Open a workspace file with Quick Open (Ctrl+P). */
async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  await quickInput(page, fileName, fileName);
}

/** Notebook outputs and webview panels are not in the main DOM: they live in
 *  iframe.webview -> iframe#active-frame. Search the text of every frame except the workbench
 *  itself (whose editors show the cell *sources*, which often contain the expected output). */
async function findFrameWithText(page, needle) {
  for (const f of page.frames()) {
    if (f === page.mainFrame()) { continue; }
    try {
      const txt = await f.evaluate(() => (document.body ? document.body.innerText : ''));
      if (txt.includes(needle)) { return { frame: f, text: txt }; }
    } catch { /* detached / not ready */ }
  }
  return undefined;
}

async function waitForTextInFrames(page, needle, timeoutMs = 30000, onTick) {
  const t = Date.now();
  while (Date.now() - t < timeoutMs) {
    const hit = await findFrameWithText(page, needle);
    if (hit) { return hit; }
    if (onTick) { await onTick(); }
    await page.waitForTimeout(250);
  }
  throw new Error(`"${needle}" not found in any frame within ${timeoutMs} ms`);
}

async function waitForNotification(page, text, timeoutMs = 15000) {
  const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
  await toast.waitFor({ timeout: timeoutMs });
  return toast.innerText();
}

/** Browser console errors and failed requests, for diagnosis (vsda 404s are expected). */
function collectErrors(page) {
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') { errors.push('console: ' + m.text()); } });
  page.on('pageerror', e => errors.push('pageerror: ' + String(e)));
  page.on('response', r => { if (r.status() >= 400) { errors.push(`http ${r.status()}: ${r.url()}`); } });
  return errors;
}

/** step(name, fn): records PASS/FAIL; after the first failure the remaining steps are skipped
 *  (reported as skipped, not failed). */
function harness(outDir, tag) {
  fs.mkdirSync(outDir, { recursive: true });
  const sw = stopwatch();
  const results = [];
  let failed = false;
  return {
    log: sw.log,
    results,
    async step(name, fn) {
      if (failed) { results.push({ name, ok: false, skipped: true }); sw.log('SKIP', name); return undefined; }
      const s = Date.now();
      try {
        const detail = await fn();
        results.push({ name, ok: true, seconds: (Date.now() - s) / 1000, detail });
        sw.log('PASS', name, detail === undefined ? '' : JSON.stringify(detail).slice(0, 300));
        return detail;
      } catch (e) {
        failed = true;
        results.push({ name, ok: false, seconds: (Date.now() - s) / 1000, detail: String((e && e.stack) || e) });
        sw.log('FAIL', name, String((e && e.message) || e));
        return undefined;
      }
    },
    finish() {
      const passed = results.filter(r => r.ok).length;
      const skipped = results.filter(r => r.skipped).length;
      const bad = results.length - passed - skipped;
      fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2));
      // machine-readable line; .ci/run adds these up
      console.log(`E2E-RESULT ${tag}: ${passed} passed, ${bad} failed${skipped ? `, ${skipped} skipped` : ''}`);
      return bad === 0 && skipped === 0;
    },
  };
}

module.exports = {
  E2E_HOME, CHROMIUM_ARGS, playwright, stopwatch, launchBrowser, remoteAuthority, openWorkbench,
  quickInput, runCommand, quickOpen, findFrameWithText, waitForTextInFrames, waitForNotification,
  collectErrors, harness,
};
