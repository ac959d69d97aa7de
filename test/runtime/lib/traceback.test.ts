import { sameAsCPython } from './_programs';

describe('lib/traceback (programs)', () => {
  it('print_exc, format_exc, format_exception, chained exceptions', () => sameAsCPython('traceback_all', `
import traceback, sys
def inner():
    raise ValueError("bad value")
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    outer()
except RuntimeError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)), end="")
    traceback.print_exception(e, file=sys.stdout)
print(traceback.format_exc())
`));
  it('format_tb, print_tb, extract_tb and format_list keep the caret lines', () => sameAsCPython('traceback_tb', `
import traceback, sys
def g(d):
    return d["a"] + 1
try:
    g({})
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(tb)
    print("".join(traceback.format_list(tb)), end="")
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    for fs in tb:
        print(fs.filename.endswith(".py"), fs.lineno, fs.name, fs.line)
`));
});
