"""Odd, broken and hostile markup never raises; pages without comments give an empty result."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from scraper._comments import CommentsResult, extract_comments

_TAGS = ["div", "li", "ol", "ul", "dl", "dt", "dd", "p", "span", "a", "time", "section", "article",
         "table", "tr", "td", "h3", "form", "script", "abbr", "cite", "b"]  # fmt: skip
_CLASSES = ["comment", "comments", "comment-content", "children", "indented", "post", "post-list",
            "comment-author", "comment-body", "comment-footer", "fn", "reply", "respuestas",
            "comentario", "autor", "fecha", "signature", ""]  # fmt: skip
_TEXTS = ["Reply", "6 comments:", "Capo said...", "@ September 22, 2011 5:16 PM hi", "@Capo yo",
          "Author: x", "Posted: 9/22/2011 5:16 PM", "hace 3 horas", "--", "Responder",
          "\x1b[31mred", "2011-13-45T99:99", "showComment=99999999999999", ""]  # fmt: skip


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Random nested markup built from comment-ish tags, classes and texts."""
    tag = draw(st.sampled_from(_TAGS))
    attributes = f' class="{draw(st.sampled_from(_CLASSES))}"'
    if draw(st.booleans()):
        attributes += (
            f' id="{draw(st.sampled_from(["c1", "comment-2", "comments", "respond", "x"]))}"'
        )
    if tag == "time":
        attributes += f' datetime="{draw(st.sampled_from(_TEXTS))}"'
    if tag == "a":
        attributes += f' href="?showComment={draw(st.integers(0, 10**14))}#c1"'
    children = ""
    if depth < 4:
        children = "".join(draw(st.lists(markup(depth + 1), max_size=3)))
    return f"<{tag}{attributes}>{draw(st.sampled_from(_TEXTS))}{children}</{tag}>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(markup(), min_size=1, max_size=4))
def test_random_comment_like_markup_never_raises(body: list[str]) -> None:
    tree = lxml.html.document_fromstring(f"<html><body>{''.join(body)}</body></html>")
    before = lxml.html.tostring(tree)
    result = extract_comments(tree, lang="es")
    assert isinstance(result, CommentsResult)
    assert lxml.html.tostring(tree) == before
    ids = [comment.id for comment in result.comments]
    assert len(ids) == len(set(ids))
    assert all(comment.reply_to in ids for comment in result.comments if comment.reply_to)
    for comment in result.comments:
        assert "\x1b" not in comment.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><p>Just an article.</p><p>Second paragraph.</p></body></html>",
        "<html><body><div id='comments'></div></body></html>",
        "<html><body><ol class='commentlist'><li class='comment'></li></ol></body></html>",
        "<html><body><dl id='comments-block'><dt class='comment-author'></dt></dl></body></html>",
        "<html><head>"
        "<script type='application/ld+json'>{\"comment\": [1, null, {}]}</script></head></html>",
        "<html><head>"
        "<script type='application/ld+json'>"
        "[[[[[[[[[[[[[[[[[[[[{}]]]]]]]]]]]]]]]]]]]</script></head></html>",
        "<html><body><div class='comment'>Reply</div>"
        "<div class='comment'>12 comments</div></body></html>",
    ],
)
def test_pages_without_comments_give_no_records(html: str) -> None:
    result = extract_comments(lxml.html.document_fromstring(html))
    assert result.comments == []


def test_empty_comment_section_is_still_removed_from_the_body() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><p>Body</p><div id='comments'><h3>No comments yet</h3>"
        "<div id='respond'><h3>Leave a Reply</h3><form><textarea></textarea></form>"
        "</div></div></body></html>"
    )
    result = extract_comments(tree)
    assert result.comments == []
    assert [node.get("id") for node in result.nodes] == ["comments"]
    assert {"Leave a Reply", "comment form"} <= {block.text for block in result.furniture}


def test_control_and_ansi_characters_are_stripped_from_texts_and_authors() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><ol class='commentlist'><li class='comment' id='comment-1'>"
        "<cite class='fn'>Evil\x1b[2J Name</cite>"
        "<div class='comment-content'>Hi\x1b[31m there\x07</div>"
        "</li></ol></body></html>"
    )
    (comment,) = extract_comments(tree).comments
    assert comment.text == "Hi there"
    assert comment.author == "Evil Name"


def test_deeply_nested_replies_do_not_recurse_too_far() -> None:
    depth = 100  # libxml2 caps HTML nesting near 256 levels
    html = (
        "".join(
            f"<ol class='children'><li class='comment' id='comment-{n}'><p>Reply number {n}</p>"
            for n in range(depth)
        )
        + "</li></ol>" * depth
    )
    tree = lxml.html.document_fromstring(
        f"<html><body><div id='comments'>{html}</div></body></html>"
    )
    comments = extract_comments(tree).comments
    assert len(comments) == depth
    assert comments[-1].reply_to == f"comment-{depth - 2}"


def test_works_on_a_fragment_element_and_with_a_url() -> None:
    fragment = lxml.html.fragment_fromstring(
        "<div id='comments'><div class='comment'><span class='author'>A</span>"
        "<p>Text here</p></div></div>"
    )
    result = extract_comments(fragment, url="https://example.org/a", lang="en")
    assert [(c.author, c.text) for c in result.comments] == [("A", "Text here")]


def test_trees_deeper_than_the_recursion_limit_are_fine() -> None:
    root = lxml.html.fragment_fromstring("<div id='comments'></div>")
    node = root
    for _ in range(3000):
        node = etree.SubElement(node, "div")
    comment = etree.SubElement(node, "div", {"class": "comment", "id": "comment-1"})
    etree.SubElement(comment, "cite", {"class": "fn"}).text = "Ana"
    etree.SubElement(comment, "p").text = "Deep but fine."
    (found,) = extract_comments(root).comments
    assert (found.author, found.text) == ("Ana", "Deep but fine.")


def test_public_names() -> None:
    import scraper._comments as comments

    assert sorted(comments.__all__) == ["CommentsResult", "extract_comments"]
    for name in comments.__all__:
        assert getattr(comments, name)


def test_result_defaults_are_independent() -> None:
    first, second = CommentsResult(), CommentsResult()
    first.comments.append(None)  # type: ignore[arg-type]
    assert second.comments == []


def test_plain_lxml_etree_elements_work_too() -> None:
    root = etree.fromstring(
        "<html><body><ol class='commentlist'><li class='comment' id='comment-1'>"
        "<cite class='fn'>Ana</cite><div class='comment-content'>Hola.</div></li>"
        "<li class='comment' id='comment-2'><cite class='fn'>Beto</cite>"
        "<div class='comment-content'>Adiós.</div></li></ol>"
        "<div id='respond'><h3>Deja un comentario</h3></div></body></html>"
    )
    result = extract_comments(root)  # type: ignore[arg-type]
    assert [(c.author, c.text) for c in result.comments] == [("Ana", "Hola."), ("Beto", "Adiós.")]
    assert result.nodes
