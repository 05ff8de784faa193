"""Pydantic only at the edge: settings are built without it, a file is checked once, and the memo never lets a bad one through."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from dataclasses import is_dataclass
from pathlib import Path

import pytest

from scheduler import settings_memo
from scheduler.parameters import default_parameters
from scheduler.setting_types import Check
from scheduler.settings import Settings, SettingsError, load_settings, save_settings
from scheduler.settings_memo import memo_path

GOOD = (
    'new_per_day = 5\ninterview_date = 2026-12-10\n\n[notes]\nstudy_tags = ["#study"]\n\n'
    '[sync]\nvault = "/home/a/Notes"\n\n[backups]\ndaily = 3\n\n[decks."Work A"]\nfuzz = false\nlearning_steps = [5]\n'
)
"""A settings file setting a value of each kind and a table of each kind."""

WATCHED = ("pydantic", "pydantic_core", "fsrs")
"""What building settings must not import."""


def _run(code: str) -> tuple[object, list[str]]:
    """What `code`, run in a fresh interpreter, prints (as JSON), and which of `WATCHED` it imported."""
    tail = f"import sys; print(json.dumps([name for name in {WATCHED!r} if name in sys.modules]))\n"
    done = subprocess.run([sys.executable, "-c", f"import json\n{code}{tail}"], capture_output=True, text=True, check=True)
    printed, imported = done.stdout.splitlines()
    return json.loads(printed), json.loads(imported)


def _write(tmp_path: Path, text: str) -> Path:
    """A settings file holding `text`."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_settings_and_the_review_session_need_no_pydantic() -> None:
    """The defaults (no file), one deck's settings and their TOML table, with the store and the review session: no pydantic, no py-fsrs."""
    code = (
        "from pathlib import Path; from scheduler.settings import Settings, settings_table, load_settings\n"
        "import scheduler.store, scheduler.rules, scheduler.queue, scheduler.session\n"
        "settings = load_settings(Path('/nonexistent/starcards/config.toml'))\n"
        "print(json.dumps(settings == Settings() and settings.for_deck('W') == settings and settings_table(settings)))\n"
    )
    assert _run(code) == ({}, [])


def test_a_file_accepted_before_is_read_without_pydantic(tmp_path: Path) -> None:
    """Once checked, the same file reads back in a fresh process to the same settings, importing neither pydantic nor py-fsrs."""
    path = _write(tmp_path, GOOD)
    checked = load_settings(path)
    code = f"from pathlib import Path; from scheduler.settings import load_settings\nprint(json.dumps(repr(load_settings(Path({str(path)!r})))))\n"
    assert _run(code) == (repr(checked), [])


def test_a_changed_file_is_checked_again(tmp_path: Path) -> None:
    """A memo for the file's earlier text does not vouch for the new one: a bad value is refused at its line."""
    path = _write(tmp_path, GOOD)
    load_settings(path)
    path.write_text(GOOD.replace("new_per_day = 5", "new_per_day = -5"), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert str(caught.value) == f"{path}:1: setting 'new_per_day': Input should be greater than or equal to 0"


def test_a_bad_file_leaves_no_memo(tmp_path: Path) -> None:
    """A refused file is refused again on every start: nothing remembers it."""
    path = _write(tmp_path, "colour = 'red'\n")
    for _ in range(2):
        with pytest.raises(SettingsError, match="unknown setting"):
            load_settings(path)
    assert not memo_path(path).exists()


def test_other_rules_or_a_memo_cut_short_mean_a_new_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo is used only whole and only under the rules it was written under (another version checks again)."""
    path = _write(tmp_path, GOOD)
    load_settings(path)
    assert settings_memo.recall(path, GOOD) is not None
    memo = memo_path(path).read_text(encoding="utf-8")
    memo_path(path).write_text(memo[: memo.index("[decks")], encoding="utf-8")
    assert settings_memo.recall(path, GOOD) is None
    load_settings(path)
    monkeypatch.setattr(settings_memo, "rules", lambda: "another version")
    assert settings_memo.recall(path, GOOD) is None


def test_whole_numbers_read_back_as_the_check_gave_them(tmp_path: Path) -> None:
    """Parameters written as whole numbers are floats after the check, and after reading the memo too."""
    pasted: list[object] = [repr(float(value)) for value in default_parameters()]
    pasted[9], pasted[17] = 0, 2
    written = ", ".join(str(value) for value in pasted)
    path = _write(tmp_path, f"parameters = [{written}]\n")
    checked, remembered = load_settings(path), load_settings(path)
    assert settings_memo.recall(path, path.read_text(encoding="utf-8")) is not None
    assert repr(remembered) == repr(checked) and remembered.parameters[17] == 2.0


def test_a_memo_that_cannot_be_written_only_costs_a_check(tmp_path: Path) -> None:
    """Where the memo cannot be written (a folder in its place), the file is still read and checked each time."""
    path = _write(tmp_path, GOOD)
    memo_path(path).mkdir()
    assert load_settings(path) == load_settings(path) and load_settings(path).new_per_day == 5


def test_settings_that_would_be_refused_are_never_saved(tmp_path: Path) -> None:
    """save_settings checks what it writes: a bad value is a SettingsError naming it, and the old file stays."""
    path = _write(tmp_path, "new_per_day = 5\n")
    with pytest.raises(SettingsError) as caught:
        save_settings(path, Settings(new_per_day=-1))
    assert str(caught.value) == f"{path}: cannot save settings: setting 'new_per_day': Input should be greater than or equal to 0"
    assert path.read_text(encoding="utf-8") == "new_per_day = 5\n"


def test_a_saved_file_reads_back_without_a_check(tmp_path: Path) -> None:
    """Saving leaves the memo of what it wrote, so the next start reads it without pydantic."""
    path = tmp_path / "config.toml"
    save_settings(path, Settings(theme="nord", new_per_day=4))
    assert settings_memo.recall(path, path.read_text(encoding="utf-8")) is not None


def _rule_modules(kind: type, seen: set[type]) -> set[str]:
    """The modules defining `kind`, the settings dataclasses inside it, and the checks on their fields."""
    seen.add(kind)
    found = {kind.__module__}
    for hint in typing.get_type_hints(kind, include_extras=True).values():
        found |= _modules_in(hint, seen)
    return found


def _modules_in(hint: object, seen: set[type]) -> set[str]:
    """The modules of the settings classes and field checks a type hint names."""
    found: set[str] = set()
    for metadata in getattr(hint, "__metadata__", ()):
        found.add(type(metadata).__module__)
        if isinstance(metadata, Check):
            found.add(metadata.check.__module__)
    for argument in typing.get_args(hint):
        found |= _modules_in(argument, seen)
    if is_dataclass(hint) and isinstance(hint, type) and hint not in seen:
        found |= _rule_modules(hint, seen)
    return found


def test_the_memo_is_forgotten_when_any_rule_changes() -> None:
    """Every module that defines a settings class, a bound or a check is one of the rules a memo depends on."""
    assert _rule_modules(Settings, set()) <= set(settings_memo.RULES)
