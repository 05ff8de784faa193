"""`pattern`: a regular expression compiled when it is first used, not when its module is imported.

Python compiles a pattern in Python code (`re._compiler`), from a few hundred thousand
to over a million instructions each; the helpers of `deck` hold a dozen, most of them
never used before the first question is painted (they clean and read notes). A module
names its patterns with `pattern(...)` as it would with `re.compile(...)`; the first
method called compiles it, and from then on its methods are the compiled pattern's own,
bound once (no lookup through this class). Compiled results are Python's own, so every
match is the same.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")
"""The methods of a compiled pattern bound on first use."""


class _Pending:
    """A pattern not compiled yet: its first attribute read compiles it and binds its methods."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """Compile the pattern (only attributes not already bound get here), bind its methods, read `name`."""
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.pattern, self.flags, self.groups = compiled.pattern, compiled.flags, compiled.groups
        self.groupindex = compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"pattern({self._source!r}, {self._flags!r})"


def pattern(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, compiled when first used."""
    return cast("re.Pattern[str]", _Pending(source, int(flags)))
