"""scoring: claims, who they come from, hedging, corroboration and Admiralty grades."""

from scoring._errors import ScoringError
from scoring._models import Claim, Corroboration, Report, SourceType
from scoring._score import score

__all__ = ["Claim", "Corroboration", "Report", "ScoringError", "SourceType", "score"]
