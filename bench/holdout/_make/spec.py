"""Read a hold-out page spec (a small text format) into a Page: content written once, by hand.

The spec holds the article as the author wrote it; the family templates in ``templates`` wrap it
in the markup a real CMS emits, and ``label`` derives the expected labels from the same content.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Item", "Page", "PostedComment", "SpecClaim", "parse_spec", "plain"]


@dataclass
class Item:
    """One body item: kind is p, h2, li, q, fig, also, note, tweet or ad; ``parts`` its fields."""

    kind: str
    parts: list[str]


@dataclass
class PostedComment:
    """One reader comment as written: author, time (or None), parent index, shown time, lines."""

    author: str
    time: str | None
    parent: int | None
    shown: str | None
    lines: list[str] = field(default_factory=list)


@dataclass
class SpecClaim:
    """One labelled claim: a verbatim quote, where it is, its source type, source and hedge."""

    where: str
    source_type: str
    source: str | None
    hedged: bool
    quote: str


@dataclass
class Page:
    """A whole page spec: metadata, body items, comments, extra furniture and claims."""

    meta: dict[str, str]
    body: list[Item] = field(default_factory=list)
    comments: list[PostedComment] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    claims: list[SpecClaim] = field(default_factory=list)

    def __getitem__(self, key: str) -> str:
        if key == "description" and key not in self.meta:
            first = next(plain(i.parts[0]) for i in self.body if i.kind == "p")
            return first[:150].rsplit(" ", 1)[0] + "..."
        return self.meta[key]

    def get(self, key: str, default: str = "") -> str:
        """A metadata field or ``default``."""
        return self.meta.get(key, default)


def plain(fragment: str) -> str:
    """Visible text of an inline HTML fragment: tags dropped, entities decoded, spaces folded."""
    text = re.sub(r"<br\s*/?>", "\n", fragment)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")).strip()


def _none(value: str) -> str | None:
    value = value.strip()
    return None if value in {"", "-"} else value


def parse_spec(path: Path) -> Page:
    """Parse one spec file: ``key: value`` header, then [body], [comments], [labels] sections."""
    page = Page(meta={})
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line in {"[body]", "[comments]", "[labels]"}:
            section = line[1:-1]
            continue
        if section == "meta":
            key, _, value = line.partition(":")
            page.meta[key.strip()] = value.strip()
        elif section == "body":
            kind, _, rest = line.partition(":")
            page.body.append(Item(kind.strip(), [p.strip() for p in rest.split(" | ")]))
        elif section == "comments":
            if line.startswith("== "):
                author, time, parent, shown = [*line[3:].split(" | "), "-", "-", "-"][:4]
                page.comments.append(
                    PostedComment(
                        author=author.strip(),
                        time=_none(time),
                        parent=None if _none(parent) is None else int(parent),
                        shown=_none(shown),
                    )
                )
            else:
                page.comments[-1].lines.append(line.strip())
        else:
            kind, _, rest = line.partition(":")
            if kind.strip() == "furn":
                page.furniture.append(rest.strip())
            else:
                where, stype, source, hedged, quote = [p.strip() for p in rest.split(" | ", 4)]
                page.claims.append(SpecClaim(where, stype, _none(source), hedged == "h", quote))
    return page
