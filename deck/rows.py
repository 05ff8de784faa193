"""`row`: a named tuple declared as `typing.NamedTuple` declares one, built without reading its annotations.

`class Line(NamedTuple)` checks each field's annotation as it builds the class; under
`from __future__ import annotations` each is a string, which `typing` compiles (a
`ForwardRef`), so a named tuple costs about twice what `collections.namedtuple` does, and
sixteen are defined before the first question is painted. `@row` on a class with the
same body gives the same named tuple: `collections.namedtuple` of the class's annotated
fields, their defaults, its docstring and its methods (`tests/deck/test_rows.py` holds it
to `typing.NamedTuple`); its annotations stay as written.
"""

from __future__ import annotations

from collections import namedtuple
from typing import TypeVar

T = TypeVar("T")

_MADE_BY_PYTHON = frozenset({"__module__", "__qualname__", "__annotations__", "__dict__", "__weakref__", "__doc__"})
"""What every class body holds that is not the row's own."""
_MADE_BY_NAMEDTUPLE = frozenset({"_fields", "_field_defaults", "_make", "_replace", "_asdict", "__new__", "__init__",
                                 "__getnewargs__", "__slots__", "__match_args__"})
"""What a named tuple defines itself; a body that sets one is refused, as `typing.NamedTuple` refuses it."""


def row(cls: type[T]) -> type[T]:
    """`cls` made the named tuple `class cls(NamedTuple)` would be (a class decorator)."""
    own = cls.__dict__
    annotations = dict(own.get("__annotations__", {}))
    names = list(annotations)
    with_default = [name for name in names if name in own]
    if names[len(names) - len(with_default):] != with_default:
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    made = namedtuple(cls.__name__, names, defaults=[own[name] for name in with_default], module=cls.__module__)
    made.__qualname__ = cls.__qualname__
    made.__annotations__ = annotations
    if own.get("__doc__") is not None:
        made.__doc__ = own["__doc__"]
    for key, value in own.items():
        if key in _MADE_BY_NAMEDTUPLE:
            raise AttributeError(f"{cls.__name__}: cannot set {key} on a named tuple")
        if key not in _MADE_BY_PYTHON and key not in annotations:
            setattr(made, key, value)
    return made  # type: ignore[return-value]
