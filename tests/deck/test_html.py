"""A card as HTML for other flashcard programs: escaped, sections labelled, key phrases marked."""

from __future__ import annotations

from deck.html import answer_html, markdown_html, marked, question_html
from deck.models import CardContent, KeyPhrase, Story

PHRASE = KeyPhrase(text="tight deadline", colour="#FFB86CA6")


def star_card(**changes: object) -> CardContent:
    """A card with two phrasings, one titled story and a coloured key phrase."""
    fields: dict[str, object] = {
        "key": "k1",
        "file": "Stories.md",
        "line": 3,
        "question": "Tell me about a tight deadline / Describe a rushed launch",
        "phrasings": ["Tell me about a tight deadline", "Describe a rushed launch"],
        "answer": "- Launch\n\t1. **Situation**: a tight deadline <b>",
        "stories": [
            Story(
                title="The launch", intro="Spring.", sections={"situation": "a tight deadline <b>", "result": "on time"}
            )
        ],
        "key_phrases": [PHRASE],
        "tags": ["work"],
    }
    return CardContent(**(fields | changes))


def test_question_has_every_phrasing_with_key_phrase_marked() -> None:
    """The first phrasing is the question, the others are listed; key phrases are coloured marks."""
    html = question_html(star_card())
    assert '<mark style="background-color: #FFB86CA6">tight deadline</mark>' in html
    assert "<li>Describe a rushed launch</li>" in html


def test_star_answer_labels_sections_in_order_and_titles_the_story() -> None:
    """Stories are titled, their intro first, sections labelled in STAR order; note text is escaped."""
    html = answer_html(star_card())
    assert '<h3 class="story-title">The launch</h3>' in html
    assert html.index("Spring.") < html.index("<b>Situation:</b>") < html.index("<b>Result:</b>")
    assert "&lt;b&gt;" in html and "<b> " not in html.replace("<b>Situation:</b> ", "")


def test_a_section_is_labelled_as_the_author_wrote_it() -> None:
    """A CAR story's `Challenge` is shown under that label, not as STAR's Task."""
    story = Story(sections={"task": "ship it", "action": "did"}, labels={"task": "Challenge"})
    html = answer_html(star_card(stories=[story]))
    assert "<b>Challenge:</b> ship it" in html and "<b>Action:</b> did" in html and "Task" not in html


def test_notes_of_a_star_answer_follow_the_stories() -> None:
    """Text outside every story is kept, after them."""
    html = answer_html(star_card(notes="Mention the retro."))
    assert html.index("Result:") < html.index('<div class="notes">Mention the retro.</div>')


def test_colour_that_is_not_hex_is_dropped() -> None:
    """A colour from a note reaches a style attribute only when it is a #hex colour."""
    assert marked("x", [KeyPhrase(text="x", colour='red" onclick="evil()')]) == "<mark>x</mark>"


def test_longer_phrase_wins_where_two_overlap() -> None:
    """Overlapping key phrases never nest marks: the longer one is marked."""
    html = marked("a tight deadline", [KeyPhrase(text="tight"), PHRASE])
    assert html.count("<mark") == 1 and "tight deadline</mark>" in html


def test_plain_answer_is_markdown_with_highlights_as_marks_and_raw_html_removed() -> None:
    """A non-STAR answer renders as Markdown; `<mark>` keeps its colour, other tags go, wikilinks show their label."""
    md = '**Bold** and <mark style="background: #FF5582A6">key</mark> and <script>x</script> see [[Note|the note]]'
    html = markdown_html(md, [KeyPhrase(text="key", colour="#FF5582A6")])
    assert "<strong>Bold</strong>" in html
    assert '<mark style="background-color: #FF5582A6">key</mark>' in html
    assert "<script>" not in html and "the note" in html and "[[" not in html


def test_code_in_a_plain_answer_is_left_as_written() -> None:
    """Highlights inside code are not marks; code is escaped."""
    html = markdown_html("`==x== <i>`", [])
    assert "<code>==x== &lt;i&gt;</code>" in html


def test_control_sequences_never_reach_the_html() -> None:
    """Terminal escapes in a note are stripped, as everywhere else."""
    assert "\x1b" not in answer_html(star_card(stories=[], answer="red \x1b[31mtext"))
