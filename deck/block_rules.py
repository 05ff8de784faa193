"""markdown-it's block rules, tried only where a line's first character lets them match.

For every line, markdown-it tries each block rule in turn (code, fence, quote, rule,
list, HTML, heading, paragraph), and again for every line of a paragraph to see whether
it ends there; most refuse at once, on the line's first character, but only after a
call, a debug log call and some bookkeeping: a third of the parse. `first_char_rules`
puts a `FirstCharRules` in front of a parser's rules: for each line it calls only the
rules whose opening character the line starts with, in markdown-it's order. A skipped
rule is one that would have refused the line, so the tokens are the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from markdown_it import rules_block

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.ruler import Ruler
    from markdown_it.rules_block import StateBlock

Rule = Callable[["StateBlock", int, int, bool], bool]

_OPENERS: dict[Rule, str] = {
    rules_block.fence: "`~",
    rules_block.blockquote: ">",
    rules_block.hr: "*-_",
    rules_block.list_block: "*-+0123456789",
    rules_block.html_block: "<",
    rules_block.heading: "#",
    rules_block.table: "|",
}
"""The characters a line (after its indentation) must start with for each rule to match it.

The code rule refuses every line not indented four columns more than its block, and is
tried on no other; such a line, and an empty one, gets the whole chain. Rules not listed
here (setext heading, reference, paragraph, a plugin's) are tried on every line."""


class FirstCharRules:
    """Stands in for a parser's block `Ruler`: each chain is one rule dispatching on the line's first character.

    Only what markdown-it's block parser and rules ask of a ruler is offered (`getRules`,
    `get_active_rules`); configure the parser (enable, disable) before putting this in
    front of its rules.
    """

    def __init__(self, ruler: Ruler[Rule]) -> None:
        """Dispatch the chains of `ruler`, built on first use."""
        self._ruler = ruler
        self._chains: dict[str, list[Rule]] = {}

    def getRules(self, chainName: str = "") -> list[Rule]:  # noqa: N802, N803 - markdown-it's own names
        """The chain `chainName` as a list of one dispatching rule (empty when the chain is)."""
        chain = self._chains.get(chainName)
        if chain is None:
            rules = self._ruler.getRules(chainName)
            chain = self._chains[chainName] = [_dispatcher(rules)] if rules else []
        return chain

    def get_active_rules(self) -> list[str]:
        """The names of the rules enabled, as the ruler behind has them."""
        return self._ruler.get_active_rules()


def first_char_rules(parser: MarkdownIt) -> MarkdownIt:
    """`parser`, its block rules now dispatched by `FirstCharRules`; configure it before."""
    parser.block.ruler = FirstCharRules(parser.block.ruler)  # type: ignore[assignment]
    return parser


def _dispatcher(rules: list[Rule]) -> Rule:
    """One rule that tries, in order, the `rules` a line's first character lets match."""
    uncoded = [rule for rule in rules if rule is not rules_block.code]
    anywhere = [rule for rule in uncoded if rule not in _OPENERS]
    by_char = {
        char: [rule for rule in uncoded if char in _OPENERS.get(rule, char)]
        for char in "".join(_OPENERS[rule] for rule in uncoded if rule in _OPENERS)
    }

    def dispatch(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        """Try the rules that can match `line`; True as soon as one does."""
        start = state.bMarks[line] + state.tShift[line]
        if start >= state.eMarks[line] or state.sCount[line] - state.blkIndent >= 4:
            tried = rules
        else:
            tried = by_char.get(state.src[start], anywhere)
        for rule in tried:  # noqa: SIM110 - a loop: any() of a generator costs more on this hot path
            if rule(state, line, end, silent):
                return True
        return False

    return dispatch
