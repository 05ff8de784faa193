"""Questions and answers laid out across blocks: a label alone over its question, a numbered label over a quoted
answer, a heading over an `## Answer` heading, a group heading over questions of its own, a question asked again
under itself (translated), and a follow-up written on the question's line."""

from __future__ import annotations

import pytest

from deck.notes import parse_note


def read(note: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The (question, answer) of each card in `note`, and its warnings' messages."""
    cards, warnings = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards], [warning.message for warning in warnings]


def test_a_question_label_alone_over_its_question() -> None:
    """`**Question:**` alone, the question in the paragraph under it (or phrasings in a list, a language's code before
    each), then `**Answer:**` over the answer."""
    note = (
        "**Question:**\n\n- **EN:** What is your notice period?\n- **FR:** Quelle est votre période de préavis ?\n\n"
        "**Answer:**\n\nFour weeks.\n\n---\n\n**Question:**\n\nWhy are you leaving?\n\n**Answer:**\n\nTo own a product.\n"
    )
    colon = "**Question:**\n\n- How would you version the API: URL or header?\n\n**Answer:**\n\nA header.\n"
    assert read(colon)[0] == [("How would you version the API: URL or header?", "A header.")]
    assert read(note) == (
        [("What is your notice period? / Quelle est votre période de préavis ?", "Four weeks."),
         ("Why are you leaving?", "To own a product.")],
        [],
    )  # fmt: skip


def test_a_numbered_label_over_a_quoted_answer() -> None:
    """`**Q1:** Tell me about your background` over `> **Answer:** ...` is a pair, unquoted; `Q3: Revenue up 10%` in a plan
    (no question, no answer) is none."""
    note = "**Q1:** Tell me about your background\n> **Answer:** Six years of Go.\n"
    assert read(note)[0] == [("Tell me about your background", "Six years of Go.")]
    assert read("# Plan\n\n**Q3:** Revenue up 10%\n\nHire two people.\n")[0] == []
    quoted = "**Q:** Why us?\n> **A:** The team.\n> - ships weekly\n"
    assert read(quoted)[0] == [("Why us?", "The team.\n- ships weekly")]
    screen = "**Q1:** Tell me about your background\n\nSix years backend.\n\n**Q2:** Salary expectations\n\n150k.\n"
    assert read(screen)[0] == [("Tell me about your background", "Six years backend.")]


def test_a_heading_over_its_answer_heading() -> None:
    """`# What is a PendingIntent` (no `?`) over `## Answer`, and `# Что такое X` over `## Ответ`: each asks, and the
    answer heading is no part of the answer."""
    note = "# What is a PendingIntent\n\n## Answer\n\nA token to fire an Intent.\n\n# Что такое Binder\n\n## Ответ\n\nIPC.\n"
    assert read(note)[0] == [("What is a PendingIntent", "A token to fire an Intent."), ("Что такое Binder", "IPC.")]
    siblings = "# What is a Looper\n\n## Answer\n\nIt loops a queue.\n\n## Follow-ups\n\n- Why one per thread?\n"
    siblings += "  - Thread-local.\n\n## References\n\n- The docs\n"  # (the answer's siblings are parts of their own)
    assert read(siblings)[0] == [("What is a Looper", "It loops a queue."), ("Why one per thread?", "- Thread-local.")]
    example = "# What is a closure?\n\n## Answer\n\nA function and its scope.\n\n## Example\n\n`inc()`\n"
    assert read(example)[0] == [("What is a closure?", "A function and its scope.\n\n## Example\n\n`inc()`")]


def test_a_group_heading_over_questions_of_its_own_asks_none() -> None:
    """`## Introduce yourself / basics` over `### Can you introduce yourself?` and its answer groups the questions;
    `## Tell me about a conflict` over `### What happened?` is still the story's question."""
    group = "## Introduce yourself / basics\n\n### Can you introduce yourself?\n\nA backend developer.\n"
    assert read(group)[0] == [("Can you introduce yourself?", "A backend developer.")]
    story = "## Tell me about a conflict\n\n### What happened?\n\nWe disagreed on scope.\n"
    assert [question for question, _ in read(story)[0]] == ["Tell me about a conflict"]
    prompt = "## Talk about a time you failed\n\n### What happened?\n\nI shipped without a rollback.\n"
    assert [question for question, _ in read(prompt)[0]] == ["Talk about a time you failed"]


def test_a_question_asked_again_under_itself_is_unanswered() -> None:
    """`- What are your hobbies?` over `- 趣味は何ですか？` (or `- Quels sont vos loisirs préférés ?`) only is the
    question translated, no answer; an answer in the question's language that asks, or names the `?` mark, is still
    one, and so are two questions an answer asks itself."""
    note = "- What are your hobbies?\n  - 趣味は何ですか？\n- What do you do?\n  - Quel est votre métier ?\n"
    cards, warnings = read(note + "- Why leave?\n  - Growth.\n")
    assert (cards, warnings[:2]) == ([("Why leave?", "- Growth.")], ["question has no answer"] * 2)
    assert read("- What are query parameters?\n  - Parameters in a URL after ?\n")[0] != []
    assert read("- Are you willing to relocate?\n  - Yes, why not?\n")[0] != []
    asks_itself = "- How do you prioritise?\n  - What is the impact?\n  - What is the effort?\n"
    assert read(asks_itself)[0] == [("How do you prioritise?", "- What is the impact?\n- What is the effort?")]


def test_a_follow_up_on_the_question_s_line_is_no_answer() -> None:
    """`1. How would you sort a list? Follow up : What is the fastest search` asks both; nothing answers them."""
    cards, _ = read("1. How would you sort a list? Follow up : What is the fastest search\n1. Why us?\n   - The team.\n")
    assert cards == [("Why us?", "- The team.")]
    misused = read("- Why Postgres? Follow up: it was already in our stack.\n")[0]
    assert misused == [("Why Postgres?", "Follow up: it was already in our stack.")]


def test_answer_labels_in_capitals() -> None:
    """`**RÉPONSE :**` and `**ANSWER:**` are answer labels, left out of the answer as `**Réponse :**` is."""
    note = "### Pourquoi ce poste ?\n\n**RÉPONSE :** Le produit.\n\n### Why us?\n\n**ANSWER:** Growth.\n"
    assert read(note)[0] == [("Pourquoi ce poste ?", "Le produit."), ("Why us?", "Growth.")]


def test_a_question_quoted_alone_over_its_answer() -> None:
    """`> Why are you leaving?` over a paragraph answers it, the quote's tip opening the answer; a quote a line ending
    in a colon announces (`Prefer:`) is an example, no question."""
    note = "# Prep\n\n> Why are you leaving?\n> Tip: keep it positive.\n\nTo grow.\n\n> 자기소개\n\n백엔드 개발자입니다.\n"
    assert read(note)[0] == [("Why are you leaving?", "Tip: keep it positive.\n\nTo grow."), ("자기소개", "백엔드 개발자입니다.")]
    example = "# Reviews\n\nPrefer:\n\n> Could we check the owner first?\n\nover a bare no.\n"
    assert read(example)[0] == []


def test_a_single_quote_that_asks_is_an_epigraph() -> None:
    """One quote that asks, over a post's text, is an epigraph; quotes asking over answers stop at a list of questions
    answered in their own items."""
    assert read("# Post\n\n> What would you do if you were not afraid?\n\nI quit my job.\n")[0] == []
    note = "> Why us?\n\nThe team.\n\n> Why now?\n\nMy project ended.\n\n- Why you?\n  - I ship.\n"
    assert [question for question, _ in read(note)[0]] == ["Why us?", "Why now?", "Why you?"]


def test_an_unsure_answer_in_italics_is_no_question() -> None:
    """`_Mostly, I think?_` under `#### Did the migration go as planned?` is the answer said unsure, not a question
    that takes the heading's place."""
    note = "#### Did the migration go as planned?\n\n_Mostly, I think?_\n\nTwo services needed a rollback.\n"
    assert read(note)[0] == [("Did the migration go as planned?", "_Mostly, I think?_\n\nTwo services needed a rollback.")]


def test_more_labels_and_prompts_of_round_39() -> None:
    """`### Question:` (a colon after it) over the question in bold, then `### Answer`; `## Your answer`; an emoji
    before a bold question; Vietnamese headings that ask without `?`."""
    colon = "### Question:\n\n**How did you handle a hard deadline?**\n\n### Answer\n\nI cut scope early.\n"
    assert read(colon)[0] == [("How did you handle a hard deadline?", "I cut scope early.")]
    yours = "## Question 13\n\n**What were you doing in 2023?**\n\n## Your answer\n\nCaring for my family.\n"
    assert read(yours)[0] == [("What were you doing in 2023?", "Caring for my family.")]
    emoji = "\u2705 **What are your weaknesses?**\n\nI avoided public speaking, so I joined a debate club.\n"
    assert [question for question, _ in read(emoji)[0]] == ["What are your weaknesses?"]
    vietnamese = "### T\u1ea1i sao em ch\u1ecdn c\u00f4ng ty n\u00e0y\n- V\u00ec s\u1ea3n ph\u1ea9m.\n"
    assert [question for question, _ in read(vietnamese)[0]] == ["T\u1ea1i sao em ch\u1ecdn c\u00f4ng ty n\u00e0y"]


def test_near_misses_of_round_39_s_rules() -> None:
    """`## Your answers` (a key) and `## Questions:` (plural) over answered items keep each card; a bold question
    opening with `Maybe` asks; `"..." or "weakness"` is one phrasing."""
    items = "- Why us?\n  - The team.\n- Why now?\n  - My project ended.\n"
    for heading in ("## Your answers\n\n", "## Questions:\n\n"):
        assert [question for question, _ in read("# Prep\n\n" + heading + items)[0]] == ["Why us?", "Why now?"]
    maybe = "**Maybe you could tell me about your last project?**\n\nI led the billing migration.\n"
    assert [question for question, _ in read(maybe)[0]] == ["Maybe you could tell me about your last project?"]
    fragment = '- "Tell me about your greatest strength" or "weakness"\n  - Patience.\n'
    assert [question for question, _ in read(fragment)[0]] == ['"Tell me about your greatest strength" or "weakness"']


def test_a_sample_question_heading_answered_by_star_headings_after_it() -> None:
    """`### Sample question:` over the question in italics, then STAR's sections in headings of its level: they are
    its story. One section's heading alone after it tells no story: no card."""
    sections = "### 🎬 **S - Situation**\nA supplier was late.\n\n---\n\n### A - Action\nI found another.\n\n"
    note = f"# Guide\n\n### Sample question:\n*\"Tell me about a time you failed.\"*\n\n---\n\n{sections}### R - Result\nOn time.\n"
    cards, warnings = parse_note(note, "n.md")
    assert (warnings, [card.question for card in cards]) == ([], ["Tell me about a time you failed."])
    assert list(cards[0].stories[0].sections) == ["situation", "action", "result"]
    alone = "# Guide\n\n### Sample question:\n*\"Tell me about a time you failed.\"*\n\n### Result\nOn time.\n"
    assert [card.question for card in parse_note(alone, "n.md")[0]] == []


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("**Meine Antwort:**", "\n\n"), ("**Mi respuesta:** ", ""), ("**My Answer**", "\n\n"), ("_Minha resposta_", "\n"),
    ],
)
def test_my_answer_labels_in_other_languages_are_left_out(label: str, rest: str) -> None:
    """`**Meine Antwort:**` (German), `**Mi respuesta:**` (Spanish), `**My Answer**` alone without its colon: each only
    says "my answer" under the heading that asks, so the answer shows without it."""
    note = f"## What does flush() do?\n\n{label}{rest}It sends every buffered message.\n"
    assert read(note) == ([("What does flush() do?", "It sends every buffered message.")], [])


def test_a_q_label_with_a_full_stop_pairs_with_the_blocks_under_it() -> None:
    """`Q. Why ...?` (or `Q1.`) alone on its line is a pair's question, answered by the quote or
    paragraph under it up to the next label, under a topic heading too; `A.` under it is the answer's label. A line
    of prose that starts with the word "Answer." is no label, and an interviewer's next prompt ends the answer."""
    quoted = "# Prep\n\n## Conflict\n\nQ. What do you do when a teammate is late?\n\n> I ask what got in the way.\n\n"
    quoted += "Q. Have you disagreed with a manager?\n\n> Yes, on a date.\n"
    assert read(quoted)[0] == [
        ("What do you do when a teammate is late?", "> I ask what got in the way."),
        ("Have you disagreed with a manager?", "> Yes, on a date."),
    ]
    exam = "# Exam\n\nQ1. What is normalization?\n\nFewer copies of a fact.\n\nQ2. Design the onboarding.\n\nOwner: Priya.\n"
    assert read(exam)[0] == [("What is normalization?", "Fewer copies of a fact.")]  # (Q2: a roadmap's quarter)
    lettered = "Q. Why here?\nA. The product.\n\nWhat is your biggest weakness\n\n- Over-preparing.\n"
    assert read(lettered)[0][0] == ("Why here?", "The product.")
    quiz = "Q1. Which port does HTTPS use?\nA. 80\nB. 443\n\n**Q2.** What does volatile give?\nA. Visibility.\n"
    assert read(quiz)[0] == [("Which port does HTTPS use?", "A. 80\nB. 443"), ("What does volatile give?", "Visibility.")]
    announced = "Q: How do you decide?\nA: I ask two questions first:\n\nIs it weekly?\nDoes it cost money?\n\nThen I act.\n"
    assert read(announced)[0][0][1].endswith("Then I act.")
    within = "Q: How do you open a 1:1?\nA: With one question.\n\nTell me about your best week here.\n\nIt shows energy.\n"
    assert read(within)[0][0][1].endswith("It shows energy.")  # (a prompt the answer quotes, more answer after it)
    closing = "Q: Why here?\nA: The product.\n\nWhat went wrong?\nWhat would you change?\n"
    assert read(closing)[0] == [("Why here?", "The product.")]  # (the next questions, closing the run)
    prose = "- Why us?\n  Because of the wrapped answer. Then the\n  answer. It goes on.\n"
    assert read(prose)[0] == [("Why us?", "Because of the wrapped answer. Then the\nanswer. It goes on.")]


def test_an_a_label_over_a_story_with_its_own_action_is_the_answer_s_label() -> None:
    """`**A (STAR):**` over a labelled story, or `**A:** ...` over a story whose action has a label of its own: the
    `A` says "answer", not "action". An `A:` over a story with no action of its own stays its action."""
    star = "### Q1. Tell me about a block.\n**A (STAR):**\n- **Situation:** Stuck.\n- **Action:** Fixed it.\n"
    star += "- **Result:** Shipped.\n"
    cards, warnings = parse_note(star, "n.md")
    assert (warnings, list(cards[0].stories[0].sections)) == ([], ["situation", "action", "result"])
    assert cards[0].answer.startswith("- **Situation:**")
    own = "### Q2. Tell me about a decision.\n**A:** We had to pick one.\n- **Approach:** Tested two.\n"
    own += "- **Outcome:** It held.\n"
    story = parse_note(own, "n.md")[0][0].stories[0]
    assert (story.intro, story.sections) == ("We had to pick one.", {"action": "Tested two.", "result": "It held."})
    acted = "### Tell me about a fix.\n\n**S:** It broke.\n\n**A:** I fixed it.\n\n**R:** Green.\n"
    assert list(parse_note(acted, "n.md")[0][0].stories[0].sections) == ["situation", "action", "result"]


def test_an_answer_glued_after_the_question_may_open_with_a_verb() -> None:
    """`- How do you practise TDD? Write one failing test first.` is a question answered on its line (`Show the code.`
    and `Compare it with ...` after a `?` ask for more), and `**Tell me about yourself:**` in bold is still asked (its
    colon left out), as is a bold question with an aside in brackets after it (`**Why us?** *(asked every time)*`), the
    aside left out."""
    glued = "- How do you practise TDD? Write one failing test first.\n- What is Redis? Compare it with Memcached.\n"
    assert read(glued)[0] == [("How do you practise TDD?", "Write one failing test first.")]
    bold = "**Tell me about yourself:**\n\nSix years of backend work.\n\n**Why us?** *(asked every time)*\n\nThe team.\n"
    bold += "\n**Where in five years?** **(tricky)**\n\nLeading a team.\n"
    assert read(bold)[0] == [
        ("Tell me about yourself", "Six years of backend work."), ("Why us?", "The team."),
        ("Where in five years?", "Leading a team."),
    ]


def test_a_fence_of_star_letters_tells_its_story() -> None:
    """A fence whose lines open with `S:`, `T:`, `A:`, `R:` (each telling, in quotes or not) is the story under its
    question, as one of STAR's full names is; a fence of one letter's line is code."""
    fence = '```\nS: "An online shop with half a million monthly users"\n\nA: "I split the monolith and set up CI"\n\n'
    fence += 'R: "We launched on time and held the Black Friday traffic"\n```\n'
    (card,), _ = parse_note(f"### Tell me about a project you are proud of\n\n{fence}", "n.md")
    assert list(card.stories[0].sections) == ["situation", "action", "result"]
    (card,), _ = parse_note("### How do you log?\n\n```\nA: logger.info(x)\n```\n", "n.md")
    assert card.stories == []
    turns = "S: So tell me about the outage you handled last spring.\nA: We lost the primary database for an hour.\n"
    turns += "S: And what did you do about it then?\nA: I failed over to the replica and paged the team.\n"
    turns += "R: Recording stopped here by the interview tool.\n"  # (a transcript's speakers take turns: no story)
    (card,), _ = parse_note(f"### How did the mock go?\n\n```\n{turns}```\n", "n.md")
    assert card.stories == []


def test_an_answer_label_with_its_length_in_brackets() -> None:
    """`- **Q:** Tell me about a hard bug.` over `**A (short):** ...` is answered without the label; `A (30s)` too."""
    for label in ("A (short)", "A (30s)"):
        note = f"## Bank\n\n- **Q:** Tell me about a hard bug.\n  **{label}:** A cache flag froze the model.\n"
        cards = parse_note(note, "n.md")[0]
        assert [(card.question, card.answer) for card in cards] == [("Tell me about a hard bug.", "A cache flag froze the model.")]


def test_a_numbered_answer_label_opening_the_list_under_a_question_line() -> None:
    """`当面试官问你最大的优点是什么？` over `- 回答 2： ...` is answered without the label."""
    note = "\u4f60\u6700\u5927\u7684\u4f18\u70b9\u662f\u4ec0\u4e48\uff1f\n\n- \u56de\u7b54 2\uff1a \u575a\u6301\u5230\u5e95\u3002\n"
    assert [card.answer for card in parse_note(note, "n.md")[0]] == ["- \u575a\u6301\u5230\u5e95\u3002"]


def test_a_question_in_other_words_under_its_label_is_another_phrasing() -> None:
    """`Also asked as:` (or `OR:` with a question said to you) between `Q:` and `A:` gives its question another
    phrasing; a follow-up under `OR:` (`OR: How about Redis?`) or `Also asked:` is no phrasing and stays in the
    question's line."""
    note = (
        "Q: Why do you want to work here?\nAlso asked as: What draws you to us? / Why this company?\n"
        "A: The payments platform.\n\nQ: What is your notice period?\nOR: When could you start?\nA: Four weeks.\n"
    )
    found, _warnings = parse_note(note, "n.md")
    assert [(card.phrasings, card.answer) for card in found] == [
        (["Why do you want to work here?", "What draws you to us?", "Why this company?"], "The payments platform."),
        (["What is your notice period?", "When could you start?"], "Four weeks."),
    ]
    follow_up = parse_note("Q: How would you cache this?\nOR: How about Redis?\nA: Write-through.\n", "n.md")[0]
    assert [card.phrasings for card in follow_up] == [["How would you cache this? OR: How about Redis?"]]
    also = parse_note("Q: Tell me about a failure.\nAlso asked: What would you change?\nA: The launch.\n", "n.md")[0]
    assert [card.phrasings for card in also] == [["Tell me about a failure. Also asked: What would you change?"]]
