#!/usr/bin/env node
// The extension-host suite on desktop VS Code through @vscode/test-electron, for machines that
// can download VS Code (ASYNCIO_LAB_E2E=electron npm run test:vscode). It runs the same bundle
// (dist-test/vscode/index.js) as the code-server runner; run.sh builds it first. The UI test is
// code-server only.
//
//   VSCODE_VERSION   version to download (default "stable"; engines.vscode needs >= 1.90)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..', '..');

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'al-electron-'));
  const ws = path.join(tmp, 'asyncio-lab');
  fs.cpSync(path.join(root, 'test', 'vscode', 'workspace'), ws, { recursive: true });
  const resultFile = path.join(tmp, 'result.txt');
  let code = 1;
  try {
    code = await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist-test', 'vscode', 'index.js'),
      extensionTestsEnv: { ASYNCIO_LAB_TEST_RESULT_FILE: resultFile },
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust',
        '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')],
    });
  } catch (e) {
    console.error(String((e && e.message) || e));
  }
  let summary = fs.existsSync(resultFile) ? fs.readFileSync(resultFile, 'utf8').trim() : '';
  if (!/^\d+ passed, \d+ failed$/.test(summary)) { summary = code === 0 ? '0 passed, 0 failed' : '0 passed, 1 failed'; }
  console.log(`E2E-RESULT ext-host: ${summary}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code === 0 ? 0 : 1);
})();
