"""TOML as text: `dumps` writes a table as TOML, `key_line` finds the line that sets a key.

The standard library reads TOML (`tomllib`) but cannot write it; settings need only a
small part of the language: integers, floats, booleans, strings, dates, arrays of those,
and nested tables. Whatever `dumps` writes, `tomllib.loads` reads back equal.
"""

from __future__ import annotations

import datetime
import math
import re
import tomllib
from collections.abc import Mapping, Sequence

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
"""A key that needs no quotes."""

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
"""Characters with a short escape in a TOML basic string."""


def dumps(table: Mapping[str, object]) -> str:
    """`table` as a TOML document: plain values first, then each sub-table under its header."""
    lines: list[str] = []
    _table(lines, (), table)
    return "\n".join(lines) + "\n" if lines else ""


def _table(lines: list[str], path: tuple[str, ...], table: Mapping[str, object]) -> None:
    """Append the lines of `table`, found at `path`, and of its sub-tables."""
    values = [(name, value) for name, value in table.items() if not isinstance(value, Mapping)]
    tables = [(name, value) for name, value in table.items() if isinstance(value, Mapping)]
    if path and (values or not tables):
        if lines:
            lines.append("")
        lines.append(f"[{'.'.join(key(part) for part in path)}]")
    lines.extend(f"{key(name)} = {value(item)}" for name, item in values)
    for name, sub in tables:
        _table(lines, (*path, name), sub)


def key(name: str) -> str:
    """`name` as a TOML key: bare when it can be, else a quoted string."""
    return name if _BARE_KEY.fullmatch(name) else string(name)


def value(item: object) -> str:
    """`item` as a TOML value; `TypeError` for anything TOML settings do not hold."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, float):
        return _float(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, datetime.date | datetime.time):
        return item.isoformat()
    if isinstance(item, Sequence):
        return "[" + ", ".join(value(element) for element in item) + "]"
    raise TypeError(f"cannot write {type(item).__name__} as a TOML value")


def _float(number: float) -> str:
    """A float as TOML writes it: `repr` digits (exact round trip), `inf` and `nan` by name."""
    if math.isnan(number):
        return "nan"
    if math.isinf(number):
        return "inf" if number > 0 else "-inf"
    return repr(number)


def string(text: str) -> str:
    """`text` as a TOML basic string, quotes, backslashes and control characters escaped."""
    return '"' + "".join(_escape(character) for character in text) + '"'


def _escape(character: str) -> str:
    """One character as it goes inside a basic string."""
    if character in _ESCAPES:
        return _ESCAPES[character]
    if ord(character) < 0x20 or ord(character) == 0x7F:
        return f"\\u{ord(character):04X}"
    return character


def key_line(text: str, path: Sequence[str]) -> int | None:
    """The 1-based line of `text` that sets the key at `path` (table names, then the key).

    None when it cannot be found (a key set in an inline table or a dotted key, say).
    """
    *table, name = path
    current: list[str] | None = []
    for number, line in enumerate(text.splitlines(), start=1):
        header = _header(line)
        if header is not None:
            current = header
        elif current == table and _sets(line, name):
            return number
    return None


def _header(line: str) -> list[str] | None:
    """The table path a `[header]` line opens, or None if the line is not a header."""
    stripped = line.strip()
    if not stripped.startswith("[") or stripped.startswith("[["):
        return None
    try:
        parsed: object = tomllib.loads(stripped)
    except tomllib.TOMLDecodeError:
        return None
    path = []
    while isinstance(parsed, dict) and len(parsed) == 1:
        (name, parsed), = parsed.items()
        path.append(name)
    return path


def _sets(line: str, name: str) -> bool:
    """Whether `line` is `name = ...` (the key bare or quoted)."""
    stripped = line.lstrip()
    for written in {name, string(name), f"'{name}'"}:
        if stripped.startswith(written) and stripped[len(written) :].lstrip().startswith("="):
            return True
    return False
