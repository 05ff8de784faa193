"""`deck.rows.row` makes the named tuple `typing.NamedTuple` makes of the same class body."""

from __future__ import annotations

import pickle
from typing import NamedTuple

import pytest

from deck.rows import row


class Typed(NamedTuple):
    """A pair and a note."""

    left: int
    right: str = "r"
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> str:
        """Both sides as text."""
        return f"{self.left}{self.right}"

    def flipped(self) -> Typed:
        """The sides swapped in their text."""
        return self._replace(right=str(self.left), left=len(self.right))

    @classmethod
    def of(cls, text: str) -> Typed:
        """From its text."""
        return cls(len(text), text)


@row
class Rowed:
    """A pair and a note."""

    left: int
    right: str = "r"
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> str:
        """Both sides as text."""
        return f"{self.left}{self.right}"

    def flipped(self) -> Rowed:
        """The sides swapped in their text."""
        return self._replace(right=str(self.left), left=len(self.right))

    @classmethod
    def of(cls, text: str) -> Rowed:
        """From its text."""
        return cls(len(text), text)


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
