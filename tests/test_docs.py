"""Examples in the README and docs run as written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from pathlib import Path

import pytest

from veracity._demo import sample_path

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


EXAMPLES = [(p.name, i, code) for p in DOCS for i, code in enumerate(_python_blocks(p))]


@pytest.mark.parametrize(
    ("doc", "index", "code"), EXAMPLES, ids=[f"{d}-{i}" for d, i, _ in EXAMPLES]
)
def test_python_examples_run(doc: str, index: int, code: str, tmp_path: Path) -> None:
    shutil.copy(sample_path("borderlandbeat-zetas-resistencia.html"), tmp_path / "page.html")
    if "no-run" in code.splitlines()[0]:
        pytest.skip("example marked no-run (needs the network)")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(io.StringIO()) as out:
            exec(compile(code, f"{doc}[{index}]", "exec"), {"__name__": "__doc_example__"})
    finally:
        os.chdir(cwd)
    assert out.getvalue().strip(), "an example should show something"


def test_readme_opens_with_the_two_setup_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```bash") + 1 : lines.index("```bash") + 5]
    assert block[0].startswith("# Run the demo") and "veracity demo" in block[1]
    assert block[2].startswith("# Run the tests") and "pytest" in block[3]
