"""`starcards serve`: the whole app in a web browser, served by textual-serve (the `web` extra).

Each browser tab that opens the page runs its own `starcards` (the deck list) on the
server, with the same database. Bound to localhost unless `--host` says otherwise.
"""

from __future__ import annotations

import argparse
import shlex
import sys

from textual_app.errors import EXIT_OK, UsageError

MISSING = "starcards serve needs textual-serve: pip install 'starcards[web]' (or pipx inject starcards textual-serve)"
"""The one line said when textual-serve is not installed."""

PORTS = range(1, 65536)
"""The ports `--port` may name (0, "any free port", would leave the user no address to open)."""


def register(commands: argparse._SubParsersAction) -> None:
    """Add `serve` with `--host` and `--port`."""
    serve = commands.add_parser("serve", help="run starcards in a web browser (needs the web extra)")
    serve.add_argument("--host", default="localhost", help="the address to listen on (default: localhost)")
    serve.add_argument("--port", type=int, default=8000, help="the port to listen on (default: 8000)")
    serve.set_defaults(handler=serve_app)


def app_command(db: str | None) -> str:
    """The shell command textual-serve runs for each browser tab: this Python running starcards."""
    words = [sys.executable, "-m", "textual_app", *(["--db", db] if db else [])]
    return shlex.join(words)


def serve_app(args: argparse.Namespace) -> int:
    """Serve the app on `--host`:`--port` until interrupted."""
    if args.port not in PORTS:
        raise UsageError(f"cannot serve on {args.host}:{args.port}: a port is a number from 1 to 65535")
    try:
        from textual_serve.server import Server
    except ImportError:
        raise UsageError(MISSING) from None
    server = Server(app_command(args.db), host=args.host, port=args.port, title="starcards")
    try:
        server.serve()
    except OSError as error:
        raise UsageError(f"cannot serve on {args.host}:{args.port}: {error.strerror or error}") from None
    return EXIT_OK
