"""The memory room: SQLite store, review log, FSRS, today's queue and stats.

Import the submodules you need; this package imports nothing eagerly.
"""
