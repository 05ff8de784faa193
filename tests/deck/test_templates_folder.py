"""Obsidian's template folders hold templates, not cards; a template read alone is a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deck.loader import find_notes, load_deck

TEMPLATE = "# STAR #interview\n## {{title}}?\n**Situation:**\n**Task:**\n**Action:**\n**Result:**\n"


def _vault(tmp_path: Path, settings: dict[str, tuple[str, dict[str, object]]]) -> Path:
    """A vault with a real note, a template under `Templates/` and the given settings files."""
    for name, (relative, data) in settings.items():
        path = tmp_path / ".obsidian" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data) if name != "broken" else "{not json", encoding="utf-8")
    (tmp_path / ".obsidian").mkdir(exist_ok=True)
    (tmp_path / "Templates").mkdir()
    (tmp_path / "Templates" / "STAR.md").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "Prep").mkdir()
    (tmp_path / "Prep" / "real.md").write_text("# Real #interview\n## Why us?\nThe team.\n", encoding="utf-8")
    return tmp_path


def test_the_core_templates_folder_is_skipped(tmp_path: Path) -> None:
    """`.obsidian/templates.json` names the folder: its notes are not read, from the vault or a folder in it."""
    vault = _vault(tmp_path, {"core": ("templates.json", {"folder": "Templates/"})})
    assert [note.name for note in find_notes(vault)] == ["real.md"]
    assert [card.question for card in load_deck(vault).cards] == ["Why us?"]


def test_the_templates_folder_is_skipped_when_the_vault_is_given_by_a_relative_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`starcards sync vault` from the folder above it reads what `sync /abs/vault` reads (the template was a card
    one way and not the other, so two syncs kept removing and restoring it)."""
    _vault(tmp_path / "vault", {"core": ("templates.json", {"folder": "Templates"})})
    monkeypatch.chdir(tmp_path)
    assert [note.name for note in find_notes(Path("vault"))] == ["real.md"]


def test_templaters_folder_is_skipped(tmp_path: Path) -> None:
    """Templater's `templates_folder` is skipped the same way."""
    settings = {"templater": ("plugins/templater-obsidian/data.json", {"templates_folder": "Templates"})}
    assert [note.name for note in find_notes(_vault(tmp_path, settings))] == ["real.md"]


def test_without_settings_or_with_broken_ones_every_note_is_read(tmp_path: Path) -> None:
    """No settings (or unreadable ones) name no folder: a folder called Templates is read like any other."""
    vault = _vault(tmp_path, {"broken": ("templates.json", {})})
    assert sorted(note.name for note in find_notes(vault)) == ["STAR.md", "real.md"]


def test_a_template_read_on_its_own_is_a_warning_not_a_card(tmp_path: Path) -> None:
    """Empty STAR labels answer nothing: the question is a warning at its line, no card."""
    note = tmp_path / "STAR.md"
    note.write_text(TEMPLATE, encoding="utf-8")
    deck = load_deck(note)
    assert deck.cards == []
    assert (2, "question has no answer (its STAR labels are empty)") in [(w.line, w.message) for w in deck.warnings]
