import { sameAsCPython } from './_programs';

describe('lib/typing (programs)', () => {
  it('reprs of aliases and special forms, TypeVar, Generic, Protocol, NewType', () => sameAsCPython('typing_forms', `
import typing as t
from typing import NamedTuple, Optional, List, TypeVar, Generic, Protocol, runtime_checkable
print(t.List, t.List[int], t.Optional[int], t.Union[int, str], t.Optional[t.Union[int,str]], t.Dict[str, t.Any], t.Callable[[int], str], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Literal['a', 1], t.ClassVar[int], t.Annotated[int, 'x'], t.Awaitable[int], t.Coroutine[t.Any, t.Any, int])
T = t.TypeVar('T'); print(T, t.TypeVar('U', covariant=True), t.List[T], t.Union[int], t.Union[int, int, None])
class Foo: pass
print(t.List[Foo], t.Optional[None], t.Type[int], t.Iterable[int], t.AsyncIterator[str], t.Generator[int, None, None], t.Set[int], t.FrozenSet[int], t.Deque[int], t.DefaultDict[str,int], t.Counter[str])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]), t.get_origin(t.Optional[int]), t.get_args(t.Optional[int]))
print(t.Any, t.NoReturn, t.Generic, t.Protocol, t.TYPE_CHECKING, t.cast(int, "x"))
U = t.NewType('UserId', int); print(U, U(5))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
b = Box[int](5)
print(b.item)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(x: Optional[List[int]] = None) -> int:
    return 1
print(f())
`));
  // Needs the kernel to give tuples with $nt their namedtuple class (see lib/README.md).
  it('class-syntax NamedTuple', () => sameAsCPython('typing_namedtuple', `
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x + self.y
p = Point(3)
print(p, p.norm(), p.x, Point._fields, p._replace(y=4), p == (3, 0))

`));

  it('int | None: types.UnionType, its reprs, isinstance, typing interplay', () => sameAsCPython('typing_uniontype', `
import typing, types, inspect
T = typing.TypeVar('T')
print(int | T, type(int | T))
print(type(int | None), int | None | str, (int | str) | None, int | int, list[int] | None, typing.List[int] | None, type(typing.List[int] | None))
print((int | None).__args__, (int | str) == (str | int), hash(int | str) == hash(str | int), isinstance(None, int | None), issubclass(bool, int | str))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    None | None
except TypeError as e:
    print(e)
print(types.UnionType, typing.get_args(int | str), typing.get_origin(int | str), repr(int | str))
print(typing.Optional[int | str], typing.Union[int, str | None], isinstance(3, typing.Optional[int]))
def f(x: int | None = None) -> str | None: pass
print(inspect.signature(f), None | int, dict[str, int | None])
x = int
x |= str
print(x, isinstance("a", x), isinstance(2.0, x))
class A: pass
print(A | None, int | A)
`));
});
