"""Label names as people vary them: a dash inside the bold, two names joined, "Actions
taken", a framework word opening a paragraph of a story begun, and the `**Answer:**`
label a heading's answer opens with. Words that how-to notes and diaries use as their own
labels ("Solution", "What I did") are none."""

from __future__ import annotations

import pytest

from deck.labels import item_label, line_label
from deck.models import CardContent
from deck.notes import parse_note
from tests.deck.test_labels import section_and_text


def only(note: str) -> CardContent:
    """The one card of `note`, which must read without warnings."""
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert len(cards) == 1
    return cards[0]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("**Situation\u2014** We disagreed.", ("situation", "We disagreed.")),
        ("**Result \u2013** Picked REST.", ("result", "Picked REST.")),
        ("**Action -** Built both.", ("action", "Built both.")),
        ("**Actions taken:** Paired daily.", ("action", "Paired daily.")),
        ("**Results & Impact:** Shipped.", ("result", "Shipped.")),
        ("**Situation / Task:** No runbooks.", ("situation", "No runbooks.")),
        ("**Outcome/Result:** Faster.", ("result", "Faster.")),
        ("**What I learned:** Ask early.", ("takeaways", "Ask early.")),
        ("**Key learnings:** Ask early.", ("takeaways", "Ask early.")),
        ("**S/T:** Tests failed.", ("situation", "Tests failed.")),
        ("**What I did:** Wrote runbooks.", None),
        ("**Solution:** Restart the router.", None),
        ("**Role:** Tech lead", None),
        ("**Self-**aware", None),
        ("What I did: in prose, no label.", None),
    ],
)
def test_label_variants(line: str, label: tuple[str, str] | None) -> None:
    """Each variant opens its section; metadata (`Role`), a diary's or a how-to's words and prose do not."""
    assert section_and_text(line_label(line)) == label


def test_joined_names_in_a_list_item() -> None:
    """`- Situation & Task: ...` at a list item's start is the situation."""
    assert item_label("Situation & Task: two teams, one deadline") == (
        "situation", "two teams, one deadline", "Situation & Task"
    )


def test_a_story_with_varied_label_names_has_its_sections() -> None:
    """A story written with such names reads as one story of four sections (it was split in two, with warnings)."""
    card = only(
        "## Tell me about a time you learned something fast\n\n"
        "- **Context:** I joined a Rust team.\n- **Actions taken:** Paired daily.\n"
        "- **Results & Impact:** Shipped in two weeks.\n- **Lessons:** Pairing beats reading.\n"
    )
    assert [list(story.sections) for story in card.stories] == [["situation", "action", "result", "takeaways"]]


def test_framework_words_open_paragraphs_of_a_story_begun() -> None:
    """`Outcome:` opening a paragraph after a story's labels is its result, for a section not told
    yet (`Impact:` after the result goes on with it); alone in prose it is none."""
    card = only(
        "## Tell me about a time you took ownership\n\nSituation / Task:\nNo runbooks.\n\n"
        "Actions taken:\nWrote ten runbooks.\n\nOutcome:\nPages resolved faster.\n\nImpact: other teams copied them.\n"
    )
    assert card.stories[0].sections == {
        "situation": "No runbooks.", "action": "Wrote ten runbooks.",
        "result": "Pages resolved faster.\n\nImpact: other teams copied them.",
    }  # fmt: skip
    assert len(card.stories) == 1
    prose = only("## Why this team?\n\nOutcome: what matters to me.\n\nWhat I did: led a rewrite.\n")
    assert prose.stories == []


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("**Answer:** Your team ships weekly.", "Your team ships weekly."),
        ("A: I over-prepare.\nI now timebox it.", "I over-prepare.\nI now timebox it."),
        ("Answer - Seeing users succeed.", "Seeing users succeed."),
        ("**Answer**\n- The mission.\n- The team.", "- The mission.\n- The team."),
        ("_Answer_\n\nThe people.", "The people."),
        ("*Answer:* I build payment systems.", "I build payment systems."),
        ("_Answer_: The pace.", "The pace."),
    ],
)
def test_a_heading_answer_drops_its_answer_label(answer: str, shown: str) -> None:
    """The heading asks already: the `Answer:` label opening its answer is not shown."""
    assert only(f"## Why do you want to work here?\n\n{answer}\n").answer == shown


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("**A**: I wrote the stub.\n**S**: the API was late.\n**R**: we shipped.", None),
        ("A - B tests when traffic allows.", "A - B tests when traffic allows."),
    ],
)
def test_an_answer_label_is_kept_where_it_is_no_answer_label(answer: str, shown: str | None) -> None:
    """An `A:` in a story is its action; `A - B` is prose."""
    cards, _ = parse_note(f"## Why do you want to work here?\n\n{answer}\n", "n.md")
    assert cards[0].answer == (shown or answer)
    if shown is None:
        assert "action" in cards[0].stories[0].sections


def test_a_templates_answer_label_alone_is_no_answer_yet() -> None:
    """A template's `**Answer:**` stub with nothing after it: a warning, no card."""
    cards, warnings = parse_note("## Why do you want to work here?\n\n**Answer:**\n", "n.md")
    assert cards == [] and [warning.message for warning in warnings][0] == "question has no answer (only a to-do marker)"


def test_an_answer_label_alone_over_a_story() -> None:
    """`**Answer:**` alone over a STAR list: the story, with nothing before it."""
    card = only(
        "## Why should we hire you?\n\n**Answer:**\n- **Situation**: no release process\n"
        "- **Action**: I wrote one\n- **Result**: weekly releases\n"
    )
    assert card.answer.startswith("- **Situation**")
    assert card.stories[0].intro == ""
    assert list(card.stories[0].sections) == ["situation", "action", "result"]


def test_star_letters_alone_tell_a_story() -> None:
    """`S: ...` over `T:`, `A:`, `R:` lines (plain letters with a colon) is the story of the heading."""
    card = only("## Tell me about a conflict\n\nS: Two databases.\nT: Pick one.\nA: A comparison.\nR: Postgres.\n")
    assert card.stories[0].sections == {
        "situation": "Two databases.", "task": "Pick one.", "action": "A comparison.", "result": "Postgres.",
    }  # fmt: skip


@pytest.mark.parametrize(
    "body",
    ["A: The team.\nR: Since March.", "S: Sam opened.\nJ: Jo agreed.", "S: Sam opened the meeting."],
)
def test_letters_that_tell_no_story_stay_text(body: str) -> None:
    """A story starts at its situation or task and has two letters or more: an `A:` answer, or a
    chat log's speakers, is text."""
    card = only(f"## Why us?\n\n{body}\n")
    assert card.stories == []


def test_a_question_heading_over_a_quoted_question_and_its_answer_heading() -> None:
    """`## Question` over `> Why ...?` then `## Answer`, or `# Question` over an `## Answer` one level
    down (a vault's template): one card each, the quote the question."""
    for note in ("## Question\n> Why leave your job?\n\n## Answer\nTo own a product.\n\n## Notes\nnone\n",
                 "# Question (EN)\n> Why leave your job?\n\n## Answer (EN)\nTo own a product.\n\n# Other\nx\n"):
        card = only(note)
        assert (card.question, card.answer) == ("Why leave your job?", "To own a product.")


@pytest.mark.parametrize("heading", ["## Story: Late docs", "## Example", "## Story 2 - Late docs"])
def test_a_question_heading_then_a_story_heading_is_one_card(heading: str) -> None:
    """`## Question` over one question, then a heading naming its story over the STAR lines: the story answers it,
    titled by its heading; a heading that names no story (`## Notes`) answers nothing."""
    story = "Situation: Nobody replied.\nAction: I wrote the docs.\nResult: Onboarding uses them.\n"
    card = only(f"# Ownership\n\n## Question\n- Tell me about a time you were blocked.\n{heading}\n{story}")
    assert card.question == "Tell me about a time you were blocked."
    assert [story.title for story in card.stories] == [heading[3:]]
    cards, _ = parse_note(f"# Ownership\n\n## Question\n- Tell me about a time you were blocked.\n## Notes\n{story}", "n.md")
    assert [card.question for card in cards] != ["Tell me about a time you were blocked."]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("**Situación**: El despliegue tardaba un día.", ("situation", "El despliegue tardaba un día.")),
        ("**Tarefa:** Reduzir o tempo.", ("task", "Reduzir o tempo.")),
        ("**Maßnahme:** Ich schrieb es neu.", ("action", "Ich schrieb es neu.")),
        ("Résultat : deux fois plus vite.", ("result", "deux fois plus vite.")),
        ("**Действие:** Я написал откат.", ("action", "Я написал откат.")),
        ("**Выводы:** Сначала план отката.", ("takeaways", "Сначала план отката.")),
        ("**Contexto:** Un equipo nuevo.", ("situation", "Un equipo nuevo.")),
        ("Resultados de la encuesta en la tabla.", None),
    ],
)
def test_star_labels_in_other_languages(line: str, label: tuple[str, str] | None) -> None:
    """STAR's names in Spanish, Portuguese, German, French, Russian open their sections as the English ones do."""
    assert section_and_text(line_label(line)) == label


def test_a_spanish_story_under_a_prompt_is_a_card() -> None:
    """A heading over `**Situación**`, `**Tarea**`, `**Acción**`, `**Resultado**` items tells a story: one card."""
    note = (
        "## Cuéntame de una vez que mejoraste un proceso\n\n- **Situación**: El despliegue tardaba un día.\n"
        "- **Tarea**: Tenía que reducirlo.\n- **Acción**: Automaticé las pruebas.\n- **Resultado**: Veinte minutos.\n"
    )
    assert list(only(note).stories[0].sections) == ["situation", "task", "action", "result"]


def test_an_interview_written_as_a_dialogue_gives_its_pairs() -> None:
    """`**Interviewer**:` asks and `**Candidate**:` answers, as `Q:` and `A:` do; a rule between exchanges separates."""
    note = (
        "# Practice\n\n**Interviewer**: What is back-pressure?\n\n**Candidate**: The consumer slows the producer.\n\n---\n\n"
        "Interviewer: How would you apply it?\nCandidate: Cap the fetch queue.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("What is back-pressure?", "The consumer slows the producer."),
        ("How would you apply it?", "Cap the fetch queue."),
    ]
    assert warnings == []
    debrief = "# Debrief\n\n**Interviewer**: Sarah, Staff Engineer\n**Round**: System design\n"
    assert parse_note(debrief, "n.md")[1][0].message.startswith("no cards found")  # a name, no question


def test_a_pair_numbered_in_brackets_is_a_clean_pair() -> None:
    """`(1)Q:` over `* A:` is numbered as `Q1:` is: two cards, no label in the question, no STAR story read
    into `A:` (it had been an `action`, with a warning), and the first pair not lost."""
    cards, warnings = parse_note(
        "## SQL\n(1)Q: what is the difference between WHERE and HAVING\n* A: HAVING filters groups.\n\n"
        "(2)Q: What is a view?\n* A: A stored query.\n",
        "n.md",
    )
    assert warnings == []
    assert [(card.question, card.answer, card.stories) for card in cards] == [
        ("what is the difference between WHERE and HAVING", "* HAVING filters groups.", []),
        ("What is a view?", "* A stored query.", []),
    ]


def test_a_question_label_with_its_kind_pairs_with_the_answer() -> None:
    """`**Interview Question 1:**` over `**Answer:**`, `面试题 3：` over `答：`: pairs, the kind and number no text of
    the question."""
    cards, warnings = parse_note(
        "**Interview Question 1:** Why do you want this job?\n**Answer:** The mission.\n\n"
        "\u9762\u8bd5\u9898 3\uff1a\u4ec0\u4e48\u662f SPL\uff1f\n\u7b54\uff1a\u4ee3\u5e01\u6807\u51c6\u3002\n",
        "n.md",
    )
    assert warnings == []
    assert [(card.question, card.answer) for card in cards] == [
        ("Why do you want this job?", "The mission."), ("\u4ec0\u4e48\u662f SPL\uff1f", "\u4ee3\u5e01\u6807\u51c6\u3002"),
    ]


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("**Challenge:** ship before the freeze", "Challenge"),
        ("**OBSTACLE:** the vendor went dark", "Obstacle"),
        ("**Lessons Learned:** talk early", "Lessons Learned"),
        ("**Situation / Task:** two teams", "Situation / Task"),
        ("**Situation / Background / Context:** two teams", "Situation / Background / Context"),
        ("**Results / Impact / Metrics:** done in six weeks", "Results / Impact / Metrics"),
        ("**Action / Approach / Steps:** rewrote it", "Action / Approach / Steps"),
        ("**Situación / Contexto / Antecedentes:** dos equipos", "Situación / Contexto / Antecedentes"),
        ("**Lecciones aprendidas:** escuchar primero", "Lecciones aprendidas"),
        ("**Lições aprendidas:** ouvir primeiro", "Lições aprendidas"),
        ("Situación: el despliegue tardaba", "Situación"),
        ("**impact** — churn halved", "Impact"),
        ("**Situation:** two teams", ""),
        ("**Results:** shipped", ""),
        ("**S - Situation**: the context", ""),
        ("**S**: the context", ""),
        ("**S/T:** the context", ""),
    ],
)
def test_a_label_keeps_the_name_written_unless_it_is_stars_own(line: str, shown: str) -> None:
    """The author's own word for a section is kept to be shown (capitalised when written in one case); STAR's
    names, singular or plural, and its letters show as STAR names them."""
    label = line_label(line)
    assert label is not None and label[2] == shown


def test_a_story_in_another_framework_keeps_its_labels() -> None:
    """A CAR story's `Context` and `Challenge` are its situation and task under the author's labels; a second
    label going on with the same section (`Impact:` after `Result:`) leaves the section the first one's label, its
    own kept in the text."""
    car = only(
        "## Tell me about a conflict\n\n"
        "- **Context:** Two teams disagreed.\n- **Challenge:** Ship before the freeze.\n"
        "- **Action:** I ran a design review.\n- **Result:** Shipped on time.\n"
    )
    assert car.stories[0].labels == {"situation": "Context", "task": "Challenge"}
    assert (car.stories[0].label("task"), car.stories[0].label("action")) == ("Challenge", "Action")
    soar = only(
        "## Describe a setback\n\n**Situation:** The launch slipped.\n**Obstacle:** The vendor went dark.\n"
        "**Action:** A second vendor.\n**Result:** Two weeks late.\n**Impact:** Churn stayed flat.\n"
    )
    assert soar.stories[0].labels == {"task": "Obstacle"}
    assert soar.stories[0].sections["result"] == "Two weeks late.\nImpact: Churn stayed flat."


def test_each_story_keeps_its_own_labels() -> None:
    """Two stories under one question: the second's sections are labelled as it writes them, not as the first."""
    card = only(
        "## Tell me about a hard deadline\n\n### Launch\n#### Context\nLate.\n#### Action\nCut scope.\n"
        "#### Outcome\nShipped.\n\n### Migration\n#### Situation\nOld DB.\n#### Action\nDual writes.\n"
        "#### Result\nNo downtime.\n"
    )
    assert [story.labels for story in card.stories] == [{"situation": "Context", "result": "Outcome"}, {}]
