"""The toolkit's exception tree; every error veracity raises on purpose derives from VeracityError.

VeracityError
├── FetchError              (scraper: the page could not be fetched; carries .url)
│   ├── InvalidURLError     not http(s), or not a URL at all
│   ├── RobotsDisallowedError
│   ├── FetchTimeoutError
│   ├── ResponseTooLargeError   body over the size limit, or a decompression bomb
│   └── ConnectError        DNS, refused, reset, TLS
├── ExtractError            (scraper: the bytes are not an article we can read)
│   ├── NotHTMLError
│   ├── EmptyPageError
│   └── ExtractTimeoutError
├── ArchiveError            (archive package)
└── ScoringError            (scoring package)
"""

from __future__ import annotations

__all__ = [
    "ConnectError",
    "EmptyPageError",
    "ExtractError",
    "ExtractTimeoutError",
    "FetchError",
    "FetchTimeoutError",
    "InvalidURLError",
    "NotHTMLError",
    "ResponseTooLargeError",
    "RobotsDisallowedError",
    "VeracityError",
]


class VeracityError(Exception):
    """Root of every error veracity raises deliberately."""


class FetchError(VeracityError):
    """A page could not be fetched; ``url`` says which."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class InvalidURLError(FetchError):
    """The URL is malformed or uses a scheme other than http/https."""


class RobotsDisallowedError(FetchError):
    """robots.txt forbids this URL for our user agent."""


class FetchTimeoutError(FetchError):
    """The server did not answer within the time limit."""


class ResponseTooLargeError(FetchError):
    """The body (or its decompressed form) exceeds the configured limit."""


class ConnectError(FetchError):
    """The host could not be reached: DNS failure, refused or reset connection, TLS error."""


class ExtractError(VeracityError):
    """The input could not be turned into a Document."""


class NotHTMLError(ExtractError):
    """The input is not HTML (binary, PDF, JSON, image...)."""


class EmptyPageError(ExtractError):
    """The page holds no readable text."""


class ExtractTimeoutError(ExtractError):
    """Extraction exceeded its per-document time limit."""
