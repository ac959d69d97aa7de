// Golden programs: every test/fixtures/programs/**/*.py must print, through the product, exactly
// what CPython printed (stdout, stderr with the stdlib directory normalized to <stdlib>, exit status).
//
// Programs listed in test/fixtures/programs/KNOWN_FAILING.txt are run too and must still FAIL, so
// that the list can only shrink: one that starts passing fails here until it is removed from the
// list. GOLDEN_FILTER=<substring> restricts the run to matching program names.
import * as assert from 'assert';
import {
  GoldenResult, KNOWN_FAILING_FILE, RUNNER_MISSING_MESSAGE, RunProgram, canonicalName, listPrograms, loadRunner,
  readKnownFailing, render, runGolden, runnerExists, stdlibPrefix,
} from './goldenHarness';

const filter = process.env.GOLDEN_FILTER;
const allPrograms = listPrograms();
const programs = filter ? allPrograms.filter((p) => p.includes(filter)) : allPrograms;
const knownFailing = readKnownFailing();
const knownSet = new Set(knownFailing);

describe('golden programs (byte-for-byte against CPython)', function () {
  this.timeout(30_000);
  const results: GoldenResult[] = [];
  let runProgram: RunProgram | undefined;
  let prefix = '';

  after(function () {
    const passing = results.filter((r) => r.pass).length;
    const note = runnerExists() ? '' : ' (src/runner.ts does not exist yet)';
    console.log(`golden: ${passing}/${programs.length} programs pass byte-for-byte${note}`);
    const fixed = results.filter((r) => r.pass && knownSet.has(r.name)).map((r) => r.name);
    if (fixed.length) console.log(`golden: now passing, remove from KNOWN_FAILING.txt: ${fixed.join(' ')}`);
  });

  it('KNOWN_FAILING.txt lists only existing programs, once each', function () {
    const existing = new Set(allPrograms);
    const stale = knownFailing.filter((n) => !existing.has(n));
    const dupes = knownFailing.filter((n, i) => knownFailing.indexOf(n) !== i);
    assert.deepStrictEqual({ stale, dupes }, { stale: [], dupes: [] },
      `${KNOWN_FAILING_FILE} names programs that do not exist or names one twice`);
  });

  if (!runnerExists()) {
    it('the product entry point src/runner.ts exists', function () {
      assert.fail(RUNNER_MISSING_MESSAGE);
    });
    return;
  }

  before(function () {
    runProgram = loadRunner();
    prefix = stdlibPrefix();
  });

  for (const name of programs) {
    const expectedToFail = knownSet.has(canonicalName(name));
    it(`${name}${expectedToFail ? ' (known failing)' : ''}`, async function () {
      const result = await runGolden(name, runProgram as RunProgram, prefix);
      results.push(result);
      if (expectedToFail) {
        if (result.pass) {
          assert.fail(`${name} now passes byte-for-byte: remove it from test/fixtures/programs/KNOWN_FAILING.txt`);
        }
        return;
      }
      if (!result.pass) {
        assert.strictEqual(render(result.actual), render(result.expected),
          `${name}: ${result.summary}${result.error ? `\n${result.error}` : ''}`);
        assert.fail(`${name}: ${result.summary}`);
      }
    });
  }
});
