"""Find article links in RSS/Atom feeds (feedparser) and sitemaps, news sitemaps, indexes (lxml)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from archive._errors import ArchiveError
from scraper import decode_body

__all__ = ["feed_links", "sitemap_links"]

MAX_XML = 50 * 1024 * 1024


def _http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def feed_links(body: bytes, url: str) -> list[str]:
    """The entry links of an RSS or Atom feed, absolute, in feed order, without duplicates."""
    import feedparser

    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries and parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        raise ArchiveError(f"cannot parse feed {url}: {reason}")
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        absolute = urljoin(url, str(link).strip())
        if _http(absolute) and absolute not in links:
            links.append(absolute)
    return links


def sitemap_links(body: bytes, url: str) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap, news sitemap or sitemap index."""
    from lxml import etree

    if body[:2] == b"\x1f\x8b":
        body = decode_body(body, "gzip", max_bytes=MAX_XML)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=False, load_dtd=False
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as err:
        raise ArchiveError(f"cannot parse sitemap {url}: {err}") from None
    if root is None:
        raise ArchiveError(f"cannot parse sitemap {url}: empty document")
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise ArchiveError(f"{url} is not a sitemap (root element <{kind}>)")
    child = "url" if kind == "urlset" else "sitemap"
    found: list[str] = []
    for loc in root.xpath(f"./*[local-name()='{child}']/*[local-name()='loc']"):
        text = (loc.text or "").strip()
        absolute = urljoin(url, text)
        if text and _http(absolute) and absolute not in found:
            found.append(absolute)
    return (found, []) if kind == "urlset" else ([], found)
