"""History: versions of a URL, diffs on paragraphs, trivial changes ignored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from archive import Archive, diff_texts, history
from archive._normalize import normalize_paragraph, text_key
from scraper import Block, Comment, Document
from tests.archive.helpers import T0, html, make_exchange


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Publicado hace 3 horas", "Publicado hace 5 horas"),
        ("6 comments", "17 comments"),
        ("1.234 visitas", "2.001 visitas"),
        ("Updated 21 Nov 2026, 10:32 am", "Updated 22 Nov 2026, 9:05 pm"),
        ("Posted 2 hours ago", "Posted 1 day ago"),
        ("El  texto\tcon   espacios", "El texto con espacios"),
        ("Actualizado el 12 de noviembre de 2026", "Actualizado el 3 de diciembre de 2026"),
        ("2026-11-21T10:00:00Z", "2026-11-22T08:30:00+01:00"),
    ],
)
def test_trivial_changes_normalise_equal(old: str, new: str) -> None:
    assert normalize_paragraph(old) == normalize_paragraph(new)
    assert diff_texts(old, new) == ""


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Murieron 14 personas.", "Murieron 41 personas."),
        ("The mayor denied it.", "The mayor confirmed it."),
    ],
)
def test_real_changes_remain(old: str, new: str) -> None:
    assert text_key(old) != text_key(new)
    diff = diff_texts(old, new)
    assert f"-{old}" in diff and f"+{new}" in diff


def test_diff_shows_original_paragraphs_not_placeholders() -> None:
    old = "Intro, 6 comments.\n\nThe police said 3 were arrested."
    new = "Intro, 9 comments.\n\nThe police said 5 were arrested.\n\nA new paragraph."
    diff = diff_texts(old, new, old_label="v1", new_label="v2")
    assert "--- v1" in diff and "+++ v2" in diff
    assert "+The police said 5 were arrested." in diff
    assert "+A new paragraph." in diff
    assert "#count" not in diff and "-Intro" not in diff


def test_history_versions(archive: Archive) -> None:
    url = "http://news.example/a"
    bodies = [
        html("Story first.", "6 comments"),
        html("Story first.", "9 comments"),  # trivial: same version
        html("Story first.", "9 comments"),  # identical payload: revisit
        html("Story corrected.", "10 comments"),  # real change
    ]
    for n, body in enumerate(bodies):
        archive.add(make_exchange(url, body, at=T0 + timedelta(hours=n)))
    versions = history(archive, url)
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].captures == 3 and versions[0].diff == ""
    assert versions[0].last_seen == T0 + timedelta(hours=2)
    assert "-Story first." in versions[1].diff and "+Story corrected." in versions[1].diff
    assert history(archive, "http://news.example/none") == []


def test_history_uses_stored_documents(archive: Archive) -> None:
    url = "http://news.example/doc"
    a = archive.add(make_exchange(url, html("raw one"), at=T0))
    b = archive.add(make_exchange(url, html("raw two"), at=T0 + timedelta(hours=1)))
    archive.put_document(a.id, Document(body=[Block(text="Extracted \x1b[31mtext")]))
    archive.put_document(b.id, Document(body=[Block(text="Extracted  \x1b[31mtext")]))
    versions = history(archive, url)
    assert len(versions) == 1 and versions[0].captures == 2
    assert "\x1b" not in versions[0].text


def test_a_new_or_deleted_comment_is_a_new_version(archive: Archive) -> None:
    url = "http://news.example/thread"
    body = [Block(text="The story, unchanged.")]
    first = Comment(id="c1", author="Vecino", text="Aquí en Zamora se oyeron disparos.")
    second = Comment(id="c2", text="Todo es mentira.")
    threads = [[first], [first, second], [second]]  # a comment arrives, then one is removed
    for n, comments in enumerate(threads):
        capture = archive.add(make_exchange(url, html(f"raw {n}"), at=T0 + timedelta(hours=n)))
        archive.put_document(capture.id, Document(body=body, comments=comments))
    versions = history(archive, url)
    assert [v.number for v in versions] == [1, 2, 3]
    assert "+[comment] Todo es mentira." in versions[1].diff
    assert "-[comment] Vecino: Aquí en Zamora se oyeron disparos." in versions[2].diff
    changed = [line for line in versions[1].diff.splitlines() if line[:1] in "+-"]
    assert not any("The story" in line for line in changed)  # the body did not change


def test_history_follows_redirects(archive: Archive) -> None:
    old = "http://news.example/old"
    for n, text in enumerate(["First.", "First.", "Second."]):
        hop = make_exchange(old, b"", status=301, headers=[("Location", f"/new{n}")])
        archive.add(
            make_exchange(
                f"http://news.example/new{n}", html(text), at=T0 + timedelta(hours=n), history=[hop]
            )
        )
    versions = history(archive, old)
    assert [v.captures for v in versions] == [2, 1]
    assert versions[1].capture.url == "http://news.example/new2"
    assert "+Second." in versions[1].diff
