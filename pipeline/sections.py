"""Stage 2: the heading tree of a report (overview, summary, themes, statements, parts).

Headings are recognised by '#' marks where the layout has them, and by the heading
vocabulary in rules/sections.json in every layout (plain page text has no marks).
Levels are semantic, not the '#' count, because real reports mix '#', '##' and '###'
for the same kind of heading.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .rules import SectionRules, list_mark, section_rules, squash

_MARKED = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_PROSE_FIGURE = re.compile(r"\d\s?(?:%|per cent)", re.IGNORECASE)
_BULLET = re.compile(rf"^\s*(?:{list_mark()}|\d+[.)])\s+")


@dataclass
class Section:
    section_id: str
    parent_id: str | None
    level: int
    heading: str
    kind: str
    theme: int | None
    quality_statement: str | None
    char_start: int
    char_end: int
    text: str


@dataclass
class _Heading:
    start: int
    text: str
    kind: str
    level: int
    statement: str | None
    theme: int | None


def _looks_like_bare_heading(line: str, prev_blank: bool, next_line: str) -> bool:
    """Plain page text: a short title-like line of its own (no marks, no end punctuation)."""
    stripped = line.strip()
    return (prev_blank and 3 <= len(stripped) <= 90 and stripped[0].isupper()
            and stripped[-1] not in ".:;,!?)\"'\u201d\u2019" and not _BULLET.match(line)
            and "[" not in stripped and not re.search(r"\d{2,}", stripped)
            and len(next_line.strip()) != 0
            and not next_line.lstrip()[:1].islower())  # a wrapped paragraph runs on in lower case


def _heading_like(line: str) -> bool:
    """An unmarked line can only be a heading if it does not read as prose."""
    stripped = line.strip()
    return not stripped.endswith((".", ",", ";")) and not _PROSE_FIGURE.search(stripped)


def _classify(text: str, rules: SectionRules, in_scores: bool, seen_items: set[str],
              marked: bool) -> _Heading | None:
    statement = rules.statement_for(text)
    if statement is not None:
        if in_scores and statement.name not in seen_items:
            return None  # a line of the summary score list, not the statement's own section
        return _Heading(0, text, "quality_statement", 2, statement.name, statement.theme)
    rule = rules.heading_rule_for(text)
    if rule is not None:
        theme = None
        if rule.kind == "theme":
            number = rules.theme_number.match(squash(text))
            theme = int(number.group(1)) if number else None
        return _Heading(0, text, rule.kind, rule.level, None, theme)
    if marked:
        return _Heading(0, text, "subheading", 9, None, None)
    return None


def find_headings(text: str, layout: str, rules: SectionRules | None = None) -> list[_Heading]:
    """Every heading line with its kind and semantic level, in document order."""
    rules = rules or section_rules()
    lines = text.split("\n")
    headings: list[_Heading] = []
    offset, in_scores, seen_items, has_title = 0, False, set(), False
    for i, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        if not line.strip() or rules.is_not_heading(line):
            continue
        if _BULLET.match(line) or line.startswith("  "):
            if in_scores and (statement := rules.statement_for(line)):
                seen_items.add(statement.name)
            continue
        marked = _MARKED.match(line)
        if not marked and not _heading_like(line):
            if in_scores and (statement := rules.statement_for(line)):
                seen_items.add(statement.name)
            continue
        body = marked.group(2) if marked else line.strip()
        previous = lines[i - 1].rstrip() if i > 0 else ""
        prev_blank = not previous.strip() or previous[-1] in ".!?:)\"'\u201d\u2019"  # one paragraph per line
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        bare_ok = layout != "markdown" and _looks_like_bare_heading(line, prev_blank, next_line)
        heading = _classify(body, rules, in_scores, seen_items, bool(marked) or bare_ok)
        if heading is None:
            if in_scores and (statement := rules.statement_for(body)):
                seen_items.add(statement.name)
            continue
        if heading.kind == "title" and (has_title or any(h.kind != "subheading" for h in headings)):
            heading.kind, heading.level = "subheading", 9
        if in_scores and heading.kind == "subheading" and not marked:
            continue  # a bare line inside the score list (page text) is an item, not a heading
        heading.start = start
        heading.text = body
        has_title = has_title or heading.kind == "title"
        if heading.kind == "score_summary":
            in_scores, seen_items = True, set()
        elif heading.kind != "subheading" or marked:
            in_scores = False
        headings.append(heading)
    return _without_contents_lists(headings, text, rules)


_CONTENTS_KINDS = {"overview", "summary", "theme", "quality_statement"}
_OWN_TEXT_WORDS = 6  # a line of this many words is a section's own text, not a list of contents
_SCORE_WORD = re.compile(r"\bscore", re.IGNORECASE)


def _without_contents_lists(headings: list[_Heading], text: str, rules: SectionRules) -> list[_Heading]:
    """Not headings: a page's list of contents ('Report contents' / 'Overview' / 'Theme 1: ...' / 'Assessing
    needs' / ..., the sub-pages a saved page links to), a run of unmarked section names with no text of their own
    (no score, no line of _OWN_TEXT_WORDS words but other section names) holding two statements or more: a
    statement's own section has both."""
    ends = [h.start for h in headings[1:]] + [len(text)]
    bare = [h.kind in _CONTENTS_KINDS and not text.startswith("#", h.start)
            and _no_own_text(text[h.start:end].partition("\n")[2], rules) for h, end in zip(headings, ends)]
    dropped: set[int] = set()
    i = 0
    while i < len(headings):
        j = i
        while j < len(headings) and bare[j]:
            j += 1
        if sum(h.kind == "quality_statement" for h in headings[i:j]) >= 2:
            dropped.update(range(i, j))
        i = j + 1
    return [h for k, h in enumerate(headings) if k not in dropped]


def _no_own_text(body: str, rules: SectionRules) -> bool:
    lines = [_BULLET.sub("", line).strip() for line in body.split("\n")]
    return not _SCORE_WORD.search(body) and all(
        len(line.split()) < _OWN_TEXT_WORDS or rules.statement_for(line) or rules.heading_rule_for(line) for line in lines)


def build_sections(report_id: str, text: str, layout: str) -> list[Section]:
    """The section tree as flat rows; the text before the first heading is a 'front' section."""
    headings = find_headings(text, layout)
    if not headings or headings[0].start > 0:
        headings.insert(0, _Heading(0, "", "front", 0, None, None))
    sections: list[Section] = []
    stack: list[Section] = []
    theme: int | None = None
    for index, heading in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        level = heading.level
        if level == 9:  # unnamed sub-headings are siblings, one below the enclosing named section
            while stack and stack[-1].kind == "subheading":
                stack.pop()
            level = (stack[-1].level + 1) if stack else 1
        while stack and stack[-1].level >= level:
            stack.pop()
        if heading.kind == "quality_statement":  # under its theme, never under the summary
            while stack and stack[-1].kind not in {"theme", "title"}:
                stack.pop()
        parent = stack[-1] if stack else None
        if heading.kind == "theme":
            theme = heading.theme
        elif heading.kind in {"overview", "summary", "title", "end_matter"}:
            theme = None
        statement = heading.statement or (parent.quality_statement if parent else None)
        section_theme = heading.theme or (parent.theme if parent and parent.theme else None)
        if heading.kind == "quality_statement":
            section_theme = heading.theme
        elif section_theme is None and heading.kind not in {"overview", "summary", "title", "front", "end_matter"}:
            section_theme = theme if statement is None else None
        section = Section(
            section_id=f"s{index:03d}", parent_id=parent.section_id if parent else None,
            level=level, heading=heading.text, kind=heading.kind, theme=section_theme,
            quality_statement=statement, char_start=heading.start, char_end=end,
            text=text[heading.start:end])
        sections.append(section)
        stack.append(section)
    return sections


SUMMARY_PROSE = frozenset({"people_experience", "strengths"})  # the summary's prose: what people said, strengths


def fact_regions(sections: list[Section]) -> list[tuple[int, int]]:
    """outside_statements without the summary's prose (SUMMARY_PROSE): 'Reviews were up to date for all but 6 people
    receiving long-term support' there is no council fact."""
    regions = outside_statements(sections)
    for cut in ((s.char_start, s.char_end) for s in sections if s.kind in SUMMARY_PROSE):
        regions = [part for lo, hi in regions
                   for part in ((lo, min(hi, cut[0])), (max(lo, cut[1]), hi)) if part[0] < part[1]]
    return regions


def outside_statements(sections: list[Section]) -> list[tuple[int, int]]:
    """Character spans of the overview and summary: no theme, statement or end matter. Council
    facts and the overall percentage are read only here."""
    return [(s.char_start, s.char_end) for s in sections
            if s.quality_statement is None and s.theme is None and s.kind not in {"theme", "end_matter"}]


class SectionIndex:
    """Find the innermost section holding a character offset (sections are contiguous)."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self.starts = [s.char_start for s in sections]

    def at(self, offset: int) -> Section | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.sections[i] if i >= 0 else None
