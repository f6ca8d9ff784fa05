"""FetchOptions: every knob of the polite fetcher in one explicit, validated model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["DEFAULT_USER_AGENT", "FetchOptions"]

DEFAULT_USER_AGENT = "veracity/0.1 (+https://github.com/veracity-osint/veracity)"


class FetchOptions(BaseModel):
    """How politely and how defensively to fetch; pass one to Fetcher or fetch().

    Delays and timeouts are in seconds, sizes in bytes. The defaults suit fetching news pages
    from someone else's server: one request at a time per host, at least a second apart.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    user_agent: str = Field(default=DEFAULT_USER_AGENT, min_length=1)
    delay: float = Field(
        default=1.0, ge=0.0, description="Minimum spacing between requests to a host."
    )
    max_delay: float = Field(default=60.0, ge=0.0, description="AutoThrottle never waits longer.")
    autothrottle: bool = True
    target_concurrency: float = Field(
        default=1.0, gt=0.0, description="AutoThrottle's aim per host."
    )
    concurrency: int = Field(default=8, ge=1, description="Requests in flight across all hosts.")
    per_host: int = Field(default=1, ge=1, description="Requests in flight per host.")
    timeout: float = Field(default=30.0, gt=0.0, description="Connect and per-read timeout.")
    total_timeout: float = Field(
        default=120.0, gt=0.0, description="Wall-clock limit of one request."
    )
    max_bytes: int = Field(default=20_000_000, ge=1, description="Largest body kept, as sent.")
    max_decompressed_bytes: int = Field(default=200_000_000, ge=1, description="Gzip-bomb guard.")
    retries: int = Field(default=3, ge=0)
    backoff: float = Field(default=1.0, ge=0.0, description="First retry wait; doubles each time.")
    max_retry_wait: float = Field(default=60.0, ge=0.0, description="Longest single retry wait.")
    max_redirects: int = Field(default=10, ge=0)
    respect_robots: bool = True
    robots_cache_ttl: float = Field(
        default=86_400.0, ge=0.0, description="RFC 9309 caps it at 24 h."
    )

    @model_validator(mode="after")
    def _delays_ordered(self) -> FetchOptions:
        """A max_delay below delay would make the pacing bounds contradict each other."""
        if self.max_delay < self.delay:
            raise ValueError("max_delay must be >= delay")
        return self
