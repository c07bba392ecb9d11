"""The data dictionary is generated from the schemas and must be current."""
from conftest import ROOT
from pipeline.docs import data_dictionary
from pipeline.schemas import ARROW_SCHEMAS


def test_data_dictionary_is_current():
    committed = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), "run `make docs` and commit docs/tables.md"


def test_every_column_documented():
    text = data_dictionary()
    for table, schema in ARROW_SCHEMAS.items():
        assert f"## {table}.parquet" in text
        for name in schema.names:
            assert f"| `{name}` |" in text
