"""`starcards serve` in a real headless browser: open the page, review the first card, rate it, find it in the DB.

Needs textual-serve (the web extra), Selenium and a Chromium with its driver (Debian's
`chromium` and `chromium-driver`); skipped with the reason when any is missing. The
page draws the terminal on a canvas, so what the app sends is read from the
WebSocket: a script injected before the page loads keeps every frame received.
Every wait polls for a state (the port open, a text received, a row in the database).
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE

pytest.importorskip("textual_serve", reason="textual-serve (the web extra) is not installed")
webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium is not installed")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None or DRIVER is None, reason="Chromium or chromedriver is not installed"),
]

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,900",
)

KEEP_FRAMES = """
window.__received = "";
const Native = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new Native(...args);
  const decoder = new TextDecoder();
  socket.addEventListener("message", (event) => {
    if (event.data instanceof ArrayBuffer) { window.__received += decoder.decode(event.data, {stream: true}); }
    else if (typeof event.data === "string") { window.__received += event.data; }
  });
  return socket;
};
window.WebSocket.prototype = Native.prototype;
Object.assign(window.WebSocket, Native);
"""
"""Wraps WebSocket so the test can read what the app drew: every frame, as text, in window.__received."""

TIMEOUT = 60.0


def wait_for(condition: Callable[[], object], what: str) -> None:
    """Poll `condition` until it holds; fail naming `what` after TIMEOUT seconds."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def free_port() -> int:
    """A port on localhost nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_open(port: int) -> bool:
    """Whether something accepts connections on localhost:`port`."""
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """`starcards serve` on a free port over a database holding one synced note; (port, database)."""
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    db = tmp_path / "web.db"
    starcards = Path(sys.executable).with_name("starcards")
    subprocess.run([starcards, "--db", db, "sync", note], check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [starcards, "--db", db, "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(lambda: port_open(port) or server.poll() is not None, "the server to listen")
        assert server.poll() is None, "starcards serve exited"
        yield port, db
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    """Headless Chromium, with a fresh profile and the frame-keeping script in every page."""
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": KEEP_FRAMES})
        yield driver
    finally:
        driver.quit()


def reviews(db: Path) -> list[int]:
    """The ratings in the review log."""
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT rating FROM reviews")]


def test_review_and_rate_in_the_browser(served: tuple[int, Path], browser) -> None:
    """The deck list shows, Enter starts the review, the first question shows, space reveals, 3 rates Good."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    port, db = served
    browser.get(f"http://localhost:{port}/")
    received = lambda: browser.execute_script("return window.__received || ''")  # noqa: E731
    wait_for(lambda: "Practice" in received(), "the deck list")
    browser.find_element(By.CSS_SELECTOR, ".xterm-screen").click()
    press = lambda key: ActionChains(browser).send_keys(key).perform()  # noqa: E731
    press(Keys.ENTER)
    wait_for(lambda: "under pressure" in received() or "Describe a deadline" in received(), "the first question")
    press(" ")
    wait_for(lambda: "launch date moved up" in received(), "the first section revealed")
    press("3")
    wait_for(lambda: reviews(db), "the rating in the database")
    assert reviews(db) == [3]
