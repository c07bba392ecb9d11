"""The public contract: explicit pyarrow schemas (with column descriptions) and the pandera
models every table is validated against before it is written.

Analysts' notebooks and CI depend on these names. Add columns freely; never rename.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pdm
import pyarrow as pa
from pandera.engines import pandas_engine

from .vocab import FIGURE_KINDS, RATINGS, STATEMENTS, TABLES, Severity, SourceLocation, ValueLocation
RATING_TYPE = pa.dictionary(pa.int8(), pa.string(), ordered=True)


def _f(name: str, type_: pa.DataType, nullable: bool, doc: str, example: str = "") -> pa.Field:
    return pa.field(name, type_, nullable, metadata={"description": doc, "example": example})


_PAGE = _f("page", pa.int16(), True, "PDF page (1-based) the row starts on, to open the PDF there; null for other formats", "12")


def _provenance(section_nullable: bool = False) -> list[pa.Field]:
    return [
        _f("section_id", pa.string(), section_nullable, "Section holding the figure (joins sections.parquet with report_id)", "s013"),
        _f("char_start", pa.int64(), False, "Start offset (characters) into the report's normalised text", "9120"),
        _f("char_end", pa.int64(), False, "End offset (exclusive) into the report's normalised text", "9126"),
        _f("sentence", pa.string(), False, "The sentence (or two sentences) the row was read from", ""),
        _PAGE,
    ]


ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "reports": pa.schema([
        _f("report_id", pa.string(), False, "Report id from the file or folder name", "westminster"),
        _f("local_authority", pa.string(), True, "Council named in the report title", "Westminster City Council"),
        _f("ons_code", pa.string(), True, "ONS (GSS) area code of the council (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), matched from local_authority with pipeline/rules/councils.json; null when the name is not one of the 153 councils (COUNCIL_UNMATCHED info)", "E09000033"),
        _f("region", pa.string(), True, "ONS region of the council (London, South East, ...); null when unmatched", "London"),
        _f("council_type", pa.string(), True, "county, unitary, metropolitan district or London borough; null when unmatched", "London borough"),
        _f("published", pa.date32(), True, "Assessment publication date", "2024-11-08"),
        _f("overall_rating", RATING_TYPE, True, "Overall rating, ordered Inadequate < Requires improvement < Good < Outstanding; null if absent", "Good"),
        _f("overall_score_pct", pa.float64(), True, "Overall percentage when the text prints one ('Score: 75', 'scored 78 out of 100', 'Overall rating for X: 70%')", "75"),
        _f("score_sum", pa.int16(), True, "Sum of the nine statement scores (9-36); null unless all nine have a score", "27"),
        _f("complete", pa.bool_(), False, "True when all nine quality statements have their own scored section", "true"),
        _f("layout", pa.string(), False, "Input layout: markdown, pagetext, html, pdf or mixed (multi-page folder)", "markdown"),
        _f("source_file", pa.string(), False, "Input path relative to the raw folder", "westminster.md"),
        _f("source_sha256", pa.string(), False, "SHA-256 of the input bytes (of all pages, in order, for a folder)", ""),
        _f("population", pa.int64(), True, "Resident population as printed (a qualifier such as 'over' is dropped)", "205087"),
        _f("area_sq_miles", pa.float64(), True, "Area in square miles, when stated in miles", "8.29"),
        _f("area_sq_km", pa.float64(), True, "Area in square kilometres, when stated in kilometres", ""),
        _f("imd_score", pa.float64(), True, "Index of Multiple Deprivation decile score on one convention for every council: 10 = most deprived, 1 = least. A report that states the reverse scale (10 = least deprived) has 11 minus its printed score here, and an IMD_SCALE_REVERSED warning", "5"),
        _f("imd_score_printed", pa.float64(), True, "The deprivation score as printed in the report, on whichever scale the report states", "6"),
        _f("imd_rank", pa.int16(), True, "Deprivation rank ('rated 87th out of 152')", "87"),
        _f("imd_rank_of", pa.int16(), True, "Number of councils ranked", "152"),
        _f("financial_year", pa.string(), True, "Financial year of the budget facts, as YYYY/YY ('2023/2024' and '2023-24' printed are 2023/24)", "2022/23"),
        _f("budget_estimated_gbp", pa.float64(), True, "Total budget estimated for the financial year (GBP)", "363119000"),
        _f("budget_actual_gbp", pa.float64(), True, "Total actual spend for the financial year (GBP)", "386922000"),
        _f("asc_budget_estimated_gbp", pa.float64(), True, "Adult social care budget estimated (GBP)", "77633000"),
        _f("asc_spend_actual_gbp", pa.float64(), True, "Adult social care actual spend (GBP)", "84003000"),
        _f("asc_share_of_budget_pct", pa.float64(), True, "Share of the budget spent on adult social care (%)", "22"),
        _f("asc_precept_pct", pa.float64(), True, "Adult social care precept (%)", "2"),
        _f("people_long_term_support", pa.int64(), True, "People accessing long-term support", "3535"),
        _f("people_short_term_support", pa.int64(), True, "People accessing short-term support", "1060"),
        _f("n_percentages", pa.int32(), False, "Rows of percentages.parquet for this report", "64"),
        _f("n_comparisons", pa.int32(), False, "Rows of comparisons.parquet for this report", "20"),
        _f("n_warnings", pa.int32(), False, "Rows of warnings.parquet for this report", "3"),
    ]),
    "sections": pa.schema([
        _f("report_id", pa.string(), False, "Report id", "westminster"),
        _f("section_id", pa.string(), False, "Section id, unique within the report, in document order", "s010"),
        _f("parent_id", pa.string(), True, "Enclosing section; null for top-level sections", "s009"),
        _f("level", pa.int16(), False, "Semantic depth: 0 title, 1 part or theme, 2 block or statement, 3 statement part, 4+ sub-headings", "2"),
        _f("heading", pa.string(), False, "Heading text as printed (empty for text before the first heading)", "Assessing needs"),
        _f("kind", pa.string(), False, "front, title, overview, demographics, financial_facts, summary, rating, score_summary, people_experience, strengths, theme, quality_statement, people_expect, commitment, key_findings, end_matter (appendix, glossary, data sources ...), subheading", "quality_statement"),
        _f("theme", pa.int8(), True, "Theme number 1-4 for theme and statement sections", "1"),
        _f("quality_statement", pa.string(), True, "Canonical statement name for a statement and its parts", "Assessing needs"),
        _f("char_start", pa.int64(), False, "Start offset of the heading line", "7013"),
        _f("char_end", pa.int64(), False, "Offset where the next heading starts", "7400"),
        _f("text", pa.string(), False, "The section's own text (up to the next heading)", ""),
    ]),
    "scores": pa.schema([
        _f("report_id", pa.string(), False, "Report id", "westminster"),
        _f("theme", pa.int8(), False, "Theme number 1-4", "1"),
        _f("theme_name", pa.string(), False, "The theme's name (vocab.THEMES)", "How the local authority works with people"),
        _f("quality_statement", pa.string(), False, "Canonical quality statement name", "Assessing needs"),
        _f("score", pa.int8(), True, "Score 1-4: the statement section's, else the summary list's", "3"),
        _f("score_label", pa.string(), True, "Fixed label of the score", "Evidence shows a good standard"),
        _f("section_score", pa.int8(), True, "Score printed at the top of the statement's own section", "3"),
        _f("summary_score", pa.int8(), True, "Score printed in the summary 'Quality statement scores' list", "3"),
        *_provenance(section_nullable=True),
    ]),
    "percentages": pa.schema([
        _f("report_id", pa.string(), False, "Report id", "westminster"),
        _f("value", pa.float64(), True, "The figure (negative when printed with a minus); null when malformed or a range such as 50-60%", "55.98"),
        _f("text", pa.string(), False, "As printed", "55.98%"),
        _f("quality_statement", pa.string(), True, "Enclosing quality statement, or null outside statement sections", "Assessing needs"),
        _f("in_comparison", pa.bool_(), False, "True when the figure is a value or benchmark in comparisons.parquet", "true"),
        *_provenance(section_nullable=True),
    ]),
    "comparisons": pa.schema([
        _f("report_id", pa.string(), False, "Report id", "westminster"),
        _f("quality_statement", pa.string(), True, "Enclosing quality statement, or null", "Assessing needs"),
        _f("metric", pa.string(), False, "What is measured, words taken from the sentence", "people were satisfied with the care and support in Westminster"),
        _f("indicator_id", pa.string(), True, "Canonical measure from pipeline/rules/indicators.json (the same measure in other words gets the same id); null when no entry fits or several do", "asc_satisfaction"),
        _f("value", pa.float64(), True, "The council's figure", "55.98"),
        _f("value_text", pa.string(), False, "The council's figure as printed", "55.98%"),
        _f("unit", pa.string(), False, "% or days, weeks, years, hours, months, or a rate such as per 100,000", "%"),
        _f("comparator", pa.string(), False, "England average, national average, regional average, London average, rest of England, comparator group average (CIPFA / similar councils / statistical neighbours); a benchmark printed as a median is its own comparator (England median, national median, regional median, London median, comparator group median), with the same canonical benchmark; a count the benchmark's rate would give the council ('the 23,400 that would be expected if the city matched the England rate') is '<comparator> (scaled to population)', with no canonical benchmark (never audited)", "England average"),
        _f("benchmark", pa.string(), True, "Canonical benchmark: england (England and national averages), region, london, rest_of_england, comparator_group", "england"),
        _f("comparator_text", pa.string(), False, "Benchmark words as printed", "England average"),
        _f("comparator_value", pa.float64(), True, "The benchmark figure", "61.21"),
        _f("comparator_value_text", pa.string(), False, "The benchmark figure as printed", "61.21%"),
        _f("stated_relation", pa.string(), True, "lower, higher or similar as the text says; null when no direction is given", "lower"),
        _f("stated_relation_text", pa.string(), True, "The relation words used", "lower than"),
        _f("computed_relation", pa.string(), True, "From the two numbers: equal; similar when they differ by no more than the similarity band (3 percentage points for %, 10% of the benchmark for other units; lexicon.json similar_tolerance); else higher or lower", "lower"),
        _f("assessment", pa.string(), True, "better, worse or similar for the council, from the numbers, the similarity band and the indicator's polarity; null without an indicator, for indicators where neither direction is better, or when a number is missing", "worse"),
        _f("source", pa.string(), True, "Data set id cited: ASCS, SACE, SALT, CLD, ASC-FR, SAC, ASCOF, ASC-WDS, LGSCO; null if none", "ASCS"),
        _f("source_year", pa.int16(), True, "Year given in the citation", "2023"),
        _f("source_text", pa.string(), True, "The citation as printed, inside its parentheses", "ASCS, 2023"),
        _f("source_location", pa.string(), True, "Where the citation was found: sentence, value sentence, next sentence, previous sentence (the sentence opens 'The same return ...'), list lead-in (the line ending ':' above a bullet list), same figure (the one data set cited by the other comparisons of the same council figure), or paragraph citation (a bracketed citation after the paragraph's last full stop: '(All figures in this paragraph: Census 2021.)')", "sentence"),
        _f("value_location", pa.string(), False, "same sentence; previous sentence when the benchmark follows its value; earlier sentence when one figure-free sentence stands between; next sentence after a benchmark-first sentence ('Across England, 48%. In X, 41% ...'); later sentence when one sentence with no number stands between ('Nationally, 36.7% ... . In X, the carers' group had ... . Locally the figure was 41.2%'); list item for a bullet that is only a benchmark and its figure ('- England average: 57%') under the bullet giving the council's figure; table row for a comparison table", "same sentence"),
        *_provenance(section_nullable=True),
    ]),
    "figures": pa.schema([
        _f("report_id", pa.string(), False, "Report id", "westminster"),
        _f("value", pa.float64(), True, "The figure's value ('3,535' 3535, '£4.2 million' 4200000, 'Eighty-eight' 88, 'two thirds' 0.6667, '1 in 20' 0.05, 'no waiting list' 0); null for a range or a malformed number", "3535"),
        _f("value_low", pa.float64(), True, "Lower end of a range ('between 4 and 6 weeks', '2-3 days'); null otherwise (a range is never averaged)", "4"),
        _f("value_high", pa.float64(), True, "Upper end of a range; null otherwise", "6"),
        _f("text", pa.string(), False, "As printed (with its unit when the unit follows it directly)", "48 hours"),
        _f("kind", pa.string(), False, "count, money, duration, frequency, rate (per 100,000), ratio ('1 in 20'), fraction ('two thirds'), area or number", "duration"),
        _f("unit", pa.string(), True, "people, staff, organisations, services, cases, languages, hours, days, weeks, months, years, GBP, 'days per week', 'per 100,000', share (ratio and fraction) ...; null for a bare count", "hours"),
        _f("measure", pa.string(), True, "What is counted or timed, words of the figure's clause", "people were waiting for a Care Act assessment"),
        _f("qualifier", pa.string(), True, "approximately, over, under, at least, up to, within, average, median, maximum, target or every, as printed before the figure", "within"),
        _f("as_of", pa.string(), True, "Date or period the sentence gives, as printed ('31 March 2024', '2022/23')", "2022/23"),
        _f("topic", pa.string(), True, "waiting_list, waiting_time, safeguarding, complaints, population, workforce, finance, services, or null (vocabulary in pipeline/rules/figures.json)", "waiting_time"),
        _f("quality_statement", pa.string(), True, "Enclosing quality statement, or null outside statement sections", "Assessing needs"),
        _f("in_comparison", pa.bool_(), False, "True when the figure is a value or benchmark in comparisons.parquet", "false"),
        *_provenance(section_nullable=True),
    ]),
    "warnings": pa.schema([
        _f("report_id", pa.string(), False, "Report id (for an unreadable input, the id its file name gives)", "westminster"),
        _f("code", pa.string(), False, "Stable warning code (README lists them)", "RELATION_CONTRADICTS_NUMBERS"),
        _f("severity", pa.string(), False, "info, warning or error", "warning"),
        _f("message", pa.string(), False, "What was noticed", ""),
        _f("source_file", pa.string(), False, "Input path relative to the raw folder", "westminster.md"),
        _f("section_id", pa.string(), True, "Section where it occurs, when known", "s045"),
        _f("char_start", pa.int64(), True, "Start offset, when known", ""),
        _f("char_end", pa.int64(), True, "End offset, when known", ""),
        _f("sentence", pa.string(), True, "Text where it occurs, when known", ""),
        _PAGE,
    ]),
    "benchmarks": pa.schema([
        _f("indicator_id", pa.string(), False, "The measure (comparisons.indicator_id)", "asc_satisfaction"),
        _f("benchmark", pa.string(), False, "Canonical benchmark (comparisons.benchmark): england, london or region; comparator_group and rest_of_england differ from council to council and are not audited", "england"),
        _f("area", pa.string(), False, "Whose benchmark it is: England, London, or the region named in comparator_text (else the council's region from reports.region; a regional average of a council with no known region is not audited)", "England"),
        _f("statistic", pa.string(), False, "average, or median when comparator_text says median (an England median is not the England average)", "average"),
        _f("year", pa.int16(), False, "comparisons.source_year: the year the citation gives. A comparison with no source_year is not audited (reports of one month quote different data years, so no year is assumed)", "2023"),
        _f("unit", pa.string(), False, "comparisons.unit of the quotes", "%"),
        _f("value", pa.float64(), False, "One value quoted for the benchmark (comparisons.comparator_value; join on indicator_id, benchmark, year = source_year, value = comparator_value and report_id in report_ids)", "61.21"),
        _f("value_text", pa.string(), False, "The value as first printed (comparisons.comparator_value_text)", "61.21%"),
        _f("decimals", pa.int8(), False, "Decimal places printed (61.21% has 2): one row per value and precision", "2"),
        _f("report_ids", pa.list_(pa.string()), False, "Reports quoting this value, in input order (a list: explode in pandas, UNNEST in DuckDB)", "['westminster', 'kent']"),
        _f("n_reports", pa.int32(), False, "Number of reports quoting this value", "2"),
        _f("n_quotes", pa.int32(), False, "Comparison rows quoting this value (a report may quote it more than once)", "3"),
        _f("n_values", pa.int16(), False, "Rows (distinct values) for this indicator, benchmark, area, statistic, unit and year", "1"),
        _f("consistent", pa.bool_(), False, "True when every value quoted for this indicator, benchmark, area, statistic, unit and year agrees with every other at the coarser of the two printed precisions (61.2 and 61.21 agree: 61.21 rounds to 61.2; 61 and 61.4 agree; 61.2 and 61.3 do not); false gives BENCHMARK_INCONSISTENT warnings", "true"),
        _f("conflicts_with", pa.list_(pa.string()), False, "Reports quoting a value for the same benchmark and year that disagrees with this one (empty when none); each report on either side has a BENCHMARK_INCONSISTENT warning", "[]"),
    ]),
}

assert tuple(ARROW_SCHEMAS) == TABLES, "one schema per table, in table order"

class _String(pandas_engine.STRING):
    """pandera's string dtype, answering a column of exactly this dtype with one True: pandera's own
    answers with a True per value, then builds the (empty) failure cases of every string column, which
    made validation most of a small run's time. Any other dtype is checked as pandera does."""

    def check(self, pandera_dtype, data_container=None):
        if pandas_engine.Engine.dtype(pandera_dtype).type == self.type:
            return True
        return super().check(pandera_dtype, data_container)

    def __eq__(self, other: object) -> bool:  # the same dtype as pandera's STRING of this storage
        return isinstance(other, pandas_engine.STRING) and self.type == other.type

    __hash__ = pandas_engine.STRING.__hash__


_STR = pd.StringDtype()
_PANDERA_STR = _String(_STR.storage)  # the same dtype, checked once per column
_INT8, _INT16, _INT32, _INT64 = pd.Int8Dtype(), pd.Int16Dtype(), pd.Int32Dtype(), pd.Int64Dtype()
_FLOAT, _BOOL = pd.Float64Dtype(), pd.BooleanDtype()
_RATING = pd.CategoricalDtype(list(RATINGS), ordered=True)
_DATE = "datetime64[ms]"
_LIST = object  # a list<string> column: Python lists of str


def _STR_LIST(min_length: int) -> pdm.Check:
    return pdm.Check(lambda s: s.map(lambda v: isinstance(v, list) and len(v) >= min_length
                                     and all(isinstance(x, str) for x in v)), element_wise=False,
                     error=f"a list of at least {min_length} report id(s)")


def _col(dtype, nullable: bool = False, checks=None) -> pdm.Column:
    return pdm.Column(_PANDERA_STR if dtype is _STR else dtype, nullable=nullable, checks=checks)


def _nonneg(nullable: bool = False) -> pdm.Column:
    return _col(_INT64, nullable, pdm.Check.ge(0))


_PROV = {
    "section_id": _col(_STR, True), "char_start": _nonneg(), "char_end": _nonneg(), "sentence": _col(_STR),
    "page": _col(_INT16, True, pdm.Check.ge(1)),
}
_STATEMENT = pdm.Check.isin(list(STATEMENTS))
_SCORE = pdm.Check.isin([1, 2, 3, 4])
_RELATIONS = pdm.Check.isin(["lower", "higher", "similar"])
_BENCHMARKS = ["england", "region", "london", "rest_of_england", "comparator_group"]

PANDERA_SCHEMAS: dict[str, pdm.DataFrameSchema] = {
    "reports": pdm.DataFrameSchema({
        "report_id": _col(_STR, checks=pdm.Check.str_length(min_value=1)), "local_authority": _col(_STR, True),
        "ons_code": _col(_STR, True, pdm.Check.str_matches(r"^E(06|08|09|10)\d{6}$")), "region": _col(_STR, True),
        "council_type": _col(_STR, True, pdm.Check.isin(["county", "unitary", "metropolitan district", "London borough"])),
        "published": _col(_DATE, True), "overall_rating": _col(_RATING, True),
        "overall_score_pct": _col(_FLOAT, True, pdm.Check.in_range(0, 100)),
        "score_sum": _col(_INT16, True, pdm.Check.in_range(9, 36)), "complete": _col(_BOOL),
        "layout": _col(_STR, checks=pdm.Check.isin(["markdown", "pagetext", "html", "pdf", "mixed"])),
        "source_file": _col(_STR), "source_sha256": _col(_STR, checks=pdm.Check.str_matches(r"^[0-9a-f]{64}$")),
        "population": _col(_INT64, True, pdm.Check.gt(0)), "area_sq_miles": _col(_FLOAT, True, pdm.Check.gt(0)),
        "area_sq_km": _col(_FLOAT, True, pdm.Check.gt(0)), "imd_score": _col(_FLOAT, True),
        "imd_score_printed": _col(_FLOAT, True),
        "imd_rank": _col(_INT16, True, pdm.Check.ge(1)), "imd_rank_of": _col(_INT16, True, pdm.Check.ge(1)),
        "financial_year": _col(_STR, True),
        "budget_estimated_gbp": _col(_FLOAT, True, pdm.Check.ge(0)), "budget_actual_gbp": _col(_FLOAT, True, pdm.Check.ge(0)),
        "asc_budget_estimated_gbp": _col(_FLOAT, True, pdm.Check.ge(0)),
        "asc_spend_actual_gbp": _col(_FLOAT, True, pdm.Check.ge(0)),
        "asc_share_of_budget_pct": _col(_FLOAT, True, pdm.Check.in_range(0, 100)),
        "asc_precept_pct": _col(_FLOAT, True, pdm.Check.in_range(0, 100)),
        "people_long_term_support": _col(_INT64, True, pdm.Check.ge(0)),
        "people_short_term_support": _col(_INT64, True, pdm.Check.ge(0)),
        "n_percentages": _col(_INT32, checks=pdm.Check.ge(0)), "n_comparisons": _col(_INT32, checks=pdm.Check.ge(0)),
        "n_warnings": _col(_INT32, checks=pdm.Check.ge(0)),
    }, strict=True, ordered=True, unique=["report_id"]),
    "sections": pdm.DataFrameSchema({
        "report_id": _col(_STR), "section_id": _col(_STR), "parent_id": _col(_STR, True),
        "level": _col(_INT16, checks=pdm.Check.ge(0)), "heading": _col(_STR), "kind": _col(_STR),
        "theme": _col(_INT8, True, pdm.Check.in_range(1, 4)), "quality_statement": _col(_STR, True, _STATEMENT),
        "char_start": _nonneg(), "char_end": _nonneg(), "text": _col(_STR),
    }, strict=True, ordered=True, unique=["report_id", "section_id"]),
    "scores": pdm.DataFrameSchema({
        "report_id": _col(_STR), "theme": _col(_INT8, checks=pdm.Check.in_range(1, 4)), "theme_name": _col(_STR),
        "quality_statement": _col(_STR, checks=_STATEMENT), "score": _col(_INT8, True, _SCORE),
        "score_label": _col(_STR, True), "section_score": _col(_INT8, True, _SCORE),
        "summary_score": _col(_INT8, True, _SCORE), **_PROV,
    }, strict=True, ordered=True, unique=["report_id", "quality_statement"]),
    "percentages": pdm.DataFrameSchema({
        "report_id": _col(_STR), "value": _col(_FLOAT, True), "text": _col(_STR),
        "quality_statement": _col(_STR, True, _STATEMENT), "in_comparison": _col(_BOOL), **_PROV,
    }, strict=True, ordered=True),
    "comparisons": pdm.DataFrameSchema({
        "report_id": _col(_STR), "quality_statement": _col(_STR, True, _STATEMENT), "metric": _col(_STR),
        "indicator_id": _col(_STR, True), "value": _col(_FLOAT, True), "value_text": _col(_STR), "unit": _col(_STR),
        "comparator": _col(_STR), "benchmark": _col(_STR, True, pdm.Check.isin(_BENCHMARKS)),
        "comparator_text": _col(_STR), "comparator_value": _col(_FLOAT, True), "comparator_value_text": _col(_STR),
        "stated_relation": _col(_STR, True, _RELATIONS), "stated_relation_text": _col(_STR, True),
        "computed_relation": _col(_STR, True, pdm.Check.isin(["lower", "higher", "equal", "similar"])),
        "assessment": _col(_STR, True, pdm.Check.isin(["better", "worse", "similar"])),
        "source": _col(_STR, True), "source_year": _col(_INT16, True, pdm.Check.in_range(1990, 2100)),
        "source_text": _col(_STR, True),
        "source_location": _col(_STR, True, pdm.Check.isin([str(v) for v in SourceLocation])),
        "value_location": _col(_STR, checks=pdm.Check.isin([str(v) for v in ValueLocation])),
        **_PROV,
    }, strict=True, ordered=True),
    "figures": pdm.DataFrameSchema({
        "report_id": _col(_STR), "value": _col(_FLOAT, True), "value_low": _col(_FLOAT, True),
        "value_high": _col(_FLOAT, True), "text": _col(_STR, checks=pdm.Check.str_length(min_value=1)),
        "kind": _col(_STR, checks=pdm.Check.isin(list(FIGURE_KINDS))), "unit": _col(_STR, True),
        "measure": _col(_STR, True), "qualifier": _col(_STR, True), "as_of": _col(_STR, True),
        "topic": _col(_STR, True), "quality_statement": _col(_STR, True, _STATEMENT), "in_comparison": _col(_BOOL),
        **_PROV,
    }, strict=True, ordered=True),
    "warnings": pdm.DataFrameSchema({
        "report_id": _col(_STR), "code": _col(_STR, checks=pdm.Check.str_matches(r"^[A-Z0-9_]+$")),
        "severity": _col(_STR, checks=pdm.Check.isin([str(s) for s in Severity])), "message": _col(_STR),
        "source_file": _col(_STR), "section_id": _col(_STR, True), "char_start": _col(_INT64, True),
        "char_end": _col(_INT64, True), "sentence": _col(_STR, True),
        "page": _col(_INT16, True, pdm.Check.ge(1)),
    }, strict=True, ordered=True),
    "benchmarks": pdm.DataFrameSchema({
        "indicator_id": _col(_STR), "benchmark": _col(_STR, checks=pdm.Check.isin(["england", "london", "region"])),
        "area": _col(_STR), "statistic": _col(_STR, checks=pdm.Check.isin(["average", "median"])),
        "year": _col(_INT16, checks=pdm.Check.in_range(1990, 2100)), "unit": _col(_STR), "value": _col(_FLOAT),
        "value_text": _col(_STR), "decimals": _col(_INT8, checks=pdm.Check.ge(0)),
        "report_ids": _col(_LIST, checks=_STR_LIST(min_length=1)),
        "n_reports": _col(_INT32, checks=pdm.Check.ge(1)), "n_quotes": _col(_INT32, checks=pdm.Check.ge(1)),
        "n_values": _col(_INT16, checks=pdm.Check.ge(1)), "consistent": _col(_BOOL),
        "conflicts_with": _col(_LIST, checks=_STR_LIST(min_length=0)),
    }, strict=True, ordered=True,
        unique=["indicator_id", "benchmark", "area", "statistic", "unit", "year", "value", "decimals"]),
}

_ARROW_TO_PANDAS = {
    pa.string(): _STR, pa.int8(): _INT8, pa.int16(): _INT16, pa.int32(): _INT32, pa.int64(): _INT64,
    pa.float64(): _FLOAT, pa.bool_(): _BOOL,
}


def pandas_dtype(type_: pa.DataType):
    """The pandas dtype a column of this Arrow type has in our DataFrames."""
    if type_ == RATING_TYPE:
        return _RATING
    if type_ == pa.date32():
        return _DATE
    if pa.types.is_list(type_):
        return _LIST
    return _ARROW_TO_PANDAS[type_]


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts) as a DataFrame with the table's dtypes, columns in schema order."""
    schema = ARROW_SCHEMAS[table]
    data = {}
    for field in schema:
        values = [row.get(field.name) for row in rows]
        if field.type == pa.date32():
            data[field.name] = pd.to_datetime(pd.Series(values, dtype="object")).astype(_DATE)
        elif pa.types.is_list(field.type):
            data[field.name] = pd.Series([list(v) for v in values], dtype=_LIST)
        else:
            data[field.name] = pd.Series(values, dtype=pandas_dtype(field.type)) if values else \
                pd.Series([], dtype=pandas_dtype(field.type))
    return pd.DataFrame(data, columns=schema.names, copy=False)  # the Series are ours: no copy of each


def arrow_types_mapper(type_: pa.DataType):
    """types_mapper for pyarrow.Table.to_pandas giving the same dtypes as to_frame."""
    if type_ == pa.date32() or isinstance(type_, pa.DictionaryType):
        return None
    return _ARROW_TO_PANDAS.get(type_)
