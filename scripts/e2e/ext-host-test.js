#!/usr/bin/env node
// Runs an extension-host test entry (what --extensionTestsPath names: a module exporting
// run(): Promise<void>) inside the REAL Node extension host of a running code-server.
//
// code-server has no --extensionDevelopmentPath / --extensionTestsPath flags, but the web
// workbench takes both in the `payload` query parameter (as @vscode/test-web does). With
// vscode-remote:// URIs the development extension is scanned by the server and the tests run in
// the server's Node extension host. When run() settles the workbench calls
// window.codeAutomationExit(code); extension-host console output arrives via codeAutomationLog.
// Chromium only hosts the workbench.
//
// usage: node ext-host-test.js <baseUrl> <workspaceDir> <extensionDevelopmentPath> <testsEntry.js> [logFile]
//   EXT_TEST_TIMEOUT_MS  overall limit (default 240000)
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const ui = require('./lib/vscode-ui');

// noise from the web workbench that says nothing about the tests
const NOISE = /Resolv|socket|Service Worker|ChatSession|builtin extensions|vsda|Extension Host] Using/;

(async () => {
  const [base, folder, devPath, testsPath, logFile] = process.argv.slice(2);
  if (!testsPath) {
    console.error('usage: ext-host-test.js <baseUrl> <workspaceDir> <extDevPath> <testsEntry.js> [logFile]');
    process.exit(2);
  }
  if (!fs.existsSync(testsPath)) { console.error(`tests entry not found: ${testsPath}`); process.exit(2); }
  const rel = path.relative(path.resolve(devPath), path.resolve(testsPath));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    // otherwise VS Code cannot tell which extension host should run the tests
    console.error(`the tests entry must lie inside the extension folder (${devPath})`);
    process.exit(2);
  }
  const sw = ui.stopwatch();
  const timeoutMs = Number(process.env.EXT_TEST_TIMEOUT_MS || 240000);
  const authority = process.env.REMOTE_AUTHORITY || await ui.remoteAuthority(base);
  const log = logFile ? fs.createWriteStream(logFile) : undefined;
  let summary; // "N passed, M failed" as printed by test/vscode/index.ts

  const browser = await ui.launchBrowser();
  const page = await (await browser.newContext()).newPage();
  let finish;
  const finished = new Promise(r => { finish = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...args);
    if (log) { log.write(`[${type}] ${line}\n`); }
    const m = /ASYNCIO-LAB-VSCODE-TESTS: (\d+ passed, \d+ failed)/.exec(line);
    if (m) { summary = m[1]; }
    if (NOISE.test(String(args[0]))) { return; }
    console.log(`[ext-host ${type}]`, line);
  });
  await page.exposeFunction('codeAutomationExit', code => finish(code));
  page.on('pageerror', e => console.log('[pageerror]', String(e)));

  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${authority}${path.resolve(devPath)}`],
    ['extensionTestsPath', `vscode-remote://${authority}${path.resolve(testsPath)}`],
  ]);
  const url = `${base}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(payload)}`;
  sw.log('opening', url);
  await page.goto(url);
  const timer = setTimeout(() => finish('timeout'), timeoutMs);
  const code = await finished;
  clearTimeout(timer);
  sw.log(`extension-host run finished: exit code ${code}`);
  await browser.close().catch(() => {});
  if (log) { log.end(); }
  const ok = code === 0;
  if (!summary) { summary = ok ? '0 passed, 0 failed' : '0 passed, 1 failed'; }
  else if (!ok && / 0 failed$/.test(summary)) { summary = summary.replace(/ 0 failed$/, ' 1 failed'); }
  console.log(`E2E-RESULT ext-host: ${summary}`);
  process.exit(ok ? 0 : 1);
})().catch(e => { console.error(e); console.log('E2E-RESULT ext-host: 0 passed, 1 failed'); process.exit(2); });
