"""The STAR answer's lines: rows beside a label column, titles and intros in place, blank lines as the old margins."""

from __future__ import annotations

from deck.models import CardContent, KeyPhrase, Story
from textual_app.answer_lines import HIDDEN, LABEL_WIDTH, NOTES_LABEL, Answer, AnswerStyles, lay_out
from textual_app.reveal import reveal_steps

STYLES = AnswerStyles()


def _answer(stories: list[Story], shown: int, notes: str = "", phrases: tuple[KeyPhrase, ...] = ()) -> Answer:
    """The answer of a card with these stories, `shown` steps revealed."""
    card = CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="x", stories=stories)
    return Answer(reveal_steps(card, "x"), shown, phrases, notes)


def _plain(answer: Answer, width: int = 60) -> list[str]:
    """The answer's lines as text."""
    return [line.plain.rstrip() for line in lay_out(answer, width, STYLES).lines]


def test_hidden_rows_show_their_label_and_a_placeholder_one_blank_line_apart() -> None:
    """Nothing revealed: every section's label with the placeholder, a blank line after each row."""
    answer = _answer([Story(sections={"situation": "s", "task": "t"})], shown=0)
    assert _plain(answer) == [f"Situation   {HIDDEN}", "", f"Task        {HIDDEN}", ""]


def test_a_long_section_wraps_under_its_text_column() -> None:
    """Continuation lines start where the text starts, never under the label."""
    text = "word " * 20
    lines = _plain(_answer([Story(sections={"action": text.strip()})], shown=1), width=40)
    assert lines[0].startswith("Action      word")
    assert all(line.startswith(" " * LABEL_WIDTH + "word") for line in lines[1:-1])
    assert max(len(line) for line in lines) <= 40 and " ".join(lines).split() == ["Action", *text.split()]


def test_titles_intros_and_notes_take_their_places() -> None:
    """Two stories: a title above each (one blank line between blocks, never two), the intro indented once its
    first section shows, the notes labelled after the last section once everything shows."""
    stories = [Story(title="First", intro="Back then.", sections={"result": "r1"}), Story(sections={"task": "t2"})]
    assert _plain(_answer(stories, shown=0)) == [
        "", f"Story 1 of 2 {HIDDEN}", f"Result      {HIDDEN}", "", f"Story 2 of 2 {HIDDEN}", f"Task        {HIDDEN}", ""
    ]
    assert _plain(_answer(stories, shown=2, notes="Keep it short.")) == [
        "", "Story 1 of 2: First", " " * LABEL_WIDTH + "Back then.", "", "Result      r1", "",
        "Story 2 of 2", "Task        t2", "", NOTES_LABEL, "Keep it short.", "",
    ]


def test_each_step_knows_its_lines_for_scrolling() -> None:
    """A step's lines run from its title (when it starts a story) to its row's last line."""
    stories = [Story(title="First", sections={"situation": "s1", "task": "t1"}), Story(sections={"action": "a2"})]
    laid = lay_out(_answer(stories, shown=3, notes="n"), 60, STYLES)
    assert laid.step_lines == [(1, 3), (4, 5), (6, 8)]
    assert laid.notes_lines == (9, 11)


def test_text_from_notes_stays_literal_and_key_phrases_stand_out() -> None:
    """Rich markup in a section is shown as written; a key phrase keeps its highlight through the wrapping."""
    phrase = KeyPhrase(text="on time", colour=None)
    laid = lay_out(_answer([Story(sections={"task": "ship [bold]it[/] on time"})], 1, phrases=(phrase,)), 60, STYLES)
    text = laid.lines[0].parts[-1]
    assert text.plain == "ship [bold]it[/] on time"
    assert [(span.start, span.end) for span in text.spans] == [(17, 24)]


def test_a_whole_answer_draws_only_its_placeholder_until_revealed() -> None:
    """A non-STAR answer is Markdown, drawn elsewhere: here only `Answer ▸ ···` while hidden, then nothing."""
    card = CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="x", stories=[])
    steps = reveal_steps(card, "the *whole* answer")
    assert _plain(Answer(steps, 0)) == [f"Answer {HIDDEN}"]
    assert _plain(Answer(steps, 1)) == []


def test_the_label_column_widens_for_the_authors_longer_labels() -> None:
    """`Lessons learned` gets a column as wide as it and a gap, so no text runs into it; past a third of the width a
    label stands on its own line over its text, still in the text column."""
    story = Story(sections={"situation": "s", "takeaways": "talk early"}, labels={"takeaways": "Lessons learned"})
    steps = reveal_steps(CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="a",
                                     stories=[story]), "a")  # fmt: skip
    wide = [line.plain.rstrip() for line in lay_out(Answer(steps, 2), 80, AnswerStyles()).lines if line.plain.strip()]
    assert wide == ["Situation" + " " * 8 + "s", "Lessons learned  talk early"]
    narrow = [line.plain.rstrip() for line in lay_out(Answer(steps, 2), 36, AnswerStyles()).lines if line.plain.strip()]
    assert narrow == ["Situation   s", "Lessons learned", " " * 12 + "talk early"]


def test_a_story_titled_with_its_number_shows_the_number_once() -> None:
    """`Story 1: The API fight` as the first of two stories reads `Story 1 of 2: The API fight`."""
    stories = [Story(title="Story 1: The API fight", sections={"situation": "s"}), Story(sections={"situation": "t"})]
    steps = reveal_steps(CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="a",
                                     stories=stories), "a")  # fmt: skip
    lines = [line.plain.strip() for line in lay_out(Answer(steps, 2), 80, AnswerStyles()).lines if line.plain.strip()]
    assert lines[0] == "Story 1 of 2: The API fight"
