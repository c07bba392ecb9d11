"""Stage 3d: report-level values: council, publication date, rating, overall %, the nine scores.

Also the checks that tie them together: summary score versus section score, rating
versus the band of the score sum, printed percentage versus sum / 36, missing statements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from .detect import require_report
from .vocab import Code
from .records import Finding
from .rules import compile_pattern, lexicon, load_json, section_rules, squash
from .sections import Section, outside_statements


FIRST_PUBLISHED = date(2023, 1, 1)  # the first local authority assessments (pilots) were published in 2023


@dataclass
class ScoreLine:
    statement: str
    score: int | None
    printed: str
    char_start: int
    char_end: int
    section_id: str | None


@dataclass
class StatementScore:
    quality_statement: str
    theme: int
    score: int | None
    section_score: int | None
    summary_score: int | None
    source: ScoreLine


@dataclass
class ReportSummary:
    local_authority: str | None = None
    published: date | None = None
    overall_rating: str | None = None
    overall_score_pct: float | None = None
    scores: list[StatementScore] = field(default_factory=list)
    score_sum: int | None = None
    complete: bool = False
    findings: list[Finding] = field(default_factory=list)


@lru_cache(maxsize=1)
def report_rules() -> dict:
    data = load_json("report.json")
    compiled: dict = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            compiled[key] = [compile_pattern(p, f"report.json: {key}") for p in value]
        else:
            compiled[key] = compile_pattern(value, f"report.json: {key}")
    return compiled


def _lines(text: str, base: int):
    """(offset, line) for each line, without its surrounding spaces; the offset is where the
    stripped line starts, so offset + len(line) is where it ends."""
    offset = base
    for line in text.split("\n"):
        yield offset + len(line) - len(line.lstrip()), line.strip()
        offset += len(line) + 1


def _score_lines(section: Section) -> list[tuple[int, str, int | None, str | None]]:
    """(offset, printed line, score, label) for each score line in a section's own text."""
    rules = report_rules()
    found = []
    for offset, line in _lines(section.text, section.char_start):
        match = rules["score_line"].match(line) or rules["label_line"].match(line)
        if match:
            found.append((offset, line, int(match.group("score")), match.group("label")))
    return found


def _check_score(printed_score: int, label: str | None, where: str, offset: int, line: str,
                 findings: list[Finding]) -> int | None:
    labels = lexicon()["score_labels"]
    if str(printed_score) not in labels:
        findings.append(Finding(Code.MALFORMED_NUMBER, f"{where}: score {printed_score} is outside 1-4",
                                char_start=offset, char_end=offset + len(line), sentence=line))
        return None
    if label and label.strip(" .").lower() != labels[str(printed_score)].lower():
        findings.append(Finding(Code.SCORE_LABEL_MISMATCH, f"{where}: score {printed_score} printed with label {label!r}",
                                char_start=offset, char_end=offset + len(line), sentence=line))
    return printed_score


def section_scores(sections: list[Section], findings: list[Finding]) -> dict[str, ScoreLine]:
    """The score at the top of each statement's own section (doubled lines must agree)."""
    scores: dict[str, ScoreLine] = {}
    for section in sections:
        if section.kind != "quality_statement" or section.quality_statement is None:
            continue
        lines = _score_lines(section)
        if not lines:
            continue
        offset, printed, score, label = lines[0]
        value = _check_score(score, label, section.quality_statement, offset, printed, findings)
        others = {s for _, _, s, _ in lines[1:]}
        if others - {score}:
            findings.append(Finding(Code.SCORE_MISMATCH, f"{section.quality_statement}: score lines disagree ({printed!r} then {sorted(others)})",
                                    section.section_id, offset, offset + len(printed), printed))
        if section.quality_statement in scores:
            findings.append(Finding(Code.DUPLICATE_STATEMENT, f"{section.quality_statement}: a second section with a score; kept the first",
                                    section.section_id, offset, offset + len(printed), printed))
            continue
        scores[section.quality_statement] = ScoreLine(section.quality_statement, value, printed, offset,
                                                      offset + len(printed), section.section_id)
    return scores


_SCORE_AFTER_NAME = re.compile(r"^[\s|:\-\u2013\u2014,]*(?:score\s*[:\-]?\s*)?(?P<score>\d)\b"
                               r"(?:(?:\s*(?:-|\u2013|\u2014|:)\s*|\s+)(?P<label>evidence shows.*?))?[\s|]*$")
_BARE_SCORE = re.compile(r"^[\s|]*(?P<score>\d)[\s|]*$")


def summary_scores(sections: list[Section], findings: list[Finding]) -> dict[str, ScoreLine]:
    """Scores in the 'Quality statement scores' list, in any of its shapes: a statement name then
    'Score: 3' on the next line, 'Assessing needs: Score 2', 'Assessing needs: 4', a table row
    '| Assessing needs | 3 |', or a name followed by a bare '3' (an HTML table or list)."""
    rules = report_rules()
    scores: dict[str, ScoreLine] = {}

    def record(statement: str, match: re.Match[str], offset: int, line: str, section: Section) -> None:
        if statement in scores:
            return
        value = _check_score(int(match.group("score")), match.groupdict().get("label"), f"summary: {statement}",
                             offset, line.strip(), findings)
        scores[statement] = ScoreLine(statement, value, line.strip(), offset, offset + len(line.rstrip()),
                                      section.section_id)

    for section in _score_list_sections(sections):
        current, wrapped, lines = None, False, list(_lines(section.text, section.char_start))
        for k, (offset, line) in enumerate(lines):
            following = lines[k + 1][1] if k + 1 < len(lines) else ""
            if wrapped and (match := _ROW_SCORE.match(line)) and current:
                record(current, match, offset, line, section)  # '| lives | 2 |' under '| Supporting people to live healthier | |'
            row = None if wrapped else _wrapped_row(line, following)
            named = None if wrapped else _statement_in_line(line) or _wrapped_name(line) or row
            wrapped = named is not None and named is row  # the next line is this row's second
            if named is not None:
                current = named[0].name
                same_line = _SCORE_AFTER_NAME.match(named[1]) or (_ROW_SCORE.match(line) if wrapped else None)
                if same_line:
                    record(current, same_line, offset, line, section)
                continue
            match = rules["score_line"].match(line) or rules["label_line"].match(line) or _BARE_SCORE.match(line)
            if match and current:
                record(current, match, offset, line, section)
    return scores


_ROW_SCORE = re.compile(r"^\|[^|]*\|\s*(?P<score>\d)\s*\|$")  # '| lives | 2 |': a table row's score cell


def _wrapped_row(line: str, following: str):
    """'| Supporting people to live healthier | |' then '| lives | 2 |': a table row whose statement name wrapped onto
    the next row's first cell (a table copied from a PDF); the score is in either row."""
    if not (line.startswith("|") and following.startswith("|")) or line.count("|") < 3 or following.count("|") < 3:
        return None
    name = f"{line.split('|')[1].strip()} {following.split('|')[1].strip()}"
    named = section_rules().statement_at_start(name)
    return (named[0], "") if named is not None and not named[1].strip() else None


_COLUMNS = re.compile(r"^(?P<name>\S.*?\S)\s{2,}(?P<score>score\s*:?\s*\d)\s+(?P<tail>[a-z][a-z ,]*)$", re.IGNORECASE)


def _wrapped_name(line: str):
    """'Supporting people to live healthier     Score: 2 lives': a statement name in a column whose last words
    wrapped onto the next line (text copied from a PDF), which ingest joined after its score."""
    columns = _COLUMNS.match(line.strip())
    if columns is None or not columns.group("tail")[0].islower():
        return None
    named = section_rules().statement_at_start(f"{columns.group('name')} {columns.group('tail')}")
    return (named[0], " " + columns.group("score").lower()) if named is not None and not named[1].strip() else None


def _score_list_sections(sections: list[Section]) -> list[Section]:
    """The 'Quality statement scores' sections, each with the theme sections right after it (a
    score list grouped under theme headings: '### Theme 1: ...', then its statements' scores)."""
    found, listing = [], False
    for section in sections:
        listing = section.kind == "score_summary" or listing and (
            section.kind == "theme" or section.kind == "subheading" and _names_a_theme(section.heading))
        if listing:
            found.append(section)
    return found


@lru_cache(maxsize=1)
def _theme_headings() -> tuple[re.Pattern[str], ...]:
    """Each theme's name as a pattern, any name standing for 'the local authority' ('How Hallowgate works with
    people'), and its short name with words after it ('Ensuring safety within the system')."""
    rules = section_rules()
    names = [re.escape(name.lower()).replace("the\\ local\\ authority", ".+") for name in rules.themes.values()]
    return tuple(re.compile(p) for p in [*names, *(re.escape(short.lower()) + r"\b.*" for short in rules.theme_short.values())])


def _names_a_theme(heading: str) -> bool:
    """Is a subheading a theme's ('### Working with people' over its cards, '#### How Hallowgate works with people')?"""
    return any(pattern.fullmatch(heading.strip().lower()) for pattern in _theme_headings())


def _statement_in_line(line: str):
    """A statement name opening the line, or opening a later cell of a table row whose first
    cells name its theme ('| How Westerleigh works with people | Assessing needs | 3 |')."""
    srules = section_rules()
    named = srules.statement_at_start(line)
    if named is not None or not line.lstrip().startswith("|"):
        return named
    cells = line.strip().strip("|").split("|")
    return next((found for i in range(1, len(cells))
                 if (found := srules.statement_at_start("|" + "|".join(cells[i:]) + "|")) is not None), None)


def _first(patterns: list[re.Pattern[str]], text: str, group: str,
           spans: list[tuple[int, int]] | None = None) -> re.Match[str] | None:
    """The earliest match of any pattern, searching only the given character spans (a pattern's
    first match in a span is its earliest there: no need to find the rest)."""
    spans = spans if spans is not None else [(0, len(text))]
    matches = [m for p in patterns for start, end in spans if (m := p.search(text, start, end)) is not None]
    return min(matches, key=lambda m: m.start(group)) if matches else None


def parse_date(printed: str) -> date | None:
    """'8 November 2024', '8th Nov 2024' or '08/11/2024' as a date; None if it is not one."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", printed).replace(",", "")
    for fmt in ("%d %B %Y", "%d %b %Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def local_authority(sections: list[Section], text: str) -> str | None:
    """The council: from the title ('X: local authority assessment', pilot 'X assessment', 'About X'), else from the text."""
    rules = report_rules()
    # the real title as a subheading under a caption or a council's own heading ('Calderbury City Council: local authority
    # assessment' after 'Local authority assessment' or 'Our CQC adult social care assessment'), read by the first, strict
    # pattern only, before a title read by a looser one
    titled = _titled_names(sections, {"title", "subheading"}, rules["title_authority"][:1])[:1] or _titled_names(sections, {"title"})
    names = titled + _titled_names(sections, {"overview"})
    if names:  # 'Brackenholt: local authority assessment', then 'About Brackenholt Metropolitan Borough Council'
        fuller = [n for n in names if n.startswith(names[0] + " ") and n.lower().endswith("council")]
        return max(fuller, key=len) if fuller else names[0]
    named = _rating_block_authority(sections)
    if named:
        return named
    match = _first(rules["text_authority"], text, "name")
    return match.group("name").strip() if match else None


def _titled_names(sections: list[Section], kinds: set[str], patterns: list[re.Pattern[str]] | None = None) -> list[str]:
    """The council's name in the headings of these kinds of section ('X: local authority assessment', 'About X'; by
    `patterns`, report.json's title_authority when None), a leading 'the' aside ('About the Royal Borough of Kingsbury
    and Hythe')."""
    names = [match.group("name").strip(" :\u2013\u2014-") for section in sections if section.kind in kinds
             for pattern in patterns or report_rules()["title_authority"] if (match := pattern.match(section.heading.strip()))]
    names = [n.split(" | ")[0].strip() for n in names]  # 'About Wyrebrook Council | Summary | Theme 1 | ...': a tab bar
    names = [n[4:] if n[:4].lower() == "the " else n for n in names]
    return [n for n in names if not _generic(n)]  # 'Local authority assessment', a caption above the title


def _generic(name: str) -> bool:
    """A name made only of words any council's name has ('Local authority'): lexicon council_words."""
    words = set(lexicon()["council_words"])
    return all(w.lower() in words for w in name.split())


def _rating_block_authority(sections: list[Section]) -> str | None:
    """The council's name as printed on the line above the rating in the rating block
    ('Local authority rating and score' / 'Brindleford City Council' / 'Good'): a summary
    page saved without its title still names its council there."""
    ratings = report_rules()["rating_line"]
    ids = {s.section_id for s in sections if s.kind == "rating"}
    previous = None
    for section in (s for s in sections if s.section_id in ids or s.parent_id in ids):
        lines = [line.lstrip("# ") for _, line in _lines(section.text, section.char_start) if line]
        for line in lines[1:] if section.section_id in ids else lines:  # not the block's own heading
            if any(p.match(line) for p in ratings):
                return previous
            previous = line if len(line) <= 90 and not any(ch.isdigit() for ch in line) else None
        previous = None
    return None


def overall_rating(sections: list[Section]) -> tuple[str | None, float | None]:
    """The rating line in the rating block (else the summary or front matter), and 'Score: NN' under it; a block
    headed 'Rating' after the first theme or statement is a table's column in a statement page, not the council's,
    unless an 'Overall summary' heads it (the summary page saved after the statement pages)."""
    rules = report_rules()
    ratings = {r.lower(): r for r in lexicon()["ratings"]}
    body = min((s.char_start for s in sections if s.kind in {"theme", "quality_statement"}), default=None)
    summaries = {s.section_id for s in sections if s.kind == "summary"}  # a summary page saved after the statements
    late = {s.section_id for s in sections if s.kind == "rating" and body is not None and s.char_start > body
            and s.parent_id not in summaries}
    for kinds in ({"rating"}, {"summary", "score_summary"}, {"front", "title"}):
        rating, pct = None, None
        ids = {s.section_id for s in sections if s.kind in kinds} - late  # not a table's 'Rating' column in a statement
        for section in (s for s in sections if (s.section_id in ids or s.parent_id in ids) and s.section_id not in late):
            for _, line in _lines(section.text, section.char_start):
                match = next((m for p in rules["rating_line"] if (m := p.match(line))), None)
                if match and rating is None:
                    rating = ratings[match.group("rating").lower()]
                pct_match = rules["overall_pct_line"].match(line)
                if pct_match and rating is not None and pct is None and int(pct_match.group("pct")) > 4:
                    pct = float(pct_match.group("pct"))
        if rating is not None:
            return rating, pct
    return None, None


def summarise(text: str, sections: list[Section], source_file: str) -> ReportSummary:
    """Report-level values and their consistency findings; refuses text that is no CQC report
    (nor a saved part of one: see detect.py)."""
    require_report(text, source_file)
    findings: list[Finding] = []
    summary = ReportSummary(findings=findings)
    rules = report_rules()
    by_section = section_scores(sections, findings)
    by_summary = summary_scores(sections, findings)
    summary.overall_rating, summary.overall_score_pct = overall_rating(sections)
    summary.local_authority = local_authority(sections, text)
    summary.published = _published(text, findings)
    if summary.overall_score_pct is None:  # stated in the summary, never in a statement's prose
        pct = _first(rules["overall_pct_text"], text, "pct", outside_statements(sections))
        summary.overall_score_pct = float(pct.group("pct")) if pct else None
    if summary.overall_rating is None:
        findings.append(Finding(Code.MISSING_RATING, "no overall rating found"))
    summary.scores = _statement_scores(by_section, by_summary, findings)
    summary.complete = len(by_section) == 9 and all(s.section_score is not None for s in summary.scores)
    if len(summary.scores) == 9 and all(s.score is not None for s in summary.scores):
        summary.score_sum = sum(s.score for s in summary.scores)  # type: ignore[misc]
        _check_rating(summary, findings)
    return summary


def _published(text: str, findings: list[Finding]) -> date | None:
    """The publication date line's date (a finding when there is none or it is no date)."""
    published = _first(report_rules()["published"], text, "date")
    if not published:
        findings.append(Finding(Code.MISSING_PUBLISHED, "no publication date line found"))
        return None
    value = parse_date(published.group("date"))
    if value is None:
        findings.append(Finding(Code.MALFORMED_DATE, f"publication date {published.group('date')!r} not a date",
                                char_start=published.start(), char_end=published.end(), sentence=published.group(0)))
    elif not FIRST_PUBLISHED <= value <= date.today():
        findings.append(Finding(Code.PUBLISHED_OUT_OF_RANGE, f"publication date {published.group('date')!r} is "
                                f"outside {FIRST_PUBLISHED.year} to today; kept as printed",
                                char_start=published.start(), char_end=published.end(), sentence=published.group(0)))
    return value


def _statement_scores(by_section: dict[str, ScoreLine], by_summary: dict[str, ScoreLine],
                      findings: list[Finding]) -> list[StatementScore]:
    """One score per statement that has one (its section's, else the summary list's), in
    statement order; a finding for each statement without a scored section of its own and
    for each summary score its section contradicts."""
    scores = []
    for statement in section_rules().statements:
        own, listed = by_section.get(statement.name), by_summary.get(statement.name)
        if own is None:
            findings.append(Finding(Code.STATEMENT_MISSING, f"no section with a score for {statement.name!r}"
                                    + (" (the summary list gives one)" if listed else "")))
        if own and listed and own.score is not None and listed.score is not None and own.score != listed.score:
            findings.append(Finding(Code.SCORE_MISMATCH, f"{statement.name}: summary says {listed.score}, its section says {own.score}; "
                                    "kept the section's", own.section_id, own.char_start, own.char_end, own.printed))
        line = own or listed
        if line is not None:
            scores.append(StatementScore(statement.name, statement.theme, line.score, own.score if own else None,
                                         listed.score if listed else None, line))
    return scores


def _check_rating(summary: ReportSummary, findings: list[Finding]) -> None:
    total = summary.score_sum or 0
    if summary.overall_rating:
        low, high = lexicon()["rating_bands_by_score_sum"][summary.overall_rating]
        if not low <= total <= high:
            findings.append(Finding(Code.RATING_BAND_MISMATCH, f"rating {summary.overall_rating} but the nine scores sum to {total} "
                                    f"(band {low}-{high})"))
    if summary.overall_score_pct is not None:
        computed = total / 36 * 100
        if round(computed) != round(summary.overall_score_pct):
            findings.append(Finding(Code.SCORE_PCT_MISMATCH, f"printed overall {summary.overall_score_pct:g}% but the scores give "
                                    f"{total}/36 = {computed:.1f}%"))
