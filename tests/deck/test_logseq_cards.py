"""Logseq pages: `#card` marks the flashcards, `^^text^^` highlights, images and sentences are no breadcrumb."""

from __future__ import annotations

from pathlib import Path

from deck.loader import load_deck
from deck.logseq import logseq_highlights
from deck.notes import parse_note

PAGE = """- # Caching
\t- What does a write-through cache do? #card
\t  card-repeats:: 2
\t\t- Writes the store and the cache together.
\t- Eviction picks the entry to drop.
\t\t- LRU drops the least recently used.
\t- ![diagram.png](../assets/diagram.png)
\t\t- What is a cache stampede? #card
\t\t\t- Many misses at once hit the store; ^^one fetch^^ per key prevents it.
\t- Misses cost a round trip to the store, which is why a warm cache matters so much here
\t\t- Why warm a cache? #interview
\t\t\t- The first users would pay the misses.
"""


def cards(note: str) -> list[tuple[str, list[str]]]:
    """The question and context of each card of `note`."""
    return [(card.question, card.context) for card in parse_note(note, "page.md")[0]]


def test_only_marked_blocks_are_cards() -> None:
    """`#card` (or a study tag) marks the cards; a note block with a nested point is none."""
    assert [question for question, _ in cards(PAGE)] == [
        "What does a write-through cache do?", "What is a cache stampede?", "Why warm a cache?"
    ]


def test_an_image_or_a_sentence_is_no_breadcrumb() -> None:
    """The blocks over a card that show an image or say a sentence give it no context."""
    assert [context for _, context in cards(PAGE)] == [["page", "Caching"]] * 3


def test_a_short_topic_block_is_still_a_breadcrumb() -> None:
    """An outline's topic of a few words names its questions' context."""
    note = "- Caches\n\t- What is a cache stampede? #card\n\t\t- Many misses at once.\n"
    assert cards(note) == [("What is a cache stampede?", ["page", "Caches"])]


def test_a_page_marking_nothing_keeps_every_card() -> None:
    """Without `#card` anywhere, the page reads as before: every item over a nested answer is a card."""
    unmarked = cards(PAGE.replace(" #card", "").replace(" #interview", ""))
    assert [question for question, _ in unmarked][:2] == ["What does a write-through cache do?", "Eviction picks the entry to drop."]
    assert len(unmarked) == 4


def test_card_outside_an_outline_page_marks_nothing() -> None:
    """A note that is not a Logseq page (headings, paragraphs at the edge) keeps every card."""
    note = "# Notes\n\n- Why queues? #card\n  - Flat load.\n\n- Why caches?\n  - Fewer reads.\n"
    assert [question for question, _ in cards(note)] == ["Why queues?", "Why caches?"]


def test_logseq_highlight_is_a_highlight() -> None:
    """`^^text^^` reads as `==text==`, outside code only, and the card's answer shows it so."""
    assert logseq_highlights("keep ^^one fetch^^ and `x ^^y^^`") == "keep ==one fetch== and `x ^^y^^`"
    answer = parse_note(PAGE, "page.md")[0][1].answer
    assert "==one fetch==" in answer and "^^" not in answer


def test_marked_cards_are_studied_in_a_folder(tmp_path: Path) -> None:
    """In a folder deck, `#card` opts a block in: a marked block that does not end in `?` is kept too."""
    page = "- Object equality #card\n\t- `equals` compares values, `==` references.\n- Misc\n\t- notes\n"
    (tmp_path / "java.md").write_text(page, encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == ["Object equality"]


def test_a_marked_block_is_no_topic_even_when_its_answer_asks() -> None:
    """`- Push or pull? notes #card` over a point that asks on its way is a card, not a topic over a question."""
    page = "- Notes\n\t- Sobre push y pull #card\n\t\t- El debate: ¿quién pide los datos? Cada modelo cuesta.\n"
    assert [question for question, _ in cards(page)] == ["Sobre push y pull"]


def test_a_topic_s_tag_tags_its_questions_and_stays_out_of_the_breadcrumb() -> None:
    """`- Behavioural #interview` over `- Leadership` over a question: the breadcrumb says `Behavioural`, and the card
    carries the tag, as under a tagged heading."""
    note = "- Behavioural #interview\n\t- Leadership\n\t\t- Tell me about leading\n\t\t\t- I ran the RFC.\n"
    (card,) = parse_note(note, "p.md")[0]
    assert (card.context, card.tags) == (["p", "Behavioural", "Leadership"], ["interview"])


def test_logseq_task_markers_are_to_dos_or_left_out() -> None:
    """A `TODO` (or `LATER`, `NOW`...) block over notes is a to-do, no card, as `- [ ]` is; `DONE` before a question is
    no part of it."""
    page = "- TODO polish the resume #interview\n\t- rewrite the summary\n- DONE Why a smaller company?\n\t- To own a product.\n"
    assert [card.question for card in parse_note(page, "n.md")[0]] == ["Why a smaller company?"]


def test_logseq_markers_before_questions_and_sayings() -> None:
    """`LATER Why are you leaving?` over its answer asks without its marker, where `LATER Send thank-you notes?` alone
    is a to-do; in lower case after it, the marker is a word of the question (`TODO app — why build it?`, `DONE is better
    than perfect — how...?`)."""
    page = (
        "- LATER Why are you leaving?\n\t- To own a product.\n- LATER Send thank-you notes?\n"
        "- TODO app — why did you build it?\n\t- To learn Swift.\n"
        "- DONE is better than perfect — how do you balance it?\n\t- Ship, then polish.\n"
    )
    cards, warnings = parse_note(page, "n.md")
    assert [card.question for card in cards] == [
        "Why are you leaving?", "TODO app — why did you build it?", "DONE is better than perfect — how do you balance it?"
    ]
    assert warnings == []
