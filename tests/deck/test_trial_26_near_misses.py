"""Near misses of round 51's rules and trial 25's narrowings, found by regression trial 26."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.notes import parse_note
from deck.questions import asks


def questions(note: str) -> list[str]:
    """The question of each card of `note`, read as a note named on its own."""
    return [card.question for card in parse_note(note, "n.md")[0]]


def test_a_chinese_story_quoting_someone_who_says_you_is_no_guide() -> None:
    """`**S：** 同事说："你这个方案上不了线。"`: 你 in quoted speech asks nothing of the reader; the story is a card."""
    note = (
        "## \u8bb2\u4e00\u4e0b\u4f60\u548c\u540c\u4e8b\u7684\u51b2\u7a81\n\n"
        "**S\uff1a** \u540c\u4e8b\u8bf4\uff1a\u201c\u4f60\u8fd9\u4e2a\u65b9\u6848\u4e0a\u4e0d\u4e86\u7ebf\u3002\u201d\n"
        "**A\uff1a** \u79c1\u4e0b\u7ea6\u4ed6\uff0c\u95ee\u4ed6\u201c\u4f60\u6700\u62c5\u5fc3\u4ec0\u4e48\u201d\u3002\n"
        "**R\uff1a** \u65b9\u6848\u5408\u5e76\u4e86\u3002\n"
    )
    assert questions(note) == ["\u8bb2\u4e00\u4e0b\u4f60\u548c\u540c\u4e8b\u7684\u51b2\u7a81"]


@pytest.mark.parametrize(
    "statement",
    [
        "\u6709\u6ca1\u6709\u8bc1\u4e66\u90fd\u884c", "\u662f\u4e0d\u662f\u79d1\u73ed\u51fa\u8eab\u4e0d\u91cd\u8981",
        "\u8981\u4e0d\u8981\u52a0\u73ed\u53d6\u51b3\u4e8e\u9879\u76ee", "\uc2dc\uac04\uc774 \ub0a8\ub294\ub2e4\uba74",
        "\uc5ec\uc720\uac00 \uc788\ub2e4\uba74",
    ],
)
def test_statements_with_a_not_a_or_a_set_conditional_ask_nothing(statement: str) -> None:
    """`有没有证书都行` (either way is fine), `是不是...不重要`, `要不要...取决于`; Korean `시간이 남는다면` (if there is time)."""
    assert not asks(statement)


@pytest.mark.parametrize(
    "todo",
    ["- [ ] \u6bcf\u9053\u9898\u5bf9\u7740\u955c\u5b50\u7ec3\u4e09\u904d", "- [ ] say the answers aloud",
     "- [ ] time myself, two minutes max", "- [ ] ensayar cada respuesta en voz alta"],
)
def test_a_to_do_about_practising_in_any_words_answers_no_question(todo: str) -> None:
    """A checklist of practice under numbered questions answers none of them; a real checklist answers the last."""
    assert questions(f"1. Why us?\n2. Biggest weakness?\n\n{todo}\n- [ ] one more pass\n") == []
    checks = "1. What do you check before a deploy?\n2. And before a migration?\n\n- [ ] each step has a rollback\n"
    assert questions(checks) == ["And before a migration?"]


def test_a_theme_over_prose_stories_is_studied_in_a_folder_only_when_the_note_opts_in(tmp_path: Path) -> None:
    """`## Mentoring` over `### Story 1: ...` and `### Story 2: ...` told in prose: a card of a named note, and of a
    folder's note that opts in (`#interview`); in a folder note that does not, like a product epic's stories, none."""
    note = "# LPs\n\n## Mentoring\n\n### Story 1: Onboarding\n\nPaired daily.\n\n### Story 2: A tech lead\n\nWeekly 1:1s.\n"
    (tmp_path / "lps.md").write_text(note, encoding="utf-8")
    assert load_deck(tmp_path).cards == []
    (tmp_path / "lps.md").write_text("#interview\n\n" + note, encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == ["Mentoring"]


def test_a_one_word_topic_fold_in_a_tech_note_is_no_card() -> None:
    """`<summary>Strengths</summary>` under `## PostgreSQL` is the database's; `<summary>Greatest weakness</summary>` asks."""
    fold = "<details>\n<summary>{}</summary>\n\nText here.\n\n</details>\n"
    assert questions("## PostgreSQL\n\n" + fold.format("Strengths")) == []
    assert questions("## Me\n\n" + fold.format("Greatest weakness")) == ["Greatest weakness"]


@pytest.mark.parametrize("heading", ["## Tips:", "## Tips & tricks", "## Tips (read before the call)", "## \u9762\u8bd5\u5c0f\u6280\u5de7"])
def test_tips_headings_with_a_colon_an_aside_or_tricks_are_tips(heading: str) -> None:
    """`Tips:`, `Tips & tricks`, a bracketed aside, `面试小技巧`: tips as a whole; their plain items are no cards."""
    assert questions(f"# Prep\n\n{heading}\n\n- Repeat the question back\n  - It buys time.\n") == []


def test_a_result_s_own_fields_stay_in_the_result() -> None:
    """`**Follow-up actions:** I ran the postmortem.` after `**Result:**` is the result's; `**Follow-ups:**` is notes."""
    story = "## Tell me about an incident\n\n**S:** Checkout died.\n**A:** I failed over.\n**R:** Back in 14 minutes.\n"
    (card,) = parse_note(story + "**Follow-up actions:** I ran the postmortem.\n", "n.md")[0]
    assert card.stories[0].sections["result"].endswith("I ran the postmortem.")


def test_quoted_asides_titles_and_headers_near_misses() -> None:
    """An aside naming what a quoted question asks about stays (`(the URL shortener)`); `## Mine (elevator pitch)` names
    the topic; `1. Stripe: Backend Engineer (Payments team)` heads a record; `### Summary` of a loop joins no answer."""
    assert questions('## "How would you scale it?" (the URL shortener)\n\nShard by key.\n') == [
        "How would you scale it? (the URL shortener)"
    ]
    assert questions("# Pitches\n\n## Mine (elevator pitch)\n\nI build payments.\n") == ["Mine (elevator pitch)"]
    assert questions("1. Stripe: Backend Engineer (Payments team)\n   - Idempotent charges\n") == []
    loop = "## Why us?\n\nThe team.\n\n### Would you push again?\n\nYes.\n\n### Summary\n\nFour interviews.\n"
    assert [card.answer for card in parse_note(loop, "n.md")[0]][0] == "The team."


def test_versions_examples_and_stories_in_more_words() -> None:
    """`### 简短版` after a follow-up is the question's; `## Ownership` over `### Example 1:` STAR stories is one card;
    `讲一次...` asks; `自我介绍 - 英文版` asks for a self-introduction."""
    versions = "## \u4e3a\u4ec0\u4e48\u6362\u5de5\u4f5c\uff1f\n\n\u60f3\u505a\u5e73\u53f0\u3002\n\n### \u662f\u4e0d\u662f\u56e0\u4e3a\u85aa\u8d44\uff1f\n\n\u4e0d\u662f\u3002\n\n### \u7b80\u77ed\u7248\n\n\u5e73\u53f0\u3002\n"
    assert parse_note(versions, "n.md")[0][0].answer.endswith("\u5e73\u53f0\u3002")
    star = "**S:** Old billing.\n**A:** I migrated it.\n**R:** Zero downtime.\n"
    assert questions(f"## Ownership\n\n### Example 1: Billing\n\n{star}\n### Example 2: On-call\n\n{star}") == ["Ownership"]
    assert asks("\u8bb2\u4e00\u6b21\u4f60\u8bf4\u670d\u4e0a\u7ea7\u7684\u7ecf\u5386")
