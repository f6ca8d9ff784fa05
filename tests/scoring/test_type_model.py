"""The learned second opinion on source types: its arithmetic, its limits, and its switch."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from scoring import ScoreOptions, SourceType, score
from scoring._type_model import TypeModel, features, type_model, unsure
from scraper import Block, Comment, Document

ROOT = Path(__file__).resolve().parents[2]

VIDEO = [
    "The Gulf Cartel posted a video on Sunday threatening the mayor of Reynosa.",
    'In it, a masked man says his group will "clean the city of traitors" before Christmas.',
]


def _doc(paragraphs: list[str], comments: list[str] = ()) -> Document:  # type: ignore[assignment]
    return Document(
        url="https://news.example/a",
        lang="en",
        body=[Block(text=p) for p in paragraphs],
        comments=[Comment(id=f"c{i}", text=t) for i, t in enumerate(comments)],
    )


def _tiny() -> TypeModel:
    return TypeModel(
        classes=("author", "official"),
        intercept=(0.0, -1.0),
        weights={"w=police": (0.0, 3.0), "w=said": (0.5, 0.5), "p=named_source": (1.0, 0.0)},
        threshold=0.5,
        revisable=frozenset({SourceType.NAMED_SOURCE}),
    )


def test_predict_is_a_softmax_over_the_summed_weights() -> None:
    found = {"w=police": 1.0, "w=said": 1.0, "w=unknown": 1.0}
    revision = _tiny().predict(found)
    # author: 0 + 0.5 = 0.5; official: -1 + 3 + 0.5 = 2.5
    assert revision.source_type is SourceType.OFFICIAL
    assert revision.probability == pytest.approx(1 / (1 + math.exp(-2.0)))
    # the unknown word carries no weight
    assert _tiny().reasons(found, SourceType.OFFICIAL) == ["w=police", "w=said"]


def test_reasons_name_only_features_that_pushed_the_answer_up() -> None:
    found = {"p=named_source": 1.0, "w=police": 1.0}
    assert _tiny().predict({"p=named_source": 1.0}).source_type is SourceType.AUTHOR
    assert _tiny().reasons(found, SourceType.AUTHOR) == ["p=named_source"]
    assert _tiny().reasons({}, SourceType.AUTHOR) == []


def test_features_read_the_rules_answers_cue_and_words() -> None:
    found = features(
        'He said "we will not pay".',
        rule="named_source",
        previous="official",
        source="Juan Pérez",
        cue="said",
        via=None,
        lang="en",
    )
    assert found["p=named_source"] == found["p|pp=named_source|official"] == 1.0
    assert found["quote"] == found["cue=said"] == found["s=pérez"] == 1.0
    assert "via" not in found
    first = features("x", rule="author", previous=None, source=None, cue=None, via=None, lang=None)
    assert first["pp=NONE"] == 1.0 and first["has_src"] == 0.0


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ("named person", True),
        ("Isthmus Crime Observatory: named person", True),
        ("unnamed 'vecina'", True),
        ("interview answer; unrecognised 'the office'", True),
        ("named, 'Juan Pérez'", True),
        ("role 'prosecutor'", False),
        ("detainee 'detained'", False),
        ("organisation 'Red Cross'", False),
        ("message 'video'", False),
        ("unnamed official 'an airport official'", False),
        ("no attribution", False),
        (None, False),
    ],
)
def test_only_rule_fallbacks_are_open_to_revision(evidence: str | None, expected: bool) -> None:
    assert unsure(evidence) is expected


def test_packaged_model_never_overrules_the_author_or_a_commenter() -> None:
    model = type_model()
    assert SourceType.AUTHOR not in model.revisable
    assert SourceType.COMMENTER not in model.revisable
    assert set(model.classes) <= {t.value for t in SourceType} - {"commenter"}
    assert all(len(row) == len(model.classes) for row in model.weights.values())
    assert 0.0 < model.threshold < 1.0


def test_plain_sentences_and_comments_keep_the_rules_answer() -> None:
    doc = _doc(
        ["The bridge reopened on Monday after three days of blockades.", *VIDEO],
        ["I live in Reynosa and the police never came.", "They say the mayor paid them."],
    )
    learned = score(doc).claims
    rules = score(doc, options=ScoreOptions(type_model=False)).claims
    assert [c.text for c in learned] == [c.text for c in rules]
    for mine, theirs in zip(learned, rules, strict=True):
        if theirs.source_type in (SourceType.AUTHOR, SourceType.COMMENTER):
            assert mine.source_type is theirs.source_type
            assert mine.evidence == theirs.evidence


def test_a_revision_keeps_the_rules_answer_in_its_evidence() -> None:
    rules = score(_doc(VIDEO), options=ScoreOptions(type_model=False)).claims[1]
    learned = score(_doc(VIDEO)).claims[1]
    assert rules.source_type is SourceType.ANONYMOUS_SOURCE  # "a masked man": unnamed
    assert learned.source_type is SourceType.CRIMINAL_GROUP  # ... speaking for the group
    assert learned.evidence is not None and learned.evidence.startswith("type model: ")
    assert "over the rules' anonymous_source" in learned.evidence
    assert learned.source == rules.source and learned.cue == rules.cue
    assert "criminal group" in learned.rationale or "criminal_group" in learned.rationale


def test_cli_rules_only_switches_the_model_off(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from veracity.cli import cli

    page = tmp_path / "page.html"
    body = "".join(f"<p>{p}</p>" for p in VIDEO)
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    runs = {}
    for flag in ([], ["--rules-only"]):
        result = CliRunner().invoke(
            cli, ["score", str(page), "--url", "https://x.example/a", "--format", "json", *flag]
        )
        assert result.exit_code == 0, result.output
        runs[bool(flag)] = json.loads(result.output)["claims"]
    plain = " ".join(c["evidence"] or "" for c in runs[True])
    assert "type model" not in plain
    assert "type model" in " ".join(c["evidence"] or "" for c in runs[False])
    assert [c["text"] for c in runs[True]] == [c["text"] for c in runs[False]]


@pytest.mark.slow
def test_shipped_weights_are_what_the_training_script_fits() -> None:
    pytest.importorskip("sklearn")
    import importlib.util

    spec = importlib.util.spec_from_file_location("train", ROOT / "bench/type_model/train.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rows = [json.loads(line) for line in train.ROWS.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["where"] == "body" and r["rule"] in train.REVISABLE]
    vectorizer, model = train.fit(rows)
    fitted = model.predict(vectorizer.transform([train._inputs(r) for r in rows]))
    shipped = [type_model().predict(train._inputs(r)).source_type.value for r in rows]
    same = sum(a == b for a, b in zip(fitted, shipped, strict=True)) / len(rows)
    assert same >= 0.99
