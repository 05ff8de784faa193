"""Text outside every STAR section is kept: a story's intro, and an answer's notes."""

from __future__ import annotations

from deck.content_json import card_from_json
from deck.models import CardContent, Story
from deck.notes import parse_note


def only_card(note: str) -> CardContent:
    """The one card `note` gives, with no warnings but about the short stories these tests tell."""
    cards, warnings = parse_note(note, "n.md")
    assert [w for w in warnings if not w.message.endswith(" section")] == []
    (card,) = cards
    return card


def every_text(card: CardContent) -> list[str]:
    """Every piece of plain text the card's stories and notes hold, titles included."""
    texts = [card.notes]
    for story in card.stories:
        texts += [story.title or "", story.intro, *story.sections.values()]
    return texts


HEADING_NOTE = """## Tell me about a time you led a migration

Context: this was at my *second* job, 2023.

### Situation
The billing service ran on a database we were told to leave.

### Task
Move it with no downtime.

### Result
Done in six weeks.

Extra note: mention the runbook.
"""


def test_heading_shape_text_before_the_first_section_is_the_intro() -> None:
    """Prose under the question heading, before `### Situation`, is the story's intro, as plain text."""
    card = only_card(HEADING_NOTE)
    (story,) = card.stories
    assert story.intro == "Context: this was at my second job, 2023."
    assert story.sections["result"] == "Done in six weeks.\n\nExtra note: mention the runbook."
    assert card.notes == ""
    assert sum("Context" in text for text in every_text(card)) == 1


def test_heading_shape_text_before_a_story_title_is_notes() -> None:
    """Text before a story's title heading belongs to no story; text after the title is its intro."""
    card = only_card(
        "## What about leading?\n\nShared intro.\n\n### First\n\nFirst intro.\n\n"
        "#### Situation\nx\n#### Task\ny\n\n### Second\n#### Situation\nz\n#### Result\nw\n"
    )
    assert [(story.title, story.intro) for story in card.stories] == [("First", "First intro."), ("Second", "")]
    assert card.notes == "Shared intro."


def test_list_shape_prose_before_the_sections_is_the_intro_and_after_them_notes() -> None:
    """In a question item, a paragraph before the numbered sections is the intro; one after is notes."""
    card = only_card(
        "- Tell me about a conflict?\n\n  We were five on the team.\n\n"
        "  1. **Situation**: two leads disagreed;\n  2. **Task**: pick a plan;\n\n  Say it slowly.\n"
    )
    assert card.stories == [
        Story(intro="We were five on the team.", sections={"situation": "two leads disagreed;", "task": "pick a plan;"})
    ]
    assert card.notes == "Say it slowly."


def test_list_shape_titled_stories_keep_their_intro_and_stray_bullets_are_notes() -> None:
    """Under a story's title bullet, prose before its sections is its intro; a bullet telling nothing is notes."""
    card = only_card(
        "- Times you led\n\t- Led the move\n\n\t\tIt was 2022.\n\n\t\t1. **Situation**: old queue;\n"
        "\t\t2. **Task**: move it;\n\t- Ran the audit\n\t\t1. **Situation**: no a11y;\n\t\t2. **Action**: audited;\n"
        "\t- a stray bullet\n"
    )
    assert [(story.title, story.intro) for story in card.stories] == [
        ("Led the move", "It was 2022."), ("Ran the audit", "")
    ]
    assert card.notes == "a stray bullet"


def test_list_shape_a_title_bullet_before_its_list_is_not_also_intro() -> None:
    """A lone bullet before the section list is the title, never repeated as intro; prose above it is."""
    card = only_card(
        "- A time you influenced a team\n\n  Keep it short.\n\n  - pushed back on a request\n\n"
        "  1. **Situation**: many tools;\n  2. **Task**: pick one;\n"
    )
    (story,) = card.stories
    assert (story.title, story.intro, card.notes) == ("pushed back on a request", "Keep it short.", "")


def test_bold_label_shape_each_story_gets_the_text_before_it() -> None:
    """Paragraph labels: text before the first label, and after a rule before the next story, are intros."""
    card = only_card(
        "## Describe a hard call\n\nBefore any story.\n\n**Situation**: a bottleneck.\n**Task**: keep it safe.\n"
        "more task\n\n---\n\nSecond story intro.\n\n**Situation**\nanother one\n\n**Action**: did it\n"
    )
    assert [story.intro for story in card.stories] == ["Before any story.", "Second story intro."]
    assert card.stories[0].sections["task"] == "keep it safe.\nmore task"
    assert card.notes == ""


def test_an_answer_without_stories_has_no_notes() -> None:
    """Notes are only for STAR answers: any other answer is shown whole anyway."""
    card = only_card("- How would you spend your first month?\n  - listen\n  - ship something small\n")
    assert (card.stories, card.notes) == ([], "")


def test_snapshots_stored_before_intro_and_notes_still_load() -> None:
    """Card JSON written before these fields existed validates, with both empty."""
    old = (
        '{"key": "k", "file": "n.md", "line": 1, "question": "Q?", "phrasings": ["Q?"], "answer": "a",'
        ' "stories": [{"title": null, "sections": {"situation": "s"}}]}'
    )
    card = card_from_json(old)
    assert (card.notes, card.stories[0].intro) == ("", "")


def test_what_comes_before_an_answer_label_is_the_answers_notes() -> None:
    """`**Answer (STAR):**` announces the story: a coach's remark and a screenshot before it are notes, no intro."""
    note = (
        "### Question: How do you handle a slipped release?\n\n**Coach notes:**\n\n![feedback](img/r.png)\n\n"
        "**Answer (STAR):**\n- S: A vendor bug held the release.\n- A: I split it in two.\n- R: Half shipped on time.\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert [(story.title, story.intro) for story in card.stories] == [(None, "")]
    assert card.notes == "Coach notes:\n[image: r.png]"
