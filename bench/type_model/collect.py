"""Collect the rules' blind answers: each hold-out set scored by the code of its first, blind run.

The type model must learn what the rules miss on pages they were never tuned on, so its rows
come from the commit that first scored each set (docs/scoring.md, the blind table), not from
today's code, which has since been tuned on those sets. Needs the git history.

    python bench/type_model/collect.py            # writes bench/type_model/blind_rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("blind_rows.jsonl")

# hold-out set -> the commit whose code scored it first, blind (docs/scoring.md)
BLIND_RUNS: dict[str, str] = {
    "holdout5": "cabe953",
    "holdout6": "792a9ce",
    "holdout7": "9b9b4dd",
    "holdout8": "9b9b4dd",
    "holdout9": "f52afbc",
    "holdout10": "89355e0",
    "holdout11": "f638fa0",
    "holdout12": "0c28be7",
    "holdout13": "774e21c",
    "holdout14": "64c5d83",
    "holdout15": "1c697c3",
    "holdout16": "1c697c3",
    "holdout17": "6b8fd07",  # session 4: the rules' answers, without the model (--rules-only)
    "holdout18": "6b8fd07",
    "holdout19": "6b8fd07",
    "holdout20": "434a69c",  # the session-4 closing run
    "holdout21": "434a69c",
}

# Runs inside the old checkout: score each labelled page, keep what the type model reads of
# body claims (comments are always the commenter's, so the model never sees them).
_DUMP = r"""
import json, sys
from pathlib import Path
code, labels = sys.argv[1], Path(sys.argv[2])
sys.path[:0] = [code, code + "/bench"]
from eval_scoring import build_document, norm
from scoring import score, ScoreOptions
rules_only = {"type_model": False} if "type_model" in ScoreOptions.model_fields else {}
for path in sorted(labels.glob("*.json")):
    data = json.loads(path.read_text())
    if "claims" not in data:
        continue
    claims = score(build_document(data), options=ScoreOptions(**rules_only)).claims
    for label in data["claims"]:
        want = norm(label["quote"])
        index = next((i for i, c in enumerate(claims)
                      if c.where == label["where"] and want in norm(c.text)), None)
        if index is None or label["where"] != "body":
            continue
        claim, prev = claims[index], (claims[index - 1] if index else None)
        print(json.dumps({
            "page": path.name, "lang": data.get("lang"), "where": claim.where,
            "text": claim.text, "rule": claim.source_type.value,
            "previous": prev.source_type.value if prev else None,
            "source": claim.source, "cue": claim.cue, "via": getattr(claim, "via", None),
            "evidence": getattr(claim, "evidence", None),
            "label": label["source_type"],
        }, ensure_ascii=False))
"""


def collect(sets: dict[str, str]) -> list[dict[str, object]]:
    """Score each set with its blind-run commit, checked out into a temporary worktree."""
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for commit in sorted(set(sets.values())):
            tree = Path(tmp) / commit
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit],
                check=True,
            )
            try:
                for name in [s for s, c in sets.items() if c == commit]:
                    done = subprocess.run(
                        [sys.executable, "-c", _DUMP, str(tree), str(ROOT / "bench" / name)],
                        check=True,
                        capture_output=True,
                        text=True,
                        cwd=tree,
                    )
                    for line in done.stdout.splitlines():
                        rows.append({"set": name, "commit": commit, **json.loads(line)})
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=True,
                )
    return rows


def main() -> None:
    """Write one JSON row per labelled claim the blind runs found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = collect(BLIND_RUNS)
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    right = sum(r["rule"] == r["label"] for r in rows)
    print(f"{len(rows)} rows from {len(BLIND_RUNS)} sets; rules right {right / len(rows):.3f}")


if __name__ == "__main__":
    main()
