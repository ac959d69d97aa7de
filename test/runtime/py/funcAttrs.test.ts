// Function attributes: __closure__ cells and __code__.co_freevars: programs compared with CPython.
import { sameAsCPython } from '../lib/_programs';

describe('py/funcAttrs (programs)', () => {
  it('__closure__ cells read the current value of the variable; empty cells raise', () => sameAsCPython('closure_cells', `
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c = make_counter()
c(); c(5)
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, make_counter.__closure__)


def f():
    zz = 1; aa = 2; mm = 3

    def g():
        return zz + aa + mm

    return g


print(f().__code__.co_freevars, [cell.cell_contents for cell in f().__closure__])


class A:
    def m(self):
        return super().__repr__()


print(A.m.__code__.co_freevars, A.m.__closure__[0].cell_contents)


def h():
    def k():
        return y

    cell = k.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    print(repr(cell).endswith(": empty>"), type(cell).__name__)
    y = 5
    print(cell.cell_contents, "int object at" in repr(cell))


h()
print([fn.__closure__[0].cell_contents for fn in [lambda: i for i in range(3)]], (lambda: 0).__closure__)
`));
});
