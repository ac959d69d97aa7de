// The class statement: class keywords, __init_subclass__, runtime metaclasses (ABCMeta, EnumType)
// still applied: whole programs compared with CPython 3.11.
import { sameAsCPython } from '../lib/_programs';

describe('py/classes (programs)', () => {
  it('__init_subclass__ receives the class keywords; object rejects unused ones', () => sameAsCPython('init_subclass', `
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry[name or cls.__name__] = cls
        print("registered", cls.__qualname__, name)


class Audio(Plugin, name="audio"):
    pass


class Video(Plugin):
    pass


class Mp3(Audio, name="mp3"):
    pass


print(sorted(Plugin.registry), Mp3.registry is Plugin.registry)
try:
    class Bad(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Worse(Plugin, name="w", extra=2):
        pass
except TypeError as e:
    print("TypeError:", e)
`));

  it('ABCMeta, EnumType and dataclasses still build their classes', () => sameAsCPython('runtime_metaclasses', `
from abc import ABC, ABCMeta, abstractmethod
from enum import Enum
from dataclasses import dataclass


class Base(ABC):
    @abstractmethod
    def go(self): ...


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    def go(self):
        return "go"


class WithMeta(metaclass=ABCMeta):
    pass


class Color(Enum):
    RED = 1


@dataclass
class D:
    x: int


print(Impl().go(), type(Base).__name__, type(WithMeta).__name__, Color.RED, type(Color).__name__, D(1))
`));

  it('metaclass=ABCMeta (and a Python subclass of it) makes abstract methods binding', () => sameAsCPython('abcmeta_keyword', `
from abc import ABCMeta, abstractmethod
class Base(metaclass=ABCMeta):
    @abstractmethod
    def go(self): ...
    @abstractmethod
    def stop(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Half(Base):
    def go(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Full(Half):
    def stop(self): return 2
print(Full().go(), Full().stop(), type(Full).__name__, isinstance(Full(), Base))
class MyMeta(ABCMeta):
    pass
class Other(metaclass=MyMeta):
    @abstractmethod
    def f(self): ...
try:
    Other()
except TypeError as e:
    print("TypeError:", e)
print(type(Other).__name__)
`));
});
