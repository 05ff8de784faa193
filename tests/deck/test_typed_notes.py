"""Shapes of notes typed fast: a numbered question over a bullet list after a blank line, a bold
prompt without `?` over its answer, a list of questions to ask with a remark in brackets, and a
STAR template of labels with dashes left empty."""

from __future__ import annotations

from pathlib import Path

from deck.loader import load_deck
from deck.notes import parse_note


def read(note: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    """Each card's question and answer, and each warning's line and message."""
    cards, warnings = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards], [(warning.line, warning.message) for warning in warnings]


def test_a_numbered_question_over_the_bullets_after_it() -> None:
    """`1. Why us?`, a blank line, then `- ...` bullets: the bullets answer it (none is a card)."""
    note = "1. Why this company?\n\n- I use it daily\n    - and know its gaps\n- It ships\n\n2. Why now?\n\n- Timing\n"
    assert read(note) == (
        [("Why this company?", "- I use it daily\n    - and know its gaps\n- It ships"), ("Why now?", "- Timing")],
        [],
    )


def test_code_and_bullets_after_the_answering_bullets_go_on_the_answer() -> None:
    """`1. What is hoisting?` over bullets, a fence at the margin, more bullets, then a rule: all of it answers,
    up to the rule; the next numbered question is a card of its own."""
    note = (
        "1. What is hoisting?\n* Declarations move up.\n```\nf(); function f() {}\n```\n\n* Not for let.\n---\n"
        "2. What is a closure?\n* A function with its scope.\n"
    )
    assert read(note) == (
        [
            ("What is hoisting?", "* Declarations move up.\n```\nf(); function f() {}\n```\n\n* Not for let."),
            ("What is a closure?", "* A function with its scope."),
        ],
        [],
    )


def test_a_bullet_question_over_numbered_steps() -> None:
    """`- What does new do?`, a blank line, then `1. ...` steps: the steps answer it; a to-do without `?`
    over a numbered list stays none."""
    note = "- What does `new` do?\n\n1. Makes an object.\n2. Runs the constructor.\n\n- What is `this`?\n\nThe caller.\n"
    assert read(note)[0][0] == ("What does new do?", "1. Makes an object.\n2. Runs the constructor.")
    assert read("- Describe the release\n\n1. Tag it\n2. Push it\n")[0] == []


def test_a_numbered_step_over_bullets_is_no_card() -> None:
    """A numbered line that does not ask over a bullet list is a step with its points."""
    assert read("1. Install it\n\n- run the script\n- check the log\n")[0] == []


def test_a_bold_prompt_without_a_mark_over_its_answer() -> None:
    """`1. **Tell me about yourself.**` over its answer on the next line; a to-do over a task line stays quiet."""
    note = "1. **Tell me about yourself.**\n   I build billing systems.\n2. **Describe your last project.**\n   A rewrite.\n"
    assert read(note)[0] == [("Tell me about yourself.", "I build billing systems."), ("Describe your last project.", "A rewrite.")]
    for quiet in ("- Describe the API change\n  Task: JIRA-1234\n", "- Tell me about any blockers\n  Result: none\n",
                  "1. **Describe the starter**\nSituation: fed at 9pm\nResult: doubled\n"):
        assert read(quiet)[0] == []


def test_questions_to_ask_with_a_remark_in_brackets() -> None:
    """A remark in brackets after a listed question is no answer: a list of questions to ask is
    no card and no warning per item."""
    note = "**Ask them:**\n- What is the strike price?\n- Are these ISOs or NSOs? (Tax rules differ)\n"
    cards, warnings = read(note)
    assert cards == []
    assert [line for line, _ in warnings] == [None]


def test_an_empty_template_of_dashed_labels_is_a_warning() -> None:
    """`- Situation - ` ... `- Result -` with nothing written answers nothing, as with colons."""
    note = "## Tell me about a missed deadline\n- Situation - \n- Task -\n- Action -\n- Result -\n\n## Why now?\nTiming.\n"
    assert read(note) == ([("Why now?", "Timing.")], [(1, "question has no answer (its STAR labels are empty)")])


def test_pairs_typed_right_under_a_title_line() -> None:
    """`Common questions` over `Q: ...` / `A: ...` lines in one paragraph: the pairs are read; a
    `Q:` line last asking is answered by the next paragraph's `A:`; prose with a `Q:` line stays prose."""
    assert read("Common questions\nQ: Why a dock?\nA: Fewer clicks.\nQ: Why Linux?\nA: It is mine.\n") == (
        [("Why a dock?", "Fewer clicks."), ("Why Linux?", "It is mine.")], []
    )
    assert read("FAQ\n*Q: Why a clone?*\n\nA: It is not one.\n")[0] == [("Why a clone?", "It is not one.")]
    assert read("We talked.\nQ: is it done\n\nMore prose.\n")[0] == []


def test_a_question_callout_answered_by_what_follows_it() -> None:
    """`> [!question] Why ...?` with only its title is answered by the paragraphs and lists after it,
    up to the next heading; with nothing after it, a warning."""
    note = "# Retries\n\n> [!question] Who keeps the key?\n\nThe server.\n\n- as an id\n\n# Next\n"
    assert read(note) == ([("Who keeps the key?", "The server.\n\n- as an id")], [])
    assert read("> [!question] Why us?\n\n## Next\n")[1][0] == (1, "question has no answer")


def test_a_folders_question_table_keeps_the_rows_that_ask(tmp_path: Path) -> None:
    """In a folder, a `| Question | Answer |` table of a spec gives cards only for rows that ask."""
    (tmp_path / "spec.md").write_text("| Question | Answer |\n|---|---|\n| Does it collect data? | No |\n"
                                      "| Data linked to you | None |\n", encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == ["Does it collect data?"]


def test_question_tables_with_short_or_story_headers() -> None:
    """`| Q | A |`: the `A` column answers (no STAR action); a `STAR story` column's own labels tell
    the story; `| Question | S | A | R |` keeps its letters as sections."""
    assert read("| Q | A |\n|---|---|\n| Why this team? | It ships. |\n") == ([("Why this team?", "It ships.")], [])
    cards, _ = parse_note("| Question | STAR story |\n|---|---|\n| Tell me about a slip | **S:** late<br>**A:** cut<br>**R:** shipped |\n", "n.md")
    assert dict(cards[0].stories[0].sections) == {"situation": "late", "action": "cut", "result": "shipped"}
    cards, _ = parse_note("| Question | S | A | R |\n|---|---|---|---|\n| Tell me about a slip? | late | cut | shipped |\n", "n.md")
    assert list(cards[0].stories[0].sections) == ["situation", "action", "result"]


def test_a_question_line_over_a_bullet_list() -> None:
    """`Why this company?` on a line of its own over bullets (right under it or after a blank line):
    the bullets answer it; a line asking over a list of questions (to ask them) is no card."""
    note = "Why this company?\n- I use it daily\n- It ships\n\nWhy now?\n\n- My project ended\n\nAsk them?\n- Team size?\n- Ship how?\n"
    assert read(note)[0] == [("Why this company?", "- I use it daily\n- It ships"), ("Why now?", "- My project ended")]


def test_hugo_toml_front_matter_titles_and_tags_the_note() -> None:
    """`+++` around `title = '...'` and `tags = ['a', 'b']` (Hugo, Zola) is front matter, as `---` YAML is: the title
    asks, the tags tag, and the block is no part of the answer; a `+++` never closed is text."""
    from deck.frontmatter import split_front_matter

    note = "+++\ntitle = 'Tell me about a time you failed'\ntags = ['interview', 'failure']\ndraft = true\n+++\n\nBody.\n"
    front = split_front_matter(note)
    assert (front.title, front.tags) == ("Tell me about a time you failed", ["interview", "failure"])
    assert front.body.split("\n")[:6] == ["", "", "", "", "", ""] and front.body.strip() == "Body."
    assert split_front_matter("+++\ntitle = 'x'\n\nBody.\n").title is None


def test_a_front_matter_tag_of_several_words_is_one_tag() -> None:
    """`- preguntas de entrevista` under `tags:` is one tag, `preguntas-de-entrevista`, as a flow list's `[a b, c]`
    entry is; an inline value is split on commas and spaces, as Obsidian's first versions wrote several tags."""
    from deck.frontmatter import split_front_matter

    block = split_front_matter("---\ntags:\n  - entrevista\n  - preguntas de entrevista\n---\nBody.\n")
    assert block.tags == ["entrevista", "preguntas-de-entrevista"]
    assert split_front_matter("---\ntags: [job search, star]\n---\nBody.\n").tags == ["job-search", "star"]
    assert split_front_matter("---\ntags: interview, star prep\n---\nBody.\n").tags == ["interview", "star", "prep"]
    items = split_front_matter('---\ntags:\n  - "#behavioral #amazon"\n  - leadership, ownership\n---\nBody.\n')
    assert items.tags == ["behavioral", "amazon", "leadership", "ownership"]


def test_a_front_matter_value_wrapped_over_lines_is_read_whole() -> None:
    """A quoted or plain value going on over indented lines (as `yaml.dump` wraps one) and a folded `>-` title are
    read whole, their lines joined by spaces; the question's label is left out; a nested mapping names no tag."""
    from deck.frontmatter import split_front_matter

    wrapped = "---\nquestion: 'Q12: Tell me about a time you pushed back on a deadline\n  from leadership'\n---\nBody.\n"
    (card,) = parse_note(wrapped, "n.md")[0]
    assert card.question == "Tell me about a time you pushed back on a deadline from leadership"
    folded = split_front_matter("---\ntitle: >-\n  Tell me about a time\n  you failed\ntags: [star]\n---\nBody.\n")
    assert (folded.title, folded.tags) == ("Tell me about a time you failed", ["star"])
    nested = split_front_matter("---\ntags: interview\nmeta:\n  author: me\n---\nBody.\n")
    assert nested.tags == ["interview"]
    flow = split_front_matter("---\ntags: [\n  interview,\n  job search\n]\n---\nBody.\n")
    assert flow.tags == ["interview", "job-search"]
    exported = split_front_matter("---\ntitle: 'What you&#8217;ve built &amp; why'\n---\nBody.\n")
    assert exported.title == "What you\u2019ve built & why"  # (WordPress writes HTML entities)


def test_word_middle_dot_bullets_are_list_items() -> None:
    """A Word export's `·` bullets, with the spaces Word puts after them, are list items as `•` ones are; a `·` inside
    a line is text."""
    note = "# Prep · 2024\n\n·         Describe a time you changed a process.\n\n    Moved review to pairs.\n"
    (card,) = parse_note(note, "n.md")[0]
    assert (card.question, card.context) == ("Describe a time you changed a process.", ["Prep · 2024"])


def test_a_middle_dot_between_code_spans_stays_text() -> None:
    """`` `vim` · `tmux` `` at a line's start is text, not a Word bullet."""
    (card,) = parse_note("## What tools do you use?\n\n`vim` · `tmux` every day.\n", "n.md")[0]
    assert card.answer == "`vim` · `tmux` every day."


def test_a_middle_dot_bullet_with_one_space_is_a_list_item() -> None:
    """`· Why Stripe?` with one space after the dot, at a line's start, is a list item too."""
    note = "# Screen\n\n· Why Stripe?\n  Their docs taught me payments.\n· Why now?\n  I have shipped two ledgers.\n"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Why Stripe?", "Why now?"]
