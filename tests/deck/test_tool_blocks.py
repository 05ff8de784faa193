"""Blocks other tools write (MkDocs and Admonition plugin admonitions, Hugo shortcodes, Logseq clozes,
Obsidian_to_Anki blocks) read as the Markdown they mean."""

from __future__ import annotations

from deck.notes import parse_note
from deck.tool_blocks import tool_blocks
from tests.deck.note_cards import cards


def test_mkdocs_question_admonitions_are_callouts() -> None:
    """`??? question "..."` and `!!! question "..."` over their indented text: a card each; the lines after keep theirs."""
    note = (
        "## Planning\n\n??? question \"How do you estimate a project?\"\n    I give ranges.\n\n    - Spike the risk.\n\n"
        "!!! question \"Tell me about a time you pushed back.\"\n    I showed the numbers.\n\nAfter it.\n"
    )
    assert cards(note) == [
        ("How do you estimate a project?", "I give ranges.\n\n- Spike the risk."),
        ("Tell me about a time you pushed back.", "I showed the numbers."),
    ]
    assert tool_blocks(note).count("\n") == note.count("\n")
    assert tool_blocks(note).split("\n")[-2] == "After it."


def test_an_admonition_plugin_fence_is_a_callout_and_other_fences_stay_code() -> None:
    """```` ```ad-question ```` with `title:` over its text is a card; a fence showing one in a code sample stays code."""
    note = "# Caching\n\n```ad-question\ntitle: Why cache reads?\ncollapse: open\nReads outnumber writes.\n```\n"
    assert cards(note) == [("Why cache reads?", "Reads outnumber writes.")]
    shown = "````markdown\n```ad-question\ntitle: Why?\nBecause.\n```\n````\n"
    assert tool_blocks(shown) == shown


def test_hugo_fold_shortcodes_go_and_their_answer_stays() -> None:
    """`{{% expand "ANSWER" %}}` and `{{< details >}}` fold the answer; `{{< relref >}}` in a link is left alone."""
    note = (
        "## Questions\n\n- What does `pwd` print?\n{{% expand \"ANSWER\" %}}\nThe working directory.\n{{% /expand %}}\n"
        "- Why an alias in `~/.bashrc`?\n{{< details \"Answer\" >}} So every shell loads it. {{< /details >}}\n"
    )
    assert cards(note) == [("What does pwd print?", "The working directory."), ("Why an alias in ~/.bashrc?", "So every shell loads it.")]
    linked = '[five things]({{< relref "what-is-ux" >}})'
    assert tool_blocks(linked) == linked


def test_logseq_clozes_are_key_phrases() -> None:
    """`{{cloze factory}}` shows its words, highlighted as a key phrase to recall."""
    note = "- Which patterns does a DI container use? #card\n\t- the container itself {{cloze factory}}\n"
    card = parse_note(note, "n.md")[0][0]
    assert card.answer == "- the container itself ==factory=="
    assert [phrase.text for phrase in card.key_phrases] == ["factory"]


def test_obsidian_to_anki_blocks_are_question_and_answer_pairs() -> None:
    """`START` / `Basic` / `Front:` / `Back:` / `Tags:` / `END`: a card, its tags the card's; fields on the next line too."""
    note = (
        "START\nBasic\nFront: Why is String immutable?\nBack: So it can be shared.\nTags: java strings\nEND\n\n"
        "START\nBasic\nFront:\nWhat does volatile guarantee?\nBack:\nVisibility, not atomicity.\nEND\n"
    )
    found = parse_note(note, "n.md")[0]
    assert [(card.question, card.tags) for card in found] == [
        ("Why is String immutable?", ["java", "strings"]), ("What does volatile guarantee?", [])
    ]
    assert found[1].answer == "Visibility, not atomicity."
    unended = "START\nBasic\nFront: Why?\n"
    assert tool_blocks(unended) == unended


def test_a_fold_numbering_its_question_asks_what_it_holds_and_its_answer_fold_answers() -> None:
    """`<summary>Question 1</summary>` over the question (and its code) over `<summary>Answer</summary>`: a card; a
    fold that asks over a nested answer fold shows the answer without the fold's word `Answer`."""
    note = (
        "<details>\n<summary>Question 1</summary>\n\nWhat does this print?\n\n```js\nconsole.log(typeof null);\n```\n\n"
        "<details>\n<summary>Answer</summary>\n\nIt prints object.\n</details>\n</details>\n\n"
        "<details>\n<summary>What is a closure?</summary>\n\n<details>\n<summary>Answer</summary>\n\n"
        "A function with its scope.\n</details>\n</details>\n"
    )
    assert cards(note) == [
        ("What does this print? console.log(typeof null);", "It prints object."),
        ("What is a closure?", "A function with its scope."),
    ]
    assert [card.line for card in parse_note(note, "n.md")[0]] == [1, 17]


def test_a_hugo_fold_titled_by_a_question_is_its_card_and_code_is_left_alone() -> None:
    """`{{% expand "What is the empty interface?" %}}` over its answer is a card; a shortcode or cloze in code stays."""
    note = (
        "## What is a channel?\n\n{{< details \"Answer\" >}}\nA typed conduit.\n{{< /details >}}\n\n"
        "{{% expand \"What is the empty interface?\" %}}\n`interface{}`: every type satisfies it.\n{{% /expand %}}\n"
    )
    assert cards(note) == [
        ("What is a channel?", "A typed conduit."),
        ("What is the empty interface?", "`interface{}`: every type satisfies it."),
    ]
    code = "```\n{{cloze Text}}\n{{< notice tip >}}x{{< /notice >}}\n```\n"
    assert tool_blocks(code) == code
