"""Tests of sync between machines: simulated machines sharing one sync folder."""
