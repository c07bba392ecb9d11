"""Property tests: the number parsers round-trip printed figures and refuse malformed ones;
extraction never fails with anything but InputError, whatever text or bytes it is given."""
from __future__ import annotations

import re
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import extract_string, financial_facts, mini_report, statement_section
from pipeline.extract import extract_path
from pipeline.ingest import read_report
from pipeline.numbers import DIGIT, holds_digit, parse_count, parse_money, parse_number
from pipeline.records import InputError

# database=None: no .hypothesis/ folder is written into the project by a test run.
PARSING = settings(max_examples=200, deadline=None, database=None)
ROBUSTNESS = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Realistic magnitudes: head counts and pounds in reports stay far below 2**53.
counts = st.integers(min_value=0, max_value=10**15)
amounts = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


# --- holds_digit: the same answer as the DIGIT regex ---------------------------------------------

@PARSING
@given(st.text(alphabet=st.sampled_from("ab 1.\n\u0663\uff13\u00b2\u00e9"), max_size=12))
@example("Arabic-Indic \u0663 only")
@example("fullwidth \uff13 only")
@example("superscript \u00b2 is no decimal digit")
def test_holds_digit_agrees_with_the_digit_regex(text):
    assert holds_digit(text) == (DIGIT.search(text) is not None)


# --- parse_number / parse_count / parse_money: round trips -------------------------------------

@PARSING
@given(counts)
def test_grouped_integer_round_trips(n):
    printed = f"{n:,}"
    assert parse_number(printed) == float(n)
    assert parse_count(printed) == n
    assert parse_number(str(n)) == float(n)
    assert parse_count(str(n)) == n


@PARSING
@given(amounts)
def test_grouped_two_decimal_figure_round_trips(x):
    printed = f"{x:,.2f}"
    assert parse_number(printed) == float(Decimal(printed.replace(",", "")))
    assert parse_number(printed) == pytest.approx(float(x), rel=1e-12, abs=0.005)
    assert parse_count(printed) is None  # a count never has a decimal point


@PARSING
@given(counts)
def test_money_with_grouping_round_trips(n):
    assert parse_money(f"£{n:,}") == float(n)
    assert parse_money(f"£{n}") == float(n)
    assert parse_money(f"£ {n:,}") == float(n)


@PARSING
@given(st.decimals(min_value=0, max_value=100_000, places=1, allow_nan=False, allow_infinity=False),
       st.sampled_from([" million", "million", "m", " m", " Million", "M"]))
def test_money_in_millions_round_trips(x, scale):
    printed = f"£{x}{scale}"
    assert parse_money(printed) == pytest.approx(float(Decimal(str(x)) * 10**6), rel=1e-12)


@PARSING
@given(st.decimals(min_value=0, max_value=1_000, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["bn", " billion"]))
def test_money_in_billions_round_trips(x, scale):
    assert parse_money(f"£{x}{scale}") == pytest.approx(float(Decimal(str(x)) * 10**9), rel=1e-12)


@PARSING
@given(st.decimals(min_value=1_000, max_value=10**9, places=1, allow_nan=False, allow_infinity=False))
def test_money_grouped_with_million_round_trips(x):
    assert parse_money(f"£{x:,} million") == pytest.approx(float(Decimal(str(x)) * 10**6), rel=1e-12)


# --- malformed figures: None, never a different number -----------------------------------------

def _well_formed(text: str) -> bool:
    """What Python's own ',' formatting prints: plain digits, or 1-3 digits then groups of three."""
    return re.fullmatch(r"(?:\d+|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?", text) is not None


@st.composite
def broken_groupings(draw):
    """A correctly grouped figure with one grouping defect injected."""
    n = draw(st.integers(min_value=1_000, max_value=10**12))
    groups = f"{n:,}".split(",")
    i = draw(st.integers(min_value=1, max_value=len(groups) - 1))
    defect = draw(st.sampled_from(["long", "short", "empty", "lead", "trail", "double_dot", "dot_comma"]))
    if defect == "long":      # '382,390,0000'
        groups[i] += draw(st.sampled_from("0123456789"))
    elif defect == "short":   # '382,39,000'
        groups[i] = groups[i][:draw(st.integers(0, 2))] or "1"
    elif defect == "empty":   # '382,,390'
        groups.insert(i, "")
    text = ",".join(groups)
    if defect == "lead":
        text = "," + text
    elif defect == "trail":
        text = text + ","
    elif defect == "double_dot":
        text = text + ".5.3"
    elif defect == "dot_comma":  # decimal part then another group
        text = text + ".5,000"
    return text


@PARSING
@given(broken_groupings())
@example("382,390,0000")
@example("5.5.3")
@example("196.000")  # malformed as a count only
def test_broken_grouping_is_refused(text):
    if "," in text:
        assert parse_number(text) is None
        assert parse_money("£" + text) is None
        assert parse_money("£" + text + " million") is None
    assert parse_count(text) is None


@PARSING
@given(st.text(alphabet="0123456789,.", min_size=1, max_size=14))
def test_digits_commas_dots_parse_only_when_well_formed(text):
    """Any mix of digits, commas and dots: a value only for a well-formed figure, and then the right one."""
    value = parse_number(text)
    if _well_formed(text):
        assert value == float(text.replace(",", ""))
    else:
        assert value is None


@pytest.mark.parametrize("text", ["0,123", "00,500", "0,000,001", "012,345"])
def test_leading_zero_group_is_refused(text):
    """No thousands grouping prints a leading zero group, and '0,123' is a decimal comma (0.123) elsewhere."""
    assert parse_number(text) is None
    assert parse_count(text) is None
    assert parse_money("£" + text) is None


@PARSING
@given(st.integers(min_value=2**53, max_value=10**30))
@example(9_007_199_254_740_993)
def test_huge_count_is_exact(n):
    """Counts beyond float precision come back exactly, never as a nearby integer."""
    assert parse_count(f"{n:,}") == n
    assert parse_count(str(n)) == n


# --- robustness: only InputError may escape ---------------------------------------------------

@ROBUSTNESS
@given(st.text())
def test_arbitrary_text_raises_only_input_error(text):
    try:
        rows = extract_string(text, "prop")
    except InputError:
        return
    assert len(rows.tables["reports"]) == 1


@ROBUSTNESS
@given(st.binary(max_size=4096), st.sampled_from([".md", ".txt", ".html"]))
def test_arbitrary_bytes_raise_only_input_error(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"noise{suffix}"
        path.write_bytes(data)
        try:
            report = read_report(path)
        except InputError:
            report = None
        if report is not None:
            assert report.text.strip()
        try:
            rows = extract_path(path)
        except InputError:
            return
        assert rows.tables["reports"][0]["report_id"] == "noise"


# Brookvale's mini-report: one scored statement, a budget, and one comparison to be noisy around.
MINIMAL_REPORT = mini_report(
    "Brookvale Borough Council", published="3 June 2025", rating="Requires improvement",
    scores={"Assessing needs": 2}, finance=financial_facts("98,250,000", "99,000,000", "750,000"),
    statements=[statement_section("Assessing needs", 2, "About 58% of people who use services said they found it "
                                                        "easy to get information, which was lower than the England "
                                                        "average of 66%.")])

percent_figures = st.one_of(
    st.integers(0, 100).map(lambda n: f"{n}%"),
    st.decimals(0, 100, places=1, allow_nan=False, allow_infinity=False).map(lambda d: f"{d}%"),
    st.decimals(0, 100, places=2, allow_nan=False, allow_infinity=False).map(lambda d: f"{d} per cent"),
    st.integers(0, 100).map(lambda n: f"{n} %"),
)
money_figures = st.one_of(
    st.integers(0, 10**10).map(lambda n: f"£{n:,}"),
    st.decimals(0, 1_000, places=1, allow_nan=False, allow_infinity=False).map(lambda d: f"£{d} million"),
    st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False).map(lambda d: f"£{d:,}"),
    st.text(alphabet="0123456789,.", min_size=1, max_size=9).map(lambda s: f"£{s}"),
)
noise_figures = st.one_of(percent_figures, money_figures,
                          st.text(alphabet="0123456789,.%", min_size=1, max_size=9))
joiners = st.sampled_from([" ", ", ", " of people said ", " compared with ", " and the England average of ",
                           ". ", "\n\n", "\n- ", " (", ") ", " which was higher than "])


@st.composite
def noisy_report(draw):
    pieces = draw(st.lists(st.tuples(joiners, noise_figures), min_size=1, max_size=12))
    noise = "".join(j + f for j, f in pieces)
    where = draw(st.sampled_from(["end", "statement"]))
    if where == "end":
        return MINIMAL_REPORT + "\n" + noise + "\n"
    anchor = MINIMAL_REPORT.index("About 58%")
    return MINIMAL_REPORT[:anchor] + noise + "\n\n" + MINIMAL_REPORT[anchor:]


@ROBUSTNESS
@given(noisy_report())
def test_noisy_report_extracts_with_exact_percentage_offsets(text):
    rows = extract_string(text, "prop")
    report = rows.tables["reports"][0]
    assert report["overall_rating"] == "Requires improvement"
    assert report["budget_estimated_gbp"] == 98_250_000
    assert len(rows.tables["percentages"]) >= 2
    for row in rows.tables["percentages"]:
        assert text[row["char_start"]:row["char_end"]] == row["text"]
        assert row["value"] is None or 0 <= row["value"]
    for row in rows.tables["comparisons"]:
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)


@ROBUSTNESS
@given(st.text(), st.integers(min_value=0, max_value=len(MINIMAL_REPORT)))
def test_report_with_arbitrary_text_inserted_raises_only_input_error(noise, at):
    text = MINIMAL_REPORT[:at] + noise + MINIMAL_REPORT[at:]
    try:
        rows = extract_string(text, "prop")
    except InputError:
        return
    for row in rows.tables["percentages"]:
        assert text[row["char_start"]:row["char_end"]] == row["text"]
    for table in ("scores", "comparisons", "warnings"):
        for row in rows.tables[table]:
            if row["char_start"] is not None:
                assert 0 <= row["char_start"] <= row["char_end"] <= len(text), (table, row)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=8), st.integers(0, 70), st.integers(0, 8))
def test_spans_answer_as_a_loop_over_every_span(pairs, start, width):
    from pipeline.records import Spans

    spans = [(s, s + n) for s, n in pairs]
    index, end = Spans(spans), start + width
    assert index.overlaps(start, end) == any(s < end and e > start for s, e in spans)
    assert index.holds(start) == any(s <= start < e for s, e in spans)
