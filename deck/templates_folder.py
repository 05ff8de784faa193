"""The folders where Obsidian keeps note templates: their notes are templates, never cards.

An Obsidian vault is a folder holding `.obsidian/`. Its core Templates plugin names its
folder in `.obsidian/templates.json` (`"folder"`); the Templater plugin in
`.obsidian/plugins/templater-obsidian/data.json` (`"templates_folder"`). A template
(`## {{title}}?` over empty STAR labels) read as a note would be a card with no answer.
These files are only read, and a missing or broken one names no folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

_SETTINGS = (
    (".obsidian/templates.json", "folder"),
    (".obsidian/plugins/templater-obsidian/data.json", "templates_folder"),
)
_MAX_SETTINGS_BYTES = 1_000_000
"""A settings file larger than this is not read."""


def template_folders(root: Path) -> set[str]:
    """The template folders of the vault holding `root` (normalised absolute paths); empty when none."""
    vault = _vault_of(Path(os.path.abspath(root)))
    if vault is None:
        return set()
    folders: set[str] = set()
    for name, key in _SETTINGS:
        folder = _setting(vault / name, key)
        if folder:
            folders.add(os.path.normpath(vault / folder))
    return folders


def _vault_of(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` that holds `.obsidian/`, else None."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".obsidian").is_dir():
            return candidate
    return None


def _setting(path: Path, key: str) -> str:
    """The folder a plugin's settings file names under `key` (relative to the vault), else ""."""
    try:
        if path.stat().st_size > _MAX_SETTINGS_BYTES:
            return ""
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get(key) if isinstance(data, dict) else None
    return value.strip().strip("/") if isinstance(value, str) else ""
