import { sameAsCPython } from './_programs';

describe('lib/json (programs)', () => {
  it('dumps/loads values, indent, sort_keys, hooks, encoder subclass', () => sameAsCPython('json_values', `
import json
print(json.dumps({'a': [1, 2.5, None, True], 'b': {'c': 'é\\u2028😀'}}, indent=2))
print(json.dumps({3: 1, 2.5: 2, True: 3, None: 4, 'x': float('nan')}))
print(json.dumps([], indent=2), json.dumps({}, indent=4), json.dumps([[]], indent=1), json.dumps('é', ensure_ascii=False), json.dumps((1,2), separators=(',', ':')))
print(json.dumps(1e100), json.dumps(1.0), json.dumps(10**20), json.dumps(float('inf')), json.dumps('\\x00\\x1f"\\\\/\\b\\f\\n\\r\\t'))
print(json.dumps({"b": 1, "a": [3, {"z": 1, "y": 2}]}, sort_keys=True, indent="\\t"))
print(json.loads('{"a": [1, 2.5e3, -0, null, true, false, "x\\\\u00e9\\\\ud83d\\\\ude00"], "b": {}}'))
print(json.loads('[1e400, -1e400, NaN, 12345678901234567890123]'), json.loads('  "s"  '))
print(json.dumps(set, default=lambda o: "custom"), json.loads('{"a":1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('{"a":1,"a":2}'))
class E(json.JSONEncoder):
    def default(self, o):
        return repr(o)
print(json.dumps([1, {2, 3}.__class__], cls=E), E(indent=1).encode([1]))
`));
  it('decode errors and encode errors', () => sameAsCPython('json_errors', `
import json
for s in ['[', '[1,', '[1 2]', '{"a" 1}', '{"a":1,}', '{', '{"a":', '"abc', '"a\\\\qb"', '"\\\\u12"', '"\\\\u12zz"', 'nul', '1 2', '', '  ', '[1,]', '{"a":1 "b":2}', '"a\\nb"', '-', '-x', '01', '1.', '.5', '1e', '[1,\\n 2,\\n x]', 'tru', '{1:2}', '"\\\\ud83d\\\\ude00"', '"\\\\ud83dx"', '["😀", x]']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.loads(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(e.__class__.__name__, e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(json.dumps({(1,): 2, "k": 1}, skipkeys=True))
`));
});
