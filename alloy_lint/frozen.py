"""`@frozen`: an immutable record, as `@dataclass(frozen=True, slots=True)` means one, with
its immutability checked by the type checker rather than at run time.

On Python 3.11 a frozen slotted dataclass costs nearly three times as much to define as a
slotted one: `__setattr__`, `__delattr__` and the pickling methods are generated and
compiled, and the class is built twice. With some sixty of them, that was a fifth of a
one-file check's start-up. mypy, which the test suite runs, refuses an assignment to a
field of a `@frozen` class just as it does for a frozen dataclass; at run time the class
is a slotted dataclass with value equality and a hash of its fields, as a frozen one has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, overload

T = TypeVar("T")

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform

    @overload
    @dataclass_transform(frozen_default=True)
    def frozen(cls: type[T], /) -> type[T]: ...

    @overload
    def frozen(*, kw_only: bool = False) -> Callable[[type[T]], type[T]]: ...

    def frozen(cls: Any = None, /, *, kw_only: bool = False) -> Any: ...

else:

    def frozen(cls: Any = None, /, *, kw_only: bool = False) -> Any:
        def make(cls: Any) -> Any:
            return dataclass(cls, slots=True, unsafe_hash=True, kw_only=kw_only)

        return make if cls is None else make(cls)
