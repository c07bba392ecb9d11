"""Shared helpers: run the pipeline on a report path or on text written to a temp file."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import ReportRows, extract_path, extract_text
from pipeline.records import ReportText

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
WESTMINSTER = ROOT / "raw" / "westminster.md"


def extract_string(text: str, report_id: str = "sample", layout: str = "markdown") -> ReportRows:
    """Rows for a report given as already-normalised text (own-words shape fixtures)."""
    return extract_text(ReportText(report_id, f"{report_id}.md", "0" * 64, layout, text))


@pytest.fixture(scope="session")
def westminster() -> ReportRows:
    return extract_path(WESTMINSTER)
