"""What can go wrong for the user, and the exit codes that say so: imported by everything, importing nothing.

Exit codes: 0 success; 1 `check` found warnings, or `decks remove` was not confirmed;
2 unusable input (a missing or unreadable path, notes with no cards, a bad settings
file, an unusable database, an unknown deck, no terminal for the app); 130 interrupted
(SIGINT); 143 terminated (SIGTERM). Output cut short by its reader (a closed pipe, as
with `| head`) ends quietly with 0.
"""

EXIT_OK = 0
"""Success."""
EXIT_WARNINGS = 1
"""`starcards check` found warnings in the notes."""
EXIT_DECLINED = 1
"""`starcards decks remove` was answered no: nothing was removed."""
EXIT_UNUSABLE = 2
"""Unusable input: a missing or unreadable path, notes with no cards, a bad settings file or database."""
EXIT_INTERRUPTED = 130
"""Interrupted (Ctrl+C on the command line, SIGINT to the app)."""
EXIT_TERMINATED = 143
"""Terminated by SIGTERM; every rating made before is saved."""


class UsageError(Exception):
    """Input starcards cannot use: printed as one line, exit code 2."""
