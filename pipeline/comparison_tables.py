"""Stage 3c: comparison tables ('| Measure | Council | England | Source |', or saved one cell a line).

In each body row, the council's figure (the first figure outside the benchmark and source
columns, and outside the row's label in the first column when another column holds one) is set
against the figure in each benchmark column. Benchmark and source column headers are
vocabularies in rules/lexicon.json (a region of atoms.json heads a regional column, and the whole of
a benchmark phrase of atoms.json its comparator's: 'CIPFA neighbours'); a data set
named in a header cell, on a 'Source: ...' line under the table or in a caption above it, cites
every row without a source of its own. A table states no relation; the sentences right after it may
(_directed_after), and a lead-in ending on a colon right before it (_directed_before).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .atoms import TABLE_ROW, Atom
from .atoms import Sentence
from .comparisons import (FIGURES, OPPOSITE, YEAR, Comparison, SourceLocation, ValueLocation, benchmark_nouns,
                          cited_after_label, figures_agree, same_benchmark, statistic_keys, unit_of)
from .numbers import NUMBER_TEXT, is_year_span
from .rules import atom_vocabulary, lexicon_model

_SPACED = re.compile(r" {2,}")  # between cells lined up by runs of spaces ('Average delay (days)     2.9     1.8')
_WHOLE_LINE = re.compile(r"[^\n]*")
_NUMBER_LINE = re.compile(r"^[ \t]*\d[\d,]*(?:\.\d+)?[ \t]*$", re.MULTILINE)  # a number alone on its line
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
_ROW_GAP = re.compile(r"\n(?:[ \t]*\n)?")  # between two rows of one table
_LINE_ABOVE = re.compile(r"([^\n]*)\n(?:[ \t]*\n)?[ \t]*$")  # the line above a table, a blank line allowed between
_SENTENCE_END = re.compile(r"[.!?]\s+")
_NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?([^\n]*)")  # the line after a table, a blank line allowed between
_CAPTION_MARKS = " *_()"  # around a source line under a table: '*(Source: ASCOF 2023-24)*'
_RATE_BASE = re.compile(r"\bper (\d{1,3}(?:,?000)+)\b")  # '... care homes, per 100,000' in a row's label
_WORD = re.compile(r"[a-z]+|\d")
_BARE_CELL = re.compile(NUMBER_TEXT)
TITLE_WORDS = 12  # the most words of a table's title line
AFTER_TABLE = 3  # sentences after a comparison table that may state its rows' directions
_STATISTIC_NAMED = re.compile(r"(.+?)\s*\((\w+)\)")  # 'similar councils (median)', 'england (average)'



@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Header:
    start: int
    end: int
    benchmarks: dict[int, tuple[str, str]]   # column -> (comparator, header text)
    source_column: int | None
    cells: tuple[Cell, ...] = ()
    caption: tuple[Atom, Cell] | None = None  # 'Source: ASCOF 2023/24' under the table
    group_captions: tuple[tuple[Atom, Cell, frozenset[str]], ...] = ()  # '...; Survey of Adult Carers ... (carers)'
    title: str = ""  # the line above the table when it is a title, no sentence: 'Life expectancy at birth (years)'


def _lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of the text with its offset."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out


def _rows(text: str) -> list[re.Match[str]]:
    """The lines that are table rows, tried only where a line holds '|' or a tab (the row pattern over the
    whole text would cost a report ~10 ms), or two runs of spaces between three cells."""
    rows = []
    for start, line in _lines_at(text):
        if "|" in line or "\t" in line:
            row = TABLE_ROW.match(text, start, start + len(line))
        else:  # three or more cells lined up by runs of spaces (text copied from a PDF)
            row = _WHOLE_LINE.match(text, start, start + len(line)) \
                if "  " in line and len(_SPACED.findall(line.strip())) >= 2 else None
        if row:
            rows.append(row)
    return rows


def _blocks(text: str) -> list[list[re.Match[str]]]:
    """Runs of adjacent table lines (a blank line between rows allowed: saved pages space them out)."""
    blocks: list[list[re.Match[str]]] = []
    for row in _rows(text):
        if blocks and _ROW_GAP.fullmatch(text, blocks[-1][-1].end(), row.start()):
            blocks[-1].append(row)
        else:
            blocks.append([row])
    return blocks


def _cells(row: re.Match[str]) -> list[Cell]:
    line = row.group(0)
    if "|" not in line and "\t" not in line:  # lined up by runs of spaces
        start = row.start() + len(line) - len(line.lstrip())
        body = line.strip()
        cuts = [0, *(x for m in _SPACED.finditer(body) for x in (m.start(), m.end())), len(body)]
        return [Cell(start + a, start + b, body[a:b]) for a, b in zip(cuts[::2], cuts[1::2])]
    separator = "|" if "|" in line else "\t"
    edge = " \t" if separator == "|" else " "  # the blanks around a row
    opened = line.lstrip(edge).startswith(separator)  # '| Measure | ... |', or 'Indicator | Hendlebury | England'
    cells, offset = [], row.start() + (line.index(separator) + 1 if opened else len(line) - len(line.lstrip(edge)))
    for cell in line.strip(edge).strip(separator).split(separator):
        cells.append(Cell(offset, offset + len(cell), cell.strip()))
        offset += len(cell) + 1
    return cells


@lru_cache(maxsize=1)
def _benchmark_phrases() -> dict[str, str]:
    """Each benchmark phrase of atoms.json (lower case) -> its comparator ('cipfa neighbours')."""
    return {p.lower(): rule.key for rule in atom_vocabulary().benchmarks for p in rule.phrases}


_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)$")  # a bracket ending a header ('Similar councils (CIPFA)')


def _header_benchmark(name: str) -> str | None:
    """The comparator a header names (_named_in_header), else the one it names before a bracket that holds no statistic
    ('Similar councils (CIPFA)', 'England (%)'; 'Similar councils (median)' is read as named)."""
    if (found := _named_in_header(name)) is not None:
        return found
    bare = _BRACKET_AFTER.sub("", name)
    return _named_in_header(bare) if bare and bare != name and name[len(bare):].strip(" ()") not in benchmark_nouns() else None


def _named_in_header(name: str) -> str | None:
    """The comparator a header names: one of lexicon.json table_benchmark_headers, the whole of a
    benchmark phrase of atoms.json ('CIPFA neighbours'), or a region of atoms.json (its name or
    alias, alone or with a region noun: 'East of England', 'North West average'), a regional average
    (or median: 'West Midlands median')."""
    headers = lexicon_model().table_benchmark_headers
    if name in headers:
        return headers[name]
    if (named := _STATISTIC_NAMED.fullmatch(name)) is not None and (base := _named_in_header(named.group(1))) is not None:
        return statistic_keys().get(base, {}).get(named.group(2), base if named.group(2) in benchmark_nouns() else None)
    if name in _benchmark_phrases():
        return _benchmark_phrases()[name]
    regions = atom_vocabulary().regions
    names = {*regions.names, *regions.aliases}
    noun = next((noun for noun in regions.nouns if name.endswith(f" {noun}")), "")
    bare = name.removesuffix(f" {noun}")
    if bare not in names and bare.removesuffix(" region") not in names:
        return None
    return statistic_keys().get(headers["regional"], {}).get(noun.rpartition(" ")[2], headers["regional"])  # 'West Midlands median'


def _header(cells: list[Cell], start: int, end: int) -> Header:
    lexicon = lexicon_model()
    names = [c.text.lower() for c in cells]
    benchmarks = {j: (key, n) for j, n in enumerate(names) if (key := _header_benchmark(n)) is not None}
    source = next((j for j, n in enumerate(names) if n in lexicon.table_source_headers), None)
    return Header(start, end, benchmarks, source, tuple(cells))


def _only_source(sources: list[Atom], cell: Cell) -> Atom | None:
    """The one data set a cell names (its first mention); None when it names none or several ('Source: Adult
    Social Care Survey 2023-24; Survey of Adult Carers in England 2023-24': which row is whose is not said)."""
    named = [a for a in sources if cell.start <= a.start and a.end <= cell.end]
    return named[0] if named and len({a.key for a in named}) == 1 else None


def _header_source(header: Header, sources: list[Atom]) -> tuple[Atom, Cell] | None:
    """A data set named in a header cell ('| Measure (ASCS 2023-24) | Council | Region | England |'):
    the citation of every row that has no source of its own."""
    for cell in header.cells:
        named = _only_source(sources, cell)
        if named is not None:
            return named, cell
    return None


def _caption_source(text: str, end: int, sources: list[Atom]) -> tuple[Atom, Cell] | None:
    """'Source: ASCOF 2023/24' on the line under a table (a source header of lexicon.json and a
    colon opening it, brackets aside: '*(Source: ASCOF 2023-24)*'): the citation of every row that has no source of
    its own."""
    cell = _caption_line(text, end)
    named = _only_source(sources, cell) if cell is not None else None
    return (named, cell) if named is not None else None


def _caption_line(text: str, end: int) -> Cell | None:
    """The line under a table when it opens on a source label ('Source:', 'Sources:'), marks and brackets stripped."""
    line = _NEXT_LINE.match(text, end)
    if line is None or cited_after_label(line.group(1).strip(_CAPTION_MARKS)) is None:
        return None
    raw = line.group(1)
    start = line.start(1) + len(raw) - len(raw.lstrip(_CAPTION_MARKS))
    return Cell(start, line.end(1) - (len(raw) - len(raw.rstrip(_CAPTION_MARKS))), raw.strip(_CAPTION_MARKS))


def _group_captions(text: str, end: int, sources: list[Atom]) -> tuple[tuple[Atom, Cell, frozenset[str]], ...]:
    """'Sources: Adult Social Care Survey 2023-24 (people who use services); Survey of Adult Carers in England 2023-24
    (carers)': a line under a table naming several data sets, each with the group it measures in brackets, cites the
    rows whose label names that group (every word of it)."""
    line = _caption_line(text, end)
    if line is None:
        return ()
    found = []
    for part in re.finditer(r"[^;]+", line.text):
        lo, hi = line.start + part.start(), line.start + part.end()
        named = [a for a in sources if lo <= a.start and a.end <= hi]
        group = re.search(r"\(([^()]+)\)?\s*$", part.group(0))  # (its last bracket stripped with the line's)
        if len({a.key for a in named}) != 1 or group is None:
            return ()
        found.append((named[0], Cell(lo, hi, part.group(0).strip()), frozenset(_WORD.findall(group.group(1).lower()))))
    return tuple(found) if len(found) > 1 else ()


def _caption_above(text: str, start: int, atoms: list[Atom], past_title: bool = False) -> tuple[Atom, Cell] | None:
    """'Selected indicators, Cressholme and England (Census 2021)', '... The figures in the table are from
    the 2021 Census.': the line above a table, or its last sentence, naming a data set and no figure (a rate's
    base aside: 'Safeguarding activity per 100,000 adults (SAC, 2022-23)'), is the citation of every row without its own;
    so is the line above a title line naming none ('... on two measures from the Safeguarding Adults Collection 2023-24.'
    then 'Safeguarding activity, 2023-24')."""
    line = _LINE_ABOVE.search(text, max(0, start - 400), start)
    if line is None:
        return None
    cut = max((end.end() for end in _SENTENCE_END.finditer(line.group(1))), default=0)  # its last sentence
    cell = Cell(line.start(1) + cut, line.end(1), line.group(1)[cut:].strip(" *_"))
    inside = [a for a in atoms if cell.start <= a.start and a.end <= cell.end]
    named = _only_source([a for a in inside if a.label == "SOURCE"], cell)
    figures = [a for a in inside if a.label in FIGURES and text[max(0, a.start - 4):a.start].lower() != "per "]
    if named is None and not figures and not past_title and _title_above(text, start):
        return _caption_above(text, line.start(1), atoms, past_title=True)
    return (named, cell) if named is not None and not figures else None


def _title_above(text: str, start: int) -> str:
    """The line above a table when it is a title ('Life expectancy at birth (years)'): no sentence end in it, no
    table row, at most TITLE_WORDS words or a caption naming a rate's base ('Long-term support needs met by admission
    to residential and nursing care homes, per 100,000 population (ASCOF 2023-24)'); else ''."""
    line = _LINE_ABOVE.search(text, max(0, start - 400), start)
    title = line.group(1).strip(" *_#") if line is not None else ""
    if not title or _SENTENCE_END.search(title + " ") or "|" in title \
            or len(title.split()) > TITLE_WORDS and not _RATE_BASE.search(title):
        return ""
    return title


def _council_figure(header: Header, in_cell: list[list[Atom]]) -> Atom | None:
    """A row's first figure outside the benchmark and source columns, and outside the first column
    (the row's label, its metric: 'still at home 91 days after discharge') when another column holds one."""
    columns = [j for j, found in enumerate(in_cell) if found and j not in header.benchmarks and j != header.source_column]
    chosen = next((j for j in columns if j > 0), columns[0] if columns else None)
    return None if chosen is None else in_cell[chosen][0]


def _label_unit(label: str) -> tuple[str, str] | None:
    """The one unit a label names, as (atom label, unit), for figures printed without it: a rate's base ('... care
    homes, per 100,000'), a per cent or pound sign ('Measure (% of respondents)', 'Selbourne (£)'), or one unit word
    of atoms.json units, not right after a number ('Average sickness days per worker'; not 'aged 18-64 years') and
    not a head count."""
    rate = _RATE_BASE.findall(label)
    if rate:
        return ("QUANTITY", f"per {rate[0]}") if len(rate) == 1 else None
    if "%" in label or "per cent" in label.lower():
        return "PERCENT", "%"
    if "£" in label:
        return "MONEY", "GBP"
    words = _WORD.findall(label.lower())
    units = {unit for i, word in enumerate(words) for unit, printed in atom_vocabulary().units.items()
             if word in printed and unit != "people" and (i == 0 or not words[i - 1].isdigit())}
    return ("QUANTITY", units.pop()) if len(units) == 1 else None


def _bare_cells(cells: list[Cell], header: Header, sentence: int) -> list[list[Atom]]:
    """A row whose council and benchmark cells each hold a number alone ('| ... per 100,000 | 21.3 | 15.8 | 14.6 |'):
    those numbers as figures of the unit its label names, or else the header's first cell ('Measure (% of
    respondents)'), the council's column header ('Selbourne (£)') or the table's title ('Life expectancy at birth
    (years)'); no figure when none names one."""
    numbered = [j for j, c in enumerate(cells) if j > 0 and _BARE_CELL.fullmatch(c.text) and not YEAR.fullmatch(c.text)]
    council = next((j for j in numbered if j not in header.benchmarks), None)
    labels = [cells[0].text, *(header.cells[j].text for j in (0, council) if j is not None and j < len(header.cells)), header.title]
    unit = next((found for text in labels if (found := _label_unit(text)) is not None), None)
    if unit is None or council is None or not any(j in header.benchmarks for j in numbered):
        return [[] for _ in cells]
    return [[Atom(unit[0], unit[1], c.text, c.start, c.end, sentence, c.text, float(c.text.replace(",", "")))]
            if j in numbered else [] for j, c in enumerate(cells)]


def _row_comparisons(cells: list[Cell], line: Cell, header: Header, figures: list[Atom], sources: list[Atom],
                     sentence: int) -> list[Comparison]:
    """The comparisons of one body row (its cells; `line`: the row's text, its sentence, of index `sentence`)."""
    in_cell = [[f for f in figures if c.start <= f.start and f.end <= c.end] for c in cells]
    if not any(in_cell[1:]):
        in_cell = _bare_cells(cells, header, sentence)
    council = _council_figure(header, in_cell)
    if council is None:
        return []
    source_cell = cells[header.source_column] if header.source_column is not None \
        and header.source_column < len(cells) else None
    source = next((a for a in sources if source_cell and source_cell.start <= a.start and a.end <= source_cell.end), None)
    if source is None and (named := _only_source(sources, cells[0])) is not None:
        source, source_cell = named, cells[0]  # '| People satisfied with their care and support (ASCS) | 58.3% | ...'
    if source is None and (in_header := _header_source(header, sources) or header.caption
                           or _group_caption(header, cells[0].text)) is not None:
        source, source_cell = in_header
    found = []
    for j, (key, name) in header.benchmarks.items():
        if j >= len(in_cell) or not in_cell[j] or unit_of(in_cell[j][0]) != unit_of(council):
            continue
        bench = Atom("BENCHMARK", key, name, header.start, header.end, in_cell[j][0].sentence)
        found.append(_comparison(council, in_cell[j][0], bench, line, (source, source_cell), cells[0].text))
    return found


def _group_caption(header: Header, label: str) -> tuple[Atom, Cell] | None:
    """The one data set of the table's group captions whose group the row's label names."""
    said = set(_WORD.findall(label.lower()))
    fits = [(atom, cell) for atom, cell, group in header.group_captions if group <= said]
    return fits[0] if len(fits) == 1 else None


def _comparison(council: Atom, figure: Atom, bench: Atom, line: Cell, cited: tuple[Atom | None, Cell | None],
                metric: str | None) -> Comparison:
    """One table comparison: the council's figure against a benchmark's, in the row `line`, cited by `cited`'s data
    set (named in that cell) if any."""
    source, source_cell = cited
    year = YEAR.search(source_cell.text) if source is not None and source_cell else None
    return Comparison(
        value=council, figure=figure, bench=bench, relation=None, value_location=ValueLocation.TABLE,
        char_start=min(council.start, figure.start), char_end=max(council.end, figure.end), sentence=line.text,
        sentence_start=line.start, sentence_end=line.end, source=source,
        source_text=source_cell.text if source is not None and source_cell else None,
        source_year=int(year.group(0)) if year else None,
        source_location=SourceLocation.SENTENCE if source is not None else None, metric=metric)


def _area_rows_comparisons(rows: list[tuple[list[Cell], Cell]], header: Header, figures: list[Atom],
                           sources: list[Atom]) -> list[Comparison]:
    """A table whose rows are areas ('| Area | Turnover rate | Vacancy rate |', '| City of Wrexley | 9.8% | 6.1% |',
    '| North East | 12.6% | 5.4% |', '| England | 14.8% | 8.1% |'): when every row but one names a benchmark (as a
    benchmark column's header would), that one is the council's, and in each column its figure is set against each
    benchmark row's. A data set named in a column's header cites that column; else the table's caption."""
    kinds = [_header_benchmark(cells[0].text.lower()) for cells, _ in rows]
    council_rows = [i for i, kind in enumerate(kinds) if kind is None]
    if len(council_rows) != 1 or len(rows) < 2:
        return []
    council_cells, line = rows[council_rows[0]]
    found = []
    for j, cell in enumerate(council_cells[1:], start=1):
        council = next((f for f in figures if cell.start <= f.start and f.end <= cell.end), None)
        column = header.cells[j] if j < len(header.cells) else None
        named = _only_source(sources, column) if column is not None else None
        cited = (named, column) if named is not None else header.caption or (None, None)
        for (cells, _), kind in zip(rows, kinds):
            theirs = next((f for f in figures if j < len(cells) and cells[j].start <= f.start and f.end <= cells[j].end), None)
            if council is None or kind is None or theirs is None or unit_of(theirs) != unit_of(council):
                continue
            bench = Atom("BENCHMARK", kind, cells[0].text, cells[0].start, cells[0].end, theirs.sentence)
            found.append(_comparison(council, theirs, bench, line, cited, column.text if column is not None else None))
    return found


def _row_line(row: re.Match[str]) -> Cell:
    line = row.group(0).strip()
    start = row.start() + row.group(0).index(line)
    return Cell(start, start + len(line), line)


def _lines(text: str) -> list[Cell]:
    """The text's non-blank lines, stripped."""
    return [Cell(start + len(line) - len(line.lstrip()), start + len(line.rstrip()), line.strip())
            for start, line in _lines_at(text) if line.strip()]


def _alone_on_its_line(text: str, figure: Atom) -> bool:
    line_start, line_end = text.rfind("\n", 0, figure.start) + 1, text.find("\n", figure.end)
    return not text[line_start:figure.start].strip() and not text[figure.end:len(text) if line_end < 0 else line_end].strip()


def _flat_tables(text: str, figures: list[Atom]) -> list[tuple[list[Cell], list[list[Cell]]]]:
    """Tables saved one cell a line ('Measure', 'Hallamore', 'South East', 'England', then 'Vacancy rate',
    '17.9%', '11.6%', '10.2%', ...; blank lines between allowed): rows of a label line and as many
    lines holding one figure (or one number, its unit in the label: _bare_cells) each as the header has columns after its first, under a header of lines
    holding no figure, one of them (after the first) a benchmark header. (header cells, rows of cells)."""
    if not any(_alone_on_its_line(text, f) for f in figures) and not _NUMBER_LINE.search(text):
        return []  # most reports: no line is a figure or a number alone, so no table of one cell a line
    lines = _lines(text)
    starts = {f.start: f for f in figures}
    numbers = [_BARE_CELL.fullmatch(c.text) is not None and not YEAR.fullmatch(c.text) for c in lines]  # '287': its unit in the label
    alone = [(f := starts.get(c.start)) is not None and f.end == c.end or number for c, number in zip(lines, numbers)]
    ordered = sorted(starts)
    bare = [bisect_left(ordered, c.start) == bisect_left(ordered, c.end) and not number
            for c, number in zip(lines, numbers)]  # a line holding no figure
    tables, i = [], 0
    while i < len(lines):
        width = next((n for n in range(i + 1, len(lines)) if not alone[n]), len(lines)) - (i + 1)  # figures after line i
        k = width + 1
        if width < 2 or not alone[i + 1] or alone[i] or i < k or not all(bare[i - k:i + 1]) \
                or not any(_header_benchmark(c.text.lower()) for c in lines[i - k + 1:i]):
            i += 1
            continue
        rows, at = [], i
        spaced = _gapped(text, lines[i - k:i])  # a row's cells may stand apart only as its header's do (a page's number
        while at + k <= len(lines) and bare[at] and all(alone[at + 1:at + k]) and (at + k == len(lines) or not alone[at + k]) \
                and (spaced or not _gapped(text, lines[at:at + k])):  # between blank lines is no cell)
            rows.append(lines[at:at + k])
            at += k
        if rows and not (at < len(lines) and _a_period_cell(lines[at].text)):  # ('2023-24' after a row's figures: a
            tables.append((lines[i - k:i], rows))  # column more than its figures, so the header read is not its own)
        i = max(at, i + 1)
    return tables


def _a_period_cell(text: str) -> bool:
    """Is a line only a year or a span of years ('2023', '2023-24'): a table's period column?"""
    return YEAR.fullmatch(text.strip()) is not None or is_year_span(text)


def _gapped(text: str, cells: list[Cell]) -> bool:
    """Does a blank line stand between any two of these lines?"""
    return any(text.count("\n", a.end, b.start) > 1 for a, b in zip(cells, cells[1:]))


def table_comparisons(text: str, atoms: list[Atom], sentences: list[Sentence]) -> list[Comparison]:
    """One comparison per body row and benchmark column of every comparison table: tables with '|'
    between cells, and tables saved one cell a line."""
    starts = [s.start for s in sentences]
    figures = [a for a in atoms if a.label in FIGURES and not a.is_range]
    sources = [a for a in atoms if a.label == "SOURCE"]
    found: list[Comparison] = []
    for block in _blocks(text):
        header = replace(_header(_cells(block[0]), block[0].start(), block[0].end()), caption=_caption_source(text, block[-1].end(), sources)
                         or _caption_above(text, block[0].start(), atoms), title=_title_above(text, block[0].start()),
                         group_captions=_group_captions(text, block[-1].end(), sources))
        body = [r for r in block[1:] if not _TABLE_RULE.match(r.group(0))]
        if header.benchmarks and body:
            rows = [c for row in body for c in _row_comparisons(_cells(row), _row_line(row), header, figures, sources,
                                                                 max(0, bisect_left(starts, row.start() + 1) - 1))]
            rows = _directed_before(rows, text, block[0].start(), atoms, sentences)
            found += _directed_after(rows, text, block[-1].end(), atoms, sentences)
        elif body:
            found += _area_rows_comparisons([(_cells(row), _row_line(row)) for row in body], header, figures, sources)
    for cells, rows in _flat_tables(text, figures):
        header = replace(_header(cells, cells[0].start, cells[-1].end), caption=_caption_source(text, rows[-1][-1].end, sources)
                         or _caption_above(text, cells[0].start, atoms), title=_title_above(text, cells[0].start))
        lines = [Cell(row[0].start, row[-1].end, text[row[0].start:row[-1].end]) for row in rows]
        directed = _directed_before([c for row, line in zip(rows, lines) for c in _row_comparisons(
            row, line, header, figures, sources, max(0, bisect_left(starts, line.start + 1) - 1))], text, cells[0].start, atoms, sentences)
        found += _directed_after(directed, text, lines[-1].end, atoms, sentences)
    return found


def _directed_after(rows: list[Comparison], text: str, end: int, atoms: list[Atom], sentences: list[Sentence]) -> list[Comparison]:
    """'Both rates were higher than regionally and nationally.', 'On both measures Ashcombe was above the London average
    and close to the England figure', 'The gap was widest for nursing homes, where the proportion ... was lower than in
    England': the first sentences right after a comparison table (up to AFTER_TABLE, none holding a figure) give its
    rows the direction leading into a benchmark of theirs (or into 'both'): the rows the sentence names by their label,
    else every row when 'both' comes before the direction ('On both measures ...', 'Both rates ...'); only when each
    such row's figures agree with the direction, or it is a likeness said of every row ('Both figures were in line
    with the national averages': as written, the numbers aside)."""
    following = [s for s in sentences if s.start >= end][:AFTER_TABLE]
    if following and cited_after_label(following[0].text) is not None:
        following = following[1:]  # 'Source: Adult Social Care Survey (ASCS), 2023' under the table
    if not rows or not following or text[end:following[0].start].strip() and cited_after_label(text[end:following[0].start]) is None:
        return rows
    for sentence in (s for s in following if s.paragraph == following[0].paragraph):
        if any(a.label in FIGURES for a in atoms if a.sentence == sentence.index):
            break
        rows = _directed_by(rows, sentence, atoms)
    return rows


def _directed_before(rows: list[Comparison], text: str, start: int, atoms: list[Atom], sentences: list[Sentence]) -> list[Comparison]:
    """'On both measures Quenbury was below London and England:' then the table (a title line at most between): a
    lead-in ending on a colon and holding no figure directs the rows as a sentence after the table would, into
    benchmarks it names."""
    before = [s for s in sentences if s.end <= start]
    if not rows or not before or not before[-1].text.rstrip().endswith(":") \
            or len([line for line in text[before[-1].end:start].splitlines() if line.strip()]) > 1 \
            or any(a.label in FIGURES for a in atoms if a.sentence == before[-1].index):
        return rows
    return _directed_by(rows, before[-1], atoms, every=False)


def _directed_by(rows: list[Comparison], sentence: Sentence, atoms: list[Atom], every: bool = True) -> list[Comparison]:
    """The rows with the directions `sentence` gives them (see _directed_after); `every`: also a direction into 'both'
    or 'elsewhere' (not in a lead-in: 'people in Brackenford were less satisfied than people elsewhere:' is a lead-in's
    quality words)."""
    theirs = [a for a in atoms if a.sentence == sentence.index]
    for relation, benches, said in _directions_into(sentence, theirs):
        if benches is None and not every:
            continue
        led = [c for c in rows if benches is None or any(same_benchmark(b, c.bench) for b in benches)
               or re.search(rf"\b{re.escape(c.bench.text)}\b", said, re.IGNORECASE)]  # 'below London and England
        named = _rows_named(sentence.text[:relation.start - sentence.start], [c.metric or "" for c in rows])
        if not named and not _says_every(sentence.text[:relation.start - sentence.start]):
            continue  # 'the council's conversion rate was higher than ...': no row of the table named, nor all
        led = [c for c in led if c.metric in named] if named else led
        if led and all(c.relation is None and (figures_agree(relation, c.value, c.figure) or relation.key == "similar"
                                               and _says_every(sentence.text)) for c in led):
            rows = [replace(c, relation=relation) if c in led else c for c in rows]
    return rows


def _directions_into(sentence: Sentence, theirs: list[Atom]) -> list[tuple[Atom, list[Atom] | None, str]]:
    """Each direction of the sentence, the benchmarks after it up to the next direction (None for 'both' or 'either',
    lexicon every_benchmark_words, there instead: every benchmark) and the text up to there."""
    relations = [a for a in theirs if a.label == "RELATION" and (a.key in OPPOSITE or a.key == "similar")]
    out = []
    for relation, after in zip(relations, [r.start for r in relations[1:]] + [sentence.end]):
        benches = [b for b in theirs if b.label == "BENCHMARK" and relation.end <= b.start < after]
        said = sentence.text[relation.end - sentence.start:after - sentence.start]
        if benches or _says_every(said):
            out.append((relation, benches or None, said))
    return out


def _says_every(text: str) -> bool:
    """Does the text hold 'both' or 'either' (lexicon every_benchmark_words)?"""
    return bool(set(_WORD.findall(text.lower())) & set(lexicon_model().every_benchmark_words))


def _rows_named(text: str, labels: list[str]) -> set[str]:
    """The row labels the text (a direction's subject) names by their place ('The third ...': lexicon row_ordinals) or
    by a word no other label holds ('The gap was widest for nursing homes': 'Nursing homes' beside 'Residential care
    homes'; 'Turnover was close to ...': 'Staff turnover rate' beside 'Vacancy rate')."""
    labels = list(dict.fromkeys(labels))
    words = [set(_WORD.findall(label.lower())) - STOP_WORDS for label in labels]
    said = set(_WORD.findall(text.lower()))
    ordinals = lexicon_model().row_ordinals
    counted = [labels[ordinals.index(w)] for w in said if w in ordinals and ordinals.index(w) < len(labels)]
    if counted:  # 'The third was slightly under both'
        return set(counted)
    return {label for i, (label, own) in enumerate(zip(labels, words))
            if own & said - set().union(*(other for j, other in enumerate(words) if j != i))}
