"""Trial 32's near misses: answers kept in brackets, STAR's names in other scripts, versions and letters."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.unwritten import unwritten


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    ("text", "hint"),
    [("\uff08\u56e0\u4e3a\u8981\u9ad8\u541e\u5410\u548c\u56de\u653e\uff09", False),
     ("\uff08\u662f\u7684\uff0c\u53ef\u4ee5\u63a5\u53d7\uff09", False),
     ("(give the range 150-170k base, anchor high)", False),
     ("(keep it short: remote-first, strong infra culture)", False),
     ("\uff08\u8868\u8fbe\u81ea\u5df1\u7684\u5feb\u901f\u5b66\u4e60\u80fd\u529b\uff09", True),
     ("(hint: a real one, plus what you do about it)", True),
     ("(explain it with a real breach)", True)],
)
def test_an_answer_kept_in_brackets_is_no_hint(text: str, hint: bool) -> None:
    """`（因为要高吞吐和回放）` (because...), `（是的，可以接受）` (yes), `(give the range 150-170k)` answer; `（表达...）`
    (express...), `(hint: ...)` and `(explain it...)` tell what to say."""
    assert (unwritten(text) == "only a hint in brackets") is hint


@pytest.mark.parametrize("action", ["\u63aa\u65bd", "\u53d6\u308a\u7d44\u307f", "\ud574\uacb0", "\u505a\u6cd5"])
def test_everyday_words_near_the_action_tell_no_story(action: str) -> None:
    """`措施` (measures), `取り組み` (effort), `해결` (fix), `做法` (approach) are a weekly report's words as often as a
    story's: with `背景`/`结果` they tell no story (trial 33); `行动` does."""
    note = (
        "## \u672c\u5468\n\n**\u80cc\u666f\uff1a** \u5355\u4f53\u53d1\u5e03\u8981\u505c\u673a\u3002\n"
        f"**{action}\uff1a** \u5148\u62c6\u51fa\u5e93\u5b58\u670d\u52a1\u3002\n**\u7ed3\u679c\uff1a** \u505c\u673a\u4e3a\u96f6\u3002\n"
    )
    assert parse_note(note, "n.md")[0] == []
    told = parse_note(note.replace(action, "\u884c\u52a8"), "n.md")[0]
    assert sorted(told[0].stories[0].sections) == ["action", "result", "situation"]


def test_a_label_heading_after_a_story_goes_on_with_it() -> None:
    """`### 收获` (takeaways) after a story told under its question heading is part of that answer, though `## 结果`
    alone after a plain answer is not."""
    note = "### \u8bb2\u4e00\u4e2a\u4f60\u8bf4\u670d\u522b\u4eba\u7684\u7ecf\u5386\n\n- \u60c5\u5883\uff1a\u8981\u7528 MongoDB\u3002\n" \
        "- \u884c\u52a8\uff1a\u6211\u505a\u4e86 PoC\u3002\n- \u7ed3\u679c\uff1a\u9009\u4e86 PostgreSQL\u3002\n\n### \u6536\u83b7\n\n\u7528\u6570\u636e\u8bf4\u8bdd\u3002\n"
    (card,) = parse_note(note, "n.md")[0]
    assert card.answer.endswith("\u7528\u6570\u636e\u8bf4\u8bdd\u3002")


@pytest.mark.parametrize("version", ["Short take", "One-liner", "Versi\u00f3n corta"])
def test_versions_named_in_other_words_go_on_with_the_answer(version: str) -> None:
    """`## Short take`, `## One-liner`, `## Versión corta` after a question heading's answer are its answer too."""
    note = f"## Tell me about yourself.\n\nSeven years of backend work.\n\n## {version}\n\nBackend, payments.\n\n## Why us?\n\nThe product.\n"
    assert parse_note(note, "n.md")[0][0].answer.endswith("Backend, payments.")


def test_a_letter_story_with_another_framework_s_letter_in_it_is_told() -> None:
    """`S:`, `T:`, `A:`, then SOAR's `O:`, then `R:` is a story (the other letter in its middle); `S:`, `M:`, `L:` sizes
    are none."""
    story = "S: Deploys broke weekly.\nT: I owned the pipeline.\nA: I split the cache.\nO: Ops pushed back.\nR: Half the failures.\n"
    (card,) = parse_note(f"## Tell me about a process you improved?\n\n{story}", "n.md")[0]
    assert sorted(card.stories[0].sections) == ["action", "result", "situation", "task"]
    sizes = "## What T-shirt sizes do we use?\n\nS: up to a day\nM: two to three days\nL: a week\n"
    assert parse_note(sizes, "n.md")[0][0].stories == []


def test_takeaways_asking_of_the_teller_stay_a_label() -> None:
    """`## Takeaways: what would I do differently?` after a flat story is its takeaways, no question of its own."""
    note = "## Tell me about a time you failed.\n\n## Situation\n\nA bad deploy.\n\n## Action\n\nI rolled back.\n\n" \
        "## Result\n\nFixed in an hour.\n\n## Takeaways: what would I do differently?\n\nCanary first.\n"
    assert questions(note) == ["Tell me about a time you failed."]


def test_a_plan_s_letter_in_brackets_is_no_star_letter() -> None:
    """`**方案(A)**` and `**方案(B)**` (plan A, plan B) tell no story."""
    note = "## \u5e93\u5b58\u6263\u51cf\u600e\u4e48\u505a\uff1f\n\n**\u65b9\u6848(A)** Redis Lua \u6263\u51cf\u3002\n\n**\u65b9\u6848(B)** \u6570\u636e\u5e93\u4e50\u89c2\u9501\u3002\n"
    assert parse_note(note, "n.md")[0][0].stories == []


def test_a_note_wrapped_whole_in_a_markdown_fence_is_read_as_markdown() -> None:
    """A note inside one ```` ```markdown ```` fence (a chat's answer copied with its box) gives its cards, on their own
    lines; a ```` ```python ```` fence, or a markdown fence with more after it, stays code."""
    inner = "### Q1. Tell me about a time you improved a slow page.\n**S:** Six seconds.\n**A:** I added an index.\n**R:** 700 ms.\n"
    cards_read = parse_note(f"```markdown\n{inner}```\n", "n.md")[0]
    assert [(card.line, card.question) for card in cards_read] == [(2, "Tell me about a time you improved a slow page.")]
    assert parse_note(f"```python\n{inner}```\n", "n.md")[0] == []
    assert parse_note(f"```markdown\n{inner}```\n\nMore notes.\n", "n.md")[0] == []


def test_a_table_of_the_note_s_contents_asks_nothing() -> None:
    """`| No. | Questions |` over rows linking to the note's headings (and a group's `**Basics**`) is its contents: no
    warning that its questions have no answers; the headings are the cards."""
    table = "| No. | Questions |\n| --- | --- |\n|  | **Basics** |\n| 1 | [Why leave?](#why-leave) |\n| 2 | [Why us?](#why-us) |\n"
    cards_read, warnings = parse_note(f"## Contents\n\n{table}\n## Why leave?\n\nGrowth.\n\n## Why us?\n\nThe product.\n", "n.md")
    assert ([card.question for card in cards_read], warnings) == (["Why leave?", "Why us?"], [])
