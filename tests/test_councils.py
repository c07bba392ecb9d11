"""Council reference data (rules/councils.json) and the reports' ons_code, region, council_type (issue 10)."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import extract_string, mini_report
from pipeline.councils import council_columns, councils, match_council, name_key
from pipeline.vocab import SEVERITY, Code, Severity


def test_153_councils_with_codes_and_sources():
    listed = councils().councils
    assert len(listed) == 153 and len({c.ons_code for c in listed}) == 153
    assert Counter(c.council_type for c in listed) == {
        "unitary": 63, "metropolitan district": 36, "London borough": 33, "county": 21}
    assert sum(c.region == "London" for c in listed) == 33
    for source in ("ONS", "mysociety/uk_local_authority_names_and_codes", "communitiesuk/oflog-automated-text"):
        assert source in councils().doc


@pytest.mark.parametrize("code, name", [
    ("E06000060", "Buckinghamshire Council"), ("E06000061", "North Northamptonshire Council"),
    ("E06000062", "West Northamptonshire Council"), ("E06000063", "Cumberland Council"),
    ("E06000064", "Westmorland and Furness Council"), ("E06000065", "North Yorkshire Council"),
    ("E06000066", "Somerset Council"), ("E06000059", "Dorset Council"),
    ("E06000058", "Bournemouth, Christchurch and Poole Council")])
def test_councils_created_since_2019(code, name):
    council = match_council(name)
    assert council is not None and (council.ons_code, council.council_type) == (code, "unitary")


@pytest.mark.parametrize("printed, code, region, kind", [
    ("Royal Borough of Windsor & Maidenhead", "E06000040", "South East", "unitary"),
    ("County Durham", "E06000047", "North East", "unitary"),
    ("Durham County Council", "E06000047", "North East", "unitary"),
    ("Bath and North East Somerset Council", "E06000022", "South West", "unitary"),
    ("Westminster City Council", "E09000033", "London", "London borough"),
    ("City of Westminster", "E09000033", "London", "London borough"),
    ("Kent County Council", "E10000016", "South East", "county"),
    ("London Borough of Lewisham", "E09000023", "London", "London borough"),
    ("Royal Borough of Greenwich", "E09000011", "London", "London borough"),
    ("Sheffield City Council", "E08000019", "Yorkshire and The Humber", "metropolitan district"),
    ("City of York Council", "E06000014", "Yorkshire and The Humber", "unitary"),
    ("Tameside Metropolitan Borough Council", "E08000008", "North West", "metropolitan district"),
    ("St. Helens Borough Council", "E08000013", "North West", "metropolitan district"),
    ("Brighton & Hove City Council", "E06000043", "South East", "unitary"),
    ("Kingston upon Hull City Council", "E06000010", "Yorkshire and The Humber", "unitary"),
    # every real council named in our fixtures
    ("Cornwall Council", "E06000052", "South West", "unitary"),
    ("Derbyshire County Council", "E10000007", "East Midlands", "county"),
    ("Hartlepool Borough Council", "E06000001", "North East", "unitary"),
    ("Lancashire County Council", "E10000017", "North West", "county"),
    ("Norfolk County Council", "E10000020", "East of England", "county"),
    ("London Borough of Merton", "E09000024", "London", "London borough"),
    ("Worcestershire County Council", "E10000034", "West Midlands", "county"),
])
def test_variants_match(printed, code, region, kind):
    columns, note = council_columns(printed)
    assert columns == {"ons_code": code, "region": region, "council_type": kind} and note is None


@pytest.mark.parametrize("printed", ["Oakshire County Council", "North Calderwick Council",
                                     "Royal Borough of Kingsmead and Ashby", "Westminster Abbey", "Kent Valley Council"])
def test_fictional_councils_do_not_match(printed):
    columns, note = council_columns(printed)
    assert set(columns.values()) == {None}
    assert note is not None and note.code == Code.COUNCIL_UNMATCHED


def test_keys_are_whole_names():
    assert name_key("Royal Borough of Windsor & Maidenhead") == "windsor and maidenhead"
    assert name_key("The Council of the Isles of Scilly") == "isles of scilly"


def test_reports_row_and_unmatched_info():
    assert SEVERITY[Code.COUNCIL_UNMATCHED] == Severity.INFO
    real = extract_string(mini_report("Kent County Council")).tables
    assert {k: real["reports"][0][k] for k in ("ons_code", "region", "council_type")} == \
        {"ons_code": "E10000016", "region": "South East", "council_type": "county"}
    assert Code.COUNCIL_UNMATCHED not in {w["code"] for w in real["warnings"]}
    fictional = extract_string(mini_report("Oakshire County Council")).tables
    assert fictional["reports"][0]["ons_code"] is None
    assert [w["severity"] for w in fictional["warnings"] if w["code"] == Code.COUNCIL_UNMATCHED] == ["info"]


def test_scores_carry_the_theme_name():
    from pipeline.vocab import THEMES
    rows = extract_string(mini_report(scores={"Assessing needs": 3})).tables["scores"]
    assert rows and all(r["theme_name"] == THEMES[r["theme"]] for r in rows)
