"""What a heading's section holds besides its answer: a story under a heading naming its form, `Q:` pairs
that the heading titles."""

from __future__ import annotations

from deck.notes import parse_note


def test_a_story_under_a_heading_naming_its_form_belongs_to_the_heading_over_it() -> None:
    """`## Round 2: Behavioral` over `### Questions asked` and `### 💡 STAR Answer` over a story: the story is the
    round's card (titled by its heading, as `## STAR Format` titles its story); it had been dropped with no warning."""
    note = (
        "## Round 2: Behavioral\n\n### Questions asked\n1. **A production incident**\n\n### 💡 STAR Answer\n\n"
        "**Situation:** Deploys took hours.\n\n**Task:** Cut them.\n\n**Action:** I split the pipeline.\n\n"
        "**Result:** Twelve minutes.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    [card] = cards
    assert card.question == "Round 2: Behavioral"
    assert [(story.title, list(story.sections)) for story in card.stories] == [
        ("💡 STAR Answer", ["situation", "task", "action", "result"])
    ]


def test_a_heading_over_q_pairs_titles_them_and_asks_none() -> None:
    """`## Batch vs streaming — the difference` (an "X vs Y" heading) over `**Q: ...?**` pairs: each pair is a card
    under the heading; the heading swallowed the first pair before, `**Q:**` line and all."""
    note = (
        "# Q&A\n\n## Batch vs streaming — the difference\n\n**Q: Is this pipeline batch or streaming?**\n\n"
        "> Both.\n\n**Q: Why not streaming only?**\n\n> Backfills are cheaper.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.answer, card.context[-1]) for card in cards] == [
        ("Is this pipeline batch or streaming?", "> Both.", "Batch vs streaming — the difference"),
        ("Why not streaming only?", "> Backfills are cheaper.", "Batch vs streaming — the difference"),
    ]


def test_a_heading_inside_a_fold_is_part_of_the_answer() -> None:
    """A quiz's `###### 1. What does typeof null return?` over its options and a `<details>` fold holding `#### Answer:
    B` and the explanation: the fold's heading (a higher level) does not end the card; the answer runs to the fold's
    end, and the next question is a card of its own."""
    fold = "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: B\n\nA historical bug.\n</p>\n</details>\n"
    note = f"###### 1. What does typeof null return?\n\n- A: null\n- B: object\n\n{fold}\n---\n\n###### 2. Why?\n\nBecause.\n"
    cards, _ = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["What does typeof null return?", "Why?"]
    assert "#### Answer: B" in cards[0].answer and "A historical bug." in cards[0].answer


def test_a_heading_over_inline_cards_alone_is_their_topic() -> None:
    """`## TCP vs UDP` or `## What is DNS?` over the plugin's `?` and `::` cards: the cards, under the heading as
    their topic, and no card of the heading holding them raw (every card came twice)."""
    note = (
        "#flashcards\n\n## TCP vs UDP\n\nWhat is the main difference?\n?\nTCP is reliable; UDP is not.\n\n"
        "Handshake::Three messages.\n\n## What is DNS?\n\nResolver::Walks the hierarchy.\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.context[-1]) for card in cards] == [
        ("What is the main difference?", "TCP vs UDP"), ("Handshake", "TCP vs UDP"), ("Resolver", "What is DNS?"),
    ]


def _one_card(note: str) -> tuple[list[tuple[str | None, list[str]]], str, list[str]]:
    """The one card of `note`: its stories (title, sections), its notes, and the note's warnings."""
    cards, warnings = parse_note(note, "n.md")
    [card] = cards
    return [(story.title, list(story.sections)) for story in card.stories], card.notes, [w.message for w in warnings]


STORY = "## Case study: checkout latency\n\n#### Situation\nSlow.\n\n#### Task\nFix it.\n\n#### Action\nA cache.\n\n"


def test_a_heading_among_a_storys_label_headings_goes_on_with_its_section() -> None:
    """`#### Leadership Impact` between `#### Result` and `#### Lessons Learned` is part of the result (it titled a
    second story of the takeaways alone, with a false warning); so are bold fields under `#### Result`."""
    note = STORY + (
        "#### Result\n\n**Technical Improvements**:\n- 180ms.\n\n**Business Impact**:\n- Abandonment fell 18%.\n\n"
        "#### Leadership Impact\n- Load tests became standard.\n\n#### Lessons Learned\n- Measure first.\n"
    )
    stories, notes, warnings = _one_card(note)
    assert (stories, notes, warnings) == ([(None, ["situation", "task", "action", "result", "takeaways"])], "", [])
    [card] = parse_note(note, "n.md")[0]
    assert card.stories[0].sections["result"].endswith("Abandonment fell 18%.\n\nLeadership Impact\n\n- Load tests became standard.")


def test_a_heading_among_label_headings_titles_the_next_story_or_is_notes() -> None:
    """The same heading before a section the story told already titles the next story (its text is the intro);
    at the end, it and its text are the answer's notes (the heading kept: it names what the text is)."""
    twice = STORY + "#### Result\nFast.\n\n#### The second time\nA year on.\n\n#### Situation\nSlow again.\n\n#### Result\nFast.\n"
    stories, notes, _ = _one_card(twice)
    assert [title for title, _ in stories] == [None, "The second time"]
    [card] = parse_note(twice, "n.md")[0]
    assert card.stories[1].intro == "A year on." and card.stories[0].sections["result"] == "Fast."
    stories, notes, _ = _one_card(STORY + "#### Result\nFast.\n\n#### Follow-up questions\n- Why a cache?\n")
    assert stories == [(None, ["situation", "task", "action", "result"])]
    assert notes == "Follow-up questions\n- Why a cache?"


def _stories(note: str) -> list[tuple[str | None, dict[str, str]]]:
    """The stories of the one card of `note` (title, sections), which must read without warnings."""
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    [card] = cards
    return [(story.title, story.sections) for story in card.stories]


def test_a_heading_set_aside_before_an_earlier_section_titles_a_second_story() -> None:
    """`#### Second example` after a result, then `#### Task`: a new story (task comes before the result told),
    not the first story's task."""
    note = STORY.replace("#### Task\nFix it.\n\n", "") + (
        "#### Result\nFast.\n\n#### Second example: DNS\n\n#### Task\nRestore DNS.\n\n#### Action\nFailed over.\n\n"
        "#### Result\nBack in 5 minutes.\n"
    )
    assert [(title, list(sections)) for title, sections in _stories(note)] == [
        (None, ["situation", "action", "result"]), ("Second example: DNS", ["task", "action", "result"])
    ]


def test_the_open_sections_own_label_after_a_heading_set_aside_goes_on_with_it() -> None:
    """`#### Key Metrics` then `#### Impact` after `#### Result`: all the result, each under its own words (`Impact`
    had split off a story of the result alone, with a false warning); `#### R: Result` is a label heading."""
    note = STORY.replace("#### Action", "#### A: Action") + (
        "#### R: Result\nFast.\n\n#### Key Metrics\n- p99 140ms\n\n#### Impact\nNPS up 8.\n"
    )
    [(_, sections)] = _stories(note)
    assert sections["action"] == "A cache." and sections["result"] == (
        "Fast.\n\nKey Metrics\n\n- p99 140ms\n\nImpact\n\nNPS up 8."
    )


def test_follow_up_questions_after_a_result_are_notes() -> None:
    """`**Likely follow-ups:**` under `### Result` (text told) and a `#### Follow-up questions` heading between the
    result and the takeaways are the answer's notes, never the result; bold fields opening the result stay it."""
    cards, _ = parse_note(
        "## Tell me about a cost cut\n\n### Situation\nBill doubled.\n\n### Result\nDown 38%.\n\n"
        "**Likely follow-ups:**\n- Which instances?\n",
        "n.md",
    )
    assert cards[0].stories[0].sections["result"] == "Down 38%."
    assert cards[0].notes == "Likely follow-ups:\nWhich instances?"
    note = STORY + "#### Result\nFast.\n\n#### Follow-up questions\n- Why a cache?\n\n#### Lessons Learned\nMeasure.\n"
    cards, warnings = parse_note(note, "n.md")
    assert warnings == [] and cards[0].stories[0].sections["result"] == "Fast."
    assert (cards[0].stories[0].sections["takeaways"], cards[0].notes) == ("Measure.", "Follow-up questions\n- Why a cache?")


def test_a_story_heading_keeps_its_story_before_follow_ups_answered_in_items() -> None:
    """A story's own heading over a whole story, then `**Probes:**` over follow-ups answered on their lines (after an
    arrow), is the story's card and one card for each follow-up; a legend of two labels over a bank of questions
    tells no story."""
    story = "**S:** Billing failed.\n\n**T:** Move in a quarter.\n\n**A:** Three waves.\n\n**R:** No missed invoices.\n\n"
    note = f"# Bank\n\n## Billing cutover\n\n{story}**Probes:**\n- *What did you cut?* → The admin UI.\n"
    cards = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer if card.stories == [] else None) for card in cards] == [
        ("Billing cutover", None),
        ("What did you cut?", "The admin UI."),
    ]
    assert list(cards[0].stories[0].sections) == ["situation", "task", "action", "result"]
    legend = "## Bank\n1. **Situation**: legend\n2. **Task**: legend\n\n- Why?\n  - a\n"
    assert [card.question for card in parse_note(legend, "n.md")[0]] == ["Why?"]


def test_a_story_begun_under_its_heading_is_warned_about() -> None:
    """`## Story 2` over `Situation: ...` and nothing more of STAR's is no card yet: a warning says what it lacks, at
    its first line; a section not opening with a situation (a tech note's `Task: ...`) is no story begun."""
    note = "# Stories\n\n## Story 1\nSituation: Tokens were not encrypted.\nDetails:\n\n## Setup\nTask: install it.\n"
    cards, warnings = parse_note(note, "n.md")
    assert cards == []
    assert [(warning.line, warning.message) for warning in warnings if "STAR" in warning.message] == [
        (4, "STAR story has no action or result section")
    ]


def test_a_topic_line_over_the_next_story_heading_is_no_part_of_this_story() -> None:
    """`Ownership` right over `## Story 2`, as `Conflict` stands right over `## Story 1`, groups the stories: it is no
    line of the takeaways before it. A last line of an answer is kept where no such line groups the headings."""
    story = "S- A teammate skipped review.\nA- I asked for a call.\nR- We shipped a week later.\nL- Call early.\n"
    note = f"# Stories\n\nConflict\n## Story 1\n{story}\nOwnership\n## Story 2\n{story}"
    first = parse_note(note, "n.md")[0][0]
    assert first.stories[0].sections["takeaways"] == "Call early."
    plain = f"# Stories\n\n## Story 1\n{story}\nOwnership\n## Story 2\n{story}"
    assert parse_note(plain, "n.md")[0][0].stories[0].sections["takeaways"].endswith("Ownership")


def test_a_labelled_line_after_the_answer_starts_the_next_question_s_notes() -> None:
    """`Q2. Unforeseen obstacle` over its bullets, after a story's result, is the next question's notes: no part of
    the result."""
    note = (
        "## Tell me about a project you led\n\n### Situation\nA provider move.\n\n### Action\nA flag per country.\n\n"
        "### Result\n- No failed payments\n\nQ2. Unforeseen obstacle\n- What was it?\n- How could you have seen it?\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert card.stories[0].sections["result"] == "- No failed payments"


def test_story_begun_and_topic_lines_need_their_signs() -> None:
    """A company's research under `## Acme` opening with `Situation: Series B` is no story begun (its heading names no
    story); a short last line over the next heading is the answer's own when no such line stands over the first
    heading (`Negotiable to one`)."""
    research = "# Notes\n\n## Acme research\n\nSituation: Series B, 200 people.\nTeam: payments.\n"
    assert [warning.message for warning in parse_note(research, "n.md")[1] if "STAR" in warning.message] == []
    faq = "# FAQ\n\n## What is your notice period?\n\nThree months.\n\nNegotiable to one\n## Do you need a visa?\n\nNo.\n"
    assert parse_note(faq, "n.md")[0][0].answer == "Three months.\n\nNegotiable to one"


def test_a_coded_heading_over_a_quoted_prompt_asks_the_prompt() -> None:
    """`#### B-03 · design · ⭐` over `**"Working under pressure."**` and its answer asks the prompt, the code its
    context; so does `#### HR-01` over a prompt in another language."""
    note = (
        "# Bank\n\n#### B-03 · design · ⭐\n**\"Working under pressure.\"**\n\nI triaged by line impact.\n\n"
        "#### HR-01\n**\"Một lần bạn bất đồng với quản lý.\"**\n\nTôi nghe lý do, rồi cùng quyết định.\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [(card.question, card.context[-1]) for card in cards] == [
        ("Working under pressure.", "B-03 · design · ⭐"), ("Một lần bạn bất đồng với quản lý.", "HR-01")
    ]


def test_one_item_answered_on_its_line_among_an_answer_s_points_is_one_of_them() -> None:
    """Under a question answered first, a list of points where one asks and answers itself on its line (`Exit cost —
    how hard is it to move off? Anything that leaks is risky`) is the answer's; a list with an item answered under
    it (`+ 缓存穿透怎么解决？` over its points) still holds cards of its own."""
    points = "- Cost at ten times the data\n- Exit cost — how hard is it to move off? Anything that leaks is risky\n"
    note = f"#### How do you pick between two databases?\n\nI compare a few points.\n\n{points}"
    (card,) = parse_note(note, "n.md")[0]
    assert card.answer == f"I compare a few points.\n\n{points}".rstrip()
    nested = "## Redis 为什么快？\n\n- 纯内存操作\n\n+ 有哪些数据结构？\n+ String、List\n\n+ 缓存穿透怎么解决？\n  + 布隆过滤器\n"
    assert [card.question for card in parse_note(nested, "n.md")[0]] == ["Redis 为什么快？", "缓存穿透怎么解决？"]


def test_a_heading_saying_the_front_matter_title_again_is_no_context_of_its_own() -> None:
    """Front matter's `title: Ownership` over `## Ownership` shows the title once in the breadcrumb."""
    note = '---\ntitle: "Ownership"\n---\n\n## Ownership\n\n#### How do you handle ambiguity?\n\nI ask first.\n'
    assert parse_note(note, "n.md")[0][0].context == ["Ownership"]


def test_a_coded_heading_over_a_line_opening_with_a_quoted_prompt_asks_the_line() -> None:
    """`#### HR-02` over `**"Salary?" — and when pushed: "above budget."**` asks the whole line, quotes kept, in a
    bank of coded entries; one ticket's code (`#### INC-2041 · postmortem`) over a bold quote asks nothing."""
    note = '# HR\n\n#### HR-01\n**"Why us?"**\n\nThe team.\n\n#### HR-02\n**"Lương kỳ vọng?" — và khi bị đẩy: "hơi cao."**\n\nRa một con số.\n'
    assert [card.question for card in parse_note(note, "n.md")[0]][1:] == ['"Lương kỳ vọng?" — và khi bị đẩy: "hơi cao."']
    ticket = '# Ops\n\n#### INC-2041 · postmortem\n\n**"Root cause: a missing index."**\n\nAdded the index.\n'
    assert parse_note(ticket, "n.md")[0] == []


def test_what_is_a_heading_asks_and_question_words_alone_are_parts() -> None:
    """`### What is a challenge you faced and how did you overcome it` asks without its `?`; `### What?`, `### Why?`
    and `### How?` under a question are parts of its answer; `#### Tell me about yourself` over other interview
    questions, one a line, is not answered yet."""
    note = (
        "## How do you explain tech to stakeholders?\nWhat, then why, then how.\n\n### What?\nThe tool.\n\n### Why?\n"
        "The value.\n\n## Behavioral\n### What is a challenge you faced and how did you overcome it\nI set up an "
        "integration day.\n\n#### Tell me about yourself\nWhat would you sacrifice for a bigger reward?\nTell me about "
        "a time you picked between two designs\nWhen did you deliver more than you were asked?\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards] == [
        "How do you explain tech to stakeholders?", "What is a challenge you faced and how did you overcome it"
    ]
    assert "### Why?" in cards[0].answer and [warning.line for warning in warnings] == [14]


def test_near_misses_of_the_heading_rules() -> None:
    """Follow-ups under their label, one answered on its line, are cards (the other warned), where a checklist of
    questions without the label, one answered on its line, is the answer's; a tech note's `## ISO-8601` or
    `## S3` over a quoted line asks nothing; `## Starbucks` or `## Use cases` over `Situation: ...` names no story; a
    title at `#` and again at `##` is in the breadcrumb once."""
    items = "- How do you handle reconnects? Resume tokens.\n- What about backpressure?\n"
    cards, warnings = parse_note(f"## How do you scale websockets?\n\nSticky sessions.\n\n**Follow-ups:**\n\n{items}", "n.md")
    assert [card.question for card in cards] == ["How do you scale websockets?", "How do you handle reconnects?"]
    assert [warning.line for warning in warnings] == [8]
    checklist = parse_note(f"## How do you scale websockets?\n\nSticky sessions.\n\n{items}", "n.md")
    assert [card.question for card in checklist[0]] == ["How do you scale websockets?"] and checklist[1] == []
    tech = '# Notes\n\n## ISO-8601\n\n"Dates as text, sortable."\n\n## S3\n\n**"Simple Storage Service"**\n'
    assert parse_note(tech, "n.md")[0] == []
    research = "# Prep\n\n## Starbucks\n\nSituation: 35k stores.\n\n## Use cases\n\nSituation: a saved card.\n"
    assert [warning.message for warning in parse_note(research, "n.md")[1] if "STAR" in warning.message] == []
    titled = "---\ntitle: Amazon loop\n---\n# Amazon loop\n## Amazon loop\n### Why Amazon?\nThe scale.\n"
    assert parse_note(titled, "n.md")[0][0].context == ["Amazon loop"]


def test_questions_to_ask_under_a_heading_about_asking_answer_it() -> None:
    """`#### Do you have any questions for us?` over the questions the user will ask, one a line, is answered by them
    (a heading about asking), where `#### Tell me about yourself` over other interview questions is not."""
    note = "#### Do you have any questions for us?\nWhat does success look like in your first 90 days?\nHow do you measure your team?\nWhat do you like here?\n"
    cards, warnings = parse_note(note, "n.md")
    assert ([card.question for card in cards], warnings) == (["Do you have any questions for us?"], [])
