"""No import cycles in our source, except the App knowing its screens and the screens knowing the App.

The graph is built from the source with `ast`: every import statement counts, at the top
of a module, inside a function (lazy) or under `TYPE_CHECKING`, since each is a place
where one module needs another. A package's own `__init__` is not counted as imported
by its modules (Python runs it first, but it is not a dependency the module chose).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("deck", "scheduler", "textual_app")
APP = "textual_app.app"
SCREENS = "textual_app.screens."


def _module_name(path: Path) -> str:
    """`textual_app/screens/home.py` -> `textual_app.screens.home`; a package's `__init__` is the package."""
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _modules() -> dict[str, Path]:
    """Every module of the three rooms, by dotted name."""
    return {_module_name(path): path for room in ROOMS for path in sorted((ROOT / room).rglob("*.py"))}


def _imports(path: Path, name: str, known: set[str]) -> Iterator[str]:
    """The modules of ours that `path` imports (a `from M import x` counts `M.x` when that is a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (itself excluded)."""
    modules = _modules()
    known = set(modules)
    return {
        name: {target for target in _imports(path, name, known) if target in known and target != name}
        for name, path in modules.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in `graph` as a list of modules (first == last), or None when there is none."""
    done: set[str] = set()
    for start in sorted(graph):
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        if start in done:
            continue
        path.append(start)
        on_path.add(start)
        while stack:
            node, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
            elif target in on_path:
                return path[path.index(target) :] + [target]
            elif target not in done:
                stack.append((target, iter(sorted(graph[target]))))
                path.append(target)
                on_path.add(target)
    return None


def _without_screens_knowing_the_app(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph less the one mutual knowledge allowed: a screen's imports of the App module."""
    return {name: targets - {APP} if name.startswith(SCREENS) else targets for name, targets in graph.items()}


def test_the_graph_sees_the_app_and_its_screens_import_each_other() -> None:
    """The graph is read right: the App imports the home screen, the home screen names the App."""
    graph = import_graph()
    assert "textual_app.screens.home" in graph[APP]
    assert APP in graph["textual_app.screens.home"]
    assert find_cycle(graph) is not None


def test_find_cycle_finds_one_and_only_one() -> None:
    """A cycle is reported from where it closes; an acyclic graph has none."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle_except_the_app_and_its_screens() -> None:
    """With the screens' imports of the App left out, no module of ours reaches itself by imports."""
    assert find_cycle(_without_screens_knowing_the_app(import_graph())) is None
