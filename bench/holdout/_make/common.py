"""Pieces every family template shares: dates in both languages, body items, entities."""

from __future__ import annotations

import html
import zlib
from datetime import datetime, timedelta, timezone
from html.entities import codepoint2name

from .spec import Item, Page, PostedComment, plain

__all__ = [
    "MONTHS_EN",
    "MONTHS_ES",
    "Rendered",
    "body_items",
    "comment_quotes",
    "comment_text_lines",
    "entities",
    "epoch_ms",
    "esc",
    "human_date",
    "iso",
    "parse_time",
]

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
MONTHS_ES = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
]  # fmt: skip
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


class Rendered:
    """A rendered page: its HTML and the furniture strings the template put in it."""

    def __init__(self, markup: str, furniture: list[str]) -> None:
        self.html = markup
        self.furniture = furniture


def esc(text: str) -> str:
    """Escape text for an attribute or text node."""
    return html.escape(text, quote=True)


def entities(markup: str) -> str:
    """Write every non-ASCII character as a named or numeric entity, as old CMSs do."""
    out = []
    for ch in markup:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def parse_time(value: str, tz: str) -> datetime:
    """A spec time (YYYY-MM-DDTHH:MM) in the page's UTC offset."""
    sign = -1 if tz.startswith("-") else 1
    hours, minutes = tz.lstrip("+-").split(":")
    offset = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return datetime.fromisoformat(value).replace(tzinfo=offset)


def iso(value: str, tz: str) -> str:
    """ISO 8601 with seconds and offset, as ``datetime`` attributes carry it."""
    return parse_time(value, tz).isoformat()


def epoch_ms(value: str, tz: str) -> int:
    """Milliseconds since the epoch, as Blogger's ``showComment`` parameter carries it."""
    return int(parse_time(value, tz).timestamp() * 1000)


def human_date(value: str, lang: str, *, with_time: bool = False, style: str = "long") -> str:
    """A date as a site prints it: "March 2, 2014 at 10:22 am", "2 de marzo de 2014 a las 10:22"."""
    dt = datetime.fromisoformat(value)
    if lang == "es":
        text = f"{dt.day} de {MONTHS_ES[dt.month - 1]} de {dt.year}"
        if style == "weekday":
            text = f"{DAYS_ES[dt.weekday()]}, {text}"
        return f"{text} a las {dt:%H:%M}" if with_time else text
    text = f"{MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year}"
    if style == "weekday":
        text = f"{DAYS_EN[dt.weekday()]}, {text}"
    if with_time:
        hour = dt.hour % 12 or 12
        text += f" at {hour}:{dt:%M} {'am' if dt.hour < 12 else 'pm'}"
    return text


def comment_text_lines(comment: PostedComment) -> list[str]:
    """The comment's own lines (quoted lines of other posts left out)."""
    return [line for line in comment.lines if not line.startswith(">> ")]


def comment_quotes(comment: PostedComment) -> list[tuple[str, str]]:
    """Quoted posts at the head of a comment, as (quoted author, quoted text)."""
    quotes = []
    for line in comment.lines:
        if line.startswith(">> "):
            who, _, text = line[3:].partition(": ")
            quotes.append((who, text))
    return quotes


def _figure(item: Item, style: str) -> str:
    src, caption = item.parts[0], item.parts[1]
    if style == "wp":
        return (
            f'<figure id="attachment_{zlib.crc32(src.encode()) % 90000}" '
            f'class="wp-caption aligncenter" '
            f'style="width: 640px">\n<img loading="lazy" class="size-large" src="{src}" '
            f'alt="" width="640" height="427" />\n'
            f'<figcaption class="wp-caption-text">{caption}</figcaption></figure>'
        )
    if style == "table":
        return (
            f'<table class="tr-caption-container" style="margin-left:auto;margin-right:auto">'
            f'<tbody><tr><td style="text-align:center"><a href="{src}"><img border="0" '
            f'src="{src}" width="400" /></a></td></tr><tr><td class="tr-caption">{caption}'
            f"</td></tr></tbody></table>"
        )
    return f'<figure><img src="{src}" alt="{esc(plain(caption))}"><figcaption>{caption}</figcaption></figure>'  # noqa: E501


def body_items(
    page: Page, *, figure: str = "plain", also: str = "strong", ad_label: str | None = None
) -> tuple[str, list[str]]:
    """Render the body items as paragraphs, headings, lists, quotes, figures and teasers.

    Returns the HTML and the furniture strings it introduced (teaser headlines, ad labels).
    """
    out: list[str] = []
    furniture: list[str] = []
    items = page.body
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind in {"li", "ol"}:
            tag = "ul" if item.kind == "li" else "ol"
            out.append(f"<{tag}>")
            while i < len(items) and items[i].kind == item.kind:
                out.append(f"<li>{items[i].parts[0]}</li>")
                i += 1
            out.append(f"</{tag}>")
            continue
        if item.kind == "p":
            out.append(f"<p>{item.parts[0]}</p>")
        elif item.kind == "h2":
            out.append(f"<h2>{item.parts[0]}</h2>")
        elif item.kind == "h3":
            out.append(f"<h3>{item.parts[0]}</h3>")
        elif item.kind == "q":
            out.append(f"<blockquote><p>{item.parts[0]}</p></blockquote>")
        elif item.kind == "fig":
            out.append(_figure(item, figure))
        elif item.kind == "also":
            label, title = item.parts[0], item.parts[1]
            href = "/" + "-".join(plain(title).lower().split()[:6])
            furniture.append(plain(title))
            if also == "strong":
                out.append(f'<p><strong>{label}</strong> <a href="{esc(href)}">{title}</a></p>')
            else:
                out.append(
                    f'<div class="{also}"><span>{label}</span> '
                    f'<a href="{esc(href)}">{title}</a></div>'
                )
        elif item.kind == "note":
            out.append(f'<p class="wire-credit"><em>{item.parts[0]}</em></p>')
        elif item.kind == "tweet":
            text, who, when = item.parts
            out.append(
                '<blockquote class="twitter-tweet" data-lang="es"><p lang="es" dir="ltr">'
                f'{text}</p>&mdash; {who} <a href="https://twitter.com/i/status/'
                f'{zlib.crc32(text.encode()) * 7919}">{when}</a></blockquote>\n'
                '<script async src="https://platform.twitter.com/widgets.js" '
                'charset="utf-8"></script>'
            )
        elif item.kind == "ad":
            label = ad_label or ("Publicidad" if page["lang"] == "es" else "Advertisement")
            furniture.append(label)
            out.append(
                f'<div class="ad-inread" data-slot="{item.parts[0]}"><span class="ad-label">'
                f'{label}</span><div id="div-gpt-ad-{item.parts[0]}"></div>'
                f"<script>googletag.cmd.push(function(){{googletag.display("
                f"'div-gpt-ad-{item.parts[0]}');}});</script></div>"
            )
        i += 1
    return "\n".join(out), furniture
