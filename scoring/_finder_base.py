"""The base of the attribution finder: the document's source memory, the lexicon, and how a
source is typed, remembered and credited through a pronoun."""

from __future__ import annotations

from scoring._attribution_forms import (
    _SOURCE_END,
    _STATEMENT_OF,
)
from scoring._attribution_model import Attribution
from scoring._lexicon import lexicon
from scoring._models import SourceType
from scoring._source_memory import SourceMemory, Typed
from scoring._source_names import proper_name
from scoring._source_type import classify_source
from scoring._spans import (
    phrase_after,
)


class _FinderBase:
    """The document's source memory, the lexicon and the typing and remembering of a source."""

    def __init__(self, memory: SourceMemory) -> None:
        self.memory = memory
        self.lex = lexicon()
        self.lower = ""
        self.previous = ""  # the sentence before, for "Este relató" after "un testigo protegido"

    def _typed(self, span: str, *, sentence: str, cue: str, appositive: str | None) -> Typed | None:
        return classify_source(
            span, sentence=sentence, cue=cue, appositive=appositive, memory=self.memory
        )

    def _make(self, typed: Typed, source: str | None, cue: str | None) -> Attribution:
        if source:
            self.memory.last_span = (typed.source_type, source, typed.evidence)
            if typed.source_type in {SourceType.ANONYMOUS_SOURCE}:
                self.memory.remember_last(source, typed)
            elif proper_name(source) is not None:
                self.memory.learn(source, typed)
            else:
                self.memory.remember_last(source, typed)
        return Attribution(typed.source_type, source, cue, typed.evidence)

    def _pronoun(self, sentence: str, cue: str) -> Attribution | None:
        statement = _STATEMENT_OF.search(sentence)
        if statement is not None:
            span = phrase_after(sentence[statement.end() :], _SOURCE_END)
            typed = self._typed(span, sentence=sentence, cue=cue, appositive=None)
            if typed is not None and typed.source_type is SourceType.CRIMINAL_GROUP:
                typed = Typed(SourceType.CONFESSION, f"'{statement.group(0).strip()}' {span}")
            if typed is not None:
                return self._make(typed, span, cue)
        if self.memory.last is None:
            return None
        kind, name, evidence = self.memory.last
        return Attribution(
            kind, name, cue, f"{name}: {evidence}" if name not in evidence else evidence
        )
