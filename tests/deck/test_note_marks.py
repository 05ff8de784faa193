"""Marks a note carries beside its questions: a line of tags opening it, block ids, `#card` and `#flashcard`
marks on Logseq blocks, the study tag `#flashcards`."""

from __future__ import annotations

from deck.notes import parse_note


def test_a_line_of_tags_opening_the_note_tags_every_card() -> None:
    """`#interview` alone at the top (or right under the `# ` title) tags each card of the note, as front matter
    `tags:` does; a tag line further down tags nothing but what it is near."""
    for opening in ("#interview #behavioural\n\n# Failures\n", "# Failures\n#interview #behavioural\n"):
        cards, _ = parse_note(f"{opening}\n## Tell me about a time you failed?\nI shipped a bug.\n\n"
                              "## Why this job?\nThe mission.\n", "n.md")
        assert [card.tags for card in cards] == [["interview", "behavioural"]] * 2
    later, _ = parse_note("# Failures\n\n## Tell me about a time you failed?\nA bug.\n\n## Why this job?\nThe mission.\n\n"
                          "#later\n", "n.md")
    assert [card.tags for card in later] == [[], ["later"]]


def test_block_ids_are_no_text_of_an_answer() -> None:
    """Obsidian's `^a1b2c3` on a line of its own (the id of the block above) and at a line's end are left out of
    the answer; in code they stay."""
    note = (
        "## Which NFT standards exist?\n\n^a1b2c3\n\nERC-721 and ERC-1155. ^std\n\n"
        "```\nre.match(r'^abc', s) ^keep\n```\n"
    )
    (card,), _ = parse_note(note, "n.md")
    assert card.answer == "ERC-721 and ERC-1155.\n\n```\nre.match(r'^abc', s) ^keep\n```"


def test_a_block_grouping_marked_blocks_is_their_topic() -> None:
    """Logseq's `- #### Flashcards` over blocks marked `#card` (or the singular `#flashcard`): each marked block is
    a card under the topic, not one `Flashcards` card answered by them all."""
    note = (
        "- #### Flashcards\n\t- Explain what an alias is #card\n\t\t- A short name for a command.\n"
        "\t- About exit codes: #flashcard\n\t\t- 0 is success.\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.answer, card.context[-1]) for card in cards] == [
        ("Explain what an alias is", "- A short name for a command.", "Flashcards"),
        ("About exit codes:", "- 0 is success.", "Flashcards"),
    ]


def test_the_study_tag_flashcards_marks_no_card() -> None:
    """`#flashcards` (plural: the note's study tag) on one block of a Logseq page marks no card, so the page's other
    question blocks stay cards (only `#card` or the singular `#flashcard` mark cards)."""
    note = "- Why this team? #flashcards\n\t- Its product.\n- Why now?\n\t- The timing.\n"
    cards, _ = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["Why this team?", "Why now?"]
