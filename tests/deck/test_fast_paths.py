"""The parser's shortcuts give exactly what the plain definitions give.

Reading notes skips work where it can (a `str.translate` for ASCII text, a substring
check before a regex that cannot match without it, a question normalised once). Each
shortcut is held here to the definition it replaces, written out in full, on every
ASCII character and on generated text rich in the characters that matter.
"""

from __future__ import annotations

import pickle
import re
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deck import card_keys, highlights, inline_cards, labels, marks, plugin_schedules, questions
from deck.blocks import dedented
from deck.html_tags import remove_html_tags
from deck.models import CardContent, KeyPhrase, Story
from deck.text import blank_between, without_symbols

MARKUP = st.lists(
    st.sampled_from([*"aZ9 _-/#^:?!.Q\t\n<>=[]()`~*SRéİΣ", "Tell me about ", "Describe ", "Q1. ", "<!--SR:x-->", "<!--",
                     "-->", "<mark a='#FF5582'>", "</mark>", "==", "://", "](", "[[", "]]", "::", "%%"]),
    max_size=40,
).map("".join)
"""Text made of the characters the shortcuts look for, and the pieces their patterns need."""


def plain_normalise(question: str) -> str:
    """`normalise_question` by its definition: lowercase, punctuation out, whitespace collapsed."""
    return " ".join(re.sub(r"[^\w\s]|_", "", question.lower()).split())


def plain_clean(plain: str) -> str:
    """`clean_question` by its definition: block id, leading symbols and bullet, trailing tags, a leading label, where it was
    asked (before what asks), a colon after a prompt (or `：`, after `自我介绍`) and quotes around it removed."""
    text = without_symbols(questions._BLOCK_ID.sub("", plain).rstrip())
    text = highlights._TRAILING_TAGS.sub("", text[2:].lstrip() if text[:2] in questions._BULLETED else text)
    text = questions.hash_numbered(questions._LABEL.sub("", text, count=1).rstrip())
    source = questions._SOURCE.match(text)
    text = text[source.end() :] if source is not None and questions._asks_alone(text[source.end() :]) else text
    if text.endswith(" :"):
        text = text[:-2].rstrip()
    elif text.endswith((":", "\uff1a")) and not text.endswith("::") and questions._prompts(text[:-1]):
        text = text[:-1].rstrip()
    return questions.unquoted(text) if text[:1] in questions.OPENING_QUOTES else text


def plain_split(plain: str) -> list[str]:
    """`split_phrasings` by its definition: split at a spaced break between parts that both ask, and at an
    unspaced one after a `?` or before a prompt, the second of two words or more; stripped, empty ones dropped."""
    parts = questions._PHRASING_BREAK.split(plain)
    joined = [parts[0]]
    for part in parts[1:]:
        left, right = joined[-1].strip(), part.strip()
        if not left:
            split = True
        elif joined[-1][-1:].isspace() or part[:1].isspace():
            split = questions.asks(left) and questions.asks(right)
        else:
            asked = questions.ends_asking(joined[-1]) or questions._PROMPT.match(part.lstrip()) is not None
            split = len(right.split()) >= 2 and asked
        if split:
            joined.append(part)
        else:
            joined[-1] = f"{joined[-1]}/{part}"
    phrasings = [part.strip() for part in joined if part.strip()]
    return [questions.unquoted(part) for part in phrasings] if len(phrasings) > 1 else phrasings or [plain.strip()]


def test_every_ascii_character_normalises_as_the_definition_says() -> None:
    """The ASCII table drops what the pattern drops, and nothing else, wherever it stands."""
    for code in range(128):
        char = chr(code)
        for text in (char, f"a{char}b", f" {char}{char} X{char}"):
            assert card_keys.normalise_question(text) == plain_normalise(text), repr(text)


@settings(max_examples=400)
@given(st.text() | MARKUP)
def test_normalising_is_the_definition_and_twice_is_once(text: str) -> None:
    """Any text normalises as the definition says, and a normalised question keys as the question does."""
    normalised = card_keys.normalise_question(text)
    assert normalised == plain_normalise(text)
    assert card_keys.normalise_question(normalised) == normalised
    assert card_keys.normalised_key("a/b.md", normalised, 2) == card_keys.card_key("a/b.md", text, 2)


@settings(max_examples=400)
@given(MARKUP | st.text())
def test_cleaning_and_splitting_a_question_are_the_definitions(text: str) -> None:
    """Labels, block ids, trailing tags and phrasing breaks come out as the plain patterns take them."""
    assert questions.clean_question(text) == plain_clean(text)
    assert questions.split_phrasings(text) == plain_split(text)
    words = without_symbols(text).split()
    while words and questions._TAG_WORD.fullmatch(words[-1]):
        words.pop()
    marked = bool(words) and words[-1].endswith("?") and (len(words) > 1 or any(map(str.isalnum, words[-1])))
    plain_asks = marked or questions._PROMPT.match(questions._LABEL.sub("", text, count=1)) is not None
    assert questions._phrasing_asks(text) or not plain_asks  # (more shapes ask too: `Why? Describe it.`, quotes...;
    # marks alone, `???`, ask nothing)


@settings(max_examples=400)
@given(MARKUP)
def test_tags_highlights_and_inline_masks_are_the_definitions(text: str) -> None:
    """Each pattern skipped when its text lacks what it needs would have changed nothing."""
    assert remove_html_tags(text) == remove_html_tags_in_full(text)
    links = highlights._LINK_TARGET.sub("]", remove_html_tags_in_full(highlights._WIKILINK.sub(" ", text)))
    assert highlights._without_links_and_html(text) == links
    found = [(h.start, h.end, h.inner, h.attrs) for h in marks.mark_highlights(text) + marks.equals_highlights(text)]
    assert found == _every_highlight(text)
    metadata = plugin_schedules._BLOCK_ID.sub("", plugin_schedules._COMMENT.sub("", text).rstrip()).rstrip()
    assert plugin_schedules.without_metadata(text) == metadata
    for line in text.split("\n"):
        assert inline_cards._mask_line(line) == _mask_in_full(line)
    for opener, closer in inline_cards._COMMENTS:
        assert blank_between(text, opener, closer) == _blank_between_in_full(text, opener, closer)


def remove_html_tags_in_full(md: str) -> str:
    """`remove_html_tags` without its shortcut."""
    from deck.html_tags import _HTML_TAG, remove_comments  # noqa: PLC0415 - the parts under test

    return _HTML_TAG.sub("", remove_comments(md))


def _every_highlight(md: str) -> list[tuple[int, int, str, str | None]]:
    """The highlights `deck.marks` finds, by its pairing run on every text, `<` or `==` in it or not."""
    found: list[tuple[int, int, str, str | None]] = []
    opener: re.Match[str] | None = None
    for tag in marks._MARK_TAG.finditer(md):
        if tag.group(0).startswith("</"):
            if opener is not None:
                found.append((opener.start(), tag.end(), md[opener.end() : tag.start()], opener.group(1)))
            opener = None
        else:
            opener = tag
    opener = None
    for marker in marks._EQUALS.finditer(md):
        inner = md[opener.end() : marker.start()] if opener is not None else ""
        if opener is not None and inner and "\n" not in inner and inner == inner.strip():
            found.append((opener.start(), marker.end(), inner, None))
            opener = None
        else:
            opener = marker
    return found


def _blank_between_in_full(text: str, opener: str, closer: str) -> str:
    """`blank_between` without its shortcut: every character of a comment but newlines made a space."""
    parts: list[str] = []
    position = 0
    while (start := text.find(opener, position)) != -1:
        end = text.find(closer, start + len(opener))
        if end == -1:
            break
        end += len(closer)
        parts += [text[position:start], re.sub(r"[^\n]", " ", text[start:end])]
        position = end
    return "".join(parts) + text[position:]


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    """What a label match found, comparable: its span and groups."""
    return None if match is None else (match.span(), match.groupdict())


def _match_in_full(line: str) -> re.Match[str] | None:
    """`deck.labels._match` trying the bold-or-plain pattern on every line (after the same
    clean-up: symbols before a label, a bold initial spelled out, `**S**ituation`)."""
    line = without_symbols(line)
    if line.lstrip()[:1] in ("*", "_"):
        line = labels._BOLD_INITIAL.sub(r"\g<initial>", line, count=1)
    found = labels._LABEL.match(line)
    if found is not None:
        return found
    if line.lstrip()[:1] in ("*", "_"):
        return labels._ITALIC.match(line)
    return labels._ALONE.match(line) if len(line) <= labels._LONGEST_ALONE else None


def _mask_in_full(line: str) -> str:
    """`_mask_line` without its shortcuts: code spans, URLs and Dataview fields blanked."""
    from deck.text import code_spans  # noqa: PLC0415 - the part under test

    parts: list[str] = []
    position = 0
    for start, end in code_spans(line):
        parts += [line[position:start], " " * (end - start)]
        position = end
    line = "".join(parts) + line[position:]
    for pattern in (inline_cards._URL, inline_cards._DATAVIEW_FIELD):
        line = pattern.sub(lambda match: " " * len(match.group(0)), line)
    return line


@settings(max_examples=200)
@given(st.lists(st.text(alphabet=" \t\u3000\u00a0a-#"), min_size=1, max_size=1))
def test_one_line_dedents_as_any_number_of_lines(lines: list[str]) -> None:
    """One line loses all its indentation, as the general cut (with a blank line after it) takes it."""
    assert dedented(lines) == dedented([*lines, ""])


def test_cards_cross_to_the_parsing_process_unchanged() -> None:
    """A card pickled as its field values comes back equal, stories and key phrases included, and frozen."""
    card = CardContent(
        key="k", file="a.md", line=3, context=["A"], question="Why?", phrasings=["Why?"], answer="- x",
        stories=[Story(title="T", intro="i", sections={"situation": "s"})],
        key_phrases=[KeyPhrase(text="x", colour="#fff")], tags=["t"], pair=3,
    )
    back = pickle.loads(pickle.dumps([card, card]))
    assert back == [card, card] and back[0] is back[1]
    assert type(back[0].stories[0]) is Story and back[0].stories[0].missing_sections == ["task", "action", "result",
                                                                                         "takeaways"]
    with pytest.raises(FrozenInstanceError):
        back[0].line = 4  # type: ignore[misc]


LABELLED = st.lists(
    st.sampled_from(["**", "__", ":", " ", "\t", "\u3000", "\n", "S", "a", "Situation", "Result", "Context", "—", "-",
                     "R - ", "x"]),
    max_size=12,
).map("".join)
"""Text made of the pieces of STAR labels, bold or plain."""


@settings(max_examples=400)
@given(LABELLED)
def test_labels_are_looked_for_only_where_they_may_be(text: str) -> None:
    """A line without a colon, and not opening with `**` or `__`, is never a label: the pattern agrees."""
    assert _found(labels._match(text)) == _found(_match_in_full(text))
    if not labels._may_label(text):
        assert labels._LABEL.match(text) is None


@settings(max_examples=400)
@given(st.text() | MARKUP)
def test_a_question_has_words_when_it_normalises_to_some(text: str) -> None:
    """`has_words` answers as normalising and looking at the result would."""
    assert card_keys.has_words(text) == bool(card_keys.normalise_question(text))


@settings(max_examples=400)
@given(st.text(alphabet="ab#&/\\-_ \n9é"))
def test_tags_are_found_as_the_lookbehind_first_pattern_finds_them(text: str) -> None:
    """The `#`-first tag pattern finds the same tags, at the same places, as the plain one."""
    plain = re.compile(r"(?<![\w&#/\\])#([\w/-]+)")
    assert [(m.span(), m.group(1)) for m in highlights._TAG.finditer(text)] == [
        (m.span(), m.group(1)) for m in plain.finditer(text)
    ]


def test_ascii_text_without_controls_is_left_as_it_is_and_every_control_goes() -> None:
    """Printable ASCII passes `sanitize` untouched; each ASCII control but tab and newline is taken out."""
    from deck.controls import sanitize  # noqa: PLC0415 - the part under test

    printable = "".join(map(chr, range(32, 127)))
    assert sanitize(printable) == printable
    for code in [*range(32), 127]:
        kept = chr(code) in "\t\n"
        assert (chr(code) in sanitize(f"a{chr(code)}b")) == kept, code


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["\n", " ", "\t", ">", "=", "-", "--", "a", "<", "```", "~~~", "`", "~"]), max_size=14)
       .map("".join))
def test_line_patterns_after_a_newline_find_what_multiline_patterns_find(text: str) -> None:
    """A note's lines are tried after their newline, as a multi-line `^` ... `$` would try them."""
    from deck.blocks import _UNDERLINE_NOT_RULE  # noqa: PLC0415 - the part under test
    from deck.line_blocks import _DECLINED_LINE  # noqa: PLC0415 - as above

    underline = re.compile(r"^[ \t>]*(?:=+|-{1,2})[ \t]*$", re.MULTILINE)
    declined = re.compile(r"^[ \t]*(?:[<>]|```|~~~)", re.MULTILINE)
    assert bool(_UNDERLINE_NOT_RULE.search("\n" + text)) == bool(underline.search(text))
    assert bool(_DECLINED_LINE.search("\n" + text)) == bool(declined.search(text))


def test_every_character_sanitize_takes_out_is_unprintable() -> None:
    """The shortcut of `sanitize` (text printable but for newlines and tabs is kept whole) misses nothing: Python
    calls every character of its pattern's class unprintable."""
    from deck import controls  # noqa: PLC0415 - the part under test

    taken = [chr(code) for code in range(0x3000) if controls._CONTROL_CHARACTER.search(chr(code))]
    assert len(taken) == 9 + 21 + 33 + 5 + 4 and not [char for char in taken if char.isprintable()]


@settings(max_examples=500)
@given(st.text() | st.text(alphabet="ab \n\t\x1b[]\\;0m\x07\x9b\x9c\u202e\u2066\u00a0é"))
def test_sanitize_is_its_patterns(text: str) -> None:
    """`sanitize` gives what its two patterns alone give, whatever the text (the shortcuts take nothing away)."""
    from deck import controls  # noqa: PLC0415 - the part under test

    plain = controls._CONTROL_CHARACTER.sub("", controls._CONTROL_SEQUENCE.sub("", text))
    assert controls.sanitize(text) == plain
