"""Page metadata (title, author, published, site, language) from JSON-LD, meta tags, CMS markup."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import htmldate
from dateutil import parser as dateparser
from lxml import etree
from lxml.etree import XPath
from lxml.html import HtmlElement

from scraper._comments._index import PageIndex, build_index
from scraper._furniture import normalise_text

__all__ = ["Metadata", "extract_metadata", "guess_lang"]

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "scholarlyarticle",
    "socialmediaposting",
    "liveblogposting",
    "webpage",
}
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:»]\s+|:\s+")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "have", "this"},
    "es": {"el", "la", "de", "que", "y", "en", "los", "las", "del", "por", "con", "una", "para"},
    "pt": {"o", "a", "de", "que", "e", "do", "da", "em", "os", "não", "uma", "com", "para"},
    "fr": {"le", "la", "les", "de", "des", "et", "est", "une", "dans", "pour", "que", "pas"},
}


@dataclass
class Metadata:
    """The metadata fields a Document carries."""

    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    site_name: str | None = None
    lang: str | None = None
    canonical_url: str | None = None


def _canonical(index: PageIndex, meta: dict[str, str], url: str | None) -> str | None:
    """The address the page gives for itself (``link rel=canonical``, else ``og:url``), absolute
    and http(s) only; tells which outlet published a copy found elsewhere."""
    for raw in (_first_value(index.canonical, "href"), meta.get("og:url")):
        value = (raw or "").strip()
        if not value:
            continue
        absolute = urljoin(url, value) if url else value
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.hostname:
            return absolute
    return None


def _clean(value: object) -> str | None:
    """Collapse whitespace, drop control and bidi characters; empty values become None."""
    if not isinstance(value, str):
        return None
    return normalise_text(value) or None


def _parse_date(value: str | None) -> datetime | None:
    """Parse an ISO or human date ("Wednesday, September 21, 2011"); None when it is not one."""
    value = _clean(value)
    if not value or len(value) > 80 or not re.search(r"\d", value):
        return None
    parsed: datetime
    try:
        parsed = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            try:
                parsed = dateparser.parse(value, fuzzy=True)
            except (ValueError, OverflowError, dateparser.ParserError):
                return None
    return parsed


def _jsonld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members flattened."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _person_name(value: object) -> str | None:
    """A name from a schema.org author value (string, Person, or a list of them)."""
    if isinstance(value, list):
        names = [n for n in (_person_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    name = _clean(value)
    return None if name is None or name.startswith("http") else name


def _meta(tree: HtmlElement) -> dict[str, str]:
    """Meta tags keyed by lower-cased property/name/itemprop (first wins)."""
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content")
        if key and content and key.lower() not in found:
            found[key.lower()] = content
    return found


@lru_cache(maxsize=64)
def _compiled(xpath: str) -> XPath:
    """A compiled XPath, built once per expression."""
    return XPath(xpath)


def _first_text(tree: HtmlElement, xpath: str, attr: str | None = None) -> str | None:
    """Text (or attribute) of the first non-empty match of ``xpath``."""
    for node in _compiled(xpath)(tree):
        value = node.get(attr) if attr else node.text_content()
        value = _clean(value)
        if value:
            return value
    return None


def _first_value(nodes: Iterable[HtmlElement], attr: str | None = None) -> str | None:
    """Text (or attribute) of the first of ``nodes`` that has a non-empty one."""
    for node in nodes:
        value = _clean(node.get(attr) if attr else node.text_content())
        if value:
            return value
    return None


def _with_class(index: PageIndex, marker: str, tag: str | None = None) -> Iterator[HtmlElement]:
    """``.//*[contains(@class, marker)]`` (or ``.//tag[...]``) read from the page index."""
    for element, classes, _ in index.candidates:
        if (
            classes
            and marker in classes
            and (tag is None or element.tag == tag)
            and element is not index.root
        ):
            yield element


def _with_class_inside(index: PageIndex, outer: str, inner: str) -> Iterator[HtmlElement]:
    """``.//*[contains(@class, outer)]//*[contains(@class, inner)]`` in document order."""
    seen: set[HtmlElement] = set()
    for container in _with_class(index, outer):
        for element in container.iterdescendants(etree.Element):
            classes = element.get("class")
            if classes and inner in classes and element not in seen:
                seen.add(element)
                yield element


# Byline-like classes (``contains(@class, ...)``, case-sensitive as in XPath).
_BYLINE_CLASS_RE = re.compile("submitted|byline|autor|author-name|firma")
_BYLINE_LEAD = re.compile(
    r"^\s*(?:submitted by|posted by|written by|by|escrito por|publicado por|por|de)\s+",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(
    r"\s*(?:\||·|—|–|,|\s(?:on|el)\s(?=[^|]{0,24}\d)).*$|\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.*$",
    re.IGNORECASE,
)


def _in_comments(element: HtmlElement) -> bool:
    """Is ``element`` (or an ancestor) part of the comment section, by microdata, class or id?"""
    node: HtmlElement | None = element
    while node is not None:
        if node.get("itemprop") == "comment":
            return True
        for value in (node.get("class"), node.get("id")):
            if value and ("comment" in value or "coment" in value):
                return True
        node = node.getparent()
    return False


def _byline_nodes(index: PageIndex) -> Iterator[HtmlElement]:
    """Author markup outside the comment section, most explicit first: microdata names inside
    ``itemprop=author``, ``itemprop=author`` itself, RDFa ``schema:author``, byline classes.
    Read from the page index: one pass instead of four XPath walks of the whole tree."""
    microdata = [
        el for el in index.authors if el.get("itemprop") == "author" and not _in_comments(el)
    ]
    seen: set[HtmlElement] = set()
    for author in microdata:
        for name in author.iterdescendants():
            if name.get("itemprop") == "name" and name not in seen:
                seen.add(name)
                yield name
    yield from microdata
    for element in index.authors:
        if (
            element.get("rel") == "schema:author" or element.get("property") == "schema:author"
        ) and not _in_comments(element):
            yield element
    for element, classes, _ in index.candidates:
        if (
            classes
            and element is not index.root  # ".//*" never matches the root itself
            and _BYLINE_CLASS_RE.search(classes)
            and not _in_comments(element)
        ):
            yield element


def _byline(index: PageIndex) -> str | None:
    """The byline name outside the comments: "Por Ana Ruiz | 22/09/2011" gives "Ana Ruiz"."""
    for node in _byline_nodes(index):
        text = _clean(node.text_content())
        if not text or len(text) > 120:
            continue
        name = _BYLINE_TAIL.sub("", _BYLINE_LEAD.sub("", text)).strip(" :")
        if 2 < len(name) <= 60 and not any(ch.isdigit() for ch in name):
            return name
    return None


_TOPIC_LEAD = re.compile(r"^(?:view topic|ver tema|topic|tema|thread|hilo)\s*[-:–—]\s*", re.I)


def _title_beside_site_h1(h1: str | None, page_title: str | None) -> str | None:
    """A page whose ``h1`` is the site's name (forums, old templates) puts the real title after
    it in ``<title>``: "Foro Baja California • Ver tema - Balacera..." gives "Balacera..."."""
    if h1 and page_title and page_title.startswith(h1) and len(page_title) > len(h1) + 8:
        after = page_title[len(h1) :].strip(" |-–—·•:»")
        rest = _TOPIC_LEAD.sub("", after)
        # "Title | Site" has the shorter part after: there the h1 is the title
        if len(rest) > 8 and (rest != after or len(rest) > len(h1)):
            return rest
    return h1


def _site_from_title(page_title: str | None, title: str | None) -> str | None:
    """'Site: Title' or 'Title | Site' -> 'Site', when the other part is the article title."""
    if not page_title or not title or page_title == title:
        return None
    for part in (p.strip() for p in _TITLE_SEPARATORS.split(page_title)):
        if part and part != title and part not in title and len(part) < 60:
            remainder = page_title.replace(part, "").strip(" |-–—·•:»")
            if remainder == title:
                return part
    return None


def guess_lang(text: str) -> str | None:
    """A cheap stop-word vote among en/es/pt/fr; None when the text is too short to tell."""
    words = re.findall(r"[a-záéíóúñãõçàèêâô]+", text[:5000].lower())
    if len(words) < 20:
        return None
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}
    lang, score = max(scores.items(), key=lambda item: item[1])
    return lang if score >= 0.08 * len(words) else None


def _normalise_lang(value: str | None) -> str | None:
    value = _clean(value)
    if not value:
        return None
    primary = re.split(r"[-_]", value)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _htmldate(tree: HtmlElement, url: str | None) -> datetime | None:
    """htmldate's guess of the original publication date (it works on a copy of the tree)."""
    try:
        found = htmldate.find_date(
            tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):
        return None
    return _parse_date(found) if isinstance(found, str) else None


def extract_metadata(
    tree: HtmlElement, *, url: str | None = None, index: PageIndex | None = None
) -> Metadata:
    """Read metadata, most explicit source first: JSON-LD, og:/article: meta, then CMS markup.

    htmldate is the last resort for the date, asked only when nothing explicit was found.
    ``index`` is the page's element index (``build_index(tree)``), built here when not given.
    """
    if index is None:
        index = build_index(tree)
    meta = _meta(tree)
    article: dict[str, Any] = {}
    site_jsonld: str | None = None
    for obj in _jsonld_objects(tree):
        kinds = _types(obj)
        if (
            not article
            and kinds & _ARTICLE_TYPES
            and (obj.get("headline") or "webpage" not in kinds)
        ):
            article = obj
        if "website" in kinds or "organization" in kinds or "newsmediaorganization" in kinds:
            site_jsonld = site_jsonld or _clean(obj.get("name"))
        if "webpage" in kinds and not article:
            continue
    publisher = article.get("publisher")
    if isinstance(publisher, dict) and not site_jsonld:
        site_jsonld = _clean(publisher.get("name"))

    page_title = _first_text(tree, ".//head/title") or _first_text(tree, ".//title")
    title = (
        _clean(article.get("headline"))
        or _clean(meta.get("og:title"))
        or _clean(meta.get("twitter:title"))
        or _first_text(tree, ".//h1[contains(@class,'entry-title')]")
        or _first_text(tree, ".//*[contains(@class,'post-title')]")
        or _first_text(tree, ".//article//h1")
        or _title_beside_site_h1(_first_text(tree, ".//h1"), page_title)
        or page_title
    )
    author = (
        _person_name(article.get("author"))
        or _person_name(meta.get("author"))
        or _person_name(meta.get("article:author"))
        or _person_name(meta.get("parsely-author"))
        or _person_name(meta.get("citation_author"))
        or _person_name(meta.get("dc.creator"))
        or _first_value(_with_class_inside(index, "post-author", "fn"))
        or _first_value(_with_class_inside(index, "byline", "author"))
        or _first_value(el for el in index.authors if el.tag == "a" and el.get("rel") == "author")
        or _byline(index)
    )
    if author and len(author) > 80:
        author = None
    published = (
        _parse_date(article.get("datePublished"))
        or _parse_date(meta.get("article:published_time"))
        or _parse_date(meta.get("og:article:published_time"))
        or _parse_date(meta.get("datepublished"))
        or _parse_date(meta.get("date"))
        or _parse_date(meta.get("dc.date"))
        or _parse_date(meta.get("citation_publication_date"))
        or _parse_date(meta.get("parsely-pub-date"))
        or _parse_date(_first_value(_with_class(index, "published", "abbr"), "title"))
        or _parse_date(_first_value(_with_class(index, "published", "time"), "datetime"))
        or _parse_date(_first_value(_with_class(index, "entry-date", "time"), "datetime"))
        or _parse_date(_first_value(_with_class(index, "date-header", "h2")))
        or _parse_date(_first_text(tree, ".//article//time", "datetime"))
        or _parse_date(_first_text(tree, ".//time", "datetime"))
        or _htmldate(tree, url)
    )
    site_name = (
        _clean(meta.get("og:site_name"))
        or site_jsonld
        or _clean(meta.get("application-name"))
        or _site_from_title(page_title, title)
    )
    html_lang = tree.get("lang") or tree.get("xml:lang")
    lang = (
        _normalise_lang(html_lang)
        or _normalise_lang(meta.get("content-language"))
        or _normalise_lang(_first_text(tree, ".//meta[@http-equiv='content-language']", "content"))
        or _normalise_lang(meta.get("og:locale"))
        or _normalise_lang(
            article.get("inLanguage") if isinstance(article.get("inLanguage"), str) else None
        )
    )
    return Metadata(
        title=title,
        author=author,
        published=published,
        site_name=site_name,
        lang=lang,
        canonical_url=_canonical(index, meta, url),
    )
