"""scoring: claims, who they come from, hedging, corroboration and Admiralty grades."""

from scoring._corroboration import CaptureLike, Corpus, CorpusIndex
from scoring._errors import ScoringError
from scoring._models import Claim, Corroboration, Report, SourceType
from scoring._options import ScoreOptions
from scoring._score import score
from scoring._sites import SiteSettings, SiteStanding, load_sites

__all__ = [
    "CaptureLike",
    "Claim",
    "Corpus",
    "CorpusIndex",
    "Corroboration",
    "Report",
    "ScoreOptions",
    "ScoringError",
    "SiteSettings",
    "SiteStanding",
    "SourceType",
    "load_sites",
    "score",
]
