"""The statistics in words: the retention line."""

from __future__ import annotations


def test_retention_before_any_review_card_says_none_yet() -> None:
    """No review of a card in the review state yet: `none yet`, not `7 days — of 0` three times; a window without
    one beside windows with some reads `—`."""
    from types import SimpleNamespace

    from scheduler.stats_figures import Window
    from textual_app.stats_text import retention_line

    empty = SimpleNamespace(windows=(Window(7), Window(30), Window(365)), desired_retention=0.9)
    assert retention_line(empty) == "none yet (no review of a card past learning) · desired 90%"  # type: ignore[arg-type]
    some = SimpleNamespace(windows=(Window(7), Window(30, mature=10, mature_again=1)), desired_retention=0.9)
    assert retention_line(some) == "7 days — · 30 days 90% of 10 · desired 90%"  # type: ignore[arg-type]


def test_the_retrievability_chart_names_its_last_bucket() -> None:
    """Every fifth of the twenty retrievability buckets is named, and the last, `95%`, where a kept-up deck sits."""
    from scheduler.stats_figures import Bucket, Distribution
    from textual_app.stats_text import chart_labels

    buckets = tuple(Bucket(index / 20, (index + 1) / 20, 0) for index in range(20))
    labels = chart_labels("retrievability", Distribution(buckets, None))
    assert [label for label in labels if label] == ["0%", "25%", "50%", "75%", "95%"]
