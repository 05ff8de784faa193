"""The content room: Markdown notes in, validated card content out.

Nothing here knows about scheduling or the terminal UI. Import the submodules you need
(`deck.models`, `deck.loader`, ...); this package imports nothing eagerly so that the
start-up path stays short.
"""
