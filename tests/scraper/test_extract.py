"""extract(): structure, furniture with reasons (English and Spanish), metadata, options."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from scraper import BlockKind, Document, ExtractOptions, ExtractTimeoutError, extract

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


@pytest.fixture(scope="module")
def structured() -> Document:
    return extract((DATA / "structure.html").read_bytes(), "https://harbour.example/guayaquil")


@pytest.fixture(scope="module")
def spanish() -> Document:
    return extract((DATA / "es-cp1252.html").read_bytes(), "https://diario.example/nota/1")


def _reason_of(doc: Document, fragment: str) -> str:
    for block in doc.furniture:
        if fragment in block.text:
            assert block.reason
            return block.reason
    raise AssertionError(f"{fragment!r} not in furniture")


def test_headings_quotes_and_list_items_keep_their_kind(structured: Document) -> None:
    kinds = [(b.kind, b.text[:25]) for b in structured.body]
    assert (BlockKind.HEADING, "A crowded waterfront") in kinds
    assert (BlockKind.HEADING, "What comes next") in kinds
    quotes = [b for b in structured.body if b.kind == BlockKind.QUOTE]
    assert [q.text[:27] for q in quotes] == ["We are fighting an industry"]
    items = [b.text for b in structured.body if b.kind == BlockKind.LIST_ITEM]
    assert len(items) == 3
    assert items[1] == "the arrival of Balkan brokers who buy directly from producers;"


def test_body_order_follows_the_page(structured: Document) -> None:
    texts = [b.text for b in structured.body]
    assert texts[0].startswith("Container traffic through Guayaquil")
    assert texts[-1].startswith("The government has promised scanners")
    assert structured.text.count("\n\n") == len(structured.body) - 1


@pytest.mark.parametrize(
    ("fragment", "reason_part"),
    [
        ("Share this:", "markup"),
        ("Ecuador's prisons", "related content"),
        ("Jane Doe covers organised crime", "author bio"),
        ("Advertisement", "text: advertisement label"),
        ("Read also: Balkan cartels", "text: related teaser"),
        ("Was this article helpful?", "text: helpful widget"),
        ("we need your support", "text: donate appeal"),
        ("Follow us on Twitter", "text: follow us"),
    ],
)
def test_english_furniture_is_removed_with_a_reason(
    structured: Document, fragment: str, reason_part: str
) -> None:
    assert fragment not in structured.text
    assert reason_part in _reason_of(structured, fragment)


@pytest.mark.parametrize(
    ("fragment", "reason_part"),
    [
        ("Por Redacción Morelia", "byline"),
        ("Publicidad", "text: advertisement label"),
        ("Lee también: Hallan restos", "text: related teaser"),
        ("¿Te fue útil este artículo?", "text: helpful widget"),
        ("Síguenos en Twitter", "text: follow us"),
        ("Dona ahora", "text: donate appeal"),
        ("Compartir en Facebook", "text: share buttons"),
    ],
)
def test_spanish_furniture_is_removed_with_a_reason(
    spanish: Document, fragment: str, reason_part: str
) -> None:
    assert fragment not in spanish.text
    assert reason_part in _reason_of(spanish, fragment)


def test_spanish_body_survives(spanish: Document) -> None:
    assert len(spanish.body) == 4
    assert spanish.body[0].text.startswith("Elementos de la Guardia Civil detuvieron")
    assert "extorsiones a comerciantes y productores de limón" in spanish.text


def test_paragraph_mentioning_donations_is_not_furniture() -> None:
    html = (
        "<html><body><article><h1>Campaign money</h1>"
        "<p>Prosecutors say the candidate received donations from a company linked to a cartel, "
        "and that the money was moved through three shell firms before the election.</p>"
        "<p>The party denied wrongdoing and said every donation had been declared to the electoral "
        "authority, which has opened its own review of the accounts.</p>"
        "</article></body></html>"
    )
    doc = extract(html)
    assert [b.kind for b in doc.body] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert [b.reason for b in doc.furniture] == ["text: repeats the title"]
    assert not doc.furniture or all("donat" not in b.text for b in doc.furniture)


def test_metadata_from_meta_tags_and_markup(structured: Document, spanish: Document) -> None:
    assert structured.title == "How the port of Guayaquil became a cocaine hub"
    assert structured.author == "Jane Doe"
    assert structured.published is not None and structured.published.date() == date(2022, 5, 2)
    assert structured.lang == "en"
    assert structured.site_name == "The Harbour Report"
    assert spanish.site_name == "Diario del Bajío"
    assert spanish.published is not None and spanish.published.date() == date(2023, 3, 8)
    assert spanish.lang == "es"  # no lang attribute: guessed from the text


def test_jsonld_wins_over_meta_tags() -> None:
    html = """<html lang="es-MX"><head>
    <meta property="og:title" content="Og title">
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "JSON-LD headline", "datePublished": "2020-01-02T03:04:05Z",
      "author": [{"@type": "Person", "name": "Ana Pérez"},
                 {"@type": "Person", "name": "Luis Gómez"}]}
    </script><script type="application/ld+json">{not json</script></head>
    <body><p>El texto de la nota es suficientemente largo para ser extraído como cuerpo de la
    página por el extractor, con varias palabras en español para que no haya dudas.</p>
    </body></html>"""
    doc = extract(html)
    assert doc.title == "JSON-LD headline"
    assert doc.author == "Ana Pérez, Luis Gómez"
    assert doc.published is not None and doc.published.year == 2020
    assert doc.lang == "es"


def test_url_is_kept() -> None:
    doc = extract((DATA / "structure.html").read_bytes(), "https://harbour.example/x")
    assert doc.url == "https://harbour.example/x"


def test_options_are_validated_and_keyword_only() -> None:
    with pytest.raises(ValidationError):
        ExtractOptions(timeout=-1)
    with pytest.raises(ValidationError):
        ExtractOptions(unknown=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        extract("<p>x</p>", None, ExtractOptions())  # type: ignore[misc]


def test_favor_recall_keeps_at_least_as_much() -> None:
    data = (DATA / "structure.html").read_bytes()
    plain = extract(data)
    recall = extract(data, options=ExtractOptions(favor_recall=True))
    assert len(recall.text) >= len(plain.text) * 0.9


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("https://www.example.com/some/story.html", "text: bare URL"),
        ("2019-11-19T08:57:40+01:00", "text: timestamp"),
        ("Updated at 1:23 p.m.", "text: timestamp"),
        ("Actualizado el 3 de marzo de 2023", "text: timestamp"),
        ("Copyright Example Media 2019 - ISSN: 1234-5678", "text: licence notice"),
        ("© 2023 Diario. Todos los derechos reservados.", "text: licence notice"),
        ("Lea más: Juez ordena la captura de tres exfuncionarios", "text: related teaser"),
        ("VEA TAMBIÉN: Hallan dos cuerpos en una carretera", "text: related teaser"),
        ("Also read: Police find two bodies on a highway", "text: related teaser"),
        (
            "To view the full story, please subscribe to The Daily Times.",
            "text: subscription appeal",
        ),
        ("Para seguir leyendo, suscríbete a El Diario.", "text: subscription appeal"),
        ("This post contains affiliate links.", "text: affiliate disclosure"),
        ("Este artículo contiene enlaces de afiliados.", "text: affiliate disclosure"),
        ("Category : Press Releases", "text: tag list"),
        ("Sección: Nacionales", "text: tag list"),
        ("¡Mira lo que tiene nuestro canal de YouTube!", "text: follow us"),
        ("Subscribe to our YouTube channel for more videos!", "text: follow us"),
    ],
)
def test_metadata_lines_in_the_text_are_furniture(line: str, reason: str) -> None:
    story = (
        "Investigators traced the shipment through three ports and two shell companies before "
        "the customs service finally seized it, according to court documents seen by reporters."
    )
    paragraphs = f"<p>{story}</p><p>{line}</p><p>{story} Again.</p>"
    html = f"<html><body><article>{paragraphs}</article></body></html>"
    doc = extract(html)
    assert line not in doc.text
    assert [b.reason for b in doc.furniture if b.text == line] == [reason]


def test_short_repeated_lines_stay_but_title_echo_goes() -> None:
    question = "What inspired you to start cooking?"
    answers = [
        "My grandmother ran a small kitchen in Oaxaca and taught me everything I know about corn.",
        "Travelling along the coast, I met fishermen who cooked their catch on the beach at dawn.",
    ]
    parts = "".join(f"<h3>{question}</h3><p>{a}</p>" for a in answers)
    html = (
        "<html><head><title>Two cooks</title></head><body><article><h1>Two cooks</h1>"
        f"{parts}</article></body></html>"
    )
    doc = extract(html)
    assert doc.text.count(question) == 2
    assert "Two cooks" not in doc.text


def test_comment_seam_nodes_leave_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the comment extractor returns: nodes dropped, records and furniture kept."""
    from lxml.html import HtmlElement

    import scraper._extract as extract_module
    from scraper import Block, Comment
    from scraper._comments import CommentsResult
    from scraper._comments._index import PageIndex

    story = "The mayor resigned after the audit found missing funds in the water utility accounts."
    reply = "I live there and nobody was surprised; the audit took three years to be published."
    html = (
        f"<html><body><article><p>{story}</p><p>{story} More.</p></article>"
        f"<section class='talkback'><p>{reply}</p></section></body></html>"
    )
    seen: dict[str, object] = {}

    def fake(
        tree: HtmlElement,
        *,
        url: str | None = None,
        lang: str | None = None,
        index: PageIndex | None = None,
    ) -> CommentsResult:
        seen["url"], seen["lang"] = url, lang
        assert index is not None and index.root is tree  # the shared walk, built once
        nodes = tree.xpath("//section[@class='talkback']")
        return CommentsResult(
            comments=[Comment(id="c1", text=reply)],
            nodes=nodes,
            furniture=[Block(text="1 comment", reason="comments: header")],
        )

    monkeypatch.setattr(extract_module, "extract_comments", fake)
    doc = extract(html, "https://city.example/a")
    assert reply not in doc.text
    assert [c.text for c in doc.comments] == [reply]
    assert Block(text="1 comment", reason="comments: header") in doc.furniture
    assert seen == {"url": "https://city.example/a", "lang": "en"}


def test_comment_regions_stay_out_of_the_body_without_the_comment_extractor() -> None:
    story = "Prosecutors charged four police officers with taking bribes from a trafficking ring."
    remark = "This happens every year and nothing changes, the same commanders stay in place."
    html = (
        f"<html><body><article><div class='entry-content'><p>{story}</p><p>{story} Again.</p>"
        f"</div></article><div id='comments' class='comments-area'><ol class='commentlist'>"
        f"<li class='comment'><p>{remark}</p></li></ol></div></body></html>"
    )
    assert remark not in extract(html).text


def test_a_callers_alarm_is_left_alone() -> None:
    """pytest-timeout arms SIGALRM itself: extract must not replace its handler or timer."""
    import signal

    handler = signal.getsignal(signal.SIGALRM)
    remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    extract((DATA / "structure.html").read_bytes(), options=ExtractOptions(timeout=5))
    assert signal.getsignal(signal.SIGALRM) is handler
    after, _ = signal.getitimer(signal.ITIMER_REAL)
    assert (after > 0) == (remaining > 0)


def test_hard_timeout_when_no_alarm_is_armed() -> None:
    """With no caller alarm, SIGALRM interrupts extraction and the old state comes back."""
    import signal

    handler = signal.getsignal(signal.SIGALRM)
    saved = signal.setitimer(signal.ITIMER_REAL, 0)  # pause pytest-timeout's alarm, if any
    try:
        big = "<html><body>" + "<div><p>word " * 20000 + "</p></div>" * 20000 + "</body></html>"
        with pytest.raises(ExtractTimeoutError, match="time limit of"):
            extract(big, options=ExtractOptions(timeout=0.01))
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) is handler
    finally:
        if saved[0] > 0:
            signal.setitimer(signal.ITIMER_REAL, *saved)


def test_related_box_quoting_the_lede_does_not_remove_it() -> None:
    lede = (
        "Authorities in Sinaloa confirmed on Monday that a convoy of armed men blocked the highway "
        "between Culiacán and Mazatlán for more than six hours, burning trucks and stranding "
        "hundreds of travellers, in what officials described as a response to the arrest of a "
        "regional commander of the cartel earlier that morning."
    )
    assert len(lede) > 300
    rest = "".join(
        f"<p>Paragraph {n} of the report adds detail on the roadblocks and the army response.</p>"
        for n in range(4)
    )
    html = (
        f"<html><body><article><h1>Roadblocks</h1><p>{lede}</p>{rest}</article>"
        f"<aside><div class='related-posts'><h3>Most read</h3><p>{lede}</p></div></aside>"
        "</body></html>"
    )
    doc = extract(html)
    assert lede in doc.text


def test_date_from_text_when_no_markup_names_it() -> None:
    html = (
        "<html><head><title>Fosa clandestina</title></head><body><article>"
        "<h1>Hallan una fosa clandestina en Jalisco</h1><p>Publicado el 2021-06-14</p>"
        "<p>Colectivos de búsqueda localizaron restos humanos en un predio de Tlajomulco, "
        "informó la fiscalía del estado, que abrió una carpeta de investigación.</p>"
        "</article></body></html>"
    )
    doc = extract(html, "https://noticias.example/2021/06/14/fosa")
    assert doc.published is not None and doc.published.date() == date(2021, 6, 14)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div>Police found the truck near the border.</div></body></html>",
        "<html><body><span>El camión fue hallado cerca de la frontera.</span></body></html>",
    ],
)
def test_tiny_pages_still_give_their_text(html: str) -> None:
    doc = extract(html)
    assert len(doc.body) == 1 and doc.body[0].text.endswith(
        "frontera." if "El" in html else "border."
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("AFP / MARCO BERTORELLO", "text: image caption"),
        ("EFE / José Méndez", "text: image caption"),
        ("Never miss the latest news by signing up to our newsletter", "text: newsletter"),
        ("No te pierdas nada: suscríbete gratis", "text: newsletter"),
    ],
)
def test_credits_and_sign_up_lines_are_furniture(line: str, reason: str) -> None:
    story = (
        "The navy intercepted a semi-submersible carrying three tonnes of cocaine off the coast, "
        "the defence ministry said in a statement released late on Sunday night."
    )
    paragraphs = f"<p>{story}</p><p>{line}</p><p>{story} Again.</p>"
    doc = extract(f"<html><body><article>{paragraphs}</article></body></html>")
    assert line not in doc.text
    assert [b.reason for b in doc.furniture if b.text == line] == [reason]


def test_a_heading_about_more_detail_is_not_a_teaser() -> None:
    detail = "The second paragraph explains who ordered the attack and why, according to police."
    html = (
        "<html><body><article><p>The first paragraph reports the attack on the police station "
        "in detail, with names, times and places confirmed by two officials.</p>"
        f"<h2>More about the attackers</h2><p>{detail}</p></article></body></html>"
    )
    doc = extract(html)
    assert "More about the attackers" in doc.text and detail in doc.text


def test_double_br_splits_paragraphs_single_br_does_not() -> None:
    first = "The first paragraph names the commander who ordered the roadblocks on Monday."
    second = "The second paragraph quotes the governor, who asked residents to stay at home."
    address = "Fiscalía General del Estado<br>Avenida Central 100<br>Culiacán, Sinaloa"
    html = (
        "<html><body><div class='post-body entry-content'>"
        f"{first}<br><br>{second}<br /><br />Contact: {address}</div></body></html>"
    )
    texts = [b.text for b in extract(html).body]
    assert texts[:2] == [first, second]
    assert texts[2].startswith("Contact: Fiscalía General del Estado")
    assert texts[2].endswith("Culiacán, Sinaloa")


def test_public_names_are_exported() -> None:
    import scraper

    for name in ("extract", "ExtractOptions", "SiteProfile", "learn_profile"):
        assert name in scraper.__all__
        assert hasattr(scraper, name)


def test_metadata_cannot_carry_terminal_escapes() -> None:
    html = (
        "<html><head><title>Safe\x9b31m title\u202e</title>"
        '<meta name="author" content="Ana\x1b[2J Pérez"></head><body><p>'
        "A paragraph long enough to be kept as the body of this small test page, about a raid "
        "on a warehouse in the port area.</p></body></html>"
    )
    doc = extract(html)
    for value in (doc.title, doc.author):
        assert value is not None
        assert not any(ch in value for ch in "\x1b\x9b\u202e")


@pytest.mark.parametrize("wrapper", ["social-wrapper", "share-enabled related-layout"])
def test_a_furniture_class_on_a_page_wrapper_keeps_the_article(wrapper: str) -> None:
    story = (
        "Investigators say the shipment left the port hidden in a container of bananas and was "
        "tracked across the Atlantic before police boarded the ship near the coast of Spain."
    )
    html = (
        f"<html><body><div class='{wrapper}'><article><h1>Seizure</h1><p>{story}</p>"
        f"<p>{story} It was the largest seizure of the year.</p></article>"
        "<div class='share-buttons'>Share on Twitter</div></div></body></html>"
    )
    doc = extract(html)
    assert story in doc.text
    assert "Share on Twitter" not in doc.text
