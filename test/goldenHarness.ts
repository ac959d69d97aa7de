// Golden-program harness: runs the Python programs in test/fixtures/programs through the product
// and compares stdout, stderr and the exit status byte for byte with what CPython printed
// (scripts/regen-golden.js; the hand-written simio/ expectations are described in simio/README.md).
//
// The product entry point is loaded lazily, by path, so that this file type-checks and the test
// reports a clear failure while src/runner.ts does not exist yet.
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');
export const PROGRAMS_DIR = path.join(ROOT, 'test', 'fixtures', 'programs');
/** How programs are named to the runtime (and to the oracle): relative to the repository root. */
export const PROGRAMS_REL = 'test/fixtures/programs';
export const KNOWN_FAILING_FILE = path.join(PROGRAMS_DIR, 'KNOWN_FAILING.txt');
export const RUNNER_SOURCE = path.join(ROOT, 'src', 'runner.ts');
export const TRACEBACK_SOURCE = path.join(ROOT, 'src', 'runtime', 'py', 'traceback.ts');
/** Used when src/runtime/py/traceback.ts does not export STDLIB_PREFIX. */
export const DEFAULT_STDLIB_PREFIX = '/usr/lib/python3.11';
export const STDLIB_PLACEHOLDER = '<stdlib>';
/** Per-program time limit (the oracle's limit is 20 s too). */
export const PROGRAM_TIMEOUT_MS = 20_000;

export interface RunOptions {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  clock?: 'virtual' | 'real';
}
export type RunProgram = (source: string, filename: string, opts: RunOptions) => Promise<number>;

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface GoldenResult {
  name: string;
  pass: boolean;
  expected: Outcome;
  actual: Outcome;
  /** Set when the product threw, rejected or timed out instead of returning an exit status. */
  error?: string;
  /** Short human-readable description of the first difference ('' when passing). */
  summary: string;
}

/** Program names relative to PROGRAMS_DIR with posix separators ("001_x.py", "simio/y.py"), sorted. */
export function listPrograms(dir: string = PROGRAMS_DIR): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const ent of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(path.join(abs, ent.name), r);
      else if (ent.name.endsWith('.py')) out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** Canonical program name: "simio/x.py" style; accepts names written without ".py" or with a path prefix. */
export function canonicalName(entry: string): string {
  let n = entry.trim().replace(/\\/g, '/');
  if (n.startsWith(`${PROGRAMS_REL}/`)) n = n.slice(PROGRAMS_REL.length + 1);
  if (!n.endsWith('.py')) n += '.py';
  return n;
}

/** Names listed in KNOWN_FAILING.txt: one per line; blank lines and "#" comments are ignored. */
export function readKnownFailing(file: string = KNOWN_FAILING_FILE): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0)
    .map(canonicalName);
}

export function readExpected(name: string): Outcome {
  const base = path.join(PROGRAMS_DIR, name.replace(/\.py$/, ''));
  const read = (ext: string): string => {
    const f = `${base}.${ext}`;
    if (!fs.existsSync(f)) {
      throw new Error(`missing expected output ${path.relative(ROOT, f)}: run \`npm run golden:regen\``);
    }
    return fs.readFileSync(f, 'utf8');
  };
  const codeText = read('code').trim();
  const code = Number.parseInt(codeText, 10);
  if (!/^-?\d+$/.test(codeText)) throw new Error(`bad exit status ${JSON.stringify(codeText)} in ${name}`);
  return { stdout: read('out'), stderr: read('err'), code };
}

export function runnerExists(): boolean {
  return fs.existsSync(RUNNER_SOURCE) || fs.existsSync(RUNNER_SOURCE.replace(/\.ts$/, '.js'));
}

export const RUNNER_MISSING_MESSAGE =
  'golden: the product entry point src/runner.ts does not exist yet. It must export\n' +
  '  runProgram(source: string, filename: string, opts: { stdout: (s: string) => void; ' +
  'stderr: (s: string) => void; clock?: \'virtual\' | \'real\' }): Promise<number>\n' +
  'resolving to the exit status (see test/goldenHarness.ts).';

/** Loads runProgram from src/runner.ts, or throws an Error explaining what is missing. */
export function loadRunner(): RunProgram {
  if (!runnerExists()) throw new Error(RUNNER_MISSING_MESSAGE);
  const modulePath = path.join(ROOT, 'src', 'runner');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(modulePath) as { runProgram?: unknown };
  if (typeof mod.runProgram !== 'function') {
    throw new Error('golden: src/runner.ts exists but does not export a function runProgram(source, filename, opts)');
  }
  return mod.runProgram as RunProgram;
}

/** STDLIB_PREFIX exported by src/runtime/py/traceback.ts when it exists, else /usr/lib/python3.11. */
export function stdlibPrefix(): string {
  if (fs.existsSync(TRACEBACK_SOURCE)) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const mod = require(TRACEBACK_SOURCE.replace(/\.ts$/, '')) as { STDLIB_PREFIX?: unknown };
      if (typeof mod.STDLIB_PREFIX === 'string' && mod.STDLIB_PREFIX.length > 0) return mod.STDLIB_PREFIX;
    } catch {
      // fall through to the default: a broken module shows up in its own tests
    }
  }
  return DEFAULT_STDLIB_PREFIX;
}

/** Replaces every occurrence of the runtime's stdlib directory with `<stdlib>`, as regen-golden does for CPython's. */
export function normalizeStderr(text: string, prefix: string): string {
  const p = prefix.replace(/\/+$/, '');
  return p ? text.split(p).join(STDLIB_PLACEHOLDER) : text;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack || `${e.name}: ${e.message}`;
  return String(e);
}

function firstLineDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined): string => (s === undefined ? '<end of output>' : JSON.stringify(s));
      return `line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'outputs differ';
}

export function summarize(expected: Outcome, actual: Outcome, error?: string): string {
  const parts: string[] = [];
  if (error) parts.push(`runProgram failed: ${error.split('\n')[0]}`);
  if (expected.stdout !== actual.stdout) parts.push(`stdout ${firstLineDifference(expected.stdout, actual.stdout)}`);
  if (expected.stderr !== actual.stderr) parts.push(`stderr ${firstLineDifference(expected.stderr, actual.stderr)}`);
  if (expected.code !== actual.code) parts.push(`exit status: expected ${expected.code}, got ${actual.code}`);
  return parts.join('; ');
}

/** Runs one program through the product with the virtual clock and compares the three outputs. */
export async function runGolden(name: string, runProgram: RunProgram, prefix: string = stdlibPrefix(),
  timeoutMs: number = PROGRAM_TIMEOUT_MS): Promise<GoldenResult> {
  const expected = readExpected(name);
  const source = fs.readFileSync(path.join(PROGRAMS_DIR, name), 'utf8');
  const filename = `${PROGRAMS_REL}/${name}`;
  let stdout = '';
  let stderr = '';
  let code: number | null = null;
  let error: string | undefined;
  try {
    const status = await withTimeout(Promise.resolve().then(() => runProgram(source, filename, {
      stdout: (s) => { stdout += s; },
      stderr: (s) => { stderr += s; },
      clock: 'virtual',
    })), timeoutMs, `runProgram(${filename})`);
    code = typeof status === 'number' ? status : null;
    if (code === null) error = `runProgram resolved to ${String(status)} instead of an exit status`;
  } catch (e) {
    error = describeError(e);
  }
  const actual: Outcome = { stdout, stderr: normalizeStderr(stderr, prefix), code };
  const pass = !error && actual.stdout === expected.stdout && actual.stderr === expected.stderr &&
    actual.code === expected.code;
  return { name, pass, expected, actual, error, summary: pass ? '' : summarize(expected, actual, error) };
}

/** One text holding the three outputs, for a readable mocha diff. */
export function render(o: Outcome): string {
  return `===== stdout =====\n${o.stdout}\n===== stderr =====\n${o.stderr}\n===== exit status =====\n${o.code}\n`;
}
