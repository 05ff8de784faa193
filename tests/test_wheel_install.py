"""The wheel installs as users install tools: into a fresh virtual environment, where `starcards` works.

Offline-friendly: the wheel is built without build isolation (hatchling comes with the
test extra), installed without its dependencies, and the fresh environment borrows the
dependencies already installed here through a `.pth` line (which adds this environment's
site-packages but runs none of its own `.pth` files, so the editable checkout stays out).
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("hatchling", reason="building the wheel needs hatchling (in the test extra)")


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `command` in `cwd`, failing the test with its output if it fails."""
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True)
    assert done.returncode in (0, 1), f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def fresh_venv(where: Path) -> Path:
    """A new virtual environment (without pip) that sees this one's dependencies; its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=where).stdout.strip()
    borrowed = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), *site.getsitepackages()}
    Path(purelib, "borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n", encoding="utf-8")
    return python


def test_wheel_installs_and_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    """`starcards --version`, `check` on the bundled example deck and `schema` work from the installed wheel."""
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", tmp_path / "dist", ROOT, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("starcards-*.whl")
    python = fresh_venv(tmp_path / "venv")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    starcards = tmp_path / "venv" / "bin" / "starcards"

    assert run(starcards, "--version", cwd=tmp_path).stdout.startswith("starcards ")
    where = run(python, "-c", "import textual_app, deck.examples as e; print(textual_app.__file__); print(e.example_deck_path())", cwd=tmp_path)
    package_file, examples = where.stdout.splitlines()
    assert Path(package_file).is_relative_to(tmp_path / "venv")
    report = json.loads(run(starcards, "check", examples, "--json", cwd=tmp_path).stdout)
    assert report["cards"]
    assert json.loads(run(starcards, "schema", "check", cwd=tmp_path).stdout)["title"] == "starcards check --json"
