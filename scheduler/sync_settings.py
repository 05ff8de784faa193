"""The `[sync]` settings: review on every machine you own through a folder your notes' sync already copies.

```toml
[sync]
vault = "/home/a/Notes"          # the root decks are known relative to (on Windows: 'C:\\Users\\a\\Notes')
folder = ".starcards"            # where each machine keeps its log file; relative to the vault, or absolute
```

Sync is on when `vault` is set; `folder` defaults to `.starcards` inside the vault. See
`scheduler.sync` for what a sync does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from deck.records import record
from scheduler.setting_types import Frozen, Text

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_FOLDER = ".starcards"
"""The sync folder when none is named: inside the vault, where the notes' sync copies it too."""


@record(kw_only=True)
class SyncSettings(Frozen):
    """Where the vault is on this machine and which folder the machines' log files live in."""

    vault: Text | None = None
    """The folder holding your notes on this machine; decks are known by their place in it. None: sync is off."""
    folder: Text = DEFAULT_FOLDER
    """The sync folder: relative to the vault, or an absolute path."""

    @property
    def enabled(self) -> bool:
        """Whether sync is on (a vault is named)."""
        return self.vault is not None

    def paths(self) -> tuple[Path, Path]:
        """The vault and the sync folder, as paths; `ValueError` when sync is off."""
        if self.vault is None:
            raise ValueError("sync is off: no [sync] vault is set")
        from pathlib import Path  # noqa: PLC0415 - off the start-up path: only sync needs the places

        vault = Path(self.vault).expanduser()
        return vault, vault / Path(self.folder).expanduser()
