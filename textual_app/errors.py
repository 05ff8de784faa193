"""What can go wrong for the user, and the exit codes that say so: imported by everything, importing nothing.

Exit codes: 0 success; 1 `check` found warnings; 2 unusable input (a missing or
unreadable path, notes with no cards, a bad settings file, an unusable database);
130 interrupted.
"""

EXIT_OK = 0
"""Success."""
EXIT_WARNINGS = 1
"""`starcards check` found warnings in the notes."""
EXIT_UNUSABLE = 2
"""Unusable input: a missing or unreadable path, notes with no cards, a bad settings file or database."""
EXIT_INTERRUPTED = 130
"""Interrupted (Ctrl+C)."""


class UsageError(Exception):
    """Input starcards cannot use: printed as one line, exit code 2."""
