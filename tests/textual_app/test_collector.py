"""The cycle collector is paused while the app starts and resumed after its first paint (`textual_app.lifecycle`)."""

from __future__ import annotations

import gc

from textual_app.lifecycle import collector_paused, resume_collector


def test_paused_while_starting_then_resumed_with_the_start_kept_out_of_its_passes() -> None:
    """Inside the block the collector is off; resuming turns it on and freezes what exists; leaving keeps it on."""
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            assert not gc.isenabled()
            resume_collector()
            assert gc.isenabled() and gc.get_freeze_count() > frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_leaving_the_block_resumes_it_when_the_app_never_painted() -> None:
    """An app that ends before its first paint (or fails to start) leaves the collector on, nothing frozen."""
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            raise RuntimeError("no terminal")
    except RuntimeError:
        pass
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_resuming_does_nothing_when_it_was_never_paused() -> None:
    """An app run by the tests (never paused) freezes nothing."""
    frozen = gc.get_freeze_count()
    resume_collector()
    assert gc.isenabled() and gc.get_freeze_count() == frozen
