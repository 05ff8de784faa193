"""Benchmarks of starcards against Anki and the Textual floor: run `python -m benchmarks`.

Nothing here is a test: CI only runs `--quick` to check that every row is produced.
"""
