"""Blogger's old comment layout: ``dl#comments-block`` with dt/dd sibling triplets per comment."""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from scraper._comments._dates import parse_machine_time, parse_shown_time
from scraper._comments._fields import ACTION_RE, Context
from scraper._comments._record import Found, RawComment
from scraper._comments._text import clean_author, element_text, strip_furniture

__all__ = ["read_blogger_dl"]

_SHOW_COMMENT = re.compile(r"showComment=(\d{10,13})")


def read_blogger_dl(tree: HtmlElement, context: Context) -> Found:
    """One record per ``dt.comment-author``; body and footer are the following ``dd`` siblings."""
    found = Found(family="blogger")
    for dt in tree.xpath("//dl//dt[contains(@class,'comment-author')]"):
        body = footer = None
        for sibling in dt.itersiblings():
            if sibling.tag == "dt":
                break
            classes = sibling.get("class") or ""
            if "comment-body" in classes and body is None:
                body = sibling
            elif "comment-footer" in classes and footer is None:
                footer = sibling
        if body is None:
            continue
        text = strip_furniture(
            element_text(body, skip=lambda el: bool(ACTION_RE.search(el.get("class") or "")))
        )
        if not text:
            continue
        published, shown = _footer_time(footer, context)
        page_id = dt.get("id") or next((a.get("name") for a in dt.iter("a") if a.get("name")), None)
        elements = [el for el in (dt, body, footer) if el is not None]
        found.comments.append(
            RawComment(
                text=text,
                author=clean_author(element_text(dt)),
                published=published or shown,
                shown=shown,
                page_id=page_id,
                elements=elements,
            )
        )
    return found


def _footer_time(
    footer: HtmlElement | None, context: Context
) -> tuple[datetime | None, datetime | None]:
    """The showComment epoch (UTC) and the shown local time from the comment footer."""
    if footer is None:
        return None, None
    published = None
    for link in footer.iter("a"):
        match = _SHOW_COMMENT.search(link.get("href") or "")
        if match:
            published = parse_machine_time(match.group(1))
            break
    shown = parse_shown_time(element_text(footer), reference=context.reference, lang=context.lang)
    return published, shown
