"""What is a claim: a sentence that asserts something; not a question, call to action, greeting."""

from __future__ import annotations

import re
from typing import Literal

from scoring._lexicon import lexicon

__all__ = ["Kind", "claim_kind"]

Kind = Literal["claim", "question", "call_to_action", "greeting", "fragment"]

_WORDS = re.compile(r"\w+")


def claim_kind(text: str) -> Kind:
    """Classify a sentence; only ``"claim"`` sentences are graded."""
    stripped = text.strip().strip("\"'“”«»")
    if stripped.endswith("?") or stripped.startswith("¿"):
        return "question"
    lex = lexicon()
    if lex.greetings.starts(stripped) is not None:
        return "greeting"
    if lex.calls_to_action.starts(stripped) is not None:
        return "call_to_action"
    if len(_WORDS.findall(stripped)) < 3:
        return "fragment"
    return "claim"
