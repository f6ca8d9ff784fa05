"""Score and Admiralty grade of a claim, with a one-line rationale naming every factor."""

from __future__ import annotations

from dataclasses import dataclass

from scoring._models import SourceType
from scoring._options import ScoreOptions

__all__ = ["Grading", "grade_claim"]

_UNJUDGEABLE = {SourceType.ANONYMOUS_SOURCE, SourceType.COMMENTER}


@dataclass(frozen=True, slots=True)
class Grading:
    """A claim's score in [0, 1], its Admiralty grade and the rationale."""

    score: float
    grade: str
    rationale: str


def _reliability(
    base: float, source_type: SourceType, first_hand: bool, options: ScoreOptions
) -> str:
    if source_type in _UNJUDGEABLE and not first_hand:
        return "F"
    for letter, floor in zip("ABCD", options.reliability_thresholds, strict=True):
        if base >= floor:
            return letter
    return "E"


def _credibility(value: float, hosts: int, unjudgeable: bool, options: ScoreOptions) -> int:
    if unjudgeable and hosts == 0:
        return 6
    confirmed, probable, possible, doubtful = options.credibility_thresholds
    if value >= confirmed and hosts > 0:
        return 1
    if value >= probable:
        return 2
    if value >= possible:
        return 3
    if value >= doubtful:
        return 4
    return 5


def grade_claim(
    *,
    source_type: SourceType,
    evidence: str,
    hedges: list[str],
    hosts: int,
    first_hand: bool,
    outlet: str,
    standing: float,
    options: ScoreOptions,
) -> Grading:
    """Multiply base × hedging × corroboration × outlet standing, cap to [0, 1], grade it."""
    if source_type is SourceType.COMMENTER and first_hand:
        base = options.first_hand_base
    else:
        base = options.base[source_type]
    hedge = options.hedge_factor if hedges else 1.0
    counted = min(hosts, options.corroboration_max_hosts)
    corroboration = 1.0 + options.corroboration_step * counted
    raw = base * hedge * corroboration * standing
    value = round(min(1.0, max(0.0, raw)), 4)
    letter = _reliability(base * standing, source_type, first_hand, options)
    digit = _credibility(value, hosts, letter == "F", options)
    hedge_part = f"hedged ({', '.join(hedges)}) {hedge:.2f}" if hedges else f"unhedged {hedge:.2f}"
    if hosts:
        plural = "host" if hosts == 1 else "hosts"
        corr_part = f"corroborated by {hosts} other {plural} {corroboration:.2f}"
    else:
        corr_part = f"uncorroborated {corroboration:.2f}"
    capped = " (capped)" if raw > 1.0 else ""
    rationale = " ".join(
        (
            f"{source_type.value} ({evidence}) {base:.2f} × {hedge_part} × {corr_part} × "
            f"outlet {outlet} {standing:.2f} = {value:.2f}{capped} → {letter}{digit}"
        ).split()
    )  # one line, whatever the page's text held
    return Grading(value, f"{letter}{digit}", rationale)
