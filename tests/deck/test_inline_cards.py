"""The rules of inline cards, as Markdown spaced-repetition tools write them."""

from __future__ import annotations

import pytest

from deck.models import CardContent, ParseWarning
from deck.notes import parse_note
from deck.options import ReadOptions, Separators


def parse(note: str) -> tuple[list[CardContent], list[ParseWarning]]:
    """Parse a note given inline in a test."""
    return parse_note(note, "n.md")


def pairs(note: str) -> list[tuple[str, str]]:
    """The (question, answer) of each card in `note`."""
    return [(card.question, card.answer) for card in parse(note)[0]]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Capital of France::Paris", ("Capital of France", "Paris")),
        ("a :: b", ("a", "b")),
        ("mood:: calm", ("mood", "calm")),
        ("Why::Because: it said so::twice", ("Why", "Because: it said so::twice")),
        ("- In a list::yes", ("In a list", "yes")),
        ("* [ ] In a task::yes", ("In a task", "yes")),
        ("12. Numbered::yes", ("Numbered", "yes")),
        ("> Quoted::yes", ("Quoted", "yes")),
        ("  - Indented::yes", ("Indented", "yes")),
        ("*Emphasis* and [[Note|a link]]::**bold** back", ("Emphasis and a link", "**bold** back")),
        ("Front::back <!--SR:!2024-07-01,3,250-->", ("Front", "back")),
        ("Front::back ^abc-123", ("Front", "back")),
        ("Front::back <!--SR:!2024-07-01,3,250--> ^abc123", ("Front", "back")),
        ("Uses `a::b` in::code span", ("Uses a::b in", "code span")),
    ],
)
def test_one_line_cards(line: str, pair: tuple[str, str]) -> None:
    """`front::back` splits at the first `::` outside code; markers and metadata go."""
    assert pairs(line + "\n") == [pair]


@pytest.mark.parametrize(
    "line",
    [
        "`code::span`",
        "See https://example.com/a::b for more",
        "[due:: tomorrow] and (rating:: 5)",
        "<!-- hidden::card -->",
        "%% hidden::card %%",
        "Four::::colons",
        "## Heading::with colons",
    ],
)
def test_not_one_line_cards(line: str) -> None:
    """`::` in code, URLs, bracketed Dataview fields, comments, headings or `::::` is no card."""
    assert pairs(line + "\n") == []


def test_multiline_comment_hides_cards() -> None:
    """A comment over several lines hides the cards inside it."""
    assert pairs("<!--\nQ::A\n\nFront\n?\nBack\n-->\n") == []


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_fenced_code_hides_cards(fence: str) -> None:
    """Fenced code holds neither `::` cards nor `?` separators."""
    assert pairs(f"{fence}\nQ::A\nFront\n?\nBack\n{fence}\n") == []


def test_indented_code_hides_cards() -> None:
    """An indented code block is code too."""
    assert pairs("Text.\n\n    Q::A\n") == []


def test_reversed_one_line_card() -> None:
    """`front:::back` gives the card and its reverse, with distinct keys."""
    found = parse("Kaizen:::continuous improvement\n")[0]
    assert [(card.line, card.question, card.answer) for card in found] == [
        (1, "Kaizen", "continuous improvement"),
        (1, "continuous improvement", "Kaizen"),
    ]
    assert found[0].key != found[1].key


def test_multiline_card() -> None:
    """The front runs from the last blank line to `?`, the back to the next blank line."""
    note = "Intro.\n\nWhat is\nFSRS?\n?\nA scheduler\nfor reviews.\n\nAfter.\n"
    found = parse(note)[0]
    assert [(card.line, card.question, card.answer) for card in found] == [
        (3, "What is FSRS?", "A scheduler\nfor reviews.")
    ]


def test_multiline_card_with_a_bold_question() -> None:
    """A front in bold that asks, over `?`: one card (not also a bold question answered by `?` and the back)."""
    cards, warnings = parse("**Why Postgres over MySQL?**\n?\nStricter types.\n\n**Q: Why Redis?**\nA: Speed.\n")
    assert [(card.line, card.question, card.answer) for card in cards] == [
        (1, "Why Postgres over MySQL?", "Stricter types."), (5, "Why Redis?", "Speed."),
    ]  # fmt: skip
    assert warnings == []


def test_multiline_reversed_card() -> None:
    """`??` also gives the reversed card, at the line where the back starts."""
    found = parse("Front\n??\nBack\n")[0]
    assert [(card.line, card.question, card.answer) for card in found] == [
        (1, "Front", "Back"), (3, "Back", "Front")
    ]


def test_multiline_front_starts_at_note_start_or_heading() -> None:
    """With no blank line before it, the front starts at the note or the heading above."""
    assert pairs("First\n?\nBack\n") == [("First", "Back")]
    assert pairs("# Title\nFront\n?\nBack\n") == [("Front", "Back")]


def test_blank_lines_inside_fences_do_not_end_a_side() -> None:
    """A fenced block with blank lines stays whole in the front or back."""
    note = "Show the loop\n?\n```python\nfor x in xs:\n\n    print(x)\n```\n\nAfter.\n"
    assert pairs(note) == [("Show the loop", "```python\nfor x in xs:\n\n    print(x)\n```")]


def test_multiline_front_keeps_its_markdown_for_the_reverse() -> None:
    """A reversed card answers with the front as written, list markers kept after the first."""
    found = parse("- one\n- two\n??\nBoth\n")[0]
    assert [(card.question, card.answer) for card in found] == [
        ("one two", "Both"), ("Both", "one\n- two")
    ]


def test_scheduling_comment_line_after_card_is_dropped() -> None:
    """The tool's comment on the line after a card is no part of it or the next card."""
    note = "Q1::A1\n<!--SR:!2024-07-01,3,250-->\nFront\n?\nBack\n<!--SR:!2024-07-02,1,230-->\n"
    assert pairs(note) == [("Q1", "A1"), ("Front", "Back")]


def test_back_ends_at_a_heading() -> None:
    """A heading ends the back of a multi-line card."""
    assert pairs("Front\n?\nBack\n## Next\nmore\n") == [("Front", "Back")]


@pytest.mark.parametrize(
    ("line", "tags", "question"),
    [
        ("#flashcards What is X::Y", ["flashcards"], "What is X"),
        ("#a #b/c Term::Meaning", ["a", "b/c"], "Term"),
        ("- #interview Term::Meaning", ["interview"], "Term"),
        ("#42 is the answer::yes", [], "#42 is the answer"),
    ],
)
def test_leading_tags(line: str, tags: list[str], question: str) -> None:
    """Leading `#tags` are tags of the card, not its text; `#42` is text."""
    (card,) = parse(line + "\n")[0]
    assert (card.tags, card.question) == (tags, question)


def test_leading_tag_line_of_a_multiline_front() -> None:
    """A `#tag` alone on the first line of a front tags the card."""
    (card,) = parse("#flashcards\nFront\n?\nBack\n")[0]
    assert (card.tags, card.question) == (["flashcards"], "Front")


def test_inline_card_in_a_list_item_is_the_card() -> None:
    """A question item whose first line is an inline card is that card only."""
    assert pairs("- What is X?::Y\n  - a nested note\n") == [("What is X?", "Y")]


def test_inline_card_in_a_question_items_answer_is_a_card_too() -> None:
    """An inline card nested in a question item's answer is a card of its own as well."""
    assert pairs("- Why?\n  - Term::definition\n") == [
        ("Why?", "- Term::definition"), ("Term", "definition")
    ]


@pytest.mark.parametrize(
    ("note", "warning"),
    [
        ("::back\n", (1, "inline card has no question")),
        ("front::\n", (1, "inline card has no answer")),
        ("Text.\n\n?\nBack\n", (3, "inline card has no question")),
        ("Front\n?\n\nAfter.\n", (1, "inline card has no answer")),
        ("<mark></mark>::back\n", (1, "inline card has no question")),
    ],
)
def test_broken_inline_cards_warn(note: str, warning: tuple[int, str]) -> None:
    """A card with an empty side is no card, and warns at its line."""
    found, warnings = parse(note)
    assert found == []
    assert (warnings[0].line, warnings[0].message) == warning


def test_context_of_inline_cards() -> None:
    """An inline card's context is the title and the headings above it."""
    (card,) = parse("# T\n## Terms\nTerm::Meaning\n")[0]
    assert card.context == ["T", "Terms"]


def test_crlf_and_bom_inline_cards() -> None:
    """Windows line endings and a BOM read the same inline cards."""
    note = "\ufeffTerm::Meaning\r\n\r\nFront\r\n?\r\nBack\r\n"
    assert pairs(note) == [("Term", "Meaning"), ("Front", "Back")]


def test_inline_phrasings_split_like_items() -> None:
    """A front splits into phrasings at `/` before a capital, as question items do."""
    (card,) = parse("What is CI/CD?/Define continuous delivery::shipping often\n")[0]
    assert card.phrasings == ["What is CI/CD?", "Define continuous delivery"]


def test_front_matter_fields_are_not_cards() -> None:
    """`key:: value` lines inside the front matter are metadata, not cards."""
    assert pairs("---\nstatus:: draft\ntags: [a]\n---\nTerm::Meaning\n") == [("Term", "Meaning")]


def test_separators_are_a_choice() -> None:
    """Chosen separators replace `::`, `:::`, `?` and `??`; the defaults then are plain text."""
    marks = Separators(inline=";;", inline_reversed=";;;", multiline="+++", multiline_reversed="++++")
    note = "Peru;;Lima\n\nOne way;;;Both ways\n\nFront\nlines\n+++\nBack\n\nUp\n++++\nDown\n\nnot::a card\n"
    cards, warnings = parse_note(note, "n.md", ReadOptions(opt_in=False, separators=marks))
    assert warnings == []
    assert [(card.question, card.answer) for card in cards] == [
        ("Peru", "Lima"), ("One way", "Both ways"), ("Both ways", "One way"),
        ("Front lines", "Back"), ("Up", "Down"), ("Down", "Up"),
    ]


def test_review_comments_without_cards_name_the_separator_setting() -> None:
    """A note of the plugin's `<!--SR:...-->` comments whose cards use another separator (`;;`) says
    which setting to look at."""
    cards, warnings = parse("- What is EC2?;;A machine.<!--SR:!2025-08-27,1,230-->\n")
    assert cards == []
    assert "1 spaced-repetition review comment" in warnings[0].message and "inline_separator" in warnings[0].message


def test_review_comments_shown_in_code_are_not_the_notes_own() -> None:
    """A post showing the plugin's cards and comments in a fence, to copy, reviews nothing of its own: the warning
    does not blame the separators (`:::` is the plugin's own); a comment outside the fence still counts."""
    shown = "```\n#flashcards\n`d`::: delete\n<!--SR:!2024-08-07,17,291-->\n```\n"
    _, warnings = parse(f"# Helix cards\n\nCopy this:\n\n{shown}")
    assert [warning.message for warning in warnings] == ["no cards found: 1 heading, but no question with an answer"]
    _, warnings = parse(f"- {shown.replace(chr(10), chr(10) + '  ')}\n- What is EC2?;;A machine.<!--SR:!2025-08-27,1,230-->\n")
    assert "1 spaced-repetition review comment " in warnings[0].message


def test_a_docs_site_container_fence_is_no_card_and_no_warning() -> None:
    """`::: warning` ... `:::` (VuePress, Docusaurus) opens and closes an aside: neither line is a reversed inline
    card without a question, and a `:::` card written after text on a line still reads."""
    note = "::: warning\nNever invent a story.\n:::\n\n:::tip Rehearse\nOut loud.\n::::\n\nStack::: A pile of plates\n"
    found, warnings = parse(note)
    assert warnings == []
    assert [(card.question, card.answer) for card in found] == [
        ("Stack", "A pile of plates"), ("A pile of plates", "Stack"),
    ]  # fmt: skip


def test_an_empty_dataview_field_in_a_template_is_silent() -> None:
    """`- **Outcome**::` or `- Round::` left empty is a field still to fill in, and a tracker's `- **Company**:: Acme`
    a field filled in: no card, no warning; a question left without its answer (`- Why us?::`) and a plain `front::`
    still warn, and a term of one word is still a card."""
    found, warnings = parse("# Review\n\n- **Outcome**::\n- Next step::\n- **Company**:: Acme\n- Idempotency:: once\n")
    assert [(card.question, card.answer) for card in found] == [("Idempotency", "once")] and warnings == []
    assert [warning.message for warning in parse("- Why us?::\n")[1]][:1] == ["inline card has no answer"]


def test_a_doubled_colon_inside_bold_is_no_inline_card() -> None:
    """`- **Lockdown (Day 1)::** ...` in a story's action is a label typed with two colons, inside its bold."""
    note = "## The leaked key\n- **Situation:** A key leaked.\n- **Action:**\n  - **Lockdown (Day 1)::** Froze it.\n- **Result:** Waived.\n"
    found, warnings = parse(note)
    assert [card.question for card in found] == ["The leaked key"] and warnings == []
    assert pairs("**Term**::meaning\n") == [("Term", "meaning")]


def test_a_multi_line_card_whose_front_asks_is_read_once() -> None:
    """The plugin's `What is a CDN?` over `?` over the answer: one card, no `?` in its answer, no duplicate
    warning (the paragraph that asks over its answer lines is the inline card's, not a second card)."""
    note = "## Cards\n\nWhat does a load balancer do?\n?\nSpreads requests.\n\nWhat is a CDN?\n?\nAn edge cache.\n"
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.answer) for card in cards] == [
        ("What does a load balancer do?", "Spreads requests."), ("What is a CDN?", "An edge cache."),
    ]
    marked, warnings = parse_note(note.replace("do?\n", "do? #card\n"), "n.md")
    assert warnings == [] and [card.question for card in marked][:1] == ["What does a load balancer do?"]
    assert len(marked) == 2


def test_obsidian_to_anki_deck_and_tag_lines_are_no_cards() -> None:
    """`TARGET DECK: Interview::System Design`, the path on the line under a bare `TARGET DECK`, and
    `FILE TAGS: #A::#B` name Anki's deck and tags (its `::` paths): no cards, no duplicate warnings."""
    note = (
        "TARGET DECK: Interview::System Design\n\nFILE TAGS: #Interview::#Design\n\n"
        "TARGET DECK\nInterview::Behavioural\n\nWhat is a CDN::An edge cache\n"
    )
    assert pairs(note) == [("What is a CDN", "An edge cache")]
