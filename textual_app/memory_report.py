"""What fitting parameters found, in words: `fit_lines` (for `starcards optimize` and the settings screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scheduler.optimize import Fit
    from scheduler.personal import Scope


def fit_lines(fit: Fit, scope: Scope) -> list[str]:
    """The history used, both scores on held-out reviews, and the verdict."""
    lines = [
        f"{scope.label}: {fit.reviews} reviews made a day or more after the card's previous one,",
        f"the latest {fit.held_out} held out to score both sets of parameters:",
        f"{'':12}{'log loss':>10}{'RMSE (bins)':>13}",
        f"{'current':12}{fit.current.log_loss:>10.4f}{fit.current.rmse_bins:>13.2%}",
        f"{'fitted':12}{fit.fitted.log_loss:>10.4f}{fit.fitted.rmse_bins:>13.2%}",
    ]
    if fit.better:
        lines.append("The fitted parameters predict your held-out reviews better: they are kept.")
    else:
        lines.append("The fitted parameters predict no better than the current ones: nothing changed.")
    return lines


def parameters_text(parameters: tuple[float, ...] | list[float]) -> str:
    """Parameters as they are written in the settings: numbers separated by commas."""
    return ", ".join(f"{value:g}" for value in parameters)
