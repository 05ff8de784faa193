"""`python -m textual_app`: the same as the `starcards` command."""

import sys

from textual_app.cli import main

sys.exit(main())
