"""When a folder's notes may be parsed in worker processes (`deck.parallel`): cheap to import.

A first sync of a large vault spends nearly all its time parsing, note by note, each
independent of the others: spread over the machine's cores it takes a fraction of the
time. Workers are forked (a forked worker has the parser loaded already, at no cost),
which only Linux does safely and cheaply; elsewhere, and away from the main thread (a
Textual worker), notes are parsed one after the other as before.
"""

from __future__ import annotations

import os
import sys
import threading

PARALLEL_NOTES = 200
"""Notes a folder must hold before its notes may be parsed in workers."""

WORKERS_VARIABLE = "STARCARDS_PARSE_WORKERS"
"""The environment variable capping the worker processes (`1`: parse in this process only)."""


def workers() -> int:
    """How many worker processes may parse notes: the cores this process may use, capped by
    `STARCARDS_PARSE_WORKERS` when it is set; at most 1 (no workers) where forking is not safe."""
    if sys.platform != "linux" or threading.current_thread() is not threading.main_thread():
        return 1
    cores = len(os.sched_getaffinity(0))
    cap = os.environ.get(WORKERS_VARIABLE, "").strip()
    return min(cores, int(cap)) if cap.isdigit() and int(cap) > 0 else cores


def can_fork() -> bool:
    """Whether a large folder's notes are parsed in worker processes here."""
    return workers() > 1
