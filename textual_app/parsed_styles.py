"""The stylesheets Textual parsed, kept beside the database so that the next start reads them back.

Before the first question is painted Textual parses every stylesheet it needs: the
app's, Textual's own for the app, the screen and each widget class, ours for each of
our widgets (about 8 KB of CSS, some 45 million instructions, a third of what the
start adds to a bare Textual app). The rules parsed in a run are kept in a hidden file
beside the database (`.starcards.db.styles`), pickled, each under the key Textual
caches it by (the CSS text itself, where it was read from, its rank and scope). A later
start hands them to the stylesheet's own cache of parsed CSS, so the same text is not
parsed again; any other text is parsed as before. The file is written as the app ends,
and only when something was parsed that it did not hold.

Parsed rules depend on the theme's variables (`$background`...), which are substituted
as CSS is parsed: the file holds the rules of one set of variables, those the app
starts with, and is neither read nor written under others. It is stamped as the
settings memo is (`scheduler.settings_memo`): Python's version and the size and time of
the Textual files that parse and hold the rules, so installing another Textual forgets
it. A file that cannot be read or written only costs the parse; a database in memory has
none. Like the database beside it, it is the user's own: it is unpickled as it was written.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from deck.rows import row

if TYPE_CHECKING:
    from textual.app import App

RULES = ("textual", "textual.css.parse", "textual.css.model", "textual.css.styles", "textual.css.stylesheet")
"""The modules whose code decides what parsed rules are and hold; another version of any forgets the file."""


@row
class Recalled:
    """What a start read back: where the file is, the variables its rules are for, and the keys it held."""

    path: Path
    variables: dict[str, str]
    keys: frozenset[tuple[object, ...]]


def memo_path(database: str) -> Path | None:
    """Where the parsed stylesheets are kept: a hidden file beside the database at `database` (None: in memory)."""
    if database in ("", ":memory:"):
        return None
    path = Path(database)
    return path.with_name(f".{path.name}.styles")


def recall(app: App[object], database: str) -> Recalled | None:
    """Give `app`'s stylesheet the rules kept beside `database` for its variables; what was read (None: no cache)."""
    cache, variables, path = _parse_cache(app), _variables(app), memo_path(database)
    if cache is None or variables is None or path is None:
        return None  # in memory, or a Textual without them: parsed as it always was
    kept = _read(path)
    keys: frozenset[tuple[object, ...]] = frozenset()
    if kept is not None and kept.get("stamp") == stamp() and kept.get("variables") == variables:
        rules = kept.get("rules", {})
        for key, parsed in rules.items():
            cache[key] = parsed
        keys = frozenset(rules)
    return Recalled(path, variables, keys)


def keep(app: App[object], recalled: Recalled | None) -> None:
    """After the run: write the rules `app` parsed beside the settings, if they are new and for the same variables."""
    cache = _parse_cache(app)
    if recalled is None or cache is None or _variables(app) != recalled.variables:
        return
    keys = frozenset(cache.keys())
    current = stamp()
    if keys <= recalled.keys or current is None:
        return
    rules = {key: cache.get(key) for key in keys}
    try:
        data = pickle.dumps({"stamp": current, "variables": recalled.variables, "rules": rules}, protocol=5)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    _write(recalled.path, data)


def stamp() -> str | None:
    """Python's version and, for each module of `RULES`, its file's size and time; None if one is not known."""
    found = [sys.version]
    for name in RULES:
        origin = getattr(sys.modules.get(name), "__file__", None)
        if origin is None:
            return None
        try:
            stat = os.stat(origin)
        except OSError:
            return None
        found.append(f"{name} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(found)


def _parse_cache(app: App[object]):  # type: ignore[no-untyped-def]
    """The stylesheet's cache of parsed CSS (private to Textual), or None."""
    return getattr(app.stylesheet, "_parse_cache", None)


def _variables(app: App[object]) -> dict[str, str] | None:
    """The variables the stylesheet substitutes as it parses (private to Textual), or None."""
    variables = getattr(app.stylesheet, "_variables", None)
    return dict(variables) if isinstance(variables, dict) else None


def _read(path: Path) -> dict | None:  # type: ignore[type-arg]
    """The file's content, or None when it is missing or cannot be read back."""
    try:
        kept = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a file cut short or from elsewhere only costs the parse
        return None
    return kept if isinstance(kept, dict) else None


def _write(path: Path, data: bytes) -> None:
    """Replace the file with `data` at once (a file half written is never read), readable by
    its owner only, as the database beside it is."""
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    with contextlib.suppress(OSError):
        with open(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as file:
            file.write(data)
        os.replace(part, path)
    with contextlib.suppress(OSError):
        part.unlink(missing_ok=True)
