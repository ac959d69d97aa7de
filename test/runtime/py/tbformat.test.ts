// Traceback text compared with CPython 3.11 (the oracle): 3.11's caret lines (`~~^~~` anchors for
// binary operators, `~~~^^^` for subscripts, `^^^` otherwise, none for a whole line), and the
// frames and implicit __context__ of exceptions the runtime raises itself.
import * as assert from 'assert';
import { sameAsCPython } from '../lib/_programs';
import { caretAnchors } from '../../../src/runtime/py/tbformat';

describe('py/tbformat (programs)', () => {
  it('binary operator anchors, whole-line segments and ^ carets', () => sameAsCPython('tb_binop', `
import traceback
def div(a, b):
    return a  //  b + 0
def add(a, b):
    return (a) + b
def whole(a):
    a / 0
for f, args in ((div, (1, 0)), (add, (1, "s")), (whole, (1,))):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()
def top(x):
    return len(x) * top2(x)
def top2(x):
    return x["k"]
try:
    top({})
except KeyError:
    traceback.print_exc()
`));

  it('subscript anchors and multi-line segments', () => sameAsCPython('tb_subscript', `
import traceback
rows = [[1, 2], [3]]
def get(i, j):
    return rows[i] [ j ]
def multi():
    return get(
        1,
        5)
try:
    multi()
except IndexError:
    traceback.print_exc()
d = {"a": {}}
d["a"]["missing"]
`));

  it('runtime errors raised while handling another get it as __context__', () => sameAsCPython('tb_context', `
def risky():
    return [1, 2, 3][10]
def handler():
    log = None
    try:
        risky()
    except IndexError:
        log.write("failed")
handler()
`));

  it('runtime errors deep in calls keep every frame', () => sameAsCPython('tb_deep', `
class Report:
    def __init__(self, rows):
        self.rows = rows
    def total(self):
        return sum(row["amount"] for row in self.rows)
def main():
    r = Report([{"amount": 1}, {"amount": "2"}])
    print("total:", r.total())
main()
`));

  it('an exception caught in a try block is reported from its raising line', () => sameAsCPython('tb_caught_line', `
import traceback
try:
    int("x")
except ValueError:
    traceback.print_exc()
`));
});

describe('py/tbformat caretAnchors', () => {
  // Offsets within the segment, as CPython 3.11.7 draws them (checked against python3).
  it('finds one- and two-character operators, skipping a closing parenthesis', () => {
    const line = '    return (a)  // b';
    assert.deepStrictEqual(caretAnchors(line, 11, line.length, { kind: 'binop', left: 13, right: line.length - 1 }), [5, 7]);
  });
  it('spans the brackets of a subscript', () => {
    const line = 'x = rows[i] [ j ]';
    assert.deepStrictEqual(caretAnchors(line, 4, line.length, { kind: 'subscript', left: 11, right: 15 }), [8, 13]);
  });
});
