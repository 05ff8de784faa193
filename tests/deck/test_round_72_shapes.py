"""Reading round 72's shapes (written fresh in the shapes of public notes): which story to tell, written between a
question and its STAR answer; a coaching tip in a story's result; a question labelled over a quote or asked in one over
an Answer heading; a question callout's answer label; follow-up and interviewer labels (`test_round_72_labels` holds
the rest)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.options import ReadOptions
from tests.deck.note_cards import cards, folder_cards

_STORY = (
    "**Situation:** Our team moved to Kotlin; I knew only Python.\n\n**Task:** Fix the checkout crash in two weeks.\n\n"
    "**Action:** I paired every morning and read the payment module.\n\n**Result:** Fixed in nine days.\n"
)


@pytest.mark.parametrize("cue", ["**[Use the Kotlin story]**", "*Use the Kotlin story*", "__(story: Kotlin)__"])
@pytest.mark.parametrize("quoted", [False, True])
def test_which_story_to_tell_opens_the_answer(cue: str, quoted: bool) -> None:
    """Corpus 71 #3: a line in bold or italics that asks nothing, between a question in bold and its STAR story (quoted
    or not), says which story to tell: the story answers the question, the cue its first line. Before, the question
    had no answer (a warning for a note named alone, silence in a folder) and the story was lost."""
    story = "".join(f"> {line}\n" if line else ">\n" for line in _STORY.split("\n")[:-1]) if quoted else _STORY
    note = f'### Question 4: A new tool\n\n**"Tell me about a time you learned a tool fast."**\n\n{cue}\n\n{story}'
    for read in (ReadOptions(), None):
        (card,), warnings = parse_note(note, "n.md", read) if read else parse_note(note, "n.md")
        assert warnings == []
        assert card.question == "Tell me about a time you learned a tool fast."
        assert card.answer.startswith(cue)
        (told,) = card.stories
        assert told.sections["situation"] == "Our team moved to Kotlin; I knew only Python."
        assert told.sections["result"] == "Fixed in nine days."


def test_the_answer_in_the_tellers_words_opens_the_story_it_shows() -> None:
    """Trial 68: `*I over-prepare for presentations.*` in italics between the question and a story is the short answer
    the story shows: both answer the question."""
    note = f"**What's your biggest weakness?**\n\n*I over-prepare for presentations.*\n\n{_STORY}"
    ((question, answer),) = folder_cards(note)
    assert question == "What's your biggest weakness?"
    assert answer.startswith("*I over-prepare for presentations.*\n\n**Situation:**")


@pytest.mark.parametrize(
    "line",
    [
        "**The Kotlin migration**", "*Amazon phone screen, 3 Feb*", "**[Story name here]**", "*Bo's update*",
        "*Tell me something not on your resume.*",
    ],
)
def test_a_title_or_caption_between_a_question_and_a_story_is_no_cue(line: str) -> None:
    """Trial 68: a story's title, a caption, a template's placeholder or a meeting's speaker in bold or italics says
    nothing of which story answers: the question over it stays unanswered (a bank's question with no story yet)."""
    note = f"**Tell me about a time you failed.**\n\n{line}\n\n{_STORY}"
    assert "Tell me about a time you failed." not in [question for question, _ in cards(note)]


def test_a_line_that_asks_or_an_answer_in_a_quote_is_no_cue() -> None:
    """Trial 66's shape stays: an aside in italics over a quoted `**A:**` is an answer's label, not a story's action;
    a second question in bold is a question of its own."""
    note = (
        "# Frontend\n\n**Q: What does the key prop do?**\n\n*(asked at Meta)*\n\n> **A:** It tells React which item is"
        " which.\n"
    )
    assert folder_cards(note) == []
    asked = f"**Why did you leave your last job?**\n\n**Tell me about a time you learned fast.**\n\n{_STORY}"
    questions = [question for question, _ in cards(asked)]
    assert questions == ["Tell me about a time you learned fast."]


@pytest.mark.parametrize("label", ["Tip", "Practice Tip", "Pro tip", "Interview tips"])
def test_a_coaching_tip_after_the_result_is_the_answers_note(label: str) -> None:
    """Corpus 71 #5: `**Practice Tip:** ...` after a story's result coaches the teller: the answer's notes, not the
    result's last paragraph."""
    note = (
        "### Tell me about a time you fixed an outage.\n\n**Situation (30 seconds):**\n- Routing never came up.\n\n"
        "**Action (2 minutes):**\n- I traced it to a typo in the ASN.\n\n**Result (30 seconds):**\n- Routes came back.\n\n"
        f"**{label}:** Use a real example from your lab.\n\nThe runbook is now the team's.\n"
    )
    (card,), _ = parse_note(note, "n.md")
    (story,) = card.stories
    assert story.sections["result"] == "- Routes came back.\n\nThe runbook is now the team's."
    assert card.notes == f"{label}: Use a real example from your lab."


@pytest.mark.parametrize("field", ["**Result:**\n**Tip:** ship smaller.", "**Result:** Kept.\n\n**Tip:** He tipped 30%."])
def test_a_tip_that_opens_the_result_or_tells_of_money_stays_in_it(field: str) -> None:
    """A field right under the result's label with nothing told yet opens the result, as any bold field there does;
    trial 68: a bare `**Tip:**` that does not advise (a waiter's `He tipped 30%.`) is the result's own text."""
    (card,), _ = parse_note(f"### Tell me about a failure.\n\n**Situation:** A launch slipped.\n\n{field}\n", "n.md")
    assert "Tip: " in card.stories[0].sections["result"]
    assert card.notes == ""


@pytest.mark.parametrize("label", ["**Question:**", "Question:", "Q:"])
def test_a_question_labelled_over_a_quote_is_asked_there(label: str) -> None:
    """Corpus 71 #4: a question's label alone on its line over a quote that asks reads the quote as the question, in a
    folder too; before, the answer's label warned that its question had no words and no card was made."""
    note = (
        f"## Story 1: Ownership\n\n{label}\n\n> Tell me about a time you owned something outside your job.\n\n"
        "**Answer:**\n\n> I automated onboarding for the access team.\n"
    )
    for read in (ReadOptions(), None):
        (card,), warnings = parse_note(note, "n.md", read) if read else parse_note(note, "n.md")
        assert warnings == []
        assert card.question == "Tell me about a time you owned something outside your job."
        assert "I automated onboarding for the access team." in card.answer


def test_a_question_labelled_over_a_callout_is_its_title() -> None:
    """Trial 68: `**Question:**` over `> [!question] How would you...?` asks the callout's title, without its marker."""
    note = "**Question:**\n> [!question] How would you design a rate limiter?\n\n**Answer:**\nA token bucket per key.\n"
    assert cards(note) == [("How would you design a rate limiter?", "A token bucket per key.")]


def test_a_quote_that_asks_nothing_under_a_question_label_is_no_question() -> None:
    """A quote under `**Question:**` that does not ask (a source's words) leaves the label as it was: no card."""
    note = "**Question:**\n\n> The interviewer kept it open.\n\n**Answer:**\n\n> I asked what they meant.\n"
    assert cards(note) == []


def test_the_interviewer_asks_label_is_left_out_of_the_question() -> None:
    """Corpus 71 #10: `**面试官问**：` (the interviewer asks) labels the question as `**面试官**：` does; the follow-up's
    `面试官追问` is not taken for it (below)."""
    note = "## 面试\n\n* **面试官问**：SqlSession 是线程安全的吗？\n\n  **答**：不是，每个请求用自己的。\n"
    assert cards(note) == [("SqlSession 是线程安全的吗？", "不是，每个请求用自己的。")]


@pytest.mark.parametrize("label", ["**面试官追问**：", "**Follow-ups**:"])
def test_a_follow_up_label_over_questions_answered_in_their_items_leaves_the_answer(label: str) -> None:
    """Corpus 71 #11: the label over follow-ups, each answered under its item, is no part of the answer above it."""
    note = (
        "### Q1：What is vector search?\n\n**标准答案**：\nTurn text into vectors, then find the nearest.\n\n"
        f"{label}\n- **“Is a higher dimension better?”**\n  → No, it costs more.\n"
    )
    first, second = cards(note)
    assert first == ("What is vector search?", "Turn text into vectors, then find the nearest.")
    assert second[0] == "Is a higher dimension better?"


def test_a_question_callouts_answer_label_is_left_out_and_its_second_question_asked() -> None:
    """Corpus 71 #13: `> **Answer:** ...` in a `[!question]` callout shows without its label, as under a question
    heading; a line asking on under the title, right over the label, is asked with it. A letter's `A:` stays (a
    story's action, maybe)."""
    note = "> [!question]- Is a zero gradient enough?\n> Why check the second-order term?\n>\n> **答案：** It decides.\n"
    assert cards(note) == [("Is a zero gradient enough? Why check the second-order term?", "It decides.")]
    listed = "> [!question]- Is a zero gradient enough?\n> **Answer:**\n> - one\n> - two\n"
    assert cards(listed) == [("Is a zero gradient enough?", "- one\n- two")]
    lettered = "> [!question]- Is a zero gradient enough?\n> **A:** Situation first\n"
    assert cards(lettered) == [("Is a zero gradient enough?", "**A:** Situation first")]


@pytest.mark.parametrize(
    ("asked", "heading", "question"),
    [
        ("> **Interviewer:** Is Go pass-by-value?", "## Answer", "Is Go pass-by-value?"),
        ("> **面试官**：Go 是值传递吗？", "## 面试回答", "Go 是值传递吗？"),
    ],
)
def test_a_note_asking_in_a_quote_is_answered_under_its_answer_heading(asked: str, heading: str, question: str) -> None:
    """Corpus 71 #9: a note per question asks in a quote, labelled (`> **Interviewer:** ...?`), and answers under
    `## Answer` (`## 面试回答`, an interview's answer); the topics after it are cards of their own as before."""
    note = f"---\ntags: [interview]\n---\n\n{asked}\n\n{heading}\n\nAlways by value.\n\n## Details\n\n### Why?\n\nA copy.\n"
    assert cards(note) == [(question, "Always by value."), ("Why?", "A copy.")]


def test_a_tip_takes_its_paragraphs_lines_and_a_tips_label_alone_heads_a_field() -> None:
    """Trial 70: `**Pro tip:** ...` over a second line of its paragraph notes both, the result ending before them; a
    tips label alone over its list (`**Delivery tips:**`) is a field after the result, the list its notes as before."""
    story = "### Tell me about a conflict\n\n**Situation:** A PM wanted to skip a11y.\n**Result:** Slipped 3 days.\n"
    (card,), _ = parse_note(f"{story}**Pro tip:** Don't blame the PM.\nFrame it as shared goals.\n", "n.md")
    assert (card.stories[0].sections["result"], card.notes) == (
        "Slipped 3 days.", "Pro tip: Don't blame the PM.\nFrame it as shared goals."
    )
    (card,), _ = parse_note(f"{story}\n**Delivery tips:**\n- Pause after the number\n", "n.md")
    assert card.stories[0].sections["result"] == "Slipped 3 days."
    assert "Pause after the number" in card.notes


def test_a_quoted_asks_answer_ends_at_the_next_heading_or_quote_but_a_star_sections() -> None:
    """Trial 71: under `## Answer`, a follow-up's sub-heading and the next quoted question are cards of their own; a
    story told under STAR sub-headings (`### Situation`) is the answer's."""
    note = "> **Q:** Tell me about a failure.\n\n## Answer\n\nI broke search.\n\n### Follow-up: Ship it again?\n\nNo.\n"
    assert cards(note) == [("Tell me about a failure.", "I broke search."), ("Ship it again?", "No.")]
    two = "> **Q:** What is a closure?\n\n## Answer\n\nScope kept.\n\n> **Q:** What is hoisting?\n\n## Answer\n\nUp.\n"
    assert cards(two) == [("What is a closure?", "Scope kept."), ("What is hoisting?", "Up.")]
    star = "> **Q:** Tell me about a failure.\n\n## Answer\n\n### Situation\n\nSearch broke.\n\n### Result\n\nBack soon.\n"
    ((question, _),) = cards(star)
    assert question == "Tell me about a failure."
    assert parse_note(star, "n.md")[0][0].stories[0].sections == {"situation": "Search broke.", "result": "Back soon."}
