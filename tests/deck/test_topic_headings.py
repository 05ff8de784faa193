"""A heading naming an interview question by its topic (`### Greatest weakness`) is the question of its section."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.notes import parse_note
from deck.topics import names_topic

TOPICS = """# Prep

### Biggest weakness
  - Short form: I hold on to work too long
  - Long form
    - I polish a change after it is ready
    - Now I ship once the tests pass and review after

### Hardest bug
A race in the session cache: two writers, one lock taken in the wrong order.
I found it by replaying the production log.
"""


def cards(note: str) -> list[tuple[int, str, str]]:
    """The (line, question, answer) of each card in `note`."""
    return [(card.line, card.question, card.answer) for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Greatest weakness",
        "Strengths",
        "Mistakes and Failures",
        "Technical Strengths/Goals",
        "Most challenging project",
        "Recent project",
        "Biggest mistake of my career",
        "Conflict with a coworker",
        "About yourself",
        "Self-introduction",
        "Elevator pitch",
        "Why Google",
        "WHY NETFLIX",
        "Where I see myself in five years",
        "The project I'm most proud of",
        "What I'm looking for in my next role",
        "Why I want to leave my current job",
        "Why leave your current job",
        "Reason for leaving:",
    ],
)
def test_names_topic(text: str) -> None:
    """Classic interview topics, qualified where the word alone is too broad."""
    assert names_topic(text)


@pytest.mark.parametrize(
    "text",
    ["Projects", "Challenges", "Technical decisions", "Key decisions", "Main challenges", "Results", "Leadership",
     "Introduction", "Why it works", "WHY IT MATTERS",
     "My projects", "The project", "Greatest weakness?", "Greatest weakness of the design and how we may fix it", ""],
)
def test_subjects_are_no_topic(text: str) -> None:
    """A subject of any note, a question already, or more words than a topic: none."""
    assert not names_topic(text)


def test_topic_heading_is_the_question_of_its_outline() -> None:
    """The outline's items are the answer's points, none a card of its own; a paragraph answers as well."""
    assert cards(TOPICS) == [
        (3, "Biggest weakness", "- Short form: I hold on to work too long\n- Long form\n"
         "  - I polish a change after it is ready\n  - Now I ship once the tests pass and review after"),
        (9, "Hardest bug", "A race in the session cache: two writers, one lock taken in the wrong order.\n"
         "I found it by replaying the production log."),
    ]


def test_questions_under_a_topic_are_the_cards() -> None:
    """A topic over question items that are answered, or over sub-headings that ask, only gives them context."""
    items = "## Conflicts\n\n- Tell me about a time you disagreed?\n  - I asked for data.\n"
    headings = "## Failures\n\n### Tell me about a failure\n\nI shipped a bug.\n"
    assert [question for _, question, _ in cards(items)] == ["Tell me about a time you disagreed?"]
    assert [question for _, question, _ in cards(headings)] == ["Tell me about a failure"]


def test_a_list_of_questions_to_prepare_is_no_answer() -> None:
    """`### Failure & Learning` over the questions to prepare for it: nothing answers them."""
    note = "### Failure & Learning\n\n- Tell me about your biggest failure.\n- Describe a missed deadline.\n"
    assert cards(note) == []


def test_an_outline_of_questions_not_answered_yet_is_no_card() -> None:
    """`- Tech` over `- Java` over the questions asked (a record of an interview): no topic is a card answered by
    questions; an answered one among them is still a card, in its topics' context."""
    record = "# Asked\n\n* Tech\n  * Java\n    * What is a HashMap?\n    * How does GC work?\n"
    record += "* Behavioural\n  * Tell me about a conflict.\n  * Why leave your job?\n"
    assert cards(record) == []
    answered = record.replace("What is a HashMap?", "What is a HashMap?\n      * Buckets of entries by hash.")
    (card,) = parse_note(answered, "n.md")[0]
    assert (card.line, card.question, card.context) == (5, "What is a HashMap?", ["Asked", "Tech", "Java"])


def test_an_empty_topic_is_no_card() -> None:
    """A template's empty topic headings give nothing."""
    assert cards("### Strengths\n\n### Weaknesses\n\n---\n") == []


def test_a_folder_keeps_topics_only_from_notes_that_opt_in(tmp_path: Path) -> None:
    """In a folder of general notes, `## Strengths` over points is no card unless the note asks to be studied."""
    (tmp_path / "review.md").write_text("# Review\n\n## Strengths\n\n- Fast\n- Cheap\n", encoding="utf-8")
    (tmp_path / "prep.md").write_text("---\ntags: [interview]\n---\n" + TOPICS, encoding="utf-8")
    deck = load_deck(tmp_path)
    assert sorted((Path(card.file).name, card.question) for card in deck.cards) == [
        ("prep.md", "Biggest weakness"), ("prep.md", "Hardest bug")
    ]


def test_a_question_under_a_story_heading_is_the_cards_question() -> None:
    """`## Conflict` over `What do you do when...?` over a STAR story: the card asks that question, the heading is its
    context; the same over empty labels is a template, a warning."""
    story = "## Conflict\nWhat do you do when a teammate misses their part?\n* Situation: a demo hung on his API.\n"
    story += "* Action: I paired with him.\n* Result: we demoed on time.\n"
    (card,) = parse_note("# Behavioural\n\n" + story, "n.md")[0]
    assert (card.line, card.question, card.context) == (4, "What do you do when a teammate misses their part?",
                                                        ["Behavioural", "Conflict"])
    assert [story.intro for story in card.stories] == [""]
    template = "## Pressure\nTell me about a tight deadline.\n* Situation:\n* Action:\n* Result:\n"
    cards, warnings = parse_note(template, "n.md")
    assert cards == [] and warnings[0].message == "question has no answer (its STAR labels are empty)"


def test_a_story_filled_in_halfway_warns_of_its_empty_sections() -> None:
    """`- Situation:` left empty beside a written action and result: the card, and a warning naming the empty one."""
    cards, warnings = parse_note("## Pipeline at scale\n- Situation:\n- Action: one template\n- Result: fewer incidents\n", "n.md")
    assert [card.question for card in cards] == ["Pipeline at scale"]
    assert [warning.message for warning in warnings] == ["STAR story leaves its situation section empty"]


def test_a_prompt_heading_over_themes_of_questions_is_no_card() -> None:
    """`## Tell Me About a Time When...` over `### Leadership` and `### Conflict`, each over questions to prepare,
    and a line on how to prepare: a bank of questions, no card answered by them; one over its own answer still is."""
    bank = "## Tell Me About a Time When...\n\n### Leadership\n- Tell me about a time you led\n- Describe a time you "
    bank += "stepped up\n\n### Conflict\n- Tell me about a disagreement\n- Describe a hard conversation\n\n---\n\n"
    bank += "*Prepare answers with STAR.*\n"
    assert cards(bank) == []
    answered = "## Tell me about a time you led\n\n### Situation\nThe team had no lead.\n\n### Action\nI ran standups.\n"
    assert [question for _, question, _ in cards(answered)] == ["Tell me about a time you led"]


def test_a_topic_heading_over_the_interviewer_s_words_asks_them() -> None:
    """`## Greatest weakness` over the quoted prompt and a plain answer asks the prompt; a quote that says who asked
    it keeps that line in the answer; a client's quoted request stays the topic's answer."""
    prompt = '## Greatest weakness\n\n> "What is your greatest weakness?"\n\nI take on too much, so I say no weekly.\n'
    (card,) = parse_note(prompt, "n.md")[0]
    assert (card.question, card.context, card.answer) == (
        "What is your greatest weakness?", ["n", "Greatest weakness"], "I take on too much, so I say no weekly."
    )
    said = '## Why our team\n\n> "Tell me why you want to join us."\n> \u2014 hiring manager, first call\n\n'
    said += "Your on-call rota is humane.\n"
    (card,) = parse_note(said, "n.md")[0]
    assert card.question == "Tell me why you want to join us."
    assert "hiring manager, first call" in card.answer
    client = '## Customer escalation\n\n> "Can you ship it by Friday?"\n\n**Situation:** A bug in their export.\n\n'
    client += "**Action:** I shipped a fix for the report they needed.\n\n**Result:** They renewed.\n"
    assert [question for _, question, _ in cards(client)] == ["Customer escalation"]


def test_a_topic_keeps_its_own_question_over_a_note_to_self_or_a_customer_s_words() -> None:
    """`Which story fits best here?` under a topic is a note to self, and a quote signed by a customer is no
    interviewer's prompt: the topic asks."""
    to_self = "## Greatest weakness\n\nWhich story fits best here?\n\nI over-prepare; I timebox it now.\n"
    customer = '## Conflict\n\n> "Tell us about the outage or we cancel."\n> \u2014 angry customer\n\n'
    customer += "**Situation:** Our API was down.\n\n**Action:** I called them.\n\n**Result:** They stayed.\n"
    assert [question for _, question, _ in cards(to_self)] == ["Greatest weakness"]
    assert [question for _, question, _ in cards(customer)] == ["Conflict"]


@pytest.mark.parametrize(
    "topic",
    [
        "Career plan", "5-year plan", "职业规划", "你对未来3-5年的职业规划", "离职原因", "最有成就感的一件事", "谈薪资",
        "期望薪资", "1분 자기소개", "지원 동기", "이직 사유", "퇴사 이유", "입사 후 포부",
    ],
)
def test_more_topics_name_a_question(topic: str) -> None:
    """A career plan, and the Chinese and Korean topics of an HR round, name the question their section answers."""
    assert names_topic(topic)


@pytest.mark.parametrize("heading", ["优缺点", "优点", "最后的事", "Career path", "薪资", "지원", "동기"])
def test_pros_and_cons_and_a_cv_s_path_name_no_topic(heading: str) -> None:
    """A tech note's 优缺点 (pros and cons), a to-do's 最后的事 (the last things), a CV's `Career path`, a bare
    薪资 (salary), 지원 (applying) or 동기 (motive) are subjects."""
    assert not names_topic(heading)


@pytest.mark.parametrize(
    "bank",
    [
        "Tell me a situation where you made a tough call  \nsetbacks on projects  \nWhen did you go beyond?  \n"
        "Tell me about a time you made a mistake.",
        "Why this company?\nWhat is your expected salary?\n\nhttps://example.com/principles",
    ],
)
def test_questions_still_to_prepare_after_an_answer_are_no_part_of_it(bank: str) -> None:
    """Lines that ask after the list answering a heading (prompts without `?` too, and among four or more, one topic
    line), links alone after them, are questions still to prepare: the answer is the list."""
    answer = "- a missed demo, fixed with follow-up notes\n- a failed final run; I led the post-mortem"
    cards, _ = parse_note(f"#### failures\n{answer}\n\n{bank}\n", "n.md")
    assert [(card.question, card.answer) for card in cards] == [("failures", answer)]


def test_a_paragraph_of_lines_mostly_not_asking_stays_in_the_answer() -> None:
    """Two lines, one of them no question, text after the lines that ask, a label over them or the writer's own line
    among them: the paragraph is the answer's, no card of its own."""
    for after in (
        "Why this company?\nsetbacks on projects",
        "Why this company?\nWhy now?\n\nThe end of it.",
        "Clarifying questions I always ask:\nWhat is the scale?\nRead or write heavy?\nWhat is the latency budget?",
        "How do I know it works?\nRetention on my team is 100%.\nWhat do my reports say?\nWhat would I improve?",
        "Is it read-heavy?\nWhat is the scale?\nWhat is the latency budget?\nThen pick the store",
    ):
        cards, _ = parse_note(f"#### failures\n- a missed demo\n\n{after}\n", "n.md")
        assert (len(cards), after.split("\n")[0] in cards[0].answer) == (1, True)


def test_labels_and_tip_groups_over_their_points_are_no_questions() -> None:
    """`- Architecture:` and `- 架构要点：` over their points, and `- AVOID`, `- TRY`, `- Don'ts` over tips, ask nothing;
    `- Greatest weakness:`, `- 优点：` (strengths) and `- Explain your projects briefly:` still do; `## Elevator pitch
    (30s / 60s)` is the classic question, its versions its answer."""
    labels = (
        "### Billing\n\n- Architecture:\n  - FastAPI and Postgres.\n- \u67b6\u6784\u8981\u70b9\uff1a\n  - \u7f13\u5b58\u3002\n"
        "- AVOID\n    + Blaming the team\n- Don'ts\n    + Reading notes aloud\n"
    )
    assert parse_note(labels, "n.md")[0] == []
    kept = (
        "### Me\n\n- Greatest weakness:\n  - I over-plan.\n- \u4f18\u70b9\uff1a\n  1. \u5584\u4e8e\u6c9f\u901a\u3002\n"
        "- Explain your projects briefly:\n  - A ledger.\n"
    )
    assert len(parse_note(kept, "n.md")[0]) == 3
    pitch = "## Elevator pitch (30s / 60s)\n\n- 30-second version:\n  - Backend, five years.\n"
    assert [card.question for card in parse_note(pitch, "n.md")[0]] == ["Elevator pitch (30s / 60s)"]


@pytest.mark.parametrize("heading", ["### Tips", "### Consejos", "## How to answer well", "#### Grundsätzliche Tipps"])
def test_items_that_ask_nothing_under_a_heading_over_tips_are_no_cards(heading: str) -> None:
    """`1. **Speak slowly:**` over its points under `### Tips`: a tip, no topic; a question there still asks, and the
    same items under `### Me` are topics (cards)."""
    items = "1. **Speak slowly:**\n   - Breathe first.\n\n2. **Why us?**\n   - The product.\n"
    assert [card.question for card in parse_note(f"# Prep\n\n{heading}\n\n{items}", "n.md")[0]] == ["Why us?"]
    assert len(parse_note(f"# Prep\n\n### Me\n\n{items}", "n.md")[0]) == 2


def test_a_topic_named_in_brackets_after_the_writer_s_own_title() -> None:
    """`## 🎯 My value proposition (30-second elevator pitch)` over the pitch names the classic topic in its brackets;
    one word there (`Kafka (weakness)`) or no topic (`Conflict (resolution in CRDTs)`) does not."""
    note = '## 🎯 My value proposition (30-second elevator pitch)\n\n> "I build payment systems that do not page anyone."\n'
    assert [question for _, question, _ in cards(note)] == ["My value proposition (30-second elevator pitch)"]
    assert not names_topic("Kafka (weakness)") and not names_topic("Conflict (resolution in CRDTs)")
