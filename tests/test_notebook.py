"""notebooks/explore.ipynb runs headless on freshly extracted tables and shows what it promises.

The notebook is executed with nbclient in a fresh kernel of *this* interpreter (the venv's): a
temporary kernelspec named python3 is put first on JUPYTER_PATH, so a user-level or system
python3 kernel elsewhere on the machine is never picked up.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

import pipeline  # noqa: E402
from pipeline.run import run_extract  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK = NOTEBOOKS / "explore.ipynb"
WESTMINSTER = ROOT / "raw" / "westminster.md"
YORK = ROOT / "tests" / "fixtures" / "york_outstanding_pagetext.txt"
HARTLEPOOL = ROOT / "tests" / "fixtures" / "hartlepool_inadequate.html"


def extract(tmp: Path, reports: list[Path]) -> Path:
    """Tables for copies of the given reports, written to tmp/extracted."""
    raw, out = tmp / "raw", tmp / "extracted"
    raw.mkdir(parents=True)
    for report in reports:
        shutil.copy(report, raw / report.name)
    result = run_extract(raw, out)
    assert result.ok, result.failures
    return out


def execute(tables_dir: Path, tmp: Path):
    """The notebook after running it top to bottom with CQC_EXTRACTED=tables_dir (raises on a cell error)."""
    kernel_dir = tmp / "jupyter" / "kernels" / "python3"
    kernel_dir.mkdir(parents=True)
    (kernel_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (test venv)",
        "language": "python",
    }))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("CQC_EXTRACTED", str(tables_dir))
        env.setenv("JUPYTER_PATH", str(tmp / "jupyter"))  # searched before user and system kernel dirs
        env.setenv("JUPYTER_RUNTIME_DIR", str(tmp / "runtime"))  # connection files
        env.setenv("IPYTHONDIR", str(tmp / "ipython"))  # no user profile or startup scripts
        client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                         resources={"metadata": {"path": str(NOTEBOOKS)}})
        client.execute()
    return nb


def code_cell(nb, tag: str):
    cells = [cell for cell in nb.cells if tag in cell.metadata.get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}"
    return cells[0]


def text_of(cell) -> str:
    """Everything a cell showed as text: streams, plain text and HTML."""
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        elif output.output_type in ("execute_result", "display_data"):
            parts += [output.data.get("text/plain", ""), output.data.get("text/html", "")]
    return "\n".join(parts)


def images(cell) -> int:
    return sum("image/png" in output.get("data", {}) for output in cell.get("outputs", []))


def assert_ran_cleanly(nb) -> None:
    errors = [output for cell in nb.cells for output in cell.get("outputs", []) if output.output_type == "error"]
    assert not errors, errors
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count for cell in code)


@pytest.fixture(scope="module")
def three_reports(tmp_path_factory):
    """(executed notebook, tables) for Westminster (Good), York (Outstanding) and Hartlepool (Inadequate)."""
    tmp = tmp_path_factory.mktemp("notebook_three")
    out = extract(tmp, [WESTMINSTER, YORK, HARTLEPOOL])
    return execute(out, tmp), pipeline.load(str(out))


def test_stored_notebook_is_clean():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert all(not cell.outputs and cell.execution_count is None for cell in code), "clear outputs before committing"
    assert any(cell.cell_type == "markdown" for cell in nb.cells)


def test_runs_without_errors(three_reports):
    nb, _ = three_reports
    assert_ran_cleanly(nb)


def test_reports_overview(three_reports):
    nb, _ = three_reports
    shown = text_of(code_cell(nb, "overview"))
    for council in ("Westminster City Council", "City of York Council", "Hartlepool Borough Council"):
        assert council in shown
    for rating in ("Outstanding", "Good", "Inadequate"):
        assert rating in shown
    assert "score_sum" in shown and "complete" in shown


def test_overview_has_council_codes(three_reports):
    nb, _ = three_reports
    shown = text_of(code_cell(nb, "overview"))
    for code in ("E09000033", "E06000014", "E06000001"):  # Westminster, York, Hartlepool
        assert code in shown
    assert "London borough" in shown and "North East" in shown


def test_wide_view(three_reports):
    nb, tables = three_reports
    shown = text_of(code_cell(nb, "wide"))
    assert "asc_vacancy_rate" in shown and "5.51" in shown  # Westminster's vacancy rate
    assert "score_safeguarding" in shown and "overall_rating_rank" in shown


def test_worst_statements_and_heatmap(three_reports):
    nb, tables = three_reports
    shown = text_of(code_cell(nb, "worst-statements"))
    for statement in tables["scores"]["quality_statement"].unique():
        assert statement in shown
    assert "mean_score" in shown and "Hartlepool Borough Council" in shown  # scored 1 on six statements
    scores = tables["scores"].assign(score=tables["scores"]["score"].astype(float))
    means = scores.groupby("quality_statement")["score"].mean().sort_values(kind="stable")
    plain = code_cell(nb, "worst-statements").outputs[0].data["text/plain"]
    assert plain.index(means.index[0]) < plain.index(means.index[-1]), "worst (lowest mean) first"
    assert images(code_cell(nb, "score-heatmap")) == 1


def test_councils_worse_than_england(three_reports):
    nb, tables = three_reports
    shown = text_of(code_cell(nb, "worse-than-england"))
    cmp = tables["comparisons"]
    worse = cmp[(cmp["benchmark"] == "england") & (cmp["assessment"] == "worse") & cmp["indicator_id"].notna()]
    assert len(worse) > 0
    for indicator in worse["indicator_id"].unique():
        assert indicator in shown
    assert "Hartlepool Borough Council (24.1% vs England 36.3%)" in shown  # carers' satisfaction
    assert "Overall satisfaction of people who use services" in shown  # catalogue names shown
    assert "Westminster City Council (5.51" not in shown  # its vacancy rate is better than England's
    n_worse = worse.drop_duplicates(["report_id", "indicator_id"]).shape[0]
    assert f"{n_worse} council figures worse than England" in shown


def test_indicator_chart(three_reports):
    nb, _ = three_reports
    cell = code_cell(nb, "indicator-chart")
    assert images(cell) == 1
    shown = text_of(cell)
    # asc_satisfaction: compared with England by Westminster and York, first in the catalogue among those
    assert "asc_satisfaction: Overall satisfaction" in shown
    assert "Westminster City Council" in shown and "City of York Council" in shown and "55.98" in shown


def test_warnings_by_code(three_reports):
    nb, tables = three_reports
    shown = text_of(code_cell(nb, "warnings"))
    assert len(tables["warnings"]) > 0
    for code in tables["warnings"]["code"].unique():
        assert code in shown


def test_trace_shows_offsets_and_sentence(three_reports):
    nb, tables = three_reports
    shown = text_of(code_cell(nb, "trace"))
    first = tables["comparisons"].iloc[0]
    assert first["section_id"] in shown
    assert f"char_start: {first['char_start']}" in shown
    assert first["sentence"] in shown


def test_single_report(tmp_path):
    nb = execute(extract(tmp_path, [WESTMINSTER]), tmp_path)
    assert_ran_cleanly(nb)
    shown = text_of(code_cell(nb, "overview"))
    assert "Westminster City Council" in shown and "Good" in shown
    assert images(code_cell(nb, "score-heatmap")) == 1
    assert images(code_cell(nb, "indicator-chart")) == 1
    assert images(code_cell(nb, "waiting")) == 1


def test_no_tables(tmp_path):
    empty = tmp_path / "no_tables"
    empty.mkdir()
    nb = execute(empty, tmp_path)
    assert_ran_cleanly(nb)
    assert "No reports found" in text_of(code_cell(nb, "load"))
    assert sum(images(cell) for cell in nb.cells) == 0


def test_waiting_figures_chart(three_reports):
    nb, tables = three_reports
    cell = code_cell(nb, "waiting")
    assert (tables["figures"]["topic"] == "waiting_time").any()
    assert images(cell) == 1
    shown = text_of(cell)
    assert "Westminster City Council" in shown and "waiting_list" in shown and "median_wait_days" in shown
