"""`record`: a dataclass whose methods are not compiled when its class is defined.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__` and, when
frozen, `__setattr__` and `__delattr__` as Python source and compiles it, about a
millisecond a class: two dozen classes on the way to the first card cost a twentieth of
the whole start. `record` declares the class with `dataclass(init=False, repr=False,
eq=False)`, which compiles nothing, so it is still a dataclass (`fields`, `replace`,
`asdict`, `is_dataclass` and pydantic's checks see the same fields), and gives it methods
made once here that read its fields: they behave as the generated ones
(`tests/deck/test_records.py` holds each record to the dataclass it stands for). A
method the class writes itself is kept, as `@dataclass` keeps it: a class built often
writes its own `__init__`, faster than the shared one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, fields
from typing import Any, TypeVar

T = TypeVar("T")


def record(
    cls: type[T] | None = None, /, *, frozen: bool = True, eq: bool = True, kw_only: bool = False, slots: bool = False
) -> Any:
    """Make `cls` a dataclass as `@dataclass(frozen=frozen, eq=eq, kw_only=kw_only, slots=slots)` would (a class
    decorator)."""

    def wrap(cls: type[T]) -> type[T]:
        """The class, made a record."""
        own = dict(cls.__dict__)
        made = dataclass(cls, init=False, repr=False, eq=False, kw_only=kw_only, slots=slots)
        every = fields(made)
        if slots and frozen:
            for name, method in (("__getstate__", _getstate), ("__setstate__", _setstate)):
                if name not in own:
                    setattr(made, name, method)
        _give(made, own, "__init__", lambda: _init(made, every, frozen))
        _give(made, own, "__repr__", lambda: _repr([item.name for item in every if item.repr]))
        if eq:
            _give_eq(made, own, frozen, every)
        if frozen:
            _freeze(made, own, {item.name for item in every})
        _declare(made.__dataclass_params__, eq=eq, frozen=frozen)
        return made

    return wrap if cls is None else wrap(cls)


def _declare(params: Any, *, eq: bool, frozen: bool) -> None:
    """Say in the class's dataclass parameters what it has, as `@dataclass` would have said it: a dataclass
    inheriting from a record asks whether it is frozen."""
    params.init, params.repr, params.eq, params.frozen = True, True, eq, frozen


def _give(cls: type, own: dict[str, Any], name: str, make: Callable[[], Callable[..., Any]]) -> None:
    """Set method `name` on `cls` unless its body wrote one."""
    if name not in own:
        method = make()
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)


def _getstate(self: Any) -> list[Any]:
    """A frozen, slotted record's state for pickle: its field values in order."""
    return [getattr(self, item.name) for item in fields(self)]


def _setstate(self: Any, state: list[Any]) -> None:
    """Set a frozen, slotted record's fields from `_getstate`'s values."""
    for item, value in zip(fields(self), state, strict=True):
        object.__setattr__(self, item.name, value)


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an object's values of `names`, as a tuple."""
    if len(names) == 1:
        only = names[0]
        return lambda item: (getattr(item, only),)
    return lambda item: tuple(getattr(item, name) for name in names)


def _init(cls: type, every: tuple[Field[Any], ...], frozen: bool) -> Callable[..., None]:
    """`__init__`: positional fields in order, keyword-only ones by name, defaults, then `__post_init__`."""
    taken = [(item.name, item.default, item.default_factory, item) for item in every if item.init]
    positional = [item.name for item in every if item.init and not item.kw_only]
    known = frozenset(item.name for item in every if item.init)
    later = [(item.name, item.default, item.default_factory) for item in every if not item.init]
    post_init = "__post_init__" if hasattr(cls, "__post_init__") else None
    name = cls.__qualname__
    assign = object.__setattr__ if frozen else setattr

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        """Set every field from the arguments or its default."""
        if args:
            kwargs = _bound(name, positional, args, kwargs)
        for field_name, default, factory, item in taken:
            if field_name in kwargs:
                assign(self, field_name, kwargs[field_name])
            elif factory is not MISSING:
                assign(self, field_name, factory())
            elif default is not MISSING:
                assign(self, field_name, default)
            else:
                raise _missing(name, item)
        if not known.issuperset(kwargs):
            unexpected = next(key for key in kwargs if key not in known)
            raise TypeError(f"{name}.__init__() got an unexpected keyword argument '{unexpected}'")
        for field_name, default, factory in later:
            if factory is not MISSING or default is not MISSING:
                assign(self, field_name, factory() if factory is not MISSING else default)
        if post_init is not None:
            getattr(self, post_init)()

    return __init__


def _bound(name: str, positional: list[str], args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The arguments by field name; `TypeError` as Python words it for too many or doubled arguments."""
    if len(args) > len(positional):
        raise TypeError(
            f"{name}.__init__() takes at most {len(positional) + 1} positional arguments but {len(args) + 1} were given"
        )
    given = dict(kwargs)
    for field_name, value in zip(positional, args, strict=False):
        if field_name in given:
            raise TypeError(f"{name}.__init__() got multiple values for argument '{field_name}'")
        given[field_name] = value
    return given


def _missing(name: str, field: Field[Any]) -> TypeError:
    """The `TypeError` for a required argument not given."""
    kind = "keyword-only" if field.kw_only else "positional"
    return TypeError(f"{name}.__init__() missing 1 required {kind} argument: '{field.name}'")


def _repr(names: list[str]) -> Callable[[Any], str]:
    """`__repr__`: `Name(field=value, ...)`, as a dataclass shows itself."""

    def __repr__(self: Any) -> str:
        """The class name and each field shown, with its value."""
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    return __repr__


def _give_eq(cls: type, own: dict[str, Any], frozen: bool, every: tuple[Field[Any], ...]) -> None:
    """`__eq__` over the compared fields; `__hash__` over the hashed ones if frozen, else none (a dataclass's rule)."""
    compared = _values([item.name for item in every if item.compare])

    def __eq__(self: Any, other: object) -> bool:
        """Equal to an object of the same class whose compared fields are equal."""
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    _give(cls, own, "__eq__", lambda: __eq__)
    if "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own):
        return
    if not frozen:
        cls.__hash__ = None  # type: ignore[assignment]
        return
    hashed = _values([item.name for item in every if (item.compare if item.hash is None else item.hash)])
    cls.__hash__ = lambda self: hash(hashed(self))  # type: ignore[method-assign]


def _freeze(cls: type, own: dict[str, Any], names: set[str]) -> None:
    """`__setattr__` and `__delattr__` refusing to change a field, as a frozen dataclass does."""

    def __setattr__(self: Any, name: str, value: Any) -> None:
        """Refuse: the record is frozen."""
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        """Refuse: the record is frozen."""
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    _give(cls, own, "__setattr__", lambda: __setattr__)
    _give(cls, own, "__delattr__", lambda: __delattr__)
