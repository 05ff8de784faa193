"""Tests of starcards, one folder per room."""
