"""Write every shipped JSON Schema again from its model: `python -m textual_app.schemas`."""

from pathlib import Path

from textual_app.schemas import SCHEMAS, file_name, render

if __name__ == "__main__":
    folder = Path(__file__).parent
    for name in SCHEMAS:
        (folder / file_name(name)).write_text(render(name), encoding="utf-8")
        print(f"wrote {folder / file_name(name)}")
