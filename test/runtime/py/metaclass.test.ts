// Python metaclasses (__prepare__, __new__, __init__, __call__), type.__new__ with class keywords,
// object.__new__: whole programs compared with CPython 3.11.
import { sameAsCPython } from '../lib/_programs';

describe('py/metaclass (programs)', () => {
  it('__prepare__, __new__, __init__ and __call__ of a metaclass, in CPython order', () => sameAsCPython('metaclass_protocol', `
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}

    def hello(cls):
        return "hello from " + cls.__name__


class A(metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v):
        self.v = v

    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)


class B(A, flag=2):
    y = 2
    injected = injected + 1


a = A(5)
print(a.v, a.via_meta, A.created_by, type(A).__name__, type(B) is Meta, A.injected, B.y, B.hello(), isinstance(A, Meta))
print(Meta.__mro__, type(Meta), repr(A))
try:
    a.hello
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Meta):
    pass


class D(A, metaclass=Sub):
    pass


print(type(D).__name__)


class Other(type):
    pass


try:
    class C(A, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError:", e)
`));

  it('a singleton metaclass, keyword arguments through __call__, metaclass properties and repr', () => sameAsCPython('metaclass_call', `
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="cfg", *, debug=False):
        print("Config init", name, debug)


c1 = Config("main", debug=True)
c2 = Config()
print(c1 is c2, type(Config).__name__)


class Reg(type):
    def __repr__(cls):
        return f"<Reg {cls.__name__}>"

    @property
    def upper(cls):
        return cls.__name__.upper()


class Z(metaclass=Reg):
    pass


print(repr(Z), Z.upper, [Z], str(Z))
M2 = type("M2", (type,), {"extra": lambda cls: cls.__name__ + "!"})
X = M2("X", (), {"a": 1})
print(type(X).__name__, X.extra(), X.a, X.__module__, X.__qualname__)
`));

  it('the registry metaclass with class keywords passed on to __init_subclass__', () => sameAsCPython('metaclass_registry', `
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        mcs.classes.append(name)
        return cls


class Base(metaclass=Registry):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

    def who(self):
        return type(self).__name__ + super().__repr__()[:0]


class Child(Base, tag="child"):
    def who(self):
        return "child of " + super().who()


print(Registry.classes, Child.tag, Child.__qualname__, Child().who(), Base.tag if hasattr(Base, "tag") else "-")
`));

  it('object.__new__ and __new__ overrides', () => sameAsCPython('object_new', `
class A:
    _inst = None

    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, x=0):
        self.x = x


a, b = A(1), A(2)
print(a is b, a.x)


class P:
    pass


p = object.__new__(P)
print(type(p).__name__, P.__new__ is object.__new__)
for f in [lambda: P(1), lambda: object.__new__(P, 1), lambda: object.__new__(5), lambda: super(A, A()).__new__(A, 1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


i = I(3)
print(i, type(i).__name__, i + 1, isinstance(i, int))
`));

  it('a function as metaclass, a __prepare__ mapping with __setitem__, type.__init__ with keywords, odd results', () => sameAsCPython('metaclass_variants', `
def meta(name, bases, ns, **kw):
    print("meta fn", name, sorted(ns), kw)
    return type(name, bases, dict(ns))
class A(metaclass=meta, k=1):
    x = 1
print(type(A).__name__, A.x)
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __missing__(self, k):
        raise KeyError(k)
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return LoggingDict()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
class B(metaclass=M):
    a = 1
    def f(self): return self.a
    b = a + 1
print(B.b, B().f())
class Init(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls.inited = (name, kw)
class C(metaclass=Init, q=2):
    def __init_subclass__(cls, **kw): pass
print(C.inited)
class E(metaclass=type):
    pass
print(type(E))
class N(type):
    def __new__(mcs, name, bases, ns):
        return 42
class R(metaclass=N):
    pass
print(R)
class Cm(type):
    def __new__(mcs, name, bases, ns):
        ns2 = {k: v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, ns2)
class S(metaclass=Cm):
    def m(self):
        return super().__repr__()[:8]
print(S().m(), S.__qualname__, S.__module__)
class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class Q(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
`));
});
