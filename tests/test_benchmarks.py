"""The benchmark audit across a run (issue 10 point 3: benchmarks.parquet, BENCHMARK_INCONSISTENT)
and the same measure in other words getting one indicator_id (point 2), on mini-reports of our own."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from conftest import extract_string, mini_report, statement_section
from pipeline import load
from pipeline.benchmarks import agree, audit, decimals, region_named
from pipeline.run import run_extract
from pipeline.schemas import PANDERA_SCHEMAS
from pipeline.vocab import Code

# Three reports stating the same seven measures in different words (council values differ per
# report, so each comparison maps back to its measure by value). Thornfield's wordings needed
# indicators.json to learn "happy with", "leaving their jobs", "unfilled" and "as much contact as".
WORDINGS: dict[str, dict[str, tuple[float, str]]] = {
    "oakshire": {
        "asc_satisfaction": (58.2, "In Oakshire, 58.2% of people who use services were satisfied with their care and "
                                   "support, lower than the England average of 61.2% (ASCS, 2023)."),
        "carers_satisfaction": (31.5, "Fewer carers (31.5%) were satisfied with social services than the England "
                                      "average of 36.3% (SACE, 2023)."),
        "direct_payments": (24.1, "The proportion of people who receive direct payments was 24.1%, below the England "
                                  "average of 26.2% (ASCOF, 2023)."),
        "asc_vacancy_rate": (7.9, "The vacancy rate across adult social care was 7.9%, lower than the England average "
                                  "of 9.9% (ASC-WDS, 2023)."),
        "reablement_at_home_91_days": (80.5, "Of older people discharged from hospital into reablement, 80.5% were "
                                             "still at home 91 days later, compared with the England average of 83.8% "
                                             "(ASCOF, 2023)."),
        "staff_turnover": (22.0, "Staff turnover was 22.0%, lower than the England average of 28.3% (ASC-WDS, 2023)."),
        "asc_social_contact": (39.0, "Just 39.0% of people who use services had as much social contact as they would "
                                     "like, below the England average of 45.6% (ASCS, 2023)."),
    },
    "elmvale": {
        "asc_satisfaction": (64.0, "Satisfaction with care and support among people who draw on services was 64.0%, "
                                   "above the national average of 61.21% (ASCS, 2023)."),
        "carers_satisfaction": (38.0, "Carers' satisfaction with the support they received was 38.0%, compared with "
                                      "an England average of 36.8% (SACE, 2023)."),  # the deliberate inconsistency
        "direct_payments": (29.0, "Some 29.0% of people drawing on services in Elmvale received their support as a "
                                  "direct payment, against a national figure of 26.2% (ASCOF, 2023)."),
        "asc_vacancy_rate": (11.2, "Posts vacant in the adult social care workforce stood at 11.2%, higher than the "
                                   "England average of 9.9% (ASC-WDS, 2023)."),
        "reablement_at_home_91_days": (85.0, "The share of older people still living at home 91 days after leaving "
                                             "hospital for reablement was 85.0%, above the England average of 83.8% "
                                             "(ASCOF, 2023)."),
        "staff_turnover": (31.5, "Staff left their roles at a rate of 31.5%, compared with 28.3% across England "
                                 "(ASC-WDS, 2023)."),
        "asc_social_contact": (47.0, "Some 47.0% of people who draw on care said they had as much social contact as "
                                     "they wanted, above the England average of 45.6% (ASCS, 2023)."),
    },
    "thornfield": {
        "asc_satisfaction": (60.0, "Overall, 60.0% of people were happy with the care and support they received, "
                                   "compared to the England average of 61% (ASCS, 2023)."),
        "carers_satisfaction": (30.0, "Only 30.0% of unpaid carers said they were satisfied with social services, "
                                      "below the England average of 36.3% (SACE, 2023)."),
        "direct_payments": (22.0, "Direct payments were used by 22.0% of people, lower than the England average of "
                                  "26.2% (ASCOF, 2023)."),
        "asc_vacancy_rate": (12.0, "Positions unfilled in the care workforce were 12.0%, higher than the England "
                                   "average of 9.9% (ASC-WDS, 2023)."),
        "reablement_at_home_91_days": (82.0, "Following reablement, 82.0% of older people remained at home after 91 "
                                             "days, similar to the England average of 83.8% (ASCOF, 2023)."),
        "staff_turnover": (24.0, "The proportion of care workers leaving their jobs was 24.0%, lower than the England "
                                 "average of 28.3% (ASC-WDS, 2023)."),
        "asc_social_contact": (41.0, "People who used services who said they had as much contact as they wanted with "
                                     "people they like was 41.0%, below the England average of 45.6% (ASCS, 2023)."),
    },
}


def _report(rid: str, wordings: dict[str, tuple[float, str]] | None = None) -> str:
    text = "\n\n".join(sentence for _, sentence in (wordings or WORDINGS[rid]).values())
    return mini_report(f"{rid.title()} Council", statements=[statement_section("Assessing needs", 2, text)])


@pytest.fixture(scope="module")
def ids_by_report() -> dict[str, dict[str, str | None]]:
    """report -> measure -> the indicator_id its comparison got."""
    out = {}
    for rid, measures in WORDINGS.items():
        rows = extract_string(_report(rid), rid).tables["comparisons"]
        by_value = {r["value"]: r["indicator_id"] for r in rows}
        out[rid] = {measure: by_value.get(value, "no comparison") for measure, (value, _) in measures.items()}
    return out


@pytest.mark.parametrize("pair", list(combinations(WORDINGS, 2)), ids="-".join)
def test_same_measure_in_other_words_gets_the_same_id(ids_by_report, pair):
    left, right = (ids_by_report[rid] for rid in pair)
    for measure in WORDINGS[pair[0]]:
        assert left[measure] == right[measure] == measure, (measure, left[measure], right[measure])


def test_different_measures_get_different_ids(ids_by_report):
    for rid, ids in ids_by_report.items():
        assert len(set(ids.values())) == len(ids), (rid, ids)


# --- the audit's rules, on rows --------------------------------------------------------------------

def test_values_agree_at_the_coarser_printed_precision():
    assert decimals("61.21%") == 2 and decimals("61.2%") == 1 and decimals("61%") == 0 and decimals("1,180 people") == 0
    assert agree(61.2, 1, 61.21, 2) and agree(61.0, 0, 61.21, 2) and agree(61.0, 0, 61.4, 1)
    assert agree(61.25, 2, 61.2, 1) and agree(61.25, 2, 61.3, 1)  # a half rounds either way: never a conflict
    assert not agree(61.2, 1, 61.3, 1) and not agree(61.0, 0, 61.6, 1) and not agree(36.3, 1, 36.8, 1)


def _quote(rid: str, value: float, **kw) -> dict:
    row = {"report_id": rid, "indicator_id": "asc_satisfaction", "benchmark": "england", "comparator_text": "England average",
           "comparator_value": value, "comparator_value_text": f"{value}%", "unit": "%", "source_year": 2023,
           "section_id": "s001", "char_start": 10, "char_end": 15, "sentence": "...", "page": None}
    return row | kw


def test_what_is_audited_and_how_it_is_keyed():
    quotes = [
        _quote("a", 61.2), _quote("b", 63.0, source_year=None),                     # no year: not audited
        _quote("c", 63.0, benchmark="comparator_group", comparator_text="CIPFA average"),  # per council: not audited
        _quote("d", 63.0, comparator_text="England median"),                         # a median is its own statistic
        _quote("e", 55.0, benchmark="region", comparator_text="North West average"),
        _quote("f", 57.0, benchmark="region", comparator_text="regional average"),   # region from the council
        _quote("g", 58.0, benchmark="region", comparator_text="regional average"),   # no known region: not audited
        _quote("h", 61.2, source_year=2022),
    ]
    rows, warnings = audit(quotes, {"f": "North West", "g": None}, {})
    keys = {(r["area"], r["statistic"], r["year"], r["value"], tuple(r["report_ids"])) for r in rows}
    assert keys == {("England", "average", 2023, 61.2, ("a",)), ("England", "median", 2023, 63.0, ("d",)),
                    ("North West", "average", 2023, 55.0, ("e",)), ("North West", "average", 2023, 57.0, ("f",)),
                    ("England", "average", 2022, 61.2, ("h",))}
    assert [w["report_id"] for w in warnings] == ["e", "f"]  # the North West average quoted as 55% and 57%
    assert "f (57.0%)" in warnings[0]["message"] and "e (55.0%)" in warnings[1]["message"]
    assert region_named("the north-west rate") == "North West" and region_named("eastern region") == "East of England"


# --- end to end: a run of three reports --------------------------------------------------------------

@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.run.code_version", lambda: "test")  # others' code edits must not void the cache
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for rid in WORDINGS:
        (raw / f"{rid}.md").write_text(_report(rid), encoding="utf-8")
    return raw, out


def _audit_rows(tables) -> list[tuple]:
    b = tables["benchmarks"]
    return [(r.indicator_id, r.benchmark, r.area, r.year, r.value, r.value_text, r.report_ids, r.n_values,
             r.consistent, r.conflicts_with) for r in b.itertuples()]


def test_an_inconsistent_england_average_warns_both_reports(corpus):
    raw, out = corpus
    result = run_extract(raw, out, workers=1)
    assert result.ok and result.warning_codes[Code.BENCHMARK_INCONSISTENT] == 3
    tables = load(out)
    PANDERA_SCHEMAS["benchmarks"].validate(tables["benchmarks"])
    rows = _audit_rows(tables)
    carers = [r for r in rows if r[0] == "carers_satisfaction"]
    assert carers == [
        ("carers_satisfaction", "england", "England", 2023, 36.3, "36.3%", ["oakshire", "thornfield"], 2, False, ["elmvale"]),
        ("carers_satisfaction", "england", "England", 2023, 36.8, "36.8%", ["elmvale"], 2, False, ["oakshire", "thornfield"])]
    # 61.2% (national average), 61.21% and 61%: equal at the printed precision, consistent
    satisfaction = [r for r in rows if r[0] == "asc_satisfaction"]
    assert [(r[4], r[5], r[6], r[8], r[9]) for r in satisfaction] == [
        (61.0, "61%", ["thornfield"], True, []), (61.2, "61.2%", ["oakshire"], True, []),
        (61.21, "61.21%", ["elmvale"], True, [])]
    others = [r for r in rows if r[0] not in ("carers_satisfaction", "asc_satisfaction")]
    assert {(r[0], r[4]) for r in others} == {("direct_payments", 26.2), ("asc_vacancy_rate", 9.9),
                                               ("reablement_at_home_91_days", 83.8), ("staff_turnover", 28.3),
                                               ("asc_social_contact", 45.6)}
    assert all(r[6] == ["elmvale", "oakshire", "thornfield"] and r[8] for r in others)  # input (name) order

    warnings = tables["warnings"].query("code == 'BENCHMARK_INCONSISTENT'")
    assert dict(zip(warnings["report_id"], warnings["message"])) == {
        "oakshire": "England average of carers_satisfaction for 2023 quoted as 36.3%; "
                    "other reports quote it differently: elmvale (36.8%)",
        "thornfield": "England average of carers_satisfaction for 2023 quoted as 36.3%; "
                      "other reports quote it differently: elmvale (36.8%)",
        "elmvale": "England average of carers_satisfaction for 2023 quoted as 36.8%; "
                   "other reports quote it differently: oakshire (36.3%), thornfield (36.3%)"}
    assert set(warnings["severity"]) == {"warning"}
    # each warning sits on its comparison: same place in the report
    comparisons = tables["comparisons"].query("indicator_id == 'carers_satisfaction'")
    assert set(zip(warnings["report_id"], warnings["char_start"])) == set(zip(comparisons["report_id"], comparisons["char_start"]))
    # reports.n_warnings counts them
    counts = tables["warnings"].groupby("report_id").size()
    assert dict(zip(tables["reports"]["report_id"], tables["reports"]["n_warnings"])) == counts.to_dict()
    # and each report's review page lists them (the pages are written after the audit)
    for rid in ("oakshire", "thornfield", "elmvale"):
        page = (out / "review" / f"{rid}.html").read_text(encoding="utf-8")
        assert page.count("BENCHMARK_INCONSISTENT") >= 1 and "other reports quote it differently" in page, rid
    assert not list((out / "review").glob("*_2.html"))  # one page per report, under its own name


def test_a_warned_report_has_its_page_written_once_listing_the_warning(corpus, monkeypatch):
    """Pages are written after the audit (not once before it and again after): one write each."""
    import pipeline.review as review

    raw, out = corpus
    written: list[str] = []

    def counting(path, text, *args, **kwargs):
        written.append(Path(path).name)
        return atomic_write(path, text, *args, **kwargs)

    atomic_write = review.atomic_write
    monkeypatch.setattr(review, "atomic_write", counting)
    result = run_extract(raw, out, workers=1)  # in-process: every write is seen here
    assert result.ok and result.warning_codes[Code.BENCHMARK_INCONSISTENT] == 3
    for rid in ("oakshire", "thornfield", "elmvale"):
        assert written.count(f"{rid}.html") == 1, written
        page = (out / "review" / f"{rid}.html").read_text(encoding="utf-8")
        assert "BENCHMARK_INCONSISTENT" in page and "other reports quote it differently" in page, rid


def test_the_audit_is_recomputed_each_run_never_cached(corpus):
    raw, out = corpus
    first = run_extract(raw, out, workers=1)
    before = load(out)

    again = run_extract(raw, out, workers=1)  # nothing changed: no work, same tables
    assert again.up_to_date and again.extracted == 0
    assert again.warning_codes[Code.BENCHMARK_INCONSISTENT] == first.warning_codes[Code.BENCHMARK_INCONSISTENT] == 3
    assert _audit_rows(load(out)) == _audit_rows(before)

    fixed = dict(WORDINGS["elmvale"])
    fixed["carers_satisfaction"] = (38.0, fixed["carers_satisfaction"][1].replace("36.8%", "36.3%"))
    (raw / "elmvale.md").write_text(_report("elmvale", fixed), encoding="utf-8")
    third = run_extract(raw, out, workers=1)  # only elmvale read; the others' rows come from the cache
    assert third.extracted == 1 and Code.BENCHMARK_INCONSISTENT not in third.warning_codes
    tables = load(out)
    assert not (tables["warnings"]["code"] == "BENCHMARK_INCONSISTENT").any()
    assert tables["benchmarks"]["consistent"].all()
    carers = tables["benchmarks"].query("indicator_id == 'carers_satisfaction'")
    assert carers["report_ids"].tolist() == [["elmvale", "oakshire", "thornfield"]]
    n_warnings = dict(zip(tables["reports"]["report_id"], tables["reports"]["n_warnings"]))
    assert n_warnings == tables["warnings"].groupby("report_id").size().to_dict()
