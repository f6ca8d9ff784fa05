"""Decoding (BOM, meta charset, cp1252/latin-1 without a charset) and input errors."""

from __future__ import annotations

import codecs
import gzip
import json
import re
from pathlib import Path

import pytest

from scraper import (
    EmptyPageError,
    ExtractError,
    ExtractOptions,
    ExtractTimeoutError,
    NotHTMLError,
    extract,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
SPANISH = (DATA / "es-cp1252.html").read_bytes()
PHRASE = "extorsiones a comerciantes y productores de limón"
ARTICLE = (
    "<html><head><title>t</title></head><body><article><p>"
    + "Señalan que la niña y el señor Núñez huyeron con €300 y “comillas” de la sierra. " * 6
    + "</p></article></body></html>"
)


def test_cp1252_page_with_charset() -> None:
    assert b"charset=windows-1252" in SPANISH
    assert PHRASE in extract(SPANISH).text


def test_cp1252_page_without_charset_is_detected() -> None:
    stripped = re.sub(rb"<meta http-equiv[^>]*>", b"", SPANISH)
    assert b"charset" not in stripped
    doc = extract(stripped)
    assert PHRASE in doc.text
    assert "Ã" not in doc.text  # no mojibake


def test_page_declared_utf8_but_latin1_is_rescued() -> None:
    lying = ARTICLE.replace("<head>", '<head><meta charset="utf-8">').encode("cp1252")
    assert "señor Núñez huyeron con €300" in extract(lying).text


def test_latin1_label_is_read_as_cp1252() -> None:
    page = ARTICLE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("cp1252")
    assert "€300 y “comillas”" in extract(page).text


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_marks(codec: str) -> None:
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert "señor Núñez huyeron con €300" in extract(data).text


def test_str_input_with_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE
    assert "señor Núñez" in extract(page).text


@pytest.mark.parametrize("page", [b"", b"   \n\t ", "", "  \r\n", codecs.BOM_UTF8 + b"  "])
def test_empty_pages(page: bytes | str) -> None:
    with pytest.raises(EmptyPageError):
        extract(page)


def test_markup_without_text_is_empty() -> None:
    with pytest.raises(EmptyPageError):
        extract("<html><head><script>var a = 1;</script></head><body><div></div></body></html>")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"GIF89a\x01\x00\x01\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        gzip.compress(b"<html><body><p>zipped</p></body></html>"),
        b"<html>\x00\x01\x02\x00binary\x00</html>",
        json.dumps({"title": "not html", "body": "<p>x</p>"}).encode(),
        b'  [{"id": 1}, {"id": 2}]',
        '{"text": "a JSON string given as str"}',
    ],
)
def test_not_html(data: bytes | str) -> None:
    with pytest.raises(NotHTMLError):
        extract(data)


def test_errors_carry_the_url() -> None:
    with pytest.raises(NotHTMLError, match=r"https://x\.example/doc\.pdf"):
        extract(b"%PDF-1.4", "https://x.example/doc.pdf")


def test_oversize_input_is_truncated_or_refused() -> None:
    page = ARTICLE + "<!--" + "x" * 5000 + "-->"
    doc = extract(page, options=ExtractOptions(max_bytes=len(ARTICLE) + 10))
    assert "señor Núñez" in doc.text
    with pytest.raises(ExtractError, match="max_bytes"):
        extract(page.encode(), options=ExtractOptions(max_bytes=100, oversize="error"))


def test_timeout_raises_extract_timeout_error() -> None:
    big = "<html><body>" + "<div><p>word " * 20000 + "</p></div>" * 20000 + "</body></html>"
    with pytest.raises(ExtractTimeoutError):
        extract(big, options=ExtractOptions(timeout=0.001))


def test_timeout_in_a_worker_thread_is_cooperative() -> None:
    import threading

    errors: list[BaseException] = []
    big = "<html><body>" + "<div><p>word " * 20000 + "</p></div>" * 20000 + "</body></html>"

    def run() -> None:
        try:
            extract(big, options=ExtractOptions(timeout=0.001))
        except ExtractError as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], ExtractTimeoutError)


def test_parsed_elements_are_html_elements_with_c_level_lookup() -> None:
    """Every element (form controls too) is a plain HtmlElement: the fast lookup keeps lxml.html's
    methods (text_content, drop_tree) that the pipeline relies on."""
    from lxml.html import HtmlElement

    from scraper._html import parse_html

    tree = parse_html(
        "<html><body><form><input name=q><select><option>a</option></select></form>"
        "<p>Kept <b>text</b></p><div class=x>gone</div></body></html>"
    )
    kinds = {type(el) for el in tree.iter()}
    assert kinds == {HtmlElement}
    tree.find(".//div").drop_tree()
    assert tree.find("body").text_content() == "aKept text"


def test_control_characters_and_noncharacters_leave_before_parsing() -> None:
    """C0 controls (not tab/LF/CR) and U+FFFE/U+FFFF are dropped from the bytes libxml2 gets;
    text around them, multi-byte letters and the flattening of over-deep pages survive."""
    from scraper._errors import EmptyPageError
    from scraper._html import parse_html

    tree = parse_html("<html><body><p>a\x01ñ\x1f\tb\ufffe€\uffff\r\nc\x0b</p></body></html>")
    assert tree.find(".//p").text == "añ\tb€\nc"
    with pytest.raises(EmptyPageError):
        parse_html(" \x01\x02\n\x1f ")
    deep = "<div>" * 600 + "<p>Deep text survives.</p>\x02" + "</div>" * 600
    assert "Deep text survives." in parse_html(f"<html><body>{deep}</body></html>").text_content()
