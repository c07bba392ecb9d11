"""A folder of saved sub-pages is one report, put in report order by content, not by file name."""
from __future__ import annotations

import hashlib

from conftest import FIXTURES
from pipeline.extract import extract_path

PAGES = FIXTURES / "sheffield_good_multipage"


def _figures(rows):
    t = rows.tables
    return ([(s["quality_statement"], s["section_score"]) for s in t["scores"]],
            [(p["value"], p["quality_statement"]) for p in t["percentages"]],
            [(c["value"], c["comparator_value"], c["quality_statement"]) for c in t["comparisons"]])


def test_page_order_comes_from_content(tmp_path):
    folder = tmp_path / "sheffield_pages"
    folder.mkdir()
    for page in PAGES.iterdir():  # names that sort in no meaningful order
        scrambled = hashlib.sha1(page.name.encode()).hexdigest()[:8] + page.suffix
        (folder / scrambled).write_bytes(page.read_bytes())
    original, scrambled = extract_path(PAGES, FIXTURES), extract_path(folder, tmp_path)
    assert _figures(scrambled) == _figures(original)
    kinds = [s["kind"] for s in scrambled.tables["sections"] if s["kind"] in {"overview", "summary", "quality_statement"}]
    assert kinds[:2] == ["overview", "summary"] and kinds.count("quality_statement") == 9
    assert scrambled.tables["reports"][0]["complete"] is True
    assert scrambled.tables["reports"][0]["layout"] == "mixed"
