"""Shapes real notes are written in, each a fresh fixture note under `fixtures/real/` with its exact cards."""

from __future__ import annotations

from pathlib import Path

from deck.display import answer_markdown
from deck.loader import load_deck
from deck.models import CardContent, DeckContent, Story

REAL = Path(__file__).parent / "fixtures" / "real"


def read(name: str) -> DeckContent:
    """The note `name` of the fixtures, named on its own (read whole)."""
    return load_deck(REAL / name)


def asked(deck: DeckContent) -> list[tuple[int, str, str]]:
    """Each card's line, question and answer."""
    return [(card.line, card.question, card.answer) for card in deck.cards]


def only(deck: DeckContent) -> CardContent:
    """The one card of a deck without warnings."""
    assert deck.warnings == []
    (card,) = deck.cards
    return card


def test_answers_on_continuation_lines() -> None:
    """Lines right under the question, the rest of its own line, a paragraph after it, and `•` bullets answer it."""
    deck = read("continuation.md")
    assert deck.warnings == []
    assert asked(deck) == [
        (3, "Tell me about a time you failed?",
         "I rolled out a config change on a Friday and broke sign-in for an hour.\n"
         "Since then I stage every change behind a flag."),
        (7, "Why do you want this job?", "Because the team ships to real users every week."),
        (9, "What is your biggest strength?", "Turning vague asks into a plan people can follow."),
        (13, "Walk me through a hard trade-off",
         "- Chose a managed queue over our own\n- Lost some control, gained two engineers back"),
    ]


def test_story_by_headings_with_extra_and_deeper_headings() -> None:
    """An extra heading before Situation does not hide the story; one inside Action does not split it."""
    card = only(read("heading_story.md"))
    assert (card.line, card.question, card.context) == (3, "Category Leadership", ["Growth stories"])
    assert card.stories == [
        Story(
            title="Core Philosophy",
            intro="Lead the category rather than chase competitors.",
            sections={
                "situation": "The Category Challenge\n\nOur product sat in a crowded market with no clear story.",
                "task": "Own the narrative\n\nFind a position nobody else held.",
                "action": "My Positioning Framework\n\nInterviewed forty customers and mapped their words.\n\n"
                          "Step 2: Testing the message\n\nRan three landing pages side by side.",
                "result": "Twice the sign-ups\n\nSign-ups doubled in one quarter.",
            },
        )
    ]


def test_question_variants_and_answer_heading_are_one_card() -> None:
    """Each quoted variant is a phrasing; the Answer heading's section is the answer."""
    card = only(read("variants.md"))
    assert card.line == 4
    assert card.phrasings == [
        "Tell me about a time you disagreed with a teammate.",
        "Describe a conflict at work and how you resolved it.",
        "How do you handle disagreement?",
        "Give me an example of pushing back.",
    ]
    assert card.answer.startswith("### Situation\nTwo of us")
    assert [sorted(story.sections) for story in card.stories] == [["action", "result", "situation"]]


def test_example_question_under_a_topic_heading() -> None:
    """The labelled example question is asked; the topic is context; the label is not in the answer."""
    deck = read("example_question.md")
    assert deck.warnings == []
    assert [(card.line, card.question, card.context) for card in deck.cards] == [
        (4, "Tell me about a time you went above and beyond for a customer.",
         ["Leadership Principles", "1. Customer Obsession"]),
        (11, "Describe a time you took on something outside your role.", ["Leadership Principles", "2. Ownership"]),
    ]
    assert deck.cards[1].answer.startswith("**Situation**: Nobody owned")
    assert deck.cards[1].stories[0].sections["result"] == "Green builds went from 60% to 98%."


def test_car_par_soar_carl_map_onto_star() -> None:
    """Context, Challenge, Problem, Obstacle, Approach, Outcome and Learning label the five sections."""
    deck = read("frameworks.md")
    assert deck.warnings == []
    assert [story.sections for card in deck.cards for story in card.stories] == [
        {"situation": "the sync service had three retry layers.", "task": "outages were hard to debug.",
         "action": "removed two layers and added tracing.", "result": "incidents halved.",
         "takeaways": "fewer moving parts beat clever ones."},
        {"situation": "the release pipeline froze on launch day.", "action": "rolled back to the previous runner.",
         "result": "we launched two hours late, not two days."},
        {"situation": "a vendor dropped support mid-project.", "task": "no budget for a new vendor.",
         "action": "built the small part we needed ourselves.", "result": "finished a week early."},
    ]


def test_details_summary_titles_stories_and_nested_bullets_keep_markers() -> None:
    """`<summary>` is the title of the story under it; bullets in a section stay bullets."""
    card = only(read("details.md"))
    assert card.question == "Tell me about a time you led without authority"
    assert [story.title for story in card.stories] == ["The shared linting rules", "The on-call handbook"]
    assert card.stories[1].sections["action"] == (
        "I wrote the first handbook and asked for edits.\n\n- collected runbooks\n- added an index"
    )


def test_leading_rule_is_not_front_matter() -> None:
    """A note opening with a `---` rule and a list is read, not taken for front matter."""
    assert asked(read("leading_rule.md")) == [(2, "Why this company?", "- Their product is the one I use every day.")]
    assert read("leading_rule.md").warnings == []


def test_tags_in_headings_apply_below_and_leave_the_breadcrumb() -> None:
    """`## Stories #interview` tags the cards under it; the context shows `Stories`."""
    deck = read("heading_tags.md")
    assert [(card.question, card.context, card.tags) for card in deck.cards] == [
        ("Designing Data-Intensive Applications", ["Mixed notes", "Reading list"], []),
        ("Led the migration off the old queue", ["Mixed notes", "Stories"], ["interview"]),
        ("Why me?", ["Mixed notes"], ["career/pitch"]),
    ]


def test_a_tag_in_the_title_heading_leaves_the_title_out_of_the_breadcrumb() -> None:
    """`# Interview prep #interview` tags every card; the title, its tag dropped, is not repeated in the context."""
    deck = read("title_tag.md")
    assert [(card.context, card.tags) for card in deck.cards] == [
        (["Interview prep"], ["interview"]),
        (["Interview prep", "Stories"], ["interview"]),
    ]


def test_a_callout_inside_a_star_section_reads_as_its_title_then_its_body() -> None:
    """A `[!warning] Careful` callout in a section shows `Careful` over its text, never the raw `[!warning]`."""
    (story,) = only(read("callout_in_section.md")).stories
    assert story.sections["action"] == "I cut scope\nCareful\nnever blame the team."
    assert story.sections["result"] == "we shipped;\nTip\nsay what you learned."


def test_media_embeds_show_as_what_they_are() -> None:
    """Images, audio, video and PDFs show their kind and file name."""
    card = only(read("media.md"))
    assert answer_markdown(card) == (
        "- [image: diagram.png]\n- Listen: [audio: clip.mp3]\n- Demo [video: demo.mp4] and the paper [pdf: design.pdf]"
    )


def test_q_and_a_pairs() -> None:
    """`Q:`/`A:` and `Question:`/`Answer:` pairs, plain or bold, in a blockquote too, in an
    outliner's items, all in bold; the last answer runs on through a STAR list (the quoted
    pairs after an unanswered `Q:` are no answer to it)."""
    deck = read("qa_pairs.md")
    assert [(card.line, card.question) for card in deck.cards] == [
        (3, "Why are you looking for a new role?"),
        (6, "What do you know about our team?"),
        (9, "Tell me about a disagreement you resolved."),
        (15, "Where do you see yourself in three years, and how does this role get you there?"),
        (18, "What salary do you expect?"),
        (23, "How do you handle a missed estimate?"),
        (26, "Tell me about a time you changed your mind."),
        (34, "Tell me about a time you missed a deadline."),
        (38, "What would your peers say about you?"),
        (43, "Tell me about a time you simplified a process."),
    ]
    assert list(deck.cards[9].stories[0].sections) == ["situation", "action", "result"]
    assert deck.cards[7].answer.startswith("- The data import slipped a week.\n")
    assert deck.cards[8].answer == "That I write things down."
    assert deck.cards[1].answer == "You run the billing platform for four product lines."
    assert deck.cards[5].answer == "I say so the day I know, with a new date and what slips."
    assert deck.cards[6].stories[0].sections["result"] == "we fixed those instead and kept the old code"
    assert list(deck.cards[2].stories[0].sections) == ["situation", "action", "result"]
    assert deck.cards[3].answer == "Leading a small platform team that others rely on."
    assert [(w.line, w.message) for w in deck.warnings] == [
        (21, "question has no answer")
    ]


def test_callouts_that_ask_or_tell_a_story_are_cards() -> None:
    """An asking, `faq` or story-telling callout is a card; a note callout is not, and a tip answers the item before it;
    two story callouts under a question heading are its two stories."""
    deck = read("callouts.md")
    assert deck.warnings == []
    assert [(card.line, card.question) for card in deck.cards] == [
        (3, "Tell me about a project you rescued."),
        (9, "Your biggest weakness"),
        (12, "Onboarding overhaul"),
        (20, "Why do you want to work here?"),
        (25, "Tell me about a time you disagreed with your manager"),
    ]
    rescued, weakness, onboarding, why, disagreed = deck.cards
    assert rescued.stories[0].sections["action"] == "Cut scope to the five biggest tables and ran nightly dry runs."
    assert weakness.answer == "I over-prepare. I now timebox preparation to an hour."
    assert list(onboarding.stories[0].sections) == ["situation", "action", "result"]
    assert answer_markdown(why) == "> **My answer**\n>\n> The mentoring culture."
    assert [story.title for story in disagreed.stories] == ["Story: the launch date", "Story: the on-call rota"]


def test_asking_callouts_without_a_title_ask_the_start_of_their_body() -> None:
    """`> [!question]` alone on its line: the body's line ending in `?` (or its asking first
    line) is the question, the rest the answer; one with nothing to ask or answer warns."""
    deck = read("callouts_untitled.md")
    assert asked(deck)[:2] == [
        (4, "Tell me about a time you had to change a plan late.", "We moved the launch by a week after a load test failed."),
        (8, "What would your last manager say you should work on?", "Saying no earlier. I now write down what I drop each sprint."),
    ]
    onboarding = deck.cards[2]
    assert (onboarding.line, onboarding.question) == (14, "How do you onboard into a new codebase")
    assert list(onboarding.stories[0].sections) == ["situation", "action", "result"]
    assert answer_markdown(deck.cards[1]) == "Saying no earlier. I now write down what I drop each sprint."
    assert len(deck.cards) == 3, "the note callout is no card"
    assert [(w.line, w.message) for w in deck.warnings] == [
        (20, "question has no answer"),
        (23, "[!question] callout has no question (write it after [!question] or on the next line)"),
    ]


def test_questions_listed_after_a_heading_story_are_cards_of_their_own() -> None:
    """A heading answered by its story, then a list of answered questions: each is a card;
    `**S** —` labels tell the heading's story; an outline right under a heading stays its answer."""
    deck = read("heading_then_questions.md")
    assert deck.warnings == []
    assert [(card.line, card.question) for card in deck.cards] == [
        (3, "How do you handle a low performer?"),
        (9, "Describe a decision you made with incomplete data."),
        (13, "What is your leadership style?"),
        (16, "Walk me through a launch"),
    ]
    performer = deck.cards[0]
    assert performer.stories[0].sections["task"] == "Get them back on track or make a fair call."
    assert "Describe a decision" not in performer.answer
    assert deck.cards[3].answer.startswith("- What was it?")


def test_question_tables() -> None:
    """A row a question: STAR columns tell its story, other columns come first, `<br>` breaks
    a line; a row without an answer warns; a table without a question column is no card."""
    deck = read("tables.md")
    assert [(card.line, card.question) for card in deck.cards] == [
        (5, "Tell me about a time you cut costs."),
        (6, "Describe a time you mentored someone."),
        (11, "Why do you want this job?"),
    ]
    (costs,) = deck.cards[0].stories
    assert costs.intro == "Company: Acme"
    assert costs.sections["action"] == "Moved batch jobs to spot instances.\nSet budgets per team."
    assert deck.cards[2].answer == "The team ships weekly and owns its on-call."
    assert [(w.line, w.message) for w in deck.warnings] == [(7, "question has no answer")]


def test_outline_topics_give_their_nested_questions_with_the_topic_as_context() -> None:
    """`- Leadership` over answered questions is a topic, not a card, and so is `- Technical` over
    `- Systems` over them; a topic of plain bullets stays a card."""
    deck = read("outline.md")
    assert deck.warnings == []
    assert [(card.line, card.question, card.context) for card in deck.cards] == [
        (4, "Tell me about a time you led without authority?", ["Interview outline", "Leadership"]),
        (8, "How do you give feedback?", ["Interview outline", "Leadership"]),
        (11, "Describe a time you failed.", ["Interview outline", "Failure"]),
        (13, "Checklist", ["Interview outline"]),
        (18, "What happens when a queue backs up?", ["Interview outline", "Technical", "Systems"]),
    ]
    assert list(deck.cards[0].stories[0].sections) == ["situation", "action", "result"]


def test_questions_written_in_bold_or_italics_on_a_line_of_their_own() -> None:
    """An emphasised question line is answered by the rest of its paragraph and what follows; a bold line that does not ask is not."""
    deck = read("bold_questions.md")
    assert deck.warnings == []
    assert asked(deck) == [
        (3, "Tell me about a time you failed.", "I shipped a bug on a Friday; now every change goes behind a flag."),
        (6, "Why do you want to work here?", "Your team owns its on-call and ships weekly.\n\nI also like the product."),
        (12, "What's your greatest strength?", "Turning vague asks into plans."),
    ]
