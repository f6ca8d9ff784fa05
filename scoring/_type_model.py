"""A learned second opinion on body claims' source types, trained on the rules' blind misses.

The rules read cues and spans; on pages unlike any they were tuned on they get about four in
five body claims right. This linear model (multinomial logistic regression, weights shipped in
``data/type_model.json``, trained by ``bench/type_model/train.py``) sees the rules' answer, the
previous sentence's answer and the words, and may re-type a sentence the rules attributed to
someone they could not place (a name, an unnamed person): never one they left to the author,
and never one a role, detainee, outlet or message word typed. It was trained only on the
rules' first, blind answers to hand-labelled pages, so it learned what the rules miss on new
pages. Every revision names the model, its probability and the features that weighed most.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from dataclasses import dataclass
from importlib import resources

from scoring._models import SourceType

__all__ = ["Revision", "TypeModel", "features", "type_model", "unsure"]

# The rules' evidence when they found who speaks but no word that says what kind of source it
# is: a name they could not place, an unnamed person, a span they did not recognise (these
# strings come from _cue_finder.py and _attribution.py). Only such answers are revised: where
# a rule fired on a role, detainee, outlet or message word, its documented convention stands.
_UNSURE = re.compile(
    r"(?:^|: |; )named person$|(?:^|: |; )(?:unnamed|unrecognised) '[^']*'$|(?:^|; )named, '[^']*'$"
)
_WORD = re.compile(r"[a-záéíóúñü]+")
_QUOTE = re.compile(r"[\"“”«»]")


def features(
    text: str,
    *,
    rule: str,
    previous: str | None,
    source: str | None,
    cue: str | None,
    via: str | None,
    lang: str | None,
) -> dict[str, float]:
    """The model's inputs for one body sentence: the rules' answers, the cue, and the words.

    ``rule`` and ``previous`` are the rules' source types for this and the previous sentence
    (the previous sentence's words were tried too: they did not help on held-out sets).
    """
    before = previous or "NONE"
    found: dict[str, float] = {
        f"p={rule}": 1.0,
        f"p={rule}|{lang or ''}": 1.0,
        f"pp={before}": 1.0,
        f"p|pp={rule}|{before}": 1.0,
        "has_src": 1.0 if source else 0.0,
    }
    if cue:
        found[f"cue={cue.lower()}"] = 1.0
    if via:
        found["via"] = 1.0
    if _QUOTE.search(text):
        found["quote"] = 1.0
    for word in set(_WORD.findall(text.lower())):
        found[f"w={word}"] = 1.0
    for word in set(_WORD.findall((source or "").lower())):
        found[f"s={word}"] = 1.0
    return found


def unsure(evidence: str | None) -> bool:
    """Whether the rules' evidence is a fallback (a name or person they could not type)."""
    return bool(evidence) and _UNSURE.search(evidence or "") is not None


@dataclass(frozen=True, slots=True)
class Revision:
    """The model's answer for one sentence: the type and its probability."""

    source_type: SourceType
    probability: float


@dataclass(frozen=True, slots=True)
class TypeModel:
    """Weights per feature and class, as trained; ``predict`` is a sparse dot product."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    revisable: frozenset[SourceType]  # the rules' answers it may overrule (never "author")

    def predict(self, found: dict[str, float]) -> Revision:
        """The most probable type (a softmax over the summed weights) and its probability."""
        scores: list[float] = list(self.intercept)
        for name, value in found.items():
            row = self.weights.get(name)
            if row is None or not value:
                continue
            if value != 1.0:
                row = tuple(w * value for w in row)
            scores = list(map(operator.add, scores, row))
        top = max(scores)
        total = sum(math.exp(s - top) for s in scores)
        return Revision(SourceType(self.classes[scores.index(top)]), 1.0 / total)

    def reasons(self, found: dict[str, float], source_type: SourceType, n: int = 3) -> list[str]:
        """The ``n`` features that pushed ``source_type`` up the most, for the evidence."""
        column = self.classes.index(source_type.value)
        pushes = [
            (self.weights[name][column] * value, name)
            for name, value in found.items()
            if value and name in self.weights
        ]
        return [name for push, name in sorted(pushes, reverse=True)[:n] if push > 0]


@functools.cache
def type_model() -> TypeModel:
    """The packaged model, read once per process."""
    raw = json.loads(resources.files("scoring").joinpath("data/type_model.json").read_text())
    return TypeModel(
        classes=tuple(raw["classes"]),
        intercept=tuple(raw["intercept"]),
        weights={name: tuple(row) for name, row in raw["weights"].items()},
        threshold=float(raw["threshold"]),
        revisable=frozenset(SourceType(name) for name in raw["revisable"]),
    )
