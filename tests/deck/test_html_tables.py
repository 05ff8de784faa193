"""Question tables written in HTML (`<table>`, as GitBook and Notion export them) read as their pipe twins."""

from __future__ import annotations

from deck.html_tables import markdown_tables
from deck.notes import parse_note
from tests.deck.note_cards import cards

HTML_TABLE = """# Interview answers

<table>
  <thead>
    <tr>
      <th style="text-align:left">Question</th>
      <th style="text-align:left">Tips</th>
      <th style="text-align:left">My answer</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>Why do you want to move to platform work?</td>
      <td>Keep it short.</td>
      <td>
        <p>I have run our deploy pipeline for a year and
          enjoy making other teams faster.</p>
        <p></p>
        <p>I want that to be <strong>the job</strong>, not a side task.</p>
      </td>
    </tr>
    <tr>
      <td>What are you proud of?</td>
      <td>
        <ul>
          <li>One example.</li>
          <li>Name the number.</li>
        </ul>
      </td>
      <td>
        <ul>
          <li>Cut build times from 40 to 9 minutes.</li>
          <li>Taught two juniors to own releases.</li>
        </ul>
      </td>
    </tr>
  </tbody>
</table>

## Where do you see yourself in five years?

Leading a small infrastructure team.
"""

PIPE_TWIN = """# Interview answers

| Question | Tips | My answer |
|---|---|---|
| Why do you want to move to platform work? | Keep it short. | I have run our deploy pipeline for a year and \
enjoy making other teams faster.<br><br>I want that to be **the job**, not a side task. |
| What are you proud of? | - One example.<br>- Name the number. | - Cut build times from 40 to 9 minutes.<br>\
- Taught two juniors to own releases. |
"""


def test_an_html_question_table_gives_the_cards_of_its_pipe_twin() -> None:
    """Each row asking is a card: paragraphs, bold and list items in its cells as the Markdown table gives them."""
    html_cards = cards(HTML_TABLE)
    assert html_cards[:2] == cards(PIPE_TWIN)
    assert html_cards[0][1] == (
        "**Tips**: Keep it short.\n\nI have run our deploy pipeline for a year and enjoy making other teams faster."
        "\n\nI want that to be **the job**, not a side task."
    )
    assert html_cards[1][1].startswith("**Tips**:\n- One example.\n- Name the number.\n\n- Cut build times")


def test_rows_sit_in_the_table_and_every_line_after_it_keeps_its_number() -> None:
    """The first row's card is on its `<tr>` line, the next below it; the heading after the table keeps its line."""
    lines = {card.question: card.line for card in parse_note(HTML_TABLE, "n.md")[0]}
    assert lines["Why do you want to move to platform work?"] == 12
    assert 12 < lines["What are you proud of?"] < 38
    assert lines["Where do you see yourself in five years?"] == 40
    assert markdown_tables(HTML_TABLE).count("\n") == HTML_TABLE.count("\n")


def test_an_html_table_in_code_or_holding_a_table_stays_html() -> None:
    """A table shown in a fence is code; a table inside a table's cell is left as it is."""
    fenced = "```html\n" + HTML_TABLE.split("\n\n")[1] + "\n```\n"
    assert markdown_tables(fenced) == fenced
    nested = "<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>Why?</td><td>\n<table><tr><td>x</td></tr>"
    nested += "</table>\n</td></tr>\n</table>\n"
    assert markdown_tables(nested) == nested


def test_an_html_table_too_short_for_its_rows_stays_html() -> None:
    """A table written on fewer lines than a pipe table needs would move the lines after it: it stays HTML."""
    one_line = "<table><tr><th>Question</th><th>Answer</th></tr><tr><td>Why us?</td><td>Growth.</td></tr></table>\n"
    assert markdown_tables(one_line) == one_line


def test_a_pipe_in_a_cell_is_text_and_a_table_that_asks_nothing_gives_no_card() -> None:
    """`|` in a cell is escaped, not a column; a table of figures is no question table."""
    figures = "<table>\n<tr><th>Year</th><th>Sales</th></tr>\n<tr><td>2024</td><td>a | b</td></tr>\n</table>\n"
    assert markdown_tables(figures).split("\n")[:3] == ["| Year | Sales |", "|---|---|", "| 2024 | a \\| b |"]
    assert cards(figures) == []


def test_a_table_without_a_header_row_keeps_its_first_row() -> None:
    """With no `<th>` row, every row is the table's: the first question is a card, no answer names a column."""
    note = (
        "# HR\n\n<table>\n<tr><td>Tell me about yourself</td><td>Six years of payments.</td></tr>\n"
        "<tr><td>Why do you want to leave?</td><td>To own a product.</td></tr>\n</table>\n"
    )
    assert cards(note) == [("Tell me about yourself", "Six years of payments."), ("Why do you want to leave?", "To own a product.")]


def test_code_in_a_cell_keeps_its_generics_and_its_lines() -> None:
    """`<code>Map<String, Long></code>` keeps its type arguments, `&lt;` is read in code, a `<pre>` keeps its lines."""
    note = (
        "<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>What is it?</td><td>A <code>Map<String, Long>"
        "</code> or <code>List&lt;T&gt;</code>.</td></tr>\n<tr><td>How to print?</td><td><pre><code>cat a.txt\n"
        "cat b.txt</code></pre></td></tr>\n</table>\n"
    )
    assert cards(note) == [
        ("What is it?", "A `Map<String, Long>` or `List<T>`."),
        ("How to print?", "`cat a.txt`\n`cat b.txt`"),
    ]


def test_a_table_in_a_list_item_keeps_its_indentation_and_text_right_under_it_stays_out() -> None:
    """Indented under an item, the pipe table is indented too; a line right under `</table>` is no row of it."""
    note = (
        "## Isolation?\n\n- The anomalies:\n  <table>\n  <tr><th>Level</th><th>Dirty</th></tr>\n"
        "  <tr><td>RC</td><td>no</td></tr>\n\n  </table>\nPostgres uses RC.\n"
    )
    lines = markdown_tables(note).split("\n")
    assert "  | RC | no |" in lines
    assert lines[lines.index("Postgres uses RC.") - 1] == ""


def test_a_header_in_thead_or_in_bold_cells_names_the_columns() -> None:
    """`<thead>` with `<td>` cells, or a first row all in bold, is the header: no card asks `Question`."""
    bold = (
        "<table>\n<tr><td><b>Question</b></td><td><b>My answer</b></td></tr>\n"
        "<tr><td>Tell me about yourself</td><td>Six years of payments.</td></tr>\n</table>\n"
    )
    head = (
        "<table>\n<thead><tr><td>Question</td><td>Answer</td></tr></thead>\n<tbody>\n"
        "<tr><td>What is your biggest weakness?</td><td>Delegating.</td></tr>\n</tbody>\n</table>\n"
    )
    assert cards(bold) == [("Tell me about yourself", "Six years of payments.")]
    assert cards(head) == [("What is your biggest weakness?", "Delegating.")]
