"""The pandera models and the pyarrow schemas describe the same tables; written tables round-trip."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pandera.engines import pandas_engine
from pandera.errors import SchemaErrors

from conftest import FIXTURES, WESTMINSTER
from pipeline import load
from pipeline.run import run_extract
from pipeline.schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS, pandas_dtype, to_frame
from pipeline.vocab import RATINGS
from pipeline.write import write_tables


@pytest.mark.parametrize("table", list(ARROW_SCHEMAS))
def test_pandera_and_arrow_agree(table):
    arrow, model = ARROW_SCHEMAS[table], PANDERA_SCHEMAS[table]
    assert list(model.columns) == arrow.names
    for field in arrow:
        column = model.columns[field.name]
        assert column.dtype == pandas_engine.Engine.dtype(pandas_dtype(field.type)), field.name
        assert column.nullable == field.nullable, field.name
        assert field.metadata and field.metadata[b"description"], f"{table}.{field.name} has no description"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "westminster.md").write_bytes(WESTMINSTER.read_bytes())
    (raw / "york.txt").write_bytes((FIXTURES / "york_outstanding_pagetext.txt").read_bytes())
    out = tmp_path_factory.mktemp("out")
    result = run_extract(raw, out)
    assert result.ok
    return out


def test_rating_round_trips_as_ordered_category(written):
    reports = load(written)["reports"]
    dtype = reports["overall_rating"].dtype
    assert isinstance(dtype, pd.CategoricalDtype) and dtype.ordered
    assert list(dtype.categories) == list(RATINGS)
    ratings = reports.set_index("report_id")["overall_rating"]
    assert ratings["york"] > ratings["westminster"]  # Outstanding > Good
    assert pq.read_schema(written / "reports.parquet").field("overall_rating").type == pa.dictionary(
        pa.int8(), pa.string(), ordered=True)


def test_scores_are_small_integers_and_dates_are_dates(written):
    tables = load(written)
    assert str(tables["scores"]["score"].dtype) == "Int8"
    assert pq.read_schema(written / "scores.parquet").field("score").type == pa.int8()
    assert pq.read_schema(written / "reports.parquet").field("published").type == pa.date32()
    published = tables["reports"].set_index("report_id")["published"]
    assert published["westminster"] == pd.Timestamp("2024-11-08")


def test_loaded_tables_pass_their_models(written):
    for name, frame in load(written).items():
        PANDERA_SCHEMAS[name].validate(frame)


def test_invalid_rows_are_never_written(tmp_path):
    bad = to_frame("scores", [{"report_id": "x", "theme": 1, "quality_statement": "Safeguarding", "score": 7,
                               "score_label": None, "section_score": 7, "summary_score": None, "section_id": "s1",
                               "char_start": 0, "char_end": 1, "sentence": "Score: 7"}])
    with pytest.raises(SchemaErrors):
        write_tables({"scores": bad}, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_report_with_invalid_rows_is_dropped_not_written(westminster):
    from pipeline.extract import extract_path
    from pipeline.run import validated_frames

    good, bad = westminster, extract_path(FIXTURES / "kent_good_markdown.md", FIXTURES)  # good: only read
    bad.tables["scores"][0]["score"] = 7  # a row no model accepts
    rows = {name: good.tables[name] + bad.tables[name] for name in good.tables}
    failures: list = []
    frames = validated_frames(rows, failures)
    assert [label for label, _ in failures] == ["kent_good_markdown.md"]
    assert "scores rows failed validation" in failures[0][1]
    assert set(frames["reports"]["report_id"]) == {"westminster"}
    assert set(frames["warnings"]["report_id"]) <= {"westminster"}


def test_quick_number_checks_agree_with_pandera():
    """checks._number_passes answers as pandas + pandera do, for every numeric column of the reports
    table and values at and around each bound, or leaves the value to them (None)."""
    import pandas as pd

    from pipeline.checks import _number_passes
    from pipeline.schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS, pandas_dtype

    model, arrow = PANDERA_SCHEMAS["reports"], ARROW_SCHEMAS["reports"]
    values = [0, 1, -1, 0.0, 0.5, 8, 9, 36, 37, 99.9, 100, 100.0, 100.01, 1e6, 32767, 32768, -32769, 2**63, 7.0, 3.25]
    decided = 0
    for name, column in model.columns.items():
        for value in values:
            quick = _number_passes(value, arrow.field(name).type, column.checks)
            if quick is None:
                continue
            series = pd.Series([value], dtype=pandas_dtype(arrow.field(name).type))
            assert quick == all(bool(check(series).check_passed) for check in column.checks), (name, value)
            decided += 1
    assert decided > 200
