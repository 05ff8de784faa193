"""The face: Textual screens and widgets, and the `starcards` command line."""
