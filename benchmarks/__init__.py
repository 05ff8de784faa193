"""Benchmarks of starcards: run `python benchmarks/run.py`."""
