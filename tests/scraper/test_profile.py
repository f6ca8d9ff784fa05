"""Site-level learning: blocks repeating across pages of one host become furniture."""

from __future__ import annotations

import pytest

from scraper import Document, ExtractOptions, SiteProfile, extract, learn_profile

HOST_URL = "https://www.cartelwatch.example/2024/{n}/story.html"
BOILER = "Cartel Watch is an independent outlet funded by readers across the region since 2009."
STORIES = [
    "Police in Culiacán found two abandoned trucks with armour plating on Tuesday, officials said, "
    "after a night of clashes between rival factions that left the city centre closed for hours.",
    "A judge in Monterrey released three suspects for lack of evidence, a decision the state "
    "prosecutor said he would appeal before the end of the month, citing new witness testimony.",
    "Fishermen in Sonora say a criminal group now charges them a fee for every boat that leaves "
    "the harbour, and that those who refuse have had their nets burned at night by masked men.",
    "The army says it dismantled a synthetic drug laboratory in the mountains of Durango, seizing "
    "precursor chemicals that could have produced several tonnes of methamphetamine for export.",
]


def _page(n: int, story: str) -> str:
    return f"""<html><head><title>Story {n}</title></head><body><article>
    <h1>Story number {n}</h1><p>{story}</p>
    <p>Second paragraph of story {n}: {story[::-1][:40]} and other details that are unique.</p>
    <p>{BOILER}</p></article></body></html>"""


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [extract(_page(n, s), HOST_URL.format(n=n)) for n, s in enumerate(STORIES)]


def test_plain_extraction_keeps_the_repeated_block(docs: list[Document]) -> None:
    assert all(BOILER in d.text for d in docs)


def test_learn_profile_counts_repeated_blocks(docs: list[Document]) -> None:
    profile = learn_profile(docs[:3])
    assert profile.host == "cartelwatch.example"
    assert profile.pages_seen == 3
    assert max(profile.blocks.values()) == 3


def test_profile_moves_repeated_blocks_to_furniture(docs: list[Document]) -> None:
    profile = learn_profile(docs[:3])
    doc = extract(
        _page(3, STORIES[3]), HOST_URL.format(n=3), options=ExtractOptions(profile=profile)
    )
    assert BOILER not in doc.text
    assert STORIES[3] in doc.text
    moved = [b for b in doc.furniture if b.text == BOILER]
    assert moved and moved[0].reason == "site: repeats on 3 pages of cartelwatch.example"


def test_below_threshold_nothing_moves(docs: list[Document]) -> None:
    profile = learn_profile(docs[:2])
    doc = extract(
        _page(3, STORIES[3]), HOST_URL.format(n=3), options=ExtractOptions(profile=profile)
    )
    assert BOILER in doc.text


def test_learn_profile_from_raw_html_and_other_hosts_are_skipped() -> None:
    pages = [_page(n, s) for n, s in enumerate(STORIES[:3])]
    profile = learn_profile(pages, min_pages=2)
    assert profile.pages_seen == 3
    other = Document(url="https://other.example/a", body=[])
    first = Document(url=HOST_URL.format(n=9), body=[])
    fresh = SiteProfile()
    assert fresh.update(first) is True
    assert fresh.update(other) is False
    assert fresh.update(first) is False  # the same page twice counts once
    assert fresh.pages_seen == 1


def test_profile_round_trips_through_json(docs: list[Document]) -> None:
    profile = learn_profile(docs)
    again = SiteProfile.model_validate_json(profile.model_dump_json())
    assert again == profile
    assert again.repeats(docs[0].body[-1]) == 4


def test_digits_are_folded_in_fingerprints() -> None:
    profile = SiteProfile(min_pages=2)
    for n in range(2):
        profile.update(
            Document(url=f"https://a.example/{n}", body=[{"text": f"{n + 3} comments so far"}])
        )
    assert profile.repeats(Document(body=[{"text": "17 comments so far"}]).body[0]) == 2


def test_profile_compacts_single_page_blocks() -> None:
    profile = SiteProfile(min_pages=2, max_blocks=100)
    for n in range(60):
        body = [{"text": f"unique paragraph {n} {'x' * n}"}, {"text": "Share this story"}]
        profile.update(Document(url=f"https://a.example/{n}", body=body))
    assert len(profile.blocks) <= 100
    shared = Document(body=[{"text": "Share this story"}]).body[0]
    assert profile.repeats(shared) == 60


def test_learn_profile_from_url_and_html_pairs() -> None:
    pairs = [(HOST_URL.format(n=n), _page(n, s)) for n, s in enumerate(STORIES)]
    pairs.append(("https://elsewhere.example/x", _page(9, STORIES[0])))
    profile = learn_profile(pairs)
    assert profile.host == "cartelwatch.example"
    assert profile.pages_seen == 4
