"""Train the source-type model on the rules' blind answers, and measure it on sets it never saw.

    python bench/type_model/train.py --evaluate   # leave-one-set-out and forward-in-time figures
    python bench/type_model/train.py              # writes scoring/data/type_model.json

Needs scikit-learn (``pip install -e .[train]``); the scorer itself reads the weights with
plain Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scoring._type_model import features, unsure  # noqa: E402

ROWS = Path(__file__).with_name("blind_rows.jsonl")
MODEL = ROOT / "scoring" / "data" / "type_model.json"
C = 3.0  # inverse regularisation; 0.3-10 scored within a point leave-one-set-out
MIN_COUNT = 2  # features seen once are dropped: they cannot generalise
# Only attributed sentences are re-typed: the labelled claims over-sample attributed sentences,
# so a model allowed to overrule "author" learns that prior and re-types hundreds of plain
# sentences on ordinary news pages (401 of 7,238 in the benchmark's articles). The scorer
# re-types only the rules' fallbacks (scoring._type_model.unsure); the model learns from every
# attributed row, which scored better held out than learning from the fallbacks alone.
REVISABLE = {"official", "named_source", "anonymous_source", "media", "confession"}
REVISABLE |= {"criminal_group"}
# Below this the rules' answer stands. Chosen held out against general news: at 0.55 the model
# gained 46 claims leave-one-set-out but re-typed 28 general-news sentences (13 as confessions,
# on "he", "to", "was"); at 0.65 it gains 38 and re-types 12.
THRESHOLD = 0.65
# the order the sets were first scored in, for the forward-in-time check
ORDER = ["holdout6", "holdout5", "holdout10", "holdout9", "holdout11", "holdout12"]
ORDER += ["holdout13", "holdout14", "holdout7", "holdout8", "holdout15", "holdout16"]
ORDER += ["holdout17", "holdout18", "holdout19", "holdout20", "holdout21"]


def _inputs(row: dict[str, str | None]) -> dict[str, float]:
    return features(
        row["text"] or "",
        rule=row["rule"] or "author",
        previous=row["previous"],
        source=row["source"],
        cue=row["cue"],
        via=row["via"],
        lang=row["lang"],
    )


def fit(rows: list[dict[str, Any]]) -> tuple[Any, Any]:
    """A DictVectorizer and a logistic regression over features seen at least MIN_COUNT times."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for row in rows for name in _inputs(row))
    keep = [{k: v for k, v in _inputs(row).items() if seen[k] >= MIN_COUNT} for row in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(keep)
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [row["label"] for row in rows])
    return vectorizer, model


def _revised(vectorizer: Any, model: Any, rows: list[dict[str, Any]]) -> list[str]:
    """The type after the model's second opinion, as the scorer decides it."""
    answers = []
    chances = model.predict_proba(vectorizer.transform([_inputs(row) for row in rows]))
    for row, chance in zip(rows, chances, strict=True):
        best = int(chance.argmax())
        revisable = row["rule"] in REVISABLE and unsure(row["evidence"])
        revisable = revisable and chance[best] >= THRESHOLD
        answers.append(str(model.classes_[best]) if revisable else row["rule"])
    return answers


def _accuracy(train: list[dict[str, Any]], test: list[dict[str, Any]]) -> tuple[float, float]:
    vectorizer, model = fit([row for row in train if row["rule"] in REVISABLE])
    answers = _revised(vectorizer, model, test)
    rules = sum(row["rule"] == row["label"] for row in test) / len(test)
    learned = sum(a == row["label"] for a, row in zip(answers, test, strict=True)) / len(test)
    return rules, learned


def evaluate(rows: list[dict[str, Any]]) -> None:
    """Print rules vs rules+model on each set held out, then forward in time."""
    print("leave one set out (body claims):")
    total: Counter[str] = Counter()
    for name in ORDER:
        test = [r for r in rows if r["set"] == name]
        rules, learned = _accuracy([r for r in rows if r["set"] != name], test)
        total["n"] += len(test)
        total["rules"] += rules * len(test)
        total["learned"] += learned * len(test)
        print(f"  {name:10} {len(test):4}  rules {rules:.3f}  with model {learned:.3f}")
    n = total["n"]
    rules, learned = total["rules"] / n, total["learned"] / n
    print(f"  {'pooled':10} {n:4}  rules {rules:.3f}  with model {learned:.3f}")
    print("forward in time (train on the sets scored before):")
    splits = ((ORDER[:8], ORDER[8:10]), (ORDER[:10], ORDER[10:12]), (ORDER[:12], ORDER[12:15]))
    splits += ((ORDER[:15], ORDER[15:]),)
    for before, after in splits:
        test = [r for r in rows if r["set"] in after]
        rules, learned = _accuracy([r for r in rows if r["set"] in before], test)
        print(f"  {'+'.join(after):20} {len(test):4}  rules {rules:.3f}  with model {learned:.3f}")


def write(rows: list[dict[str, Any]], path: Path) -> None:
    """Fit on the revisable rows; write the weights the scorer reads, rounded to stay small."""
    rows = [row for row in rows if row["rule"] in REVISABLE]
    vectorizer, model = fit(rows)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), 3) for w in model.coef_[:, i]]
        for i, name in enumerate(names)
        if max(abs(w) for w in model.coef_[:, i]) >= 0.005
    }
    payload = {
        "about": "bench/type_model/train.py on bench/type_model/blind_rows.jsonl",
        "rows": len(rows),
        "sets": sorted({r["set"] for r in rows}),
        "C": C,
        "threshold": THRESHOLD,
        "revisable": sorted(REVISABLE),
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), 3) for b in model.intercept_],
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {path} ({len(weights)} features, {len(rows)} rows)")


def main() -> None:
    """Evaluate, or train on everything and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true", help="print held-out figures only")
    args = parser.parse_args()
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["where"] == "body"]
    if args.evaluate:
        evaluate(rows)
    else:
        write(rows, MODEL)


if __name__ == "__main__":
    main()
