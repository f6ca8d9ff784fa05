"""scraper: fetch pages politely and extract them. Knows nothing of archive or scoring."""

from scraper._comment_feed import (
    CommentFeed,
    comment_feed_pages,
    comment_feed_url,
    merge_comments,
    read_comment_feed,
)
from scraper._errors import (
    ConnectError,
    EmptyPageError,
    ExtractError,
    ExtractTimeoutError,
    FetchError,
    FetchTimeoutError,
    InvalidURLError,
    NotHTMLError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    VeracityError,
)
from scraper._exchange import Exchange
from scraper._extract import ExtractOptions, extract
from scraper._fetch import fetch
from scraper._fetch_options import FetchOptions
from scraper._fetcher import Fetcher
from scraper._limits import decode_body
from scraper._models import Block, BlockKind, Comment, Document
from scraper._profile import SiteProfile, learn_profile

__all__ = [
    "Block",
    "BlockKind",
    "Comment",
    "CommentFeed",
    "ConnectError",
    "Document",
    "EmptyPageError",
    "Exchange",
    "ExtractError",
    "ExtractOptions",
    "ExtractTimeoutError",
    "FetchError",
    "FetchOptions",
    "FetchTimeoutError",
    "Fetcher",
    "InvalidURLError",
    "NotHTMLError",
    "ResponseTooLargeError",
    "RobotsDisallowedError",
    "SiteProfile",
    "VeracityError",
    "comment_feed_pages",
    "comment_feed_url",
    "decode_body",
    "extract",
    "fetch",
    "learn_profile",
    "merge_comments",
    "read_comment_feed",
]
