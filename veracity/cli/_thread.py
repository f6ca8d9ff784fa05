"""Render a Document as text: metadata, body paragraphs, and comments as an indented thread."""

from __future__ import annotations

from scraper import Comment, Document
from veracity._render import clean

__all__ = ["render_document"]


def _depths(comments: list[Comment]) -> dict[str, int]:
    """How deep each comment sits in its thread (0 for a top-level comment)."""
    by_id = {c.id: c for c in comments}
    depths: dict[str, int] = {}
    for comment in comments:
        depth, parent, seen = 0, comment.reply_to, {comment.id}
        while parent is not None and parent in by_id and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = by_id[parent].reply_to
        depths[comment.id] = depth
    return depths


def _thread_order(comments: list[Comment]) -> list[Comment]:
    """Comments in thread order: each reply right after its parent's subtree, page order kept."""
    ids = {c.id for c in comments}
    children: dict[str | None, list[Comment]] = {}
    for comment in comments:
        parent = (
            comment.reply_to if comment.reply_to in ids and comment.reply_to != comment.id else None
        )
        children.setdefault(parent, []).append(comment)
    ordered: list[Comment] = []
    seen: set[str] = set()

    def walk(parent: str | None) -> None:
        for child in children.get(parent, []):
            if child.id not in seen:
                seen.add(child.id)
                ordered.append(child)
                walk(child.id)

    walk(None)
    ordered += [c for c in comments if c.id not in seen]  # cycles: show them rather than lose them
    return ordered


def render_document(doc: Document) -> str:
    """The page as a reader would want it in a terminal; all page text is made inert."""
    lines = [f"# {clean(doc.title) or '(no title)'}"]
    meta = [
        ("url", doc.url),
        ("author", doc.author),
        ("published", doc.published.isoformat() if doc.published else None),
        ("site", doc.site_name),
        ("lang", doc.lang),
    ]
    lines += [f"{name}: {clean(value)}" for name, value in meta if value]
    lines.append("")
    for block in doc.body:
        prefix = {"heading": "## ", "quote": "> ", "list_item": "- "}.get(block.kind.value, "")
        lines += [prefix + clean(block.text), ""]
    if doc.comments:
        lines.append(f"## Comments ({len(doc.comments)})")
        lines.append("")
        depths = _depths(doc.comments)
        for comment in _thread_order(doc.comments):
            indent = "    " * depths[comment.id]
            when = (
                comment.published.strftime("%Y-%m-%d %H:%M")
                if comment.published
                else "time unknown"
            )
            lines.append(
                f"{indent}[{clean(comment.id)}] {clean(comment.author) or 'unknown'} · {when}"
            )
            lines += [f"{indent}  {clean(comment.text)}", ""]
    return "\n".join(lines).rstrip() + "\n"
