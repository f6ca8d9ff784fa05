"""Write ``<set>/<name>.html`` and ``<name>.json`` from every spec in ``<set>/specs/``.

Usage, from the repository root:
    python -m bench.holdout._make.build [--set bench/holdout2] [NAME...]
The first hold-out set is the default; both sets are built by this one builder.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html

from . import families_a, families_b
from .common import Rendered, comment_text_lines
from .spec import Page, parse_spec, plain

HERE = Path(__file__).resolve().parent.parent
SPECS = HERE / "specs"

FAMILIES: dict[str, Callable[[Page], Rendered]] = {
    "wordpress": families_a.wordpress,
    "blogger_old": families_a.blogger_old,
    "blogger_threaded": families_a.blogger_threaded,
    "drupal": families_a.drupal,
    "disqus": families_a.disqus,
    "microdata": families_b.microdata,
    "jsonld": families_b.jsonld,
    "comentarios": families_b.comentarios,
    "forum": families_b.forum,
    "joomla": families_b.joomla,
    "ghost": families_b.ghost,
    "amp": families_b.amp,
    "facebook": families_b.facebook,
}
NESTED = {"wordpress", "blogger_threaded", "drupal", "disqus", "microdata", "comentarios", "joomla"}
BODY_KINDS = {"p", "h2", "h3", "li", "ol", "q"}
_BLOCKS = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "blockquote", "td", "br", "tr"}


def page_text(markup: str) -> str:
    """Visible text of a page with block boundaries kept as spaces, whitespace folded."""
    tree = lxml_html.fromstring(markup.encode("utf-8"))
    for el in tree.iter("script", "style", "noscript"):
        el.text = ""
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = " " + (el.tail or "")
    return re.sub(r"\s+", " ", tree.text_content())


def fold(text: str) -> str:
    """Whitespace folded to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def document_order(page: Page) -> list[int]:
    """Spec comment indices in the order the page shows them (replies under their parent)."""
    if page["family"] not in NESTED:
        return list(range(len(page.comments)))
    order: list[int] = []

    def visit(parent: int | None) -> None:
        for i, c in enumerate(page.comments):
            if c.parent == parent:
                nested = parent is not None and page.comments[parent].parent is not None
                if page["family"] == "blogger_threaded" and nested:
                    raise SystemExit(f"{page['name']}: Blogger threads are one level deep")
                order.append(i)
                visit(i)

    visit(None)
    return order


def label(page: Page, rendered: Rendered) -> dict:
    """The label file for one page, checked against the rendered page's text."""
    body = [plain(item.parts[0]) for item in page.body if item.kind in BODY_KINDS]
    order = document_order(page)
    position = {spec_index: pos for pos, spec_index in enumerate(order)}
    comments = [
        {
            "author": page.comments[i].author,
            "published": page.comments[i].time,
            "text": "\n".join(plain(line) for line in comment_text_lines(page.comments[i])),
            "reply_to": None
            if page.comments[i].parent is None
            else position[page.comments[i].parent],
        }
        for i in order
    ]
    text = page_text(rendered.html)
    labelled = fold(" ".join(body + [c["text"] for c in comments])).lower()
    furniture: list[str] = []
    for item in [*rendered.furniture, *page.furniture]:
        item = fold(plain(item))
        if not item or item in furniture:
            continue
        if item.lower() in labelled:
            raise SystemExit(f"{page['name']}: furniture {item!r} occurs in labelled text")
        if item not in text:
            raise SystemExit(f"{page['name']}: furniture {item!r} not in the page text")
        furniture.append(item)
    for part in body + [c["text"] for c in comments]:
        if fold(part) not in text:
            raise SystemExit(f"{page['name']}: labelled text not in page: {part[:80]!r}")
    claims = []
    for claim in page.claims:
        pool = body if claim.where == "body" else [c["text"] for c in comments]
        if not any(claim.quote in fold(p) for p in pool):
            raise SystemExit(f"{page['name']}: claim quote not found: {claim.quote!r}")
        claims.append(
            {
                "quote": claim.quote,
                "where": claim.where,
                "source_type": claim.source_type,
                "source": claim.source,
                "hedged": claim.hedged,
            }
        )
    author = page["author"]
    return {
        "url": page["url"],
        "lang": page["lang"],
        "family": page["family"],
        "title": plain(page["title"]),
        "author": None if author in {"", "-"} else author,
        "published": page["published"][:10] if page.get("published") else None,
        "tz": page["tz"],
        "body": body,
        "comments": comments,
        "furniture": furniture,
        "claims": claims,
    }


def main(
    names: list[str], *, out: Path | None = None, specs: Path = SPECS, quiet: bool = False
) -> None:
    """Build every spec in ``specs`` (or the named ones); write pages and labels into ``out``
    (default: the folder holding ``specs``)."""
    out = out or specs.parent
    for spec in sorted(specs.glob("*.txt")):
        if names and spec.stem not in names:
            continue
        page = parse_spec(spec)
        page.meta["name"] = spec.stem
        rendered = FAMILIES[page["family"]](page)
        data = label(page, rendered)
        (out / f"{spec.stem}.html").write_text(rendered.html, encoding="utf-8")
        (out / f"{spec.stem}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        if quiet:
            continue
        print(
            f"{spec.stem}: {len(data['body'])} paragraphs, {len(data['comments'])} comments, "
            f"{len(data['claims'])} claims, {len(data['furniture'])} furniture"
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--set"]:
        main(args[2:], specs=Path(args[1]).resolve() / "specs")
    else:
        main(args)
