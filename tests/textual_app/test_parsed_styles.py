"""The parsed stylesheets kept beside the database: read back, the first screen is the same and nothing is parsed
again; kept for other variables, from another Textual, cut short or in memory, they are parsed as before."""

from __future__ import annotations

import pickle

from textual.css import stylesheet

from textual_app import parsed_styles


def _record_parses(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The places Textual parses CSS from, from now on."""
    parsed: list[str] = []
    parse = stylesheet.parse

    def recording(scope: str, css: str, read_from, **options):  # type: ignore[no-untyped-def]
        parsed.append(read_from[1] or read_from[0])
        return parse(scope, css, read_from, **options)

    monkeypatch.setattr(stylesheet, "parse", recording)
    return parsed


async def _first_screen(app, recalled=None) -> str:  # type: ignore[no-untyped-def]
    """The review's first screen as text and colours (an SVG), and the parsed styles kept after the run."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shot = app.export_screenshot()
    parsed_styles.keep(app, recalled)
    return shot


async def test_kept_styles_paint_the_same_first_screen_without_parsing(make_app, deck_id, store, monkeypatch) -> None:
    """A first run parses and keeps its styles; the next reads them back, parses nothing and paints the same."""
    first = make_app(review_decks=[deck_id])
    recalled = parsed_styles.recall(first, store.path)
    assert recalled is not None and not recalled.keys
    painted = await _first_screen(first, recalled)
    kept = parsed_styles.memo_path(store.path)
    assert kept is not None and kept.is_file()
    assert kept.stat().st_mode & 0o777 == 0o600  # owner only, as the database beside it

    parsed = _record_parses(monkeypatch)
    second = make_app(review_decks=[deck_id])
    again = parsed_styles.recall(second, store.path)
    assert again is not None and again.keys
    assert await _first_screen(second, again) == painted
    assert parsed == []


async def test_styles_kept_for_other_variables_or_another_textual_are_parsed(make_app, deck_id, store,
                                                                            monkeypatch) -> None:
    """Rules kept under other theme variables, or stamped by other Textual files, are not read back."""
    first = make_app(review_decks=[deck_id])
    await _first_screen(first, parsed_styles.recall(first, store.path))
    path = parsed_styles.memo_path(store.path)
    kept = pickle.loads(path.read_bytes())
    for change in ({"variables": {**kept["variables"], "background": "#123456"}}, {"stamp": "another Textual"}):
        path.write_bytes(pickle.dumps({**kept, **change}))
        parsed = _record_parses(monkeypatch)
        app = make_app(review_decks=[deck_id])
        recalled = parsed_styles.recall(app, store.path)
        assert recalled is not None and not recalled.keys
        await _first_screen(app, recalled)
        assert "Screen.DEFAULT_CSS" in parsed
        assert pickle.loads(path.read_bytes())["stamp"] == parsed_styles.stamp()  # written anew for this run


async def test_a_file_cut_short_is_parsed_as_before_and_written_anew(make_app, deck_id, store) -> None:
    """A file that cannot be read back costs the parse, no error; the run leaves a whole one."""
    path = parsed_styles.memo_path(store.path)
    path.write_bytes(b"\x80\x05not a pickle")
    app = make_app(review_decks=[deck_id])
    recalled = parsed_styles.recall(app, store.path)
    assert recalled is not None and not recalled.keys
    await _first_screen(app, recalled)
    assert pickle.loads(path.read_bytes())["rules"]


def test_a_database_in_memory_keeps_no_styles(make_app) -> None:
    """Nowhere to keep them: nothing is read or written."""
    assert parsed_styles.memo_path(":memory:") is None
    assert parsed_styles.recall(make_app(), ":memory:") is None
