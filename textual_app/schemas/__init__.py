"""The JSON Schema of every `--json` output, shipped as files beside this module.

Each schema is generated from the TypedDict that the command's JSON is built as
(`textual_app.json_types`, `scheduler.json_types`) by pydantic; `python -m
textual_app.schemas` writes the files again after a model changes, and a test checks
that the shipped files are what the models give. `starcards schema NAME` prints a
file as shipped, so printing one needs neither pydantic nor the models.
"""

from __future__ import annotations

from typing import Any

SCHEMAS: dict[str, tuple[str, str, bool]] = {
    "check": ("textual_app.json_types", "CheckJson", False),
    "sync": ("textual_app.json_types", "SyncJson", False),
    "due": ("textual_app.json_types", "DueCountsJson", False),
    "stats": ("scheduler.json_types", "StatsReportJson", False),
    "cards": ("scheduler.json_types", "CardJson", True),
    "readiness": ("scheduler.json_types", "ReadinessJson", True),
    "stories": ("scheduler.json_types", "StoryMapJson", False),
    "mock-report": ("scheduler.json_types", "MockReportJson", False),
}
"""Schema name (the command it describes) -> module, TypedDict, and whether the output is a list of them."""

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect pydantic generates."""


class UnknownSchema(KeyError):
    """No schema has that name."""


def shipped(name: str) -> str:
    """The text of the shipped schema `name` (`UnknownSchema` for a name not in `SCHEMAS`)."""
    from importlib import resources

    if name not in SCHEMAS:
        raise UnknownSchema(name)
    return resources.files(__name__).joinpath(file_name(name)).read_text(encoding="utf-8")


def file_name(name: str) -> str:
    """`NAME.schema.json`."""
    return f"{name}.schema.json"


def generate(name: str) -> dict[str, Any]:
    """The schema of `starcards NAME --json`, generated from its model."""
    from importlib import import_module

    from pydantic import TypeAdapter

    module, model_name, is_list = SCHEMAS[name]
    model: Any = getattr(import_module(module), model_name)
    schema = TypeAdapter(list[model] if is_list else model).json_schema()
    title = f"starcards {name} --json"
    return {"$schema": DIALECT, "title": title, **{k: v for k, v in schema.items() if k != "title"}}


def render(name: str) -> str:
    """Schema `name` as the text shipped: indented JSON ending with a newline."""
    import json

    return json.dumps(generate(name), indent=2, ensure_ascii=False) + "\n"
