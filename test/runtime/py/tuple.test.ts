// Tuple subclasses: instances are tuples carrying their class; tuple.__new__ honours cls.
import { sameAsCPython } from '../lib/_programs';

describe('py/tuple (programs)', () => {
  it('tuple subclasses with and without __new__; tuple() of a subclass instance is a plain tuple', () => sameAsCPython('tuple_subclass', `
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def total(self):
        return sum(self)


t = T(1, 2, 3)
print(t, type(t).__name__, t.total(), len(t), t[1:], isinstance(t, tuple), t == (1, 2, 3), hash(t) == hash((1, 2, 3)))


class T2(tuple):
    pass


t2 = T2([4, 5])
t2.note = "n"
print(t2, type(t2).__name__, repr(t2), t2.note, vars(t2), type(tuple(t2)).__name__, tuple(t2) is t2)
print(tuple.__new__(T2, "ab"), type(tuple.__new__(tuple, [1])).__name__)
`));
});
