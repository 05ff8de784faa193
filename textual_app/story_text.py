"""The story map as Rich text, for `starcards stories` (plain with `.plain` in a pipe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    from scheduler.story_map import StoryMap, StoryQuestion


def story_map_text(mapped: StoryMap) -> Text:
    """Each story with its questions, then stories leaned on, tags with no story, questions with none."""
    text = Text()
    for story in mapped.stories:
        text.append(story.title, style="bold" if story.titled else "italic")
        if story.tags:
            text.append(f"  #{' #'.join(story.tags)}", style="dim")
        text.append("\n")
        for question in story.questions:
            _question(text, question)
    if mapped.leaned_on:
        leaned = ", ".join(f"{story.title} ({len(story.questions)} questions)" for story in mapped.leaned_on)
        text.append(f"\nLeaned on: {leaned}\n", style="yellow")
    if mapped.uncovered_tags:
        text.append(f"\nTags with no story: {', '.join(mapped.uncovered_tags)}\n", style="yellow")
    if mapped.untold:
        text.append(f"\nQuestions with no story ({len(mapped.untold)}):\n", style="bold")
        for question in mapped.untold:
            _question(text, question)
    if not mapped.stories and not mapped.untold:
        text.append("No cards yet: add notes with starcards review PATH\n")
    return text


def _question(text: Text, question: StoryQuestion) -> None:
    """`  • question  (deck · file:line)`."""
    text.append(f"  • {question.question}  ")
    text.append(f"({question.deck} · {question.file}:{question.line})\n", style="dim")
