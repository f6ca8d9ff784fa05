"""The TOML watch-list: valid files load, every kind of mistake is a SourcesError naming it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from archive import SourcesError, load_sources, parse_every


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_sources(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[sources]]
url = "https://news.example/story"

[[sources]]
url = "https://news.example/feed.xml"
kind = "feed"
every = "30m"
name = "News feed"

[[sources]]
url = "https://news.example/sitemap.xml"
kind = "sitemap"
every = "1d"
""",
    )
    sources = load_sources(path)
    assert [s.kind for s in sources] == ["page", "feed", "sitemap"]
    assert sources[0].every is None and sources[1].every == timedelta(minutes=30)
    assert sources[1].name == "News feed" and sources[2].every == timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[[sources]]\nurl = 'ftp://x.example/'\n",
            "entry 1: url: 'ftp://x.example/' is not an http",
        ),
        ("[[sources]]\nurl = 'https://x.example/'\nkind = 'blog'\n", "entry 1: kind"),
        ("[[sources]]\nurl = 'https://x.example/'\nevery = 'often'\n", "entry 1: every: period"),
        ("[[sources]]\nurl = 'https://x.example/'\nevery = '0m'\n", "period '0m'"),
        ("[[sources]]\nkind = 'page'\n", "entry 1: url: Field required"),
        ("[[sources]]\nurl = 'https://x.example/'\ncolour = 'red'\n", "entry 1: colour"),
        (
            "[[sources]]\nurl = 'https://a.example/'\n[[sources]]\nurl = 'https://a.example/'\n",
            "entry 2: duplicate url",
        ),
        ("title = 'nothing'\n", "has no [[sources]] entries"),
        ("sources = [1]\n", "entry 1 is not a table"),
        ("[[sources]\nurl = \n", "is not valid TOML"),
    ],
)
def test_invalid_sources(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SourcesError) as info:
        load_sources(_write(tmp_path, text))
    assert message in str(info.value)
    assert "sources.toml" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="does not exist"):
        load_sources(tmp_path / "none.toml")


def test_parse_every() -> None:
    assert parse_every("45s") == timedelta(seconds=45)
    assert parse_every(" 6H ") == timedelta(hours=6)
    assert parse_every("2w") == timedelta(weeks=2)
    with pytest.raises(ValueError, match="not like"):
        parse_every("6 hours")
