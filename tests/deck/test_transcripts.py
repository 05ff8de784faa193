"""A transcript's turns, stamped and named, read as the dialogue they are (`deck.transcripts`)."""

from __future__ import annotations

import pytest

from deck.transcripts import plain_turns
from tests.deck.note_cards import cards


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("**Sarah (Interviewer) [00:12:03]:** Why us?", "**Interviewer:** Why us?"),
        ("**Me [00:12:10]:** The product.", "**Me:** The product."),
        ("[00:15:02] Interviewer: Why leave?", "Interviewer: Why leave?"),
        ("- (1:02:15) Me: To grow.", "- Me: To grow."),
        ("[10:02] Interviewer (Sarah Lee): Why now?", "Interviewer: Why now?"),
        ("**Interviewer [12:03]**: Why now?", "**Interviewer**: Why now?"),
        ("**Interviewer (Sarah)** [12:00]: Why now?", "**Interviewer**: Why now?"),
        ("me [12:05]: Growth has stalled.", "Me: Growth has stalled."),
    ],
)
def test_a_turn_is_opened_by_its_role_alone(line: str, plain: str) -> None:
    """The turn's time and the speaker's name go; the role and the rest of the line stay."""
    assert plain_turns(line) == plain


@pytest.mark.parametrize(
    "line",
    [
        "**Sarah:** Why us?",  # (no role: nothing says who asks)
        "Meeting at 10:30 (Interviewer): bring the portfolio.",  # (not a turn's opening)
        "**Interviewer:** Why us?",  # (already plain)
        "- Interviewer (Google): asked me to design a rate limiter.",  # (no time: the brackets may say more)
        "[09:00] Recruiter (Jane): intro call, went well",  # (a recruiter is no interviewer's role: a work log)
        "```\n[00:01] Me: inside code\n```",
    ],
)
def test_other_lines_are_left_as_written(line: str) -> None:
    """Only a turn's opening with a role and a time or a name changes."""
    assert plain_turns(line) == line


def test_a_stamped_transcript_gives_its_questions_and_answers() -> None:
    """Each interviewer's turn asks, the candidate's turn after it answers, without names or times."""
    note = (
        "# Mock interview\n\n**Sarah (Interviewer) [00:12:03]:** Tell me about a project you led.\n\n"
        "**Me [00:12:10]:** The billing migration; forty services in a quarter.\n\n"
        "[00:15:02] Interviewer: Why are you leaving Acme?\n[00:15:09] Me: To work closer to customers.\n"
    )
    assert cards(note) == [
        ("Tell me about a project you led.", "The billing migration; forty services in a quarter."),
        ("Why are you leaving Acme?", "To work closer to customers."),
    ]


def test_a_stamped_lower_case_me_answers_and_an_unstamped_one_is_no_label() -> None:
    """`me [09:01]:` in a stamped transcript answers as `Me:`; `me:` between a `Q:` and its `A:` is a note to self, no
    answer; a work log with a recruiter's and my lines gives no card."""
    note = "# Call\n\n[09:00] Interviewer (Jane): Why are you looking?\n[09:01] me: Growth has stalled.\n"
    assert cards(note) == [("Why are you looking?", "Growth has stalled.")]
    pair = "Q: What is a promise?\nme: I always confuse this with callbacks\nA: A value that arrives later.\n"
    assert [answer for _, answer in cards(pair)] == ["A value that arrives later."]
    log = "# Log\n\n- 09:00 Recruiter (Jane): intro call, went well\n- 10:30 me: prepped the system design\n"
    assert cards(log) == []
