"""The story map screen: each story with the questions it answers, and the gaps.

A table of stories (titled ones by title, then untitled ones); the highlighted story's
questions below it, with their notes; then what the map says: stories you lean on,
questions with no story, tags with no story. `e` opens the highlighted story's note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

if TYPE_CHECKING:
    from scheduler.story_map import StoryEntry, StoryMap


class StoriesScreen(Screen[None]):
    """Every story across the decks (or the given ones) with the questions it answers."""

    BINDINGS = [
        Binding("e", "edit", "Edit note", tooltip="Open the highlighted story's note in your editor", id="stories-edit"),
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
        yield Footer()

    def on_mount(self) -> None:
        """Read the map and fill the table."""
        from scheduler.story_map import story_map

        self.map = story_map(self.app.store.conn, self.deck_ids)  # type: ignore[attr-defined]
        table = self.query_one("#stories-table", DataTable)
        table.add_columns("Story", "Questions", "Tags")
        for index, story in enumerate(self.map.stories):
            tags = ", ".join(story.tags)
            table.add_row(Content(story.title), str(len(story.questions)), Content(tags), key=str(index))
        self.query_one("#stories-title", Static).update(title_line(self.map))
        self.query_one("#stories-gaps", Static).update(gaps_text(self.map))
        self._show_questions(self.map.stories[0] if self.map.stories else None)
        table.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """List the questions of the story under the cursor."""
        if self.map is not None and event.row_key.value is not None:
            self._show_questions(self.map.stories[int(event.row_key.value)])

    def _show_questions(self, story: StoryEntry | None) -> None:
        """The questions `story` answers, a line each with deck, note and line."""
        if story is None:
            text = "No stories yet: title your STAR stories with a bullet above their sections."
        else:
            text = f"{story.title} answers:\n" + "\n".join(
                f"  • {q.question}  ({q.deck} · {q.file}:{q.line})" for q in story.questions
            )
        self.query_one("#stories-questions", Static).update(text)

    def _highlighted(self) -> StoryEntry | None:
        """The story under the table's cursor."""
        if self.map is None or not self.map.stories:
            return None
        row = self.query_one("#stories-table", DataTable).cursor_row
        return self.map.stories[min(max(row, 0), len(self.map.stories) - 1)]

    def action_edit(self) -> None:
        """Open the note of the highlighted story's first question at its line."""
        story = self._highlighted()
        if story is None:
            return
        from textual_app.editing import open_note

        first = story.questions[0]
        open_note(self.app, first.deck_root, first.file, first.line)  # type: ignore[arg-type]

    def action_back(self) -> None:
        """Back to the deck list."""
        self.dismiss()


def title_line(mapped: StoryMap) -> str:
    """`Story map · 7 stories · 3 questions with no story · 1 tag with no story`."""
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
    """Stories leaned on, questions with no story, tags with no story."""
    lines = []
    if mapped.leaned_on:
        leaned = ", ".join(f"{story.title} ({len(story.questions)})" for story in mapped.leaned_on)
        lines.append(f"Leaned on: {leaned}. An interviewer may hear them twice: prepare a second story.")
    if mapped.uncovered_tags:
        lines.append(f"Tags with no story: {', '.join(mapped.uncovered_tags)}")
    if mapped.untold:
        lines.append("Questions with no story:")
        lines += [f"  • {question.question}  ({question.deck} · {question.file}:{question.line})" for question in mapped.untold]
    return "\n".join(lines)
