import { pyEval, attempt } from './_harness';
import * as assert from 'assert';
import { strftime } from '../../../src/runtime/lib/_strftime';
import { tmFromSecs, pyFloatArg } from '../../../src/runtime/lib/time';
import { clock, nowNs, wallNs, roundHalfEven } from '../../../src/runtime/lib/clock';
import { isPyException } from '../../../src/runtime/py/exceptions';
import { resetClock } from '../../../src/runtime/eventsClock';

describe('lib/time', () => {
  it('strftime matches glibc for many timestamps and directives', () => {
    const fmt = '%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%p|%r|%R|%s|%S|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%|%-d|%_m|%-I|%q';
    const stamps: number[] = [];
    for (let i = 0; i < 200; i++) stamps.push(Math.floor(((i * 7919) % 1000) * 86400 * 17.3 + i * 3671) - 5e8);
    stamps.push(0, 1700000000, 1700000123.5, 946684800, 1104537600, 1230681600, 1262217600, 1293753600);
    const want = pyEval('import time', stamps.map(s => `time.strftime(${JSON.stringify(fmt)}, time.gmtime(${s}))`));
    const got = stamps.map(s => `'${strftime(fmt, tmFromSecs(s, 'GMT'), Math.floor(s))}'`);
    for (let i = 0; i < stamps.length; i++) assert.strictEqual(got[i], want[i], `t=${stamps[i]}`);
  });

  it('virtual clock: ns rounding and wall time', () => {
    resetClock('virtual');
    clock.sleepBlocking(0.1); clock.sleepBlocking(0.2);
    assert.strictEqual(clock.now(), 0.30000000000000004);
    assert.strictEqual(nowNs(), 300000000n);
    assert.strictEqual(wallNs(), 1700000000300000000n);
    assert.strictEqual(clock.wall(), 1700000000.3);
    assert.strictEqual(roundHalfEven(2.5), 2);
    assert.strictEqual(roundHalfEven(-3.5), -4);
    resetClock('virtual');
  });

  it('sleep argument conversion as float()', () => {
    const cases = ['"1.5"', '" 2e3 "', '"abc"', 'None', '"inf"'];
    const want = pyEval('', cases.map(c => `float(${c})`));
    const js = ['1.5', ' 2e3 ', 'abc', null, 'inf'];
    const { None } = require('../../../src/runtime/py/object');
    const got = js.map(v => attempt(() => new (require('../../../src/runtime/py/object').PyFloat)(pyFloatArg(v === null ? None : v))));
    assert.deepStrictEqual(got, want);
    void isPyException;
  });
});
