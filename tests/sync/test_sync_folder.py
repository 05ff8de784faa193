"""The sync folder as file-sync tools leave it: files cut short, conflict copies, bad lines, clocks off, long absences."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.sync import sync_status
from scheduler.sync_out import own_file
from scheduler.sync_settings import SyncSettings
from tests.sync.machines import DAY, T0, Machine, note

QUESTIONS = ["Tell me about a failure?", "Describe a conflict?", "Why this company?"]
NOTES = {"Interviews/n.md": note(QUESTIONS)}


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Machine, Machine]:
    """A and B with the same notes; B reads a folder of its own that the test copies A's file into."""
    a = Machine.make(tmp_path / "a", tmp_path / "a-folder", NOTES)
    b = Machine.make(tmp_path / "b", tmp_path / "b-folder", NOTES)
    for machine in (a, b):
        machine.read_notes()
    yield a, b
    a.store.close()
    b.store.close()


def _file(machine: Machine) -> Path:
    """`machine`'s own file in its folder."""
    _vault, folder = machine.settings.sync.paths()
    return own_file(folder, machine.store.conn.execute("SELECT id FROM machine").fetchone()[0])


def _copy(a: Machine, b: Machine, data: bytes, name: str | None = None) -> Path:
    """Put `data` in B's folder as A's file (or as `name`)."""
    _vault, folder = b.settings.sync.paths()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or _file(a).name)
    target.write_bytes(data)
    return target


def _ten_reviews(machine: Machine, start: object = T0) -> None:
    """Ten reviews spread over the three cards and ten days."""
    for day in range(10):
        machine.rate(QUESTIONS[day % 3], 1 + day % 4, start + day * DAY)  # type: ignore[operator]


def test_a_file_cut_mid_line_is_read_to_its_last_full_line_then_finished(pair: tuple[Machine, Machine]) -> None:
    """A copy cut inside a line gives the complete lines now and the rest once it has arrived; nothing twice."""
    a, b = pair
    _ten_reviews(a)
    a.sync()
    data = _file(a).read_bytes()
    cut = data.rindex(b'"rating"')
    first = (_copy(a, b, data[:cut]), b.sync())[1]
    assert first.added["review"] == 9 and not first.problems
    _copy(a, b, data)
    assert b.sync().added["review"] == 1
    assert b.log() == a.log() and b.states() == a.states()


def test_conflict_copies_are_read_and_add_nothing_twice(pair: tuple[Machine, Machine]) -> None:
    """Syncthing's and Dropbox's conflict copies of A's file are merged too; their events are not doubled."""
    a, b = pair
    _ten_reviews(a)
    a.sync()
    data = _file(a).read_bytes()
    stem = _file(a).stem
    _copy(a, b, data)
    _copy(a, b, data[: len(data) // 2], f"{stem}.sync-conflict-20260310-120000-ABCDEFG.jsonl")
    _copy(a, b, data, f"{stem} (B's conflicted copy 2026-03-10).jsonl")
    outcome = b.sync()
    assert len(outcome.files_read) == 3 and outcome.added["review"] == 10
    assert b.log() == a.log()
    report = "\n".join(sync_status(b.store, b.settings))
    assert "Syncthing conflict copy" in report and "Dropbox conflicted copy" in report


def test_a_sync_with_nothing_new_opens_no_file(pair: tuple[Machine, Machine]) -> None:
    """Once read, a file whose size and time have not changed is not read again."""
    a, b = pair
    _ten_reviews(a)
    a.sync()
    _copy(a, b, _file(a).read_bytes())
    assert b.sync().files_read
    again = b.sync()
    assert again.files_read == [] and again.written == 0


def test_a_bad_line_is_reported_with_file_and_line_and_the_rest_merged(pair: tuple[Machine, Machine]) -> None:
    """A line that is not an event is named (`file:line: why`); the lines around it are merged."""
    a, b = pair
    _ten_reviews(a)
    a.sync()
    lines = _file(a).read_bytes().split(b"\n")
    lines.insert(3, b'{"type": "review", "rating": 9}')
    _copy(a, b, b"\n".join(lines))
    outcome = b.sync()
    assert outcome.added["review"] == 10
    assert outcome.problems == [f"{_file(a).name}:4: review.machine: Field required"]


def test_clocks_hours_apart_and_weeks_offline_converge(pair: tuple[Machine, Machine]) -> None:
    """B's clock runs five hours ahead; both review the same cards, B for weeks more offline; one state at the end."""
    a, b = pair
    _ten_reviews(a)
    _ten_reviews(b, T0 + 5 * DAY / 24)
    for day in range(10, 40, 3):
        b.rate(QUESTIONS[day % 3], 3, T0 + day * DAY + 5 * DAY / 24)
    shared = str(a.settings.sync.paths()[1])
    b.settings = replace(b.settings, sync=SyncSettings(vault=str(b.vault), folder=shared))
    a.sync(), b.sync(), a.sync()
    assert a.log() == b.log() and a.states() == b.states()
    assert a.true_to_log() and b.true_to_log()


def test_turning_sync_on_exports_the_history_made_before(tmp_path: Path) -> None:
    """A machine with history from before sync writes all of it at its first sync."""
    a = Machine.make(tmp_path / "a", tmp_path / "folder", NOTES)
    a.read_notes()
    _ten_reviews(a)
    try:
        assert a.sync().written == 10
        kinds = [line.split(b'"type":"')[1].split(b'"')[0] for line in _file(a).read_bytes().splitlines()]
        assert kinds == [b"starcards-sync", b"schedule", *[b"review"] * 10]
        assert a.sync().written == 0
    finally:
        a.store.close()
