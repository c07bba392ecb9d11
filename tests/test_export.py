"""Analyst outputs (issue 10 point 5): pipeline.wide, `python -m pipeline export --format csv|xlsx`,
and the README's "Analysing the tables" queries, on tables extracted from Westminster and Hartlepool."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.analysis import rating_rank, score_column
from pipeline.cli import main
from pipeline.export import EXCEL_CELL_LIMIT, export, export_frames, write_csv, write_xlsx
from pipeline.run import run_extract
from pipeline.vocab import RATINGS, STATEMENTS, TABLES

ROOT = Path(__file__).resolve().parents[1]
WESTMINSTER = ROOT / "raw" / "westminster.md"
HARTLEPOOL = ROOT / "tests" / "fixtures" / "hartlepool_inadequate.html"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    raw, out = tmp / "raw", tmp / "extracted"
    raw.mkdir()
    for report in (WESTMINSTER, HARTLEPOOL):
        shutil.copy(report, raw / report.name)
    result = run_extract(raw, out, workers=1)
    assert result.ok, result.failures
    return out


@pytest.fixture(scope="module")
def tables(extracted) -> dict[str, pd.DataFrame]:
    return pipeline.load(str(extracted))


def westminster_row(frame: pd.DataFrame) -> pd.Series:
    rows = frame[frame["report_id"] == "westminster"]
    assert len(rows) == 1
    return rows.iloc[0]


# --- wide view ---------------------------------------------------------------------------------

def test_wide_one_row_per_report_with_council_keys_scores_and_indicators(tables):
    wide = pipeline.wide(tables)
    assert list(wide["report_id"]) == list(tables["reports"]["report_id"])
    west = westminster_row(wide)
    assert west["local_authority"] == "Westminster City Council"
    assert (west["ons_code"], west["region"], west["council_type"]) == ("E09000033", "London", "London borough")
    assert west["overall_rating"] == "Good" and west["overall_rating_rank"] == 3
    assert west["asc_vacancy_rate"] == 5.51  # "vacancy rate of 5.51%" against England's 9.74%
    assert west["sickness_days"] == 8.12
    assert all(west[score_column(statement)] == 3 for statement in STATEMENTS)
    hartlepool = wide[wide["report_id"] == "hartlepool_inadequate"].iloc[0]
    assert hartlepool["overall_rating_rank"] == 1 and hartlepool["carers_satisfaction"] == 24.1
    assert pd.isna(hartlepool["asc_vacancy_rate"])  # Hartlepool compares its social workers' vacancies only


def test_wide_dtypes(tables):
    wide = pipeline.wide(tables)
    assert isinstance(wide["overall_rating"].dtype, pd.CategoricalDtype) and wide["overall_rating"].cat.ordered
    assert str(wide["overall_rating_rank"].dtype) == "Int8"
    assert str(wide["score_needs"].dtype) == "Int8"
    assert str(wide["asc_vacancy_rate"].dtype) == "Float64"
    assert str(pipeline.wide(tables, values="assessment")["asc_vacancy_rate"].dtype) == "string"


def test_wide_prefers_england_then_first_by_position(tables):
    # asc_information_easy: Westminster's 66.68% against England (66.26%) and its region (62.35%)
    benchmark = westminster_row(pipeline.wide(tables, values="comparator_value"))
    assert benchmark["asc_information_easy"] == 66.26
    assert westminster_row(pipeline.wide(tables, values="comparator_value", benchmark="region"))["asc_information_easy"] == 62.35
    # staff_turnover is compared with London only (twice): falls back to the first, or null when strict
    assert westminster_row(pipeline.wide(tables, values="benchmark"))["staff_turnover"] == "london"
    assert pd.isna(westminster_row(pipeline.wide(tables, strict=True))["staff_turnover"])
    assessed = westminster_row(pipeline.wide(tables, values="assessment"))
    assert assessed["asc_vacancy_rate"] == "better" and assessed["carers_information_helpful"] == "similar"


def test_wide_columns_follow_the_catalogue_and_accept_a_folder(extracted, tables):
    wide = pipeline.wide(str(extracted))
    indicators = [c for c in wide.columns if c in set(tables["comparisons"]["indicator_id"].dropna())]
    assert indicators == [c for c in pipeline.analysis.indicator_order() if c in indicators]
    assert set(indicators) == set(tables["comparisons"]["indicator_id"].dropna())
    pd.testing.assert_frame_equal(wide, pipeline.wide(tables))


def test_wide_without_tables():
    wide = pipeline.wide({})
    assert wide.empty and "report_id" in wide.columns


def test_rating_rank_follows_vocab():
    ranks = rating_rank(pd.Series([*RATINGS, None], dtype="string"))
    assert ranks.tolist()[:4] == [1, 2, 3, 4] and pd.isna(ranks.iloc[4])


# --- CSV -----------------------------------------------------------------------------------------

def test_csv_round_trips_westminster(extracted, tables, tmp_path):
    written = export(extracted, tmp_path / "csv", "csv")
    names = [path.stem for path in written]
    assert names == [name for name in TABLES if name in tables] + ["wide"]
    raw = (tmp_path / "csv" / "comparisons.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfreport_id,")  # UTF-8 byte order mark for Excel
    for name in tables:
        back = pd.read_csv(tmp_path / "csv" / f"{name}.csv", encoding="utf-8-sig", keep_default_na=False,
                           na_values=[""])
        assert len(back) == len(tables[name]), name
    back = pd.read_csv(tmp_path / "csv" / "comparisons.csv", encoding="utf-8-sig")
    ours = tables["comparisons"]
    west_back = back[back["report_id"] == "westminster"].reset_index(drop=True)
    west = ours[ours["report_id"] == "westminster"].reset_index(drop=True)
    assert len(west_back) == len(west) == 20
    for column in ("indicator_id", "metric", "benchmark", "assessment", "sentence", "value_text"):
        assert west_back[column].fillna("").tolist() == west[column].fillna("").astype(str).tolist(), column
    for column in ("value", "comparator_value", "char_start", "char_end"):
        assert west_back[column].tolist() == west[column].astype(float).tolist(), column
    reports = pd.read_csv(tmp_path / "csv" / "reports.csv", encoding="utf-8-sig")
    west_report = westminster_row(reports)
    assert (west_report["overall_rating"], west_report["overall_rating_rank"]) == ("Good", 3)
    assert west_report["published"] == "2024-11-08"
    wide = pd.read_csv(tmp_path / "csv" / "wide.csv", encoding="utf-8-sig")
    assert westminster_row(wide)["asc_vacancy_rate"] == 5.51


def test_list_cells_are_flattened_and_extra_tables_exported(tables, tmp_path):
    extra = pd.DataFrame({"indicator_id": ["asc_satisfaction"], "report_ids": [["westminster", "york"]],
                          "values": [[61.21, 61.2]]})
    frames = export_frames({**tables, "benchmarks_extra": extra})
    assert list(frames)[-1] == "wide" and "benchmarks_extra" in frames
    assert frames["benchmarks_extra"]["report_ids"].tolist() == ["westminster; york"]
    assert frames["benchmarks_extra"]["values"].tolist() == ["61.21; 61.2"]
    write_csv({"benchmarks_extra": frames["benchmarks_extra"]}, tmp_path)
    assert "westminster; york" in (tmp_path / "benchmarks_extra.csv").read_text(encoding="utf-8-sig")


# --- Excel ---------------------------------------------------------------------------------------

def test_xlsx_has_a_sheet_per_table_with_its_rows(extracted, tables, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "out" / "cqc.xlsx"
    assert export(extracted, path, "xlsx") == [path]
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == [name for name in TABLES if name in tables] + ["wide"]
    for name, frame in tables.items():
        assert book[name].max_row == len(frame) + 1, name  # header row
    sheets = pd.read_excel(path, sheet_name=None)
    assert westminster_row(sheets["wide"])["asc_vacancy_rate"] == 5.51
    reports = westminster_row(sheets["reports"])
    assert (reports["overall_rating"], reports["overall_rating_rank"]) == ("Good", 3)
    comparisons = sheets["comparisons"]
    assert (comparisons["report_id"] == "westminster").sum() == 20
    vacancy = comparisons[(comparisons["report_id"] == "westminster") & (comparisons["indicator_id"] == "asc_vacancy_rate")]
    assert vacancy[["value", "comparator_value", "assessment"]].values.tolist() == [[5.51, 9.74, "better"]]
    assert not [f for f in tmp_path.joinpath("out").iterdir() if f.name != "cqc.xlsx"], "temp files left"


def test_xlsx_keeps_text_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    frame = pd.DataFrame({"text": pd.array(["=SUM(A1:A2)", "bell\x07here", "x" * (EXCEL_CELL_LIMIT + 10), None],
                                           dtype="string")})
    write_xlsx({"t": frame}, tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["t"]
    assert sheet["A2"].value == "=SUM(A1:A2)" and sheet["A2"].data_type == "s"
    assert sheet["A3"].value == "bellhere"
    assert len(sheet["A4"].value) == EXCEL_CELL_LIMIT
    assert sheet["A5"].value is None


# --- command line --------------------------------------------------------------------------------

def test_cli_export(extracted, tmp_path, capsys):
    assert main(["export", str(extracted), "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "wide.csv").exists()
    assert main(["export", str(extracted), "--format", "xlsx", "--out", str(tmp_path / "t.xlsx")]) == 0
    assert (tmp_path / "t.xlsx").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(empty)]) == 2
    assert "no tables" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", str(extracted), "--format", "json"])


# --- README --------------------------------------------------------------------------------------

def readme_blocks() -> list[str]:
    """The python code blocks of README's "Analysing the tables" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^#+ Analysing the tables\n(.*?)(?=^#+ )", text, re.S | re.M)
    assert section, "README has an 'Analysing the tables' section"
    return re.findall(r"```python\n(.*?)```", section.group(1), re.S)


def test_readme_queries_run(extracted, tmp_path):
    """The blocks run in order in one namespace from a folder holding `extracted`; each that sets
    `result` lists councils with their rating, in rating order."""
    blocks = readme_blocks()
    assert any("duckdb" in block for block in blocks) and any("pipeline.wide" in block for block in blocks)
    (tmp_path / "extracted").symlink_to(extracted)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    namespace: dict = {}
    try:
        for block in blocks:
            if "import duckdb" in block:
                pytest.importorskip("duckdb")
            namespace.pop("result", None)
            exec(compile(block, "README.md", "exec"), namespace)
            if "result =" in block:
                result = namespace["result"]
                ratings = [str(r) for r in result["rating"]]
                assert ratings == sorted(ratings, key=RATINGS.index), "rating order kept"
                assert ratings[0] == "Inadequate" and "Good" in ratings
                assert {"Hartlepool Borough Council", "Westminster City Council"} <= set(result["local_authority"])
    finally:
        os.chdir(cwd)
    assert westminster_row(namespace["wide"])["asc_vacancy_rate"] == 5.51
