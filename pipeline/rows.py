"""Rows of the per-report tables (vocab.REPORT_TABLES) for one report, each carrying its provenance.

Every row-level table gets `section_id`, `char_start`, `char_end` and `sentence`; column
order and types are the schemas' (schemas.py), applied when the rows become frames.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .atoms import Atom, Sentence
from .comparisons import Comparison
from .councils import council_columns
from .figures import Figure
from .indicators import indicator_columns
from .metric import metric_for
from .pdf import page_at
from .records import Finding, ReportText, Spans
from .sections import Section, SectionIndex
from .summary import ReportSummary
from .vocab import SCORE_LABELS, THEMES


@dataclass
class ReportRows:
    report_id: str
    source_file: str
    source_sha256: str
    local_authority: str | None
    published: object
    tables: dict[str, list[dict]] = field(default_factory=dict)


def provenance(index: SectionIndex, start: int, end: int, sentence: str) -> dict:
    section = index.at(start)
    return {"section_id": section.section_id if section else None, "char_start": start,
            "char_end": end, "sentence": sentence.strip()}


def statement_at(index: SectionIndex, offset: int) -> str | None:
    section = index.at(offset)
    return section.quality_statement if section else None


def percentage_rows(rid: str, index: SectionIndex, sentences: list[Sentence], atoms: list[Atom],
                    comparisons: list[Comparison]) -> list[dict]:
    in_comparison = {a.start for c in comparisons for a in (c.value, c.figure)}
    return [{"report_id": rid, "value": a.value, "text": a.text, "quality_statement": statement_at(index, a.start),
             "in_comparison": a.start in in_comparison, **provenance(index, a.start, a.end, sentences[a.sentence].text)}
            for a in atoms if a.label == "PERCENT"]


def comparison_rows(rid: str, index: SectionIndex, text: str, sentences: list[Sentence],
                    comparisons: list[Comparison]) -> list[dict]:
    rows = []
    for c in comparisons:
        c.metric = c.metric or metric_for(c, sentences)
        row, sentence = c.to_row(), text[c.sentence_start:c.sentence_end]
        rows.append({"report_id": rid, "quality_statement": statement_at(index, c.value.start), **row,
                     **indicator_columns(c.metric, sentence, c.value.start - c.sentence_start, row),
                     **provenance(index, c.char_start, c.char_end, sentence)})
    return rows


def figure_rows(rid: str, index: SectionIndex, figures: list[Figure], comparisons: list[Comparison]) -> list[dict]:
    """Every other number (figures.py), flagged when it is a figure of a comparison."""
    linked = Spans([(a.start, a.end) for c in comparisons for a in (c.value, c.figure)])
    return [{"report_id": rid, "value": f.value, "value_low": f.value_low, "value_high": f.value_high, "text": f.text,
             "kind": f.kind, "unit": f.unit, "measure": f.measure, "qualifier": f.qualifier, "as_of": f.as_of,
             "topic": f.topic, "quality_statement": statement_at(index, f.char_start),
             "in_comparison": linked.overlaps(f.char_start, f.char_end),
             **provenance(index, f.char_start, f.char_end, f.sentence)} for f in figures]


def score_rows(rid: str, summary: ReportSummary) -> list[dict]:
    return [{
        "report_id": rid, "theme": s.theme, "theme_name": THEMES.get(s.theme), "quality_statement": s.quality_statement,
        "score": s.score,
        "score_label": SCORE_LABELS.get(s.score) if s.score is not None else None,
        "section_score": s.section_score, "summary_score": s.summary_score,
        "section_id": s.source.section_id, "char_start": s.source.char_start, "char_end": s.source.char_end,
        "sentence": s.source.printed,
    } for s in summary.scores]


def section_rows(rid: str, sections: list[Section]) -> list[dict]:
    return [{"report_id": rid, **vars(s)} for s in sections]


def warning_rows(report: ReportText, index: SectionIndex, findings: list[Finding]) -> list[dict]:
    """Findings as warnings rows; a finding with an offset but no section gets the section there."""
    for finding in findings:
        if finding.section_id is None and finding.char_start is not None:
            section = index.at(finding.char_start)
            finding.section_id = section.section_id if section else None
    return [{"report_id": report.report_id, "source_file": report.source_file, **f.to_row()} for f in findings]


def add_pages(tables: dict[str, list[dict]], report: ReportText) -> None:
    """Each row of the row-level tables gets the PDF page its char_start is on (None for other formats)."""
    for name in ("scores", "percentages", "comparisons", "figures", "warnings"):
        for row in tables.get(name, []):
            row["page"] = page_at(report.pages, row.get("char_start"))


def report_row(report: ReportText, summary: ReportSummary, checked: dict, counts: dict[str, int]) -> dict:
    """The reports row: summary values, checked facts, and counts of the report's other rows."""
    return {
        "report_id": report.report_id, "local_authority": summary.local_authority,
        **council_columns(summary.local_authority)[0], "published": summary.published,
        "overall_rating": summary.overall_rating, "overall_score_pct": checked.pop("overall_score_pct"),
        "score_sum": summary.score_sum, "complete": summary.complete, "layout": report.layout,
        "source_file": report.source_file, "source_sha256": report.source_sha256, **checked,
        "n_percentages": counts["percentages"], "n_comparisons": counts["comparisons"],
        "n_warnings": counts["warnings"],
    }
