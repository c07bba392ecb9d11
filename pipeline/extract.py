"""One report, end to end: read, section, analyse, link, summarise; rows for every table."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .atoms import Atom, Sentence, analyse
from .comparisons import Comparison, link_comparisons, table_comparisons
from .facts import extract_facts
from .ingest import read_report
from .vocab import Code
from .records import Finding, ReportText
from .rules import lexicon
from .sections import SectionIndex, build_sections, outside_statements
from .summary import summarise

_CLAUSE_END = re.compile(
    r"(?:,\s*(?:which|and|but|while|whereas|this|that|so|well)\b|\s(?:which|compared|in comparison|whereas|while|against)\b"
    r"|\b(?:(?:slightly|significantly|also|much)\s+)?(?:lower|higher|similar|in line|fewer|better|worse|above|below)\b).*$",
    re.IGNORECASE | re.DOTALL)
_LEAD = re.compile(r"^.*\b(?:that|showed|shows|indicated|indicates|with|where|of which|whereby)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,]+(?:which|was|is|were|are|at|of|stood|remains?|reported|as|be|been|to|had|has)$",
                       re.IGNORECASE)


def _tidy(text: str) -> str:
    """Strip edge punctuation and close or drop an unbalanced parenthesis."""
    text = " ".join(text.split()).strip(" ,.;:")
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")].strip(" ,") if text.endswith("(") else text + ")"
    return text


@dataclass
class ReportRows:
    report_id: str
    source_file: str
    source_sha256: str
    local_authority: str | None
    published: object
    tables: dict[str, list[dict]] = field(default_factory=dict)


def metric_for(comparison: Comparison, sentences: list[Sentence]) -> str:
    """What is measured: the words after the council's figure ('of people who ...') up to the
    relation or benchmark words, or, when the figure closes its clause ('turnover was 5.3%'),
    the words before it (after any benchmark or relation words there)."""
    value = comparison.value_atom
    sentence = sentences[value.sentence]
    others = [a for a in (comparison.relation_atom, comparison.bench_atom, comparison.comparator_atom)
              if a is not None and a.sentence == value.sentence]
    stop = min([a.start for a in others if a.start >= value.end], default=sentence.end)
    after = sentence.text[value.end - sentence.start:stop - sentence.start]
    after = _CLAUSE_END.sub("", after.split(";")[0]).strip(" ,.)")
    after = re.sub(r"^(?:of|for)\s+", "", after)
    if len(after.split()) >= 3:
        return _tidy(after)
    begin = max([a.end for a in others if a.end <= value.start], default=sentence.start)
    before = _LEAD.sub("", sentence.text[begin - sentence.start:value.start - sentence.start].split(";")[-1])
    previous = None
    while previous != before:
        previous, before = before, _TRAILING.sub("", before.strip(" ,(")).strip()
    before = re.sub(r"^(?:and|but|while|whereas|of)\s+", "", before.strip(" ,.;:"), flags=re.IGNORECASE)
    return _tidy(before or after or sentence.text)


def _provenance(index: SectionIndex, start: int, end: int, sentence: str) -> dict:
    section = index.at(start)
    return {"section_id": section.section_id if section else None, "char_start": start,
            "char_end": end, "sentence": sentence.strip()}


def _statement_at(index: SectionIndex, offset: int) -> str | None:
    section = index.at(offset)
    return section.quality_statement if section else None


def _distribution_findings(sentences: list[Sentence], atoms: list[Atom]) -> list[Finding]:
    """A sentence listing three or more rating shares ('11% Outstanding, 44% Good, ...') should sum to ~100."""
    categories = [c.lower() for c in lexicon()["distribution_categories"]]
    tolerance = lexicon()["distribution_tolerance_pct"]
    findings = []
    by_sentence: dict[int, list[Atom]] = {}
    for atom in atoms:
        if atom.label == "PERCENT" and atom.value is not None:
            by_sentence.setdefault(atom.sentence, []).append(atom)
    for index, shares in by_sentence.items():
        if len(shares) < 3:
            continue
        sentence = sentences[index]
        labelled = 0
        for i, atom in enumerate(shares):
            stop = shares[i + 1].start if i + 1 < len(shares) else sentence.end
            window = sentence.text[atom.end - sentence.start:stop - sentence.start][:60].lower()
            labelled += any(c in window for c in categories)
        if labelled >= 3 and labelled == len(shares):
            total = sum(a.value for a in shares)  # type: ignore[misc]
            if abs(total - 100) > tolerance:
                findings.append(Finding(Code.DISTRIBUTION_NOT_100, f"shares {', '.join(a.text for a in shares)} sum to {total:g}%",
                    char_start=shares[0].start, char_end=shares[-1].end, sentence=sentence.text))
    return findings


def _truncation_findings(text: str, complete: bool) -> list[Finding]:
    """An incomplete report whose last line stops mid-sentence was most likely cut short."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if complete or not last or last[-1] in ".!?:;)]\"'" or last.startswith("#") or len(last) < 20:
        return []
    end = len(text.rstrip())
    return [Finding(Code.TRUNCATED, f"the report stops mid-sentence: ...{last[-60:]!r}",
                    char_start=end - len(last), char_end=end, sentence=last)]


def _within_schema(row: dict, fields: list[str], findings: list[Finding]) -> dict:
    """Null (with a warning) any report value its column cannot hold or whose checks it fails."""
    import pandas as pd

    from .schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS, pandas_dtype

    model, arrow = PANDERA_SCHEMAS["reports"], ARROW_SCHEMAS["reports"]
    for name in fields:
        if row.get(name) is None:
            continue
        try:
            series = pd.Series([row[name]], dtype=pandas_dtype(arrow.field(name).type))
            passed = all(bool(check(series).check_passed) for check in model.columns[name].checks)
        except (TypeError, ValueError, OverflowError):
            passed = False
        if not passed:
            findings.append(Finding(Code.VALUE_OUT_OF_RANGE, f"{name}: {row[name]!r} is outside what the column allows; recorded as null"))
            row[name] = None
    return row


def extract_text(report: ReportText) -> ReportRows:
    """All rows of all tables for one normalised report."""
    sections = build_sections(report.report_id, report.text, report.layout)
    index = SectionIndex(sections)
    summary = summarise(report.text, sections, report.source_file)
    sentences, atoms = analyse(report.text, frozenset(s.char_start for s in sections if s.kind != "front"))
    comparisons, comparison_findings = link_comparisons(sentences, atoms)
    linked = {(c.value_atom.start, c.comparator_atom.start) for c in comparisons}
    comparisons += [c for c in table_comparisons(report.text, atoms)
                    if (c.value_atom.start, c.comparator_atom.start) not in linked]
    comparisons.sort(key=lambda c: (c.value_atom.start, c.comparator_atom.start))
    facts, fact_findings = extract_facts(report.text, outside_statements(sections))
    findings = [*report.findings, *summary.findings, *fact_findings, *comparison_findings,
                *_distribution_findings(sentences, atoms), *_truncation_findings(report.text, summary.complete)]
    rid = report.report_id
    labels = lexicon()["score_labels"]

    in_comparison = {a.start for c in comparisons for a in (c.value_atom, c.comparator_atom)}
    percentages = [{
        "report_id": rid, "value": a.value, "text": a.text,
        "quality_statement": _statement_at(index, a.start), "in_comparison": a.start in in_comparison,
        **_provenance(index, a.start, a.end, sentences[a.sentence].text),
    } for a in atoms if a.label == "PERCENT"]
    for a in atoms:
        if a.label in {"PERCENT", "QUANTITY"} and a.is_range:
            findings.append(Finding(Code.RANGE_FIGURE, f"{a.text!r} is a range; value null, not compared",
                                    char_start=a.start, char_end=a.end, sentence=sentences[a.sentence].text))
        elif a.label in {"PERCENT", "QUANTITY"} and a.value is None:
            findings.append(Finding(Code.MALFORMED_NUMBER, f"{a.text!r} is not a well-formed figure; value null",
                                    char_start=a.start, char_end=a.end, sentence=sentences[a.sentence].text))
    comparison_rows = [{
        "report_id": rid, "quality_statement": _statement_at(index, c.value_atom.start),
        "metric": c.metric or metric_for(c, sentences), "value": c.value, "value_text": c.value_text, "unit": c.unit,
        "comparator": c.comparator, "comparator_text": c.comparator_text, "comparator_value": c.comparator_value,
        "comparator_value_text": c.comparator_value_text, "stated_relation": c.stated_relation,
        "stated_relation_text": c.stated_relation_text, "computed_relation": c.computed_relation,
        "source": c.source, "source_year": c.source_year, "source_text": c.source_text,
        "source_location": c.source_location, "value_location": c.value_location,
        **_provenance(index, c.char_start, c.char_end, report.text[c.sentence_start:c.sentence_end]),
    } for c in comparisons]
    score_rows = [{
        "report_id": rid, "theme": s.theme, "quality_statement": s.quality_statement, "score": s.score,
        "score_label": labels.get(str(s.score)) if s.score is not None else None,
        "section_score": s.section_score, "summary_score": s.summary_score,
        "section_id": s.source.section_id, "char_start": s.source.char_start, "char_end": s.source.char_end,
        "sentence": s.source.printed,
    } for s in summary.scores]
    section_rows = [{"report_id": rid, **vars(s)} for s in sections]
    checked = _within_schema({"overall_score_pct": summary.overall_score_pct,
                              **{name: fact.value for name, fact in facts.items()}},
                             ["overall_score_pct", *facts], findings)
    for finding in findings:
        if finding.section_id is None and finding.char_start is not None:
            section = index.at(finding.char_start)
            finding.section_id = section.section_id if section else None
    warning_rows = [{"report_id": rid, "source_file": report.source_file, **f.to_row()} for f in findings]
    report_row = {
        "report_id": rid, "local_authority": summary.local_authority, "published": summary.published,
        "overall_rating": summary.overall_rating, "overall_score_pct": checked.pop("overall_score_pct"),
        "score_sum": summary.score_sum, "complete": summary.complete, "layout": report.layout,
        "source_file": report.source_file, "source_sha256": report.source_sha256,
        **checked,
        "n_percentages": len(percentages), "n_comparisons": len(comparison_rows), "n_warnings": len(warning_rows),
    }
    return ReportRows(rid, report.source_file, report.source_sha256, summary.local_authority, summary.published, {
        "reports": [report_row], "sections": section_rows, "scores": score_rows,
        "percentages": percentages, "comparisons": comparison_rows, "warnings": warning_rows,
    })


def extract_path(path: Path, root: Path | None = None) -> ReportRows:
    return extract_text(read_report(path, root))
