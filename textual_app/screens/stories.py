"""The story map screen: each story with the questions it answers, and the gaps.

A table of stories (titled ones by title, then untitled ones); the highlighted story's
questions below it, with their notes; then what the map says: stories you lean on,
questions with no story, tags with no story. `e` opens the highlighted story's note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from textual_app.widgets.lean_footer import LeanFooter

if TYPE_CHECKING:
    from collections.abc import Sequence

    from scheduler.story_map import StoryMap, StoryQuestion

STORY_WIDTH = 48
"""Columns given to a story's title in the table (longer titles are cut; the panel below has them whole)."""

UNTOLD_ROW = "(questions with no story)"
"""The last row of the table: its questions are those no story answers."""


class StoriesScreen(Screen[None]):
    """Every story across the decks (or the given ones) with the questions it answers."""

    STYLESHEET = "interview.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding(
            "e", "edit", "Edit note", tooltip="Open the highlighted story's note in your editor", id="stories-edit"
        ),
        Binding("escape,q", "back", "Back", tooltip="Back to the deck list", id="stories-back"),
    ]

    def __init__(self, deck_ids: list[int] | None = None) -> None:
        """Map the stories of `deck_ids` (None: every deck)."""
        super().__init__(id="stories")
        self.deck_ids = deck_ids
        self.map: StoryMap | None = None

    def compose(self) -> ComposeResult:
        """Title, the stories table, the highlighted story's questions, the gaps, the footer."""
        yield Static("", id="stories-title", markup=False)
        yield DataTable(id="stories-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="stories-questions", markup=False)
        yield Static("", id="stories-gaps", markup=False)
        yield LeanFooter()

    def on_mount(self) -> None:
        """Read the map and fill the table."""
        from scheduler.story_map import story_map

        study_tags = self.app.settings.notes.study_tags  # type: ignore[attr-defined]
        self.map = story_map(self.app.store, self.deck_ids, study_tags=study_tags)  # type: ignore[attr-defined]
        table = self.query_one("#stories-table", DataTable)
        table.add_column("Qs", key="questions")
        table.add_column("Story", width=STORY_WIDTH, key="story")
        table.add_column("Tags", key="tags")
        for index, story in enumerate(self.map.stories):
            tags = ", ".join(story.tags)
            table.add_row(len(story.questions), Text(story.title), Text(tags, style="dim"), key=str(index))
        if self.map.untold:
            table.add_row(len(self.map.untold), Text(UNTOLD_ROW, style="italic"), "", key=UNTOLD_ROW)
        self.query_one("#stories-title", Static).update(title_line(self.map))
        self.query_one("#stories-gaps", Static).update(gaps_text(self.map))
        if not self.map.stories and not self.map.untold:
            self._show_questions("No cards yet: sync some notes first.", [])
        table.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """List the questions of the story under the cursor."""
        if self.map is None or event.row_key.value is None:
            return
        if event.row_key.value == UNTOLD_ROW:
            self._show_questions("Questions with no story:", self.map.untold)
        else:
            story = self.map.stories[int(event.row_key.value)]
            self._show_questions(f"{story.title} answers:", story.questions)

    def _show_questions(self, heading: str, questions: Sequence[StoryQuestion]) -> None:
        """`heading`, then each question with its deck, note and line."""
        lines = [heading] + [f"  • {q.question}  ({q.deck} · {q.file}:{q.line})" for q in questions]
        self.query_one("#stories-questions", Static).update("\n".join(lines))

    def _highlighted(self) -> StoryQuestion | None:
        """The first question of the row under the table's cursor."""
        if self.map is None:
            return None
        rows = [story.questions for story in self.map.stories] + ([self.map.untold] if self.map.untold else [])
        row = self.query_one("#stories-table", DataTable).cursor_row
        return rows[row][0] if 0 <= row < len(rows) and rows[row] else None

    def action_edit(self) -> None:
        """Open the note of the highlighted row's first question at its line."""
        first = self._highlighted()
        if first is None:
            return
        from textual_app.note_editing import open_note

        open_note(self.app, first.deck_root, first.file, first.line)  # type: ignore[arg-type]

    def action_back(self) -> None:
        """Back to the deck list."""
        self.dismiss()


def title_line(mapped: StoryMap) -> str:
    """`Story map · 4 titled stories · 3 untitled · 11 questions with no story · 1 tag with no story` (the screen
    wraps it when narrow: cut short, `11 questions` would not say what it counts)."""
    titled = sum(1 for story in mapped.stories if story.titled)
    parts = [
        f"Story map · {titled} titled stor{'y' if titled == 1 else 'ies'}",
        f"{len(mapped.stories) - titled} untitled",
        f"{len(mapped.untold)} question{'s' if len(mapped.untold) != 1 else ''} with no story",
    ]
    if mapped.uncovered_tags:
        parts.append(f"{len(mapped.uncovered_tags)} tag{'s' if len(mapped.uncovered_tags) != 1 else ''} with no story")
    return " · ".join(parts)


def gaps_text(mapped: StoryMap) -> str:
    """Stories leaned on and tags with no story, a line each."""
    lines = []
    if mapped.leaned_on:
        leaned = ", ".join(f"{story.title} ({len(story.questions)})" for story in mapped.leaned_on)
        lines.append(f"Leaned on: {leaned}. An interviewer may hear them twice: prepare a second story.")
    if mapped.uncovered_tags:
        lines.append(f"Tags with no story: {', '.join(mapped.uncovered_tags)}")
    return "\n".join(lines)
