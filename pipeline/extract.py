"""One report, end to end: read, section, analyse, link, summarise; rows for every table.

Stages: ingest.read_report -> sections.build_sections -> summary.summarise (rating, scores,
dates) -> atoms.analyse (spaCy: atoms and cues) -> comparisons.link_comparisons and
comparison_tables.table_comparisons -> facts.extract_facts -> checks (consistency findings)
-> rows (one list of dicts per table).
"""
from __future__ import annotations

from pathlib import Path

from .atoms import Analysis, Sentence, analyse_report
from .checks import cut_figure_end, distribution_findings, figure_findings, truncation_findings, within_schema
from .comparison_tables import table_comparisons
from .comparisons import Comparison, link_comparisons
from .councils import council_findings
from .facts import extract_facts
from .figures import extract_figures
from .gcpause import collector_paused
from .ingest import read_report
from .records import ReportText
from .rows import (ReportRows, add_pages, comparison_rows, figure_rows, percentage_rows, report_row, score_rows, section_rows,
                   warning_rows)
from .sections import SectionIndex, build_sections, fact_regions
from .summary import summarise
from .vocab import REPORT_TABLES

__all__ = ["ReportRows", "extract_text", "extract_path"]


def _all_comparisons(text: str, sentences, atoms, council: str | None) -> tuple[list[Comparison], list]:
    """Prose comparisons, then table rows not already linked in prose, in document order."""
    comparisons, findings = link_comparisons(sentences, atoms, council)
    linked = {(c.value.start, c.figure.start) for c in comparisons}
    comparisons += [c for c in table_comparisons(text, atoms, sentences) if (c.value.start, c.figure.start) not in linked]
    comparisons.sort(key=lambda c: (c.value.start, c.figure.start))
    return comparisons, findings


@collector_paused()
def extract_text(report: ReportText) -> ReportRows:
    """All rows of all tables for one normalised report."""
    rid, text = report.report_id, report.text
    sections = build_sections(rid, text, report.layout)
    index = SectionIndex(sections)
    summary = summarise(text, sections, report.source_file)
    analysis = analyse_report(text, frozenset(s.char_start for s in sections if s.kind != "front"))
    cut = cut_figure_end(text, summary.complete)  # a figure the report stops in: not read (TRUNCATED says so)
    sentences, atoms = analysis.sentences, [a for a in analysis.atoms if a.end != cut]
    comparisons, comparison_findings = _all_comparisons(text, sentences, atoms, summary.local_authority)
    facts, fact_findings = extract_facts(text, fact_regions(sections), analysis.docs)
    facts = {name: fact for name, fact in facts.items() if fact.char_end != cut}
    findings = [*report.findings, *summary.findings, *fact_findings, *comparison_findings,
                *distribution_findings(sentences, atoms), *truncation_findings(text, summary.complete),
                *figure_findings(sentences, atoms), *council_findings(summary.local_authority)]
    tables = {
        "percentages": percentage_rows(rid, index, sentences, atoms, comparisons),
        "comparisons": comparison_rows(rid, index, text, sentences, comparisons),
        "figures": figure_rows(rid, index, [f for f in extract_figures(text, _with_digits(sentences, analysis)) if f.char_end != cut],
                               comparisons),
        "scores": score_rows(rid, summary), "sections": section_rows(rid, sections)}
    checked = within_schema({"overall_score_pct": summary.overall_score_pct,
                             **{name: fact.value for name, fact in facts.items()}},
                            ["overall_score_pct", *facts], findings)
    tables["warnings"] = warning_rows(report, index, findings)
    add_pages(tables, report)
    tables["reports"] = [report_row(report, summary, checked, {name: len(rows) for name, rows in tables.items()})]
    return ReportRows(rid, report.source_file, report.source_sha256, summary.local_authority, summary.published,
                      {name: tables[name] for name in REPORT_TABLES})


def _with_digits(sentences: list[Sentence], analysis: Analysis) -> list[Sentence]:
    """The sentences the figures table reads: those of paragraphs with a digit (a paragraph read only for a time in
    words, 'waited three weeks, against five weeks', serves the comparisons)."""
    return [s for s in sentences if s.paragraph not in analysis.spelled_only]


@collector_paused()
def extract_path(path: Path, root: Path | None = None) -> ReportRows:
    """All rows for one raw input (a file or a folder of one report's pages)."""
    return extract_text(read_report(path, root))
