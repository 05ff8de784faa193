"""`deck.rows.row` makes the named tuple `typing.NamedTuple` makes of the same class body."""

from __future__ import annotations

import pickle
import types
from typing import NamedTuple

import pytest

from deck.rows import row


def _total(self: tuple) -> str:
    """Both sides as text."""
    return f"{self[0]}{self[1]}"


def _flipped(self):  # type: ignore[no-untyped-def]
    """The sides swapped in their text."""
    return self._replace(right=str(self.left), left=len(self.right))


def _of(cls, text: str):  # type: ignore[no-untyped-def]
    """From its text."""
    return cls(len(text), text)


def _body(name: str) -> dict[str, object]:
    """The class body both records are made of, for the class `name` of this module."""
    return {
        "__module__": __name__, "__qualname__": name, "__doc__": "A pair and a note.",
        "__annotations__": {"left": "int", "right": "str", "notes": "tuple[str, ...]"}, "right": "r", "notes": (),
        "total": property(_total), "flipped": _flipped, "of": classmethod(_of),
    }


Typed = types.new_class("Typed", (NamedTuple,), exec_body=lambda space: space.update(_body("Typed")))
"""The body as `class Typed(NamedTuple)` makes it."""
Rowed = row(type("Rowed", (), _body("Rowed")))
"""The same body as `@row` makes it."""


def test_a_row_is_the_named_tuple_of_its_body() -> None:
    """Fields, defaults, docstring, matching, printing, equality, methods and pickling are `typing.NamedTuple`'s."""
    assert (Rowed._fields, Rowed._field_defaults, Rowed.__doc__, Rowed.__match_args__) == (
        Typed._fields, Typed._field_defaults, Typed.__doc__, Typed.__match_args__)
    assert (Rowed.__module__, Rowed.__qualname__, Rowed.__mro__[1:]) == (__name__, "Rowed", Typed.__mro__[1:])
    rowed, typed = Rowed(1, "x", ("n",)), Typed(1, "x", ("n",))
    assert repr(rowed) == repr(typed).replace("Typed", "Rowed") and rowed == typed == (1, "x", ("n",))
    assert hash(rowed) == hash(typed) and rowed._asdict() == typed._asdict() and Rowed(2) == Typed(2)
    assert (rowed.total, tuple(rowed.flipped()), tuple(Rowed.of("ab"))) == (
        typed.total, tuple(typed.flipped()), tuple(Typed.of("ab")))
    assert pickle.loads(pickle.dumps(rowed)) == rowed and type(pickle.loads(pickle.dumps(rowed))) is Rowed
    assert Rowed.__annotations__ == {"left": "int", "right": "str", "notes": "tuple[str, ...]"}
    with pytest.raises(AttributeError):
        rowed.left = 3  # type: ignore[misc]


def test_a_row_refuses_what_a_named_tuple_refuses() -> None:
    """A field without a default after one with a default, and a body that sets what the tuple defines."""
    with pytest.raises(TypeError):
        row(type("Bad", (), {"__annotations__": {"a": "int", "b": "int"}, "a": 1}))
    with pytest.raises(AttributeError):
        row(type("Bad", (), {"__annotations__": {"a": "int"}, "_fields": ()}))


@pytest.mark.parametrize(
    "where",
    ["textual_app.answer_lines", "textual_app.bound_keys", "textual_app.parsed_styles", "textual_app.widgets.control_layout",
     "textual_app.widgets.lean_footer", "textual_app.widgets.card_controls", "deck.marks"],
)
def test_the_rows_on_the_way_to_the_first_card_are_named_tuples(where: str) -> None:
    """Each record made by `row` there is a tuple of its annotated fields."""
    import importlib  # noqa: PLC0415 - only here

    module = importlib.import_module(where)
    made = [value for value in vars(module).values() if isinstance(value, type) and hasattr(value, "_fields")
            and value.__module__ == where]
    assert made
    for record in made:
        assert issubclass(record, tuple) and list(record._fields) == list(record.__annotations__)
