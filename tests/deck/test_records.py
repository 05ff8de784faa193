"""`deck.records.record` behaves as the `@dataclass` it stands for, in every record of ours and in each corner.

Each record is compared with the dataclass `@dataclass` would have made of the same fields: the same values from
the same arguments, the same errors from wrong ones, the same `repr`, equality, hash, frozenness and `replace`.
"""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, field, fields, is_dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from deck.models import CardContent, DeckContent, KeyPhrase, ParseWarning, Story
from deck.options import ReadOptions, Separators
from deck.records import record
from scheduler.allowance import DayLimits
from scheduler.card_state import CardState
from scheduler.cards import ReviewCard
from scheduler.days import LocalDays, Today
from scheduler.deck_settings import DeckSettings
from scheduler.engine import CardScheduler
from scheduler.fsrs_maths import DEFAULT_PARAMETERS, Maths
from scheduler.last_write import LastWrite
from scheduler.notes_settings import NotesSettings
from scheduler.rules import DeckRules, Rules
from scheduler.setting_types import BackupSettings
from scheduler.settings import Settings
from scheduler.sync_settings import SyncSettings
from textual_app.notes_check import NotesCheck
from textual_app.reveal import Step

_MADE_BY_RECORD = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def as_dataclass(cls: type, *, frozen: bool = True, eq: bool = True) -> type:
    """The class `@dataclass(frozen=frozen, eq=eq)` makes of the record `cls`'s fields and methods."""
    namespace: dict[str, Any] = {
        name: value for name, value in vars(cls).items()
        if name not in _MADE_BY_RECORD and not name.startswith("__dataclass")
        and name not in ("__dict__", "__weakref__", "__slots__")
    }
    namespace["__annotations__"] = {item.name: item.type for item in fields(cls)}
    for item in fields(cls):
        namespace[item.name] = field(
            default=item.default, default_factory=item.default_factory, init=item.init, repr=item.repr,
            hash=item.hash, compare=item.compare, kw_only=item.kw_only,
        )
    made = type(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    return dataclasses.dataclass(frozen=frozen, eq=eq)(made)


def outcome(call: Any) -> Any:
    """What `call()` gives: its result, or the type of what it raised (the words of a `TypeError` may differ)."""
    try:
        return call()
    except (TypeError, ValueError, AttributeError, FrozenInstanceError) as error:
        return (type(error),)


def same(cls: type, *args: Any, frozen: bool = True, eq: bool = True, **kwargs: Any) -> tuple[Any, Any]:
    """`cls(*args, **kwargs)` and the same from its dataclass, after checking they agree on everything shown."""
    reference = as_dataclass(cls, frozen=frozen, eq=eq)
    ours, theirs = outcome(lambda: cls(*args, **kwargs)), outcome(lambda: reference(*args, **kwargs))
    if isinstance(theirs, tuple) and len(theirs) == 1 and isinstance(theirs[0], type):
        assert ours == theirs
        return ours, theirs
    assert repr(ours) == repr(theirs)
    assert [getattr(ours, item.name, None) for item in fields(cls)] == [
        getattr(theirs, item.name, None) for item in fields(reference)
    ]
    assert (type(ours).__hash__ is None) == (type(theirs).__hash__ is None)
    assert repr(cls.__dataclass_params__) == repr(reference.__dataclass_params__)
    if eq and type(theirs).__hash__ is not None and dataclasses.fields(theirs):
        assert outcome(lambda: hash(ours)) == outcome(lambda: hash(theirs))
    return ours, theirs


@record
class _Plain:
    """Positional fields, a default, a factory, a field left out of repr and one left out of comparisons."""

    a: int
    b: str = "b"
    c: list[int] = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
    ignored: int = field(default=0, compare=False)


@record(kw_only=True)
class _Keywords:
    """Keyword-only fields, one required after defaults."""

    a: int = 1
    b: int


@record
class _Later:
    """Fields the constructor does not take: one with a default, one set by `__post_init__`."""

    a: float
    kept: int | None = field(default=None, init=False)
    folded: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Fold `a`."""
        object.__setattr__(self, "folded", self.a * 2)


@record(frozen=False)
class _Open:
    """A record that may change: no hash, as a dataclass with `eq` and no `frozen`."""

    a: int
    b: dict[int, int] | None = None


@record(eq=False)
class _ByIdentity:
    """Compared by identity."""

    a: int = 0


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, "x", [2], 3, 4), {}), ((), {"a": 1, "c": [5]}), ((), {}), ((1, 2, 3, 4, 5, 6), {}),
     ((1,), {"a": 2}), ((1,), {"z": 2})],
)
def test_positional_records_take_what_a_dataclass_takes(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Arguments by position and name, defaults, factories; errors for too many, doubled, missing or unknown."""
    same(_Plain, *args, **kwargs)


@pytest.mark.parametrize(("args", "kwargs"), [((), {"b": 2}), ((), {"a": 3, "b": 2}), ((2,), {"b": 2}), ((), {})])
def test_keyword_only_records_take_what_a_dataclass_takes(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Keyword-only fields refuse positions and want the required ones."""
    same(_Keywords, *args, **kwargs)


def test_fields_left_out_of_the_constructor_get_their_default_then_post_init_runs() -> None:
    """`init=False` fields: the default set, then `__post_init__`; `replace` refuses them as a dataclass does."""
    ours, theirs = same(_Later, 1.5)
    assert ours.kept is None and ours.folded == 3.0
    assert outcome(lambda: replace(ours, kept=1)) == outcome(lambda: replace(theirs, kept=1))
    assert replace(ours, a=2.0).folded == 4.0


def test_equality_hash_and_frozenness_are_a_dataclass_s() -> None:
    """Equal by compared fields of the same class only; hashed by them; frozen fields refused."""
    one, two = _Plain(1, c=(), ignored=5), _Plain(1, c=(), ignored=6)  # type: ignore[arg-type]
    assert one == two and hash(one) == hash(two) and one != _Plain(2) and one != (1, "b", (), 0, 0)
    for thing in (one, as_dataclass(_Plain)(1)):
        with pytest.raises(FrozenInstanceError, match="cannot assign to field 'a'"):
            thing.a = 2  # type: ignore[misc]
        with pytest.raises(FrozenInstanceError, match="cannot delete field 'a'"):
            del thing.a  # type: ignore[misc]
    opened = _Open(1)
    opened.a = 2
    assert opened == _Open(2) and _Open.__hash__ is None
    same(_Open, 1, frozen=False)
    assert _ByIdentity() != _ByIdentity() and hash(_ByIdentity()) is not None
    same(_ByIdentity, eq=False)


def test_a_dataclass_may_inherit_from_a_record() -> None:
    """A frozen dataclass built on a frozen record (as a test's `HeldCheck` is) takes the record's fields first."""

    @dataclasses.dataclass(frozen=True)
    class More(_Plain):
        extra: int = 9

    made = More(1, extra=3)
    assert (made.a, made.b, made.extra) == (1, "b", 3) and made == More(1, extra=3) and made != _Plain(1)
    with pytest.raises(FrozenInstanceError):
        made.extra = 4  # type: ignore[misc]


def test_records_are_dataclasses_to_whoever_asks() -> None:
    """`is_dataclass`, `fields`, `asdict`, `replace`, `__match_args__` and pickling work on a record."""
    made = _Plain(1, c=[2])
    assert is_dataclass(made) and [item.name for item in fields(made)] == ["a", "b", "c", "hidden", "ignored"]
    assert dataclasses.asdict(made) == {"a": 1, "b": "b", "c": [2], "hidden": 0, "ignored": 0}
    assert replace(made, b="z") == _Plain(1, "z", [2])
    assert _Plain.__match_args__ == ("a", "b", "c", "hidden", "ignored") and _Keywords.__match_args__ == ()
    assert pickle.loads(pickle.dumps(made)) == made
    for slotted in (ParseWarning(file="f.md", line=3, message="m"), DeckContent(name="n", root="/r", files=["f.md"])):
        assert pickle.loads(pickle.dumps(slotted)) == slotted and not hasattr(slotted, "__dict__")


def test_a_written_out_init_gives_each_object_its_own_new_lists() -> None:
    """`CardContent` and `Story` write their `__init__`: a list or dict not given is new, as a factory's would be."""
    one = CardContent(key="k", file="f.md", line=1, question="q", phrasings=["q"], answer="a")
    two = CardContent(key="k", file="f.md", line=1, question="q", phrasings=["q"], answer="a")
    assert one.tags == [] and one.tags is not two.tags and one.stories is not two.stories
    assert Story().sections == {} and Story().sections is not Story().sections


_NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
_CONTENT = CardContent(key="k", file="f.md", line=1, question="q", phrasings=["q", "p", "r"], answer="a")

OURS = [
    (Settings, (), {}),
    (Settings, (), {"new_per_day": 3, "decks": {"A": DeckSettings(fuzz=False)}}),
    (DeckSettings, (), {"desired_retention": 0.8}),
    (BackupSettings, (), {"daily": 2}),
    (NotesSettings, (), {"study_tags": ["x"]}),
    (NotesSettings, (), {"inline_separator": ":::"}),
    (SyncSettings, (), {"vault": "/v"}),
    (Separators, ("a", "b"), {}),
    (ReadOptions, (False,), {"study_tags": ("t",)}),
    (DeckRules, (5, None, date(2026, 4, 1)), {}),
    (Rules, (4, UTC), {"decks": {1: DeckRules()}}),
    (Today, (_NOW, _NOW, _NOW + timedelta(days=1), date(2026, 3, 10)), {}),
    (LocalDays, ((date(2026, 3, 10),), (_NOW, _NOW), (1, 2)), {}),
    (Step, (0, "Title", "situation", "text"), {"intro": "intro"}),
    (Maths, (DEFAULT_PARAMETERS, 0.9, (timedelta(minutes=1),), (), 365), {}),
    (CardContent, (), {"key": "k", "file": "f.md", "line": 1, "question": "q", "phrasings": ["q"], "answer": "a"}),
    (CardContent, (), {
        "key": "k", "file": "f.md", "line": 2, "context": ["T"], "question": "q", "phrasings": ["q", "p"], "answer": "a",
        "stories": [Story(title="s", sections={"task": "t"})], "notes": "n", "key_phrases": [KeyPhrase(text="x")],
        "tags": ["t"], "pair": 1,
    }),
    (CardContent, (), {"key": "k", "file": "f.md", "line": 1, "question": "q", "answer": "a"}),
    (CardContent, (), {"key": "k", "file": "f.md", "line": 1, "question": "q", "phrasings": [], "answer": "", "x": 1}),
    (CardContent, ("k",), {}),
    (Story, (), {}),
    (Story, (), {"title": "t", "intro": "i", "sections": {"situation": "s"}}),
    (KeyPhrase, (), {"text": "x"}),
    (KeyPhrase, (), {"text": "x", "colour": "red"}),
    (KeyPhrase, (), {}),
    (ParseWarning, (), {"file": "f.md", "message": "m"}),
    (DeckContent, (), {"name": "n", "root": "/r", "stamps": {"f.md": (1, 2)}}),
    (CardState, (), {}),
    (CardState, (2, None, 3.5, 5.0, _NOW, _NOW, 4, 1, _NOW, 700), {}),
    (CardState, (2,), {"reps": 3, "last_day": 9}),
    (ReviewCard, (1, "Deck", _CONTENT, CardState()), {}),
    (ReviewCard, (1, "Deck", _CONTENT, CardState(), "p"), {"leech": True, "deck_id": 3, "order_time": "t"}),
    (ReviewCard, (1, "Deck", _CONTENT, CardState(), "", ("x",), False, 60, date(2026, 4, 1), 0.8, "/r", 2, "t"), {}),
    (ReviewCard, (1, "Deck"), {}),
]
"""Records of ours, each with arguments to build one."""


@pytest.mark.parametrize(("cls", "args", "kwargs"), OURS, ids=lambda value: getattr(value, "__name__", ""))
def test_our_records_are_the_dataclasses_they_were(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Each record of ours builds, shows, compares and hashes as the frozen dataclass of its fields."""
    same(cls, *args, **kwargs)


def test_our_changing_and_identity_records_are_the_dataclasses_they_were() -> None:
    """`DayLimits` changes (no hash); `CardScheduler`, `NotesCheck` compare by identity."""
    same(DayLimits, {1: 2}, {1: 3}, {1: False}, frozen=False)
    maths = Maths(DEFAULT_PARAMETERS, 0.9, (), (), 365)
    same(CardScheduler, maths, False, 4, UTC, eq=False)
    same(NotesCheck, None, None, None, ["note.md"])
    same(LastWrite, 3, 4, CardScheduler(maths), 5)
