"""`starcards --version`: the installed version, looked up only when asked (reading package metadata is slow)."""

from __future__ import annotations

import argparse


class VersionAction(argparse.Action):
    """`--version`: print `starcards VERSION` and exit."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        """Print `starcards VERSION` on standard output and exit."""
        print(f"{parser.prog} {installed_version()}")
        parser.exit()


def installed_version() -> str:
    """The installed package version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("starcards")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"
