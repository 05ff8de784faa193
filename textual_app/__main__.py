"""`python -m textual_app`: the same as the `starcards` command."""

import gc
import sys

gc.disable()  # the start's imports are not walked by the cycle collector: `main` turns it back on (`APP_COMMANDS`)

from textual_app.cli import main  # noqa: E402 - after the pause, which is the point

sys.exit(main())
