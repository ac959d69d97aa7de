// Entry point for --extensionTestsPath (and the code-server payload equivalent): the extension
// host requires this module and awaits run(). Bundled to dist-test/vscode/index.js by
// scripts/e2e/build-tests.js together with every test/vscode/*.test.ts, which it loads from the
// same folder. mocha is resolved from the repo's node_modules; `vscode` is provided by the host.
//
//   ASYNCIO_LAB_TEST_GREP         only run tests whose full title matches this pattern
//   ASYNCIO_LAB_TEST_RESULT_FILE  also write "N passed, M failed" to this file
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  if (process.env.ASYNCIO_LAB_TEST_GREP) { mocha.grep(process.env.ASYNCIO_LAB_TEST_GREP); }
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort();
  for (const f of files) { mocha.addFile(path.join(__dirname, f)); }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const passed = runner.stats?.passes ?? 0;
        // scripts/e2e/ext-host-test.js picks this line up for the CI summary;
        // scripts/e2e/run-electron.js reads the file
        console.log(`ASYNCIO-LAB-VSCODE-TESTS: ${passed} passed, ${failures} failed`);
        if (process.env.ASYNCIO_LAB_TEST_RESULT_FILE) {
          fs.writeFileSync(process.env.ASYNCIO_LAB_TEST_RESULT_FILE, `${passed} passed, ${failures} failed\n`);
        }
        if (failures > 0) { reject(new Error(`${failures} extension-host test(s) failed`)); } else { resolve(); }
      });
    } catch (e) {
      console.log('ASYNCIO-LAB-VSCODE-TESTS: 0 passed, 1 failed');
      reject(e);
    }
  });
}
