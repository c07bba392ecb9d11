"""Each shape in the format note, in short fixtures written in our own words."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES, extract_string, mini_report, statement_section
from pipeline.atoms import analyse
from pipeline.comparison_tables import table_comparisons
from pipeline.comparisons import link_comparisons
from pipeline.ingest import blank_page_furniture, html_to_text, normalise, strip_inline_html
from pipeline.records import InputError
from pipeline.vocab import STATEMENTS, Code


def report(scores: dict[str, int] | None = None, bodies: dict[str, str] | None = None,
           headings: dict[str, str] | None = None) -> str:
    """Oakshire's mini-report: every statement scored 2 unless `scores` says otherwise, each section
    with a commitment and key findings (`bodies`), at the heading level `headings` gives."""
    scores = scores or {name: 2 for name in STATEMENTS}
    bodies, headings = bodies or {}, headings or {}
    sections = [statement_section(name, score, bodies.get(name, "Staff knew the people they supported."),
                                  heading=headings.get(name, "##"), commitment="We aim high.")
                for name, score in scores.items()]
    return mini_report("Oakshire County Council", published="3 March 2025", rating="Requires improvement",
                       scores=scores, overall_summary=False,
                       experiences="People were broadly content with the help they got.", statements=sections)


def comparisons_of(sentences: str) -> list[tuple]:
    rows = extract_string(report(bodies={"Safeguarding": sentences})).tables["comparisons"]
    return [(r["value"], r["unit"], r["comparator"], r["comparator_value"], r["stated_relation"], r["source"],
             r["source_year"]) for r in rows]


def test_heading_levels_do_not_matter():
    headings = dict(zip(STATEMENTS, ["#", "##", "###"] * 3))
    rows = extract_string(report(headings=headings)).tables
    statements = [s for s in rows["sections"] if s["kind"] == "quality_statement"]
    assert [s["quality_statement"] for s in statements] == list(STATEMENTS)
    assert {s["level"] for s in statements} == {2}
    assert rows["reports"][0]["complete"] is True


@pytest.mark.parametrize("score_line", ["Score: 3", "## Score: 3", "# Score: 3",
                                        "Score: 3\n\nScore: 3 - Evidence shows a good standard",
                                        "Score: 3\n\n3 - Evidence shows a good standard",
                                        "Score: 3 Evidence shows a good standard",
                                        "Score: 3 3 - Evidence shows a good standard"])
def test_score_line_shapes(score_line):
    text = report().replace("## Safeguarding\n\nScore: 2", f"## Safeguarding\n\n{score_line}")
    rows = extract_string(text).tables
    safeguarding = next(s for s in rows["scores"] if s["quality_statement"] == "Safeguarding")
    assert safeguarding["section_score"] == 3
    assert safeguarding["summary_score"] == 2
    assert Code.SCORE_MISMATCH in {w["code"] for w in rows["warnings"]}


def test_doubled_score_lines_that_disagree_are_flagged():
    text = report().replace("## Safeguarding\n\nScore: 2", "## Safeguarding\n\nScore: 2\n\nScore: 1 - Evidence shows significant shortfalls")
    warnings = extract_string(text).tables["warnings"]
    assert any(w["code"] == Code.SCORE_MISMATCH and "disagree" in w["message"] for w in warnings)


def test_statement_aliases_map_to_canonical_names():
    text = report().replace("## Safe pathways, systems and transitions", "## Safe systems, pathways and transitions") \
        .replace("Supporting people to live healthier lives\nScore", "Supporting people to lead healthier lives\nScore")
    rows = extract_string(text).tables
    names = [s["quality_statement"] for s in rows["scores"]]
    assert names == list(STATEMENTS)
    assert all(s["summary_score"] == 2 for s in rows["scores"])


def test_bullet_summary_in_page_text():
    lines = ["Oakshire County Council: local authority assessment", "", "Published: 17 May 2024 Page last updated: 20 May 2024",
             "", "Overall summary", "", "Local authority rating and score", "", "Oakshire County Council", "Good", "",
             "Quality statement scores", ""]
    for name in STATEMENTS:
        lines += [f"  \u2022 {name}", "    Score: 3"]
    lines += ["", "Theme 1: How Oakshire County Council works with people", ""]
    for name in STATEMENTS:
        lines += [name, "", "Score: 3", "", "3 - Evidence shows a good standard", "", "What people expect", "",
                  "I am listened to.", "", "Key findings for this quality statement", "", "Staff were kind.", ""]
    rows = extract_string("\n".join(lines), layout="pagetext").tables
    report_row = rows["reports"][0]
    assert report_row["overall_rating"] == "Good"
    assert str(report_row["published"]) == "2024-05-17"
    assert [(s["summary_score"], s["section_score"]) for s in rows["scores"]] == [(3, 3)] * 9
    assert report_row["score_sum"] == 27 and report_row["complete"] is True


@pytest.mark.parametrize("line, pct", [
    ("Score: 64", 64.0),
    ("Oakshire County Council scored 58 out of 100 overall, indicating some shortfalls.", 58.0),
    ("Overall rating for Oakshire: 56%", 56.0),
])
def test_overall_percentage_shapes(line, pct):
    text = report().replace("Requires improvement\n", f"Requires improvement\n\n{line}\n")
    assert extract_string(text).tables["reports"][0]["overall_score_pct"] == pct


def test_rating_outside_band_and_missing_statement():
    scores = {name: 4 for name in STATEMENTS[:8]}
    rows = extract_string(report(scores=scores)).tables
    codes = {w["code"] for w in rows["warnings"]}
    assert Code.STATEMENT_MISSING in codes
    assert rows["reports"][0]["complete"] is False and rows["reports"][0]["score_sum"] is None
    rows = extract_string(report(scores={name: 4 for name in STATEMENTS})).tables  # 36 but 'Requires improvement'
    assert Code.RATING_BAND_MISMATCH in {w["code"] for w in rows["warnings"]}


def test_parenthesised_benchmark():
    assert comparisons_of("Fewer disabled adults (31.5%) were in paid work than the national average (36.2%) "
                          "(ASCOF, 2023).") == [(31.5, "%", "national average", 36.2, "lower", "ASCOF", 2023)]


def test_not_statistically_different_and_higher_than_london():
    assert comparisons_of(
        "Some 48.2% of carers felt involved, which was not statistically different from the England average (46.9%). "
        "Reablement kept 88% of people at home, higher than the London average (83.4%).") == [
        (48.2, "%", "England average", 46.9, "similar", None, None),
        (88.0, "%", "London average", 83.4, "higher", None, None)]


def test_benchmark_in_the_next_sentence_and_next_sentence_citation():
    rows = extract_string(report(bodies={"Safeguarding":
        "Only 61.3% of people said they felt safe. This was lower than the England average of 70.1%. "
        "Leaders had a plan to improve it (Adult Social Care Survey, 2024, ASCS)."})).tables["comparisons"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["value"], row["comparator_value"], row["value_location"]) == (61.3, 70.1, "previous sentence")
    assert (row["source"], row["source_year"], row["source_location"]) == ("ASCS", 2024, "next sentence")


def test_one_value_two_benchmarks_and_per_cent():
    assert comparisons_of("In Oakshire 64.0 per cent of people found advice easy to get, similar to the England "
                          "average of 65.1 per cent, and higher than the regional average of 60.2 per cent (SACE, 2023).") == [
        (64.0, "%", "England average", 65.1, "similar", "SACE", 2023),
        (64.0, "%", "regional average", 60.2, "higher", "SACE", 2023)]


def test_no_direction_word_gives_null_stated_relation():
    rows = comparisons_of("All (100%) of the nursing homes were rated good compared to the 74.5% England average.")
    assert rows == [(100.0, "%", "England average", 74.5, None, None, None)]


def test_non_percent_units_and_contradiction():
    rows = extract_string(report(bodies={"Safeguarding":
        "Enquiries took 12.5 days to close, similar to the national average of 7.0 days (SAC, 2023)."})).tables
    assert [(c["value"], c["unit"], c["stated_relation"], c["computed_relation"]) for c in rows["comparisons"]] == [
        (12.5, "days", "similar", "higher")]
    assert Code.RELATION_CONTRADICTS_NUMBERS in {w["code"] for w in rows["warnings"]}


@pytest.mark.parametrize("sentences, expected", [
    # a measure word between the benchmark and its linking words, an unrelated sentence before it
    ("Hospital discharges took 9 days on average. A new team started in May. The England average delay was 6 days.",
     [(9.0, "days", "England average", 6.0, None, None, None)]),
    # two benchmarks in the sentence after the council's figure, the second after 'while'
    ("Some 12.4% of adults were carers. The regional rate was 10.2%, while the England figure stood at 9.0%.",
     [(12.4, "%", "regional average", 10.2, None, None, None), (12.4, "%", "England average", 9.0, None, None, None)]),
    # a hyphenated comparator group; a sentence opening on the council's own group
    ("Reviews were done for 55.0% of people; the similar-councils average was 61.0%.",
     [(55.0, "%", "comparator group average", 61.0, None, None, None)]),
    ("Appeals were settled in 8.5 weeks. Among its comparator group the figure was 7.0 weeks.",
     [(8.5, "weeks", "comparator group average", 7.0, None, None, None)]),
    # a bracketed benchmark number printed without the unit of the figure it is set against
    ("Admissions ran at 21.3 per 100,000 adults, close to England (20.9) (ASCOF, 2024).",
     [(21.3, "per 100,000", "England average", 20.9, "similar", "ASCOF", 2024)]),
    # multiples and shortfalls are directions; a Census citation is a source
    ("Turnover was 30%, twice the national rate of 15%. Uptake was 40%, which fell short of the England "
     "average of 52% (Census 2021).",
     [(30.0, "%", "national average", 15.0, "higher", None, None),
      (40.0, "%", "England average", 52.0, "lower", "Census", 2021)]),
])
def test_benchmark_shapes_from_real_pages(sentences, expected):
    assert comparisons_of(sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # position words are directions; 'equivalent' names a benchmark's figure
    ("Reablement kept 71.0% at home, trailing the England figure of 77.0%.",
     [(71.0, "%", "England average", 77.0, "lower", None, None)]),
    ("Some 44% felt involved. This lagged behind the regional average of 49%.",
     [(44.0, "%", "regional average", 49.0, "lower", None, None)]),
    ("Reviews took 20 days. The national equivalent was 16 days.",
     [(20.0, "days", "national average", 16.0, None, None, None)]),
    # 'under' and 'just over' sizing the council's figure are no direction of the comparison
    ("Under 40% of carers had a break, compared with 45% nationally.",
     [(40.0, "%", "national average", 45.0, None, None, None)]),
    ("Just over 70% of people were satisfied, compared with 68% nationally.",
     [(70.0, "%", "national average", 68.0, None, None, None)]),
    # one benchmark named twice around its figure gives one comparison
    ("Turnover was 21.5%, above the regional average of 18.0% for the North West.",
     [(21.5, "%", "regional average", 18.0, "higher", None, None)]),
    # more direction words; a benchmark opening the clause after ';'
    ("Satisfaction stood at 58%, beneath the England average of 62%. The proportion (64%) was not as high as the "
     "national mean of 70%.", [(58.0, "%", "England average", 62.0, "lower", None, None),
                               (64.0, "%", "national average", 70.0, "lower", None, None)]),
    ("The council's rate of 14% outstripped the national rate of 9%. Uptake reached 41%, which mirrored the "
     "regional average of 40.5%.", [(14.0, "%", "national average", 9.0, "higher", None, None),
                                    (41.0, "%", "regional average", 40.5, "similar", None, None)]),
    ("Some 30% of carers were satisfied; nationwide the figure was 36%.",
     [(30.0, "%", "national average", 36.0, None, None, None)]),
    # a benchmark opening a sentence with a trailing place name, and a second place after 'and'
    ("The share was 41.5%. In the North East the figure was 44.0%, and in England 46.2% (ASCOF, 2024).",
     [(41.5, "%", "regional average", 44.0, None, "ASCOF", 2024), (41.5, "%", "England average", 46.2, None, "ASCOF", 2024)]),
    # a trailing place after relation words; a gap 'short of' the benchmark is no council value
    ("Waits averaged 12 weeks, twice the 6 weeks typical of the South West.",
     [(12.0, "weeks", "regional average", 6.0, "higher", None, None)]),
    ("Women can expect 81.2 years, which is 1.4 years short of the England figure of 82.6 years.",
     [(81.2, "years", "England average", 82.6, "lower", None, None)]),
    # the benchmark as subject with its figure set off by commas
    ("The England average for people who feel safe, at 70.0%, was higher than the council's 64.5% (ASCS, 2024).",
     [(64.5, "%", "England average", 70.0, "lower", "ASCS", 2024)]),
    ("The national rate of delayed discharge per bed, 12.0%, is lower than the 15.5% seen locally.",
     [(15.5, "%", "national average", 12.0, "higher", None, None)]),
    # linking verbs and restating words after a benchmark
    ("Home care cost £24.10 an hour; similar councils paid £22.80 an hour.",
     [(24.1, "GBP", "comparator group average", 22.8, None, None, None)]),
    # a sentence opening on a benchmark and restating the measure of an earlier one
    ("Only 40.0% of carers were satisfied with support. Many described delays. Nationally, 36.0% of carers "
     "report being satisfied with support (SACE, 2023).",
     [(40.0, "%", "national average", 36.0, None, "SACE", 2023)]),
    # ... but not a different measure, and not 'the England average: X compared with Y'
    ("Only 40.0% of carers were satisfied. Nationally, 25.0% of carers had a short break in the year.", []),
    # a benchmark led into by relation words, then the council's figure set against the benchmark's
    ("Results were better than the England average: 72.4% compared with 69.9%.",
     [(72.4, "%", "England average", 69.9, None, None, None)]),
    ("Satisfaction with care was lower than the England average (58% vs 64%).",
     [(58.0, "%", "England average", 64.0, "lower", None, None)]),
    ("Satisfaction was better than the England average (70%): 72% compared with 69% last year.",
     [(72.0, "%", "England average", 70.0, None, None, None)]),
    # terse lists after ';', a benchmark named in brackets after its figure, a share of England
    ("Aged 85 or over: 2.9%; England 2.5%; North East 2.6%.",
     [(2.9, "%", "England average", 2.5, None, None, None), (2.9, "%", "regional average", 2.6, None, None, None)]),
    ("Spend per adult: £612 vs £575 (comparator group average) (ASC-FR, 2024).",
     [(612.0, "GBP", "comparator group average", 575.0, None, "ASC-FR", 2024)]),
    ("Disabled residents: 21.0%, above the England share of 17.3% (Census 2021).",
     [(21.0, "%", "England average", 17.3, "higher", "Census", 2021)]),
    # a benchmark figure in a clause on the benchmark, the council's figure in the sentence before
    ("Some 70.5% felt safe. The England average, which the same survey put at 72.0%, was a little higher.",
     [(70.5, "%", "England average", 72.0, "lower", None, None)]),
    # a statutory timescale is no council figure; a median and a place name of one region count once
    ("The median wait was 60 days, well beyond the 21 days set out in the statutory scheme but shorter "
     "than the 90 days recorded across England.", [(60.0, "days", "England average", 90.0, "lower", None, None)]),
    ("The council's median was 9 weeks, twice the regional median of 4 weeks across the North West.",
     [(9.0, "weeks", "regional median", 4.0, "higher", None, None)]),
    # a relation word away from the benchmark ('under the Act') does not make a sentence refer back
    ("Just 6.0% of residents are carers, compared to 9.0% nationally. Across England, 17.0% of people are "
     "disabled under the Equality Act 2010.", [(6.0, "%", "national average", 9.0, None, None, None)]),
    # 'a lower level of support' describes the measure; '; in England the figure was'
    ("Some 70.3% needed no further support or moved to a lower level of support; in England the figure was 77.5%.",
     [(70.3, "%", "England average", 77.5, None, None, None)]),
    # a benchmark's number printed without its unit at the end of its clause takes the council figure's unit
    ("Admissions were 11.2 per 100,000 adults aged 18-64, which was below the national average of 14.6.",
     [(11.2, "per 100,000", "national average", 14.6, "lower", None, None)]),
    # a pair list with the place after 'respectively', printed as 'for England'
    ("Healthy life expectancy is 60.1 years for men and 62.0 years for women, against 63.1 and 63.9 years "
     "respectively for England.", [(60.1, "years", "England average", 63.1, None, None, None),
                                   (62.0, "years", "England average", 63.9, None, None, None)]),
    # a target is never the council's figure; the benchmark's clause ends at ', and', so it refers back
    ("Agency spend was 3% of pay. Statistical neighbours averaged 5.5%, and the council's own target was 4%.",
     [(3.0, "%", "comparator group average", 5.5, None, None, None)]),
])
def test_more_benchmark_shapes(sentences, expected):
    assert comparisons_of(sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # numbers printed without their unit in a figure's slot take the unit of the sentence's quantity
    ("The average age is 38.9 years, compared to 40.5 for England.",
     [(38.9, "years", "England average", 40.5, None, None, None)]),
    ("Emergency admissions ran at 640 per 100,000 people, compared to England's 512.",
     [(640.0, "per 100,000", "England average", 512.0, None, None, None)]),
    ("Life expectancy is 79.8 years for men and 83.7 for women, which exceeds the England averages of 78.9 "
     "and 82.8 years.", [(79.8, "years", "England average", 78.9, "higher", None, None),
                         (83.7, "years", "England average", 82.8, "higher", None, None)]),
    ("Men live on average to 77.5 and women to 81.9 years, below the England averages of 78.9 and 82.8 years.",
     [(77.5, "years", "England average", 78.9, "lower", None, None),
      (81.9, "years", "England average", 82.8, "lower", None, None)]),
    # a benchmark list in the clause or the sentence after the council's pair
    ("Men live to 80.1 years and women to 83.4; England: 79.4 and 83.1.",
     [(80.1, "years", "England average", 79.4, None, None, None),
      (83.4, "years", "England average", 83.1, None, None, None)]),
    ("Life expectancy is 77.0 years for men and 81.3 years for women; both figures are below the national "
     "averages (78.9 and 82.8 years).", [(77.0, "years", "national average", 78.9, "lower", None, None),
                                         (81.3, "years", "national average", 82.8, "lower", None, None)]),
    ("Men in the borough live 76.8 years and women 80.9 years. England's figures are 78.9 and 82.8 years.",
     [(76.8, "years", "England average", 78.9, None, None, None),
      (80.9, "years", "England average", 82.8, None, None, None)]),
    # ... but a count beside a quantity is no figure of its unit, and a singular benchmark's figure
    # followed by ', and' another figure is no list
    ("Women live 82.0 years in the 7 districts and 60 in the city, against the England figure of 82.8 years.",
     [(82.0, "years", "England average", 82.8, None, None, None)]),
    ("Life expectancy is 76.4 years for men, below the England average of 79.3 years, and 80.6 years for women.",
     [(76.4, "years", "England average", 79.3, "lower", None, None)]),
])
def test_numbers_printed_without_their_unit(sentences, expected):
    assert comparisons_of(sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # a bare place name right after comparison words is a benchmark; 'where' clauses and 'as a whole'
    ("Some 18.2% of residents were born outside the UK compared to England 17.4%.",
     [(18.2, "%", "England average", 17.4, None, None, None)]),
    ("English is not the main language of 19.6% of residents, compared with England, where the figure is 7.1%.",
     [(19.6, "%", "England average", 7.1, None, None, None)]),
    ("The suicide rate of 13.9 per 100,000 is higher than in England, where it is 10.3 per 100,000.",
     [(13.9, "per 100,000", "England average", 10.3, "higher", None, None)]),
    ("Women live 81.6 years, lower than the national 83.1; men can expect to live 77.8 years.",
     [(81.6, "years", "national average", 83.1, "lower", None, None)]),
    ("Nearly all residents (97.2%) are White, a higher share than in the South West as a whole (93.1%).",
     [(97.2, "%", "regional average", 93.1, "higher", None, None)]),
    ("Outcomes were better than London on independent living, at 61.5% against 48.2%.",
     [(61.5, "%", "London average", 48.2, None, None, None)]),
    # ... but a place named after comparison words in a clause with no figure of its own is none
    ("Carers were less satisfied than in England, and 40% had a break.", []),
])
def test_bare_places_after_comparison_words(sentences, expected):
    assert comparisons_of(sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # a regional share named as such; a benchmark list in brackets; 'the figures are' before a list
    ("People from ethnic minority groups make up 4.8% of residents, a little over half the regional proportion "
     "(8.1%).", [(4.8, "%", "regional average", 8.1, "lower", None, None)]),
    ("Life expectancy is close to the national picture (men 79.0 years, women 83.6 years; England 79.3 and "
     "83.2 years).", [(79.0, "years", "England average", 79.3, "similar", None, None),
                      (83.6, "years", "England average", 83.2, "similar", None, None)]),
    ("Men can expect 56.2 years in good health and women 57.0, while for England the figures are 61.5 and 61.9.",
     [(56.2, "years", "England average", 61.5, None, None, None), (57.0, "years", "England average", 61.9, None, None, None)]),
    # a region opening a clause after ', and'; the council named, with its figure, after both benchmarks
    ("Across England, 18.4% of people are aged 65 or over, and in Yorkshire and the Humber the figure is 19.4%; "
     "Oakshire, at 17.6%, sits just below both.", [(17.6, "%", "England average", 18.4, "lower", None, None),
                                                   (17.6, "%", "regional average", 19.4, "lower", None, None)]),
    # ... and without the council's name that figure is not taken
    ("Across England, 18.4% of people are aged 65 or over, and in Yorkshire and the Humber the figure is 19.4%; "
     "Kirkholt, at 17.6%, sits just below both.", []),
])
def test_benchmark_lists_and_the_council_named(sentences, expected):
    assert comparisons_of(sentences) == expected


def test_bracketed_number_without_unit_reads_as_with_its_unit():
    """A number printed without its unit among quantities of one unit is read as that unit: with two
    council figures before it, the nearest is taken and the choice is flagged, as when the unit is printed."""
    bare = "Admissions were 21.3 per 100,000 this year and 19.0 per 100,000 in 2023, close to England (20.9)."
    printed = bare.replace("(20.9)", "(20.9 per 100,000)")
    assert comparisons_of(bare) == comparisons_of(printed) == [(19.0, "per 100,000", "England average", 20.9, "similar", None, None)]
    findings = link_comparisons(*analyse(bare))[1]
    assert [f.code for f in findings] == [Code.AMBIGUOUS_VALUE]


@pytest.mark.parametrize("sentence", [
    "Staff engagement reached 81% compared to 47% five years ago.",
    "Over 96% of reviews were finished within the 28 days target.",
    "The council had the lowest vacancy rate in the region.",
    "Of 410 concerns, 212 (or 52%) met the threshold for an enquiry.",
    "The England average was 64.2% in the same year.",
])
def test_not_benchmark_comparisons(sentence):
    assert comparisons_of(sentence) == []


def test_distribution_that_does_not_sum_to_100():
    rows = extract_string(report(bodies={"Safeguarding":
        "Of the home care agencies, 12.0% were rated Outstanding, 61.0% Good, 9.0% Requires improvement and "
        "25.0% not yet rated."})).tables
    assert Code.DISTRIBUTION_NOT_100 in {w["code"] for w in rows["warnings"]}


def test_inline_html_entities_and_nbsp_are_normalised():
    text = normalise(strip_inline_html("ranked 87<sup>th</sup> of 152 &ndash; 55.98&nbsp;% and &pound;1,000 \u2019"))
    assert text == "ranked 87th of 152 \u2013 55.98 % and £1,000 '\n"


def test_html_chrome_is_ignored():
    page = """<html><body><div class="cookie-banner">We use 2 cookies for 365 days</div>
    <nav><a href="/">Home</a> 3 links</nav><main><h1>Oakshire County Council: local authority assessment</h1>
    <p>Around 41.5% of people were <strong>happy</strong>, higher than the England average of 39.0%.</p>
    <div class="feedback">87% of people found this page useful</div></main>
    <footer>Call 03000 616161. &copy; 2025</footer></body></html>"""
    text = html_to_text(page)
    assert "cookie" not in text and "87%" not in text and "03000" not in text and "Home" not in text
    assert "Around 41.5% of people were happy, higher" in text


def test_not_a_report_is_refused():
    with pytest.raises(InputError, match="not a CQC local authority assessment report"):
        extract_string("# Lemon cake\n\nMix 200g of flour with 3 eggs; 50% of the sugar goes in first.\n")


def test_fact_scales_ranks_and_statement_figures():
    text = report().replace("Assessment published: 3 March 2025", "Assessment published: 03/03/2025\n\n"
                            "## About Oakshire County Council\n\nOakshire has a population of 205 thousand. "
                            "It is ranked 200th most deprived out of 152 councils.\n\n"
                            "- The local authority estimated that in 2023/24, its total budget would be £363,119k. "
                            "Its actual spend for that year was £370 million.")
    text = text.replace("Staff knew the people they supported.", "The largest home has 40 residents and a population of 90.", 1)
    rows = extract_string(text).tables
    report_row = rows["reports"][0]
    assert str(report_row["published"]) == "2025-03-03"
    assert report_row["population"] == 205000
    assert report_row["budget_estimated_gbp"] == 363119000 and report_row["budget_actual_gbp"] == 370000000
    assert report_row["imd_rank"] is None and report_row["imd_rank_of"] is None
    assert Code.VALUE_OUT_OF_RANGE in {w["code"] for w in rows["warnings"]}
    assert Code.FACT_CONFLICT not in {w["code"] for w in rows["warnings"]}  # statement prose is not a fact source


def test_ranges_and_signs_are_never_single_values():
    rows = extract_string(report(bodies={"Safeguarding":
        "Between 50-60% of people, 50\u201360% of carers and between 5 and 10% of staff felt safe, compared with "
        "the England average of 55%. Complaints fell by -5%. Satisfaction rose from 38% in 2021 to 44% in 2023."})).tables
    got = [(p["text"], p["value"]) for p in rows["percentages"]]
    assert got == [("50-60%", None), ("50\u201360%", None), ("5 and 10%", None), ("55%", 55.0), ("-5%", -5.0),
                   ("38%", 38.0), ("44%", 44.0)]
    assert rows["comparisons"] == []  # a range is not a council figure
    assert sum(w["code"] == Code.RANGE_FIGURE for w in rows["warnings"]) == 3


def test_a_larger_number_to_a_smaller_is_no_range():
    rows = extract_string(report(bodies={"Safeguarding":
        "An all-age service had reduced the share of young people without an agreed plan at 18 to 4%. Delays fell "
        "from 34 to 26 days."})).tables
    assert [(p["text"], p["value"]) for p in rows["percentages"]] == [("4%", 4.0)]
    assert not any(w["code"] == Code.RANGE_FIGURE for w in rows["warnings"])


def test_end_matter_is_not_part_of_the_last_statement():
    text = report() + "\n# Appendix: data sources\n\nAbout 50% of the figures come from national returns.\n"
    rows = extract_string(text).tables
    last = rows["percentages"][-1]
    assert last["value"] == 50.0 and last["quality_statement"] is None
    kinds = {s["heading"]: s["kind"] for s in rows["sections"]}
    assert kinds["Appendix: data sources"] == "end_matter"


def test_long_run_of_digits_is_not_a_figure():
    # an 80 KB paragraph of digits and commas (took minutes when number patterns backtracked)
    noise = ",".join(str(i % 10) for i in range(40_000))
    rows = extract_string(report(bodies={"Safeguarding": noise})).tables
    assert rows["percentages"] == [] and rows["comparisons"] == []
    assert rows["reports"][0]["complete"] is True


def test_comparison_table_rows():
    table = ("| Measure | Oakshire | England | Source |\n|---|---|---|---|\n"
             "| Carers satisfied with support | 41.0% | 36.3% | SACE, 2023 |\n"
             "| People who feel safe | 68.2% | 71.1% | ASCS 2024 |\n| Staff vacancies | 9.9% | - | |\n")
    rows = extract_string(report(bodies={"Safeguarding": "The figures below compare the council.\n\n" + table})).tables
    got = [(c["metric"], c["value"], c["comparator"], c["comparator_value"], c["stated_relation"],
            c["computed_relation"], c["source"], c["source_year"], c["value_location"]) for c in rows["comparisons"]]
    assert got == [("Carers satisfied with support", 41.0, "England average", 36.3, None, "higher", "SACE", 2023, "table row"),
                   ("People who feel safe", 68.2, "England average", 71.1, None, "similar", "ASCS", 2024, "table row")]  # 2.9 points: within the band


def test_a_spaced_out_table_under_a_caption_naming_its_source():
    page = ("<html><body><main><h1>Cressholme City Council: local authority assessment</h1><h2>Demographics</h2>"
            "<p>Selected indicators, Cressholme and England (Census 2021)</p><table>"
            "<tr><th>Indicator</th><th>Cressholme</th><th>England</th></tr>"
            "<tr><td>Residents aged 65 and over</td><td>15.2&nbsp;%</td><td>18.4&nbsp;%</td></tr>"
            "<tr><td>Disabled under the Equality Act</td><td>19.8%</td><td>17.3%</td></tr></table>"
            "<p>The rate was 12% (ASCS, 2023).</p><table><tr><th>Measure</th><th>Cressholme</th><th>England</th></tr>"
            "<tr><td>Carers</td><td>41.0%</td><td>36.3%</td></tr></table><p>It grew by 27% by 2043. The figures in the "
            "table are from the 2021 Census.</p><table><tr><th>Indicator</th><th>Cressholme</th><th>England</th></tr>"
            "<tr><td>Aged 85 and over</td><td>2.7%</td><td>2.4%</td></tr></table></main></body></html>")
    rows = extract_string(html_to_text(page)).tables["comparisons"]
    assert [(c["value"], c["comparator_value"], c["source"], c["source_year"]) for c in rows] == [
        (15.2, 18.4, "Census", 2021), (19.8, 17.3, "Census", 2021), (41.0, 36.3, None, None),  # a figure's sentence is no caption
        (2.7, 2.4, "Census", 2021)]  # the last sentence above is


def test_benchmarks_paired_respectively():
    rows = extract_string(report(bodies={"Safeguarding":
        "In Oakshire 70.2% of people felt safe and 45.5% of carers felt safe. Both were higher than the England "
        "averages of 67.1% and 42.0% respectively (ASCS, 2023; SACE, 2022)."})).tables
    got = [(c["value"], c["comparator"], c["comparator_value"], c["stated_relation"], c["source"], c["source_year"],
            c["value_location"]) for c in rows["comparisons"]]
    assert got == [(70.2, "England average", 67.1, "higher", "ASCS", 2023, "previous sentence"),
                   (45.5, "England average", 42.0, "higher", "SACE", 2022, "previous sentence")]


def test_benchmark_first_then_council_figure():
    rows = extract_string(report(bodies={"Safeguarding":
        "Across England, 52.3% of carers said they felt involved in decisions. In Oakshire, 47.0% said the "
        "same (SACE, 2023). Nationally, 61% of people were satisfied. The council plans a survey."})).tables
    got = [(c["value"], c["comparator"], c["comparator_value"], c["source"], c["value_location"])
           for c in rows["comparisons"]]
    assert got == [(47.0, "England average", 52.3, "SACE", "next sentence")]
    row = rows["comparisons"][0]
    assert row["sentence"].startswith("Across England") and row["sentence"].endswith("(SACE, 2023).")


def test_summary_table_with_a_theme_column():
    """'| Theme | Quality statement | Score |' with the theme named on each group's first row."""
    from conftest import extract_string
    rows = [("How Oakvale works with people", "Assessing needs", 2), ("", "Supporting people to lead healthier lives", 3),
            ("", "Equity in experience and outcomes", 3), ("Providing support", "Care provision, integration and continuity", 4),
            ("", "Partnerships and communities", 3), ("Ensuring safety", "Safe systems, pathways and transitions", 1),
            ("", "Safeguarding", 2), ("Leadership", "Governance, management and sustainability", 3),
            ("", "Learning, improvement and innovation", 2)]
    table = "\n".join(f"| {theme} | {name} | {score} |" for theme, name, score in rows)
    text = ("# Oakvale Council: local authority assessment\n\nAssessment published: 3 March 2025\n\n"
            "## Summary\n\nLocal authority rating and score\n\nRequires improvement\n\n"
            f"## Quality statement scores\n\n| Theme | Quality statement | Score |\n|---|---|---|\n{table}\n")
    scores = {r["quality_statement"]: r["summary_score"] for r in extract_string(text, "oakvale").tables["scores"]}
    assert list(scores.values()) == [2, 3, 3, 4, 3, 1, 2, 3, 2] and len(scores) == 9


def _overview_row(overview: str) -> dict:
    """The reports row of Oakshire's mini-report with this overview before its rating."""
    text = report().replace("Requires improvement", overview + "\n\nRequires improvement", 1)
    return extract_string(text).tables["reports"][0]


def test_overview_facts_in_new_words():
    """'a population estimated at 1.31 million'; a budget bullet that names no topic but states the
    difference from the estimate is the total budget (the adult social care bullet names its topic)."""
    overview = ("About Oakshire County Council\n\nOakshire is a county with a population estimated at 1.31 million.\n\n"
                "Financial facts\n\n"
                "- The local authority estimated that it would spend £512.6m in 2023/24. Its actual spend for that "
                "year was £519,240,000, which is £6,640,000 more than estimated.\n"
                "- The local authority estimated that it would spend £187,350,000 on adult social care in 2023/24 "
                "Its actual spend was £193.1 million, which is £5,750,000 more than estimated.")
    row = _overview_row(overview)
    assert (row["population"], row["budget_estimated_gbp"], row["budget_actual_gbp"]) == (1_310_000, 512_600_000, 519_240_000)
    assert (row["asc_budget_estimated_gbp"], row["asc_spend_actual_gbp"]) == (187_350_000, 193_100_000)


def test_a_was_this_page_helpful_widget_is_chrome():
    page = ("<html><body><main><h1>Oakshire County Council: local authority assessment</h1>"
            "<h2>Assessing needs</h2><p>Score: 2</p><p>Some 61% of people were satisfied.</p>"
            "<div class='page-helpful'><p>92% of people found this page useful.</p></div></main></body></html>")
    assert "92%" not in html_to_text(page)
    page = ("<html><body><div class='site-header'><a href='/'>Care Quality Commission</a><p class='site-satisfaction'>88% of "
            "users rated our new website good</p></div><div id='main'><h1>Oakshire County Council: local authority assessment"
            "</h1><p>Some 61% of people were satisfied.</p></div></body></html>")
    assert "88%" not in html_to_text(page) and "61%" in html_to_text(page)  # a site header outside any <main>


def test_more_overview_facts_in_new_words():
    """A budget 'set ... at', a share that 'accounted for' the spending, two head counts each named by
    the words nearest it with no other count between, a score 'is 6' on a reversed scale 'denoted'."""
    overview = ("About Oakshire County Council\n\nOn the Index of Multiple Deprivation, where 1 denotes the most "
                "deprived areas and 10 the least deprived, Oakshire's score is 6.\n\nFinancial facts\n\n"
                "- The council set its total budget for 2023/24 at £512,340,000. By the end of that year it had "
                "actually spent £527,905,000, which is £15,565,000 more than estimated.\n"
                "- Adult social care accounted for 33% of everything the council spent in 2023/24.\n"
                "- Long-term support was being provided to roughly 4,215 people, with a further 1,380 people "
                "receiving short-term support in 2023/24.")
    row = _overview_row(overview)
    assert (row["budget_estimated_gbp"], row["budget_actual_gbp"], row["asc_share_of_budget_pct"]) == (512_340_000, 527_905_000, 33)
    assert (row["people_long_term_support"], row["people_short_term_support"]) == (4215, 1380)
    assert (row["imd_score"], row["imd_score_printed"]) == (5, 6)


def test_score_list_grouped_under_theme_headings():
    """'## Quality statement scores', then '### Theme 1: ...' headings, each over its statements'
    bullets with 'Score: N' on the line below: every score is read from the list."""
    themes = "\n\n".join(f"### Theme {t}: Theme {t}\n\n" + "\n".join(f"- {name}\n  Score: 3" for name in names)
                           for t, names in ((1, STATEMENTS[:3]), (2, STATEMENTS[3:5]), (3, STATEMENTS[5:7]), (4, STATEMENTS[7:])))
    text = ("# Oakshire County Council: local authority assessment\n\nAssessment published: 3 March 2025\n\n"
            "## Local authority rating and score\n\nGood\n\n## Quality statement scores\n\n" + themes + "\n")
    scores = {s["quality_statement"]: s["summary_score"] for s in extract_string(text).tables["scores"]}
    assert scores == {name: 3 for name in STATEMENTS}


def test_score_list_grouped_under_theme_headings_naming_the_council():
    """'#### How Hallowgate works with people', '#### Ensuring safety within the system': theme headings as the 2025
    pages print them, each over '- <statement> Score: N' bullets."""
    headings = ["How Oakshire works with people", "Providing support", "Ensuring safety within the system", "Leadership"]
    groups = (STATEMENTS[:3], STATEMENTS[3:5], STATEMENTS[5:7], STATEMENTS[7:])
    themes = "\n\n".join(f"#### {heading}\n\n" + "\n\n".join(f"- {name} Score: 2" for name in names)
                           for heading, names in zip(headings, groups))
    text = ("# Oakshire County Council: local authority assessment\n\nAssessment published: 3 March 2025\n\n"
            "## Overall summary\n\nGood\n\n### Quality statement scores\n\n" + themes + "\n")
    scores = {s["quality_statement"]: s["summary_score"] for s in extract_string(text).tables["scores"]}
    assert scores == {name: 2 for name in STATEMENTS}


def test_a_population_that_stood_at():
    assert _overview_row("The population stood at 577,300 in mid-2023.").get("population") == 577_300


def test_a_count_of_a_group_in_long_term_care_is_not_everyone_in_long_term_support():
    row = _overview_row("The council supported 2,140 adults with a learning disability in long-term care. "
                        "In 2023/24, 3,412 people received long-term support.")
    assert row.get("people_long_term_support") == 3412


def test_the_fuller_council_name_of_the_about_heading():
    """'Oakshire: local authority assessment' then 'About Oakshire Metropolitan Borough Council': the
    council is the fuller name."""
    text = ("# Oakshire: local authority assessment\n\nAssessment published: 3 March 2025\n\n"
            "## About Oakshire Metropolitan Borough Council\n\nSome 240,000 people live in the borough.\n")
    assert extract_string(text).tables["reports"][0]["local_authority"] == "Oakshire Metropolitan Borough Council"


def test_page_furniture_lines_are_blanked_as_each_rule_would_blank_them():
    from pipeline.ingest import _furniture_line, blank_page_furniture
    from pipeline.summary import report_rules

    rules = report_rules()["page_furniture"]
    lines = ["Was this page useful?", "  is this page HELPFUL? Yes No", "77% of people found this page useful",
             "12.5 % of users said this page was helpful.", "The page was useful.", "Is this page useful for carers",
             "55.98% of people were satisfied", ""]
    lines += [line for path in sorted(FIXTURES.glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")]
    assert [bool(_furniture_line().match(line)) for line in lines] == [any(r.match(line) for r in rules) for line in lines]
    page = "Text before.\nWas this page useful?\n77% of people found this page useful\nText after."
    assert blank_page_furniture(page) == "Text before.\n\n\nText after."


@given(st.text(alphabet="*_ab\n", max_size=16))
def test_emphasis_markers_go_as_the_pattern_drops_them(text):
    from pipeline.ingest import _EMPHASIS, _without_emphasis

    assert _without_emphasis(text) == _EMPHASIS.sub("", text)


@pytest.mark.parametrize("sentence, printed", [
    ("Its score on the Index of Multiple Deprivation is 5, on a scale where 10 represents the most deprived areas.", 5),
    ("Oakshire's IMD is 7, where 10 is the most deprived.", 7),
    ("Oakshire has an Index of Multiple Deprivation (IMD) of 6 (10 = most deprived).", 6),
])
def test_imd_score_after_the_index_named_in_full(sentence, printed):
    row = _overview_row(f"About Oakshire County Council\n\n{sentence}")
    assert (row["imd_score"], row["imd_score_printed"]) == (printed, printed)


def test_index_named_in_full_without_is_gives_no_score():
    row = _overview_row("About Oakshire County Council\n\nOn the Index of Multiple Deprivation, 7 of its 20 wards are "
                        "among the most deprived in England.")
    assert row.get("imd_score") is None and row.get("imd_score_printed") is None


def test_related_content_inside_main_is_chrome():
    page = ("<html><body><main><h1>Oakshire County Council: local authority assessment</h1>"
            "<h2>Assessing needs</h2><p>Score: 2</p><p>Some 61% of people were satisfied.</p>"
            "<aside class='related-content'><h2>Latest from CQC</h2><ul><li><a href='/x'>Waiting lists rose by 6% "
            "in a year</a></li></ul></aside></main></body></html>")
    text = html_to_text(page)
    assert "61%" in text and "6% in a year" not in text
    page = page.replace("class='related-content'><h2>Latest from CQC", "class='sidebar'><h2>Related content")
    text = html_to_text(page)
    assert "61%" in text and "6% in a year" not in text  # an aside headed 'Related content', whatever its class
    assert "Population 12,000" in html_to_text("<main><h1>X</h1><aside><h2>Key facts</h2><p>Population 12,000</p></aside></main>")


def test_an_aside_that_links_on_and_a_bar_of_links_are_chrome():
    page = ("<html><body><main><h1>Oakshire County Council: local authority assessment</h1>"
            "<h2>Safe pathways</h2><p>Score: 2</p><p>Some 61% of people were satisfied.</p>"
            "<aside class='laa-aside'><h2>Adult social care in the East of England</h2><p>91% of services are rated good "
            "or outstanding.</p><p><a href='/data'>Explore our data</a></p></aside>"
            "<div class='page-nav'><a href='../a'>Previous: Assessing needs</a> <a href='../b'>Next: Theme 4</a></div>"
            "</main></body></html>")
    text = html_to_text(page)
    assert "61%" in text and "91%" not in text and "Previous:" not in text
    assert text.rstrip().endswith("Some 61% of people were satisfied.")  # no 'Next: Theme 4' left to look cut short


def test_a_figure_the_page_is_cut_off_in_is_not_read():
    page = ("# Oakshire County Council: local authority assessment\n\nAssessment published: 1 May 2025\n\n"
            "## About Oakshire County Council\n\n### Financial facts\n\n- The local authority estimated that it would "
            "spend £98,470,000 of its total budget on adult social care in 2023/24. Its actual spend for that year was £10")
    rows = extract_string(page).tables
    report = rows["reports"][0]
    assert report.get("asc_budget_estimated_gbp") == 98_470_000 and report.get("asc_spend_actual_gbp") is None
    assert [f["text"] for f in rows["figures"] if f["text"].startswith("£")] == ["£98,470,000"]
    [cut] = [w["message"] for w in rows["warnings"] if w["code"] == "TRUNCATED"]
    assert "was £10'" in cut and "not read" in cut
    complete = extract_string(page.replace("was £10", "was £10 million.")).tables["reports"][0]
    assert complete.get("asc_spend_actual_gbp") == 10_000_000


@pytest.mark.parametrize("sentence, printed, stored", [
    ("Its IMD score is 4 and it sits 96th out of 153 local authorities, where 1 is the most deprived.", 4, 4),
    ("Its IMD score is 4, where 1 is the most deprived and 10 the least, and it is ranked 96th of 153.", 4, 7),
    ("It has an IMD score of 8 (10 being the least deprived) and is ranked 121st of 153.", 8, 3),
    ("It has an IMD decile of 7 (where 10 is most deprived). It sits at 44th on the national deprivation ranking of "
     "151 upper-tier authorities (where 1 is the most deprived).", 7, 7),
    ("The Index of Multiple Deprivation gives it a score of 4 (10 = most deprived), and it has a national ranking of "
     "104 of 153, where 1 is the most deprived.", 4, 4),
])
def test_a_scale_stated_for_the_rank_is_not_the_scores(sentence, printed, stored):
    row = _overview_row(f"About Oakshire County Council\n\n{sentence}")
    assert (row["imd_score_printed"], row["imd_score"]) == (printed, stored)


def test_the_total_of_a_ranking_after_an_ordinal_rank():
    sentence = ("It has an IMD decile of 7 (where 10 is most deprived). It sits at 44th on the national deprivation "
                "ranking of 151 upper-tier authorities.")
    row = _overview_row(f"About Oakshire County Council\n\n{sentence}")
    assert (row.get("imd_rank"), row.get("imd_rank_of")) == (44, 151)


def test_a_regional_rank_after_the_national_one_leaves_the_national_rank():
    sentence = ("Brackenfold has a score of 7 on the Index of Multiple Deprivation (10 being the most deprived), making "
                "it the 41st most deprived local authority in the country and the 4th most deprived in Yorkshire and "
                "the Humber.")
    assert _overview_row(f"About Oakshire County Council\n\n{sentence}").get("imd_rank") == 41
    assert _overview_row("About Oakshire County Council\n\nIt is the 4th most deprived in Yorkshire and the "
                         "Humber.").get("imd_rank") is None


@pytest.mark.parametrize("sentence, printed, stored", [
    ("Its IMD score is 2, on a scale running from 1 (most deprived) to 10 (least deprived).", 2, 9),
    ("Its IMD score of 8 reflects its affluence - the scale runs from 1 (the most deprived) to 10.", 8, 3),
    ("It has an IMD score of 6 (10 = most deprived).", 6, 6),
])
def test_a_reversed_scale_stated_in_brackets(sentence, printed, stored):
    row = _overview_row(f"About Oakshire County Council\n\n{sentence}")
    assert (row["imd_score_printed"], row["imd_score"]) == (printed, stored)


@pytest.mark.parametrize("sentence, population", [
    ("The population of the area is 412,300, though it swells in summer.", 412_300),
    ("Oakshire County Council serves a little over 764,000 people across 1,104 square miles.", 764_000),
    ("The council serves 2,000 people with learning disabilities.", None),
])
def test_population_phrasings(sentence, population):
    assert _overview_row(f"About Oakshire County Council\n\n{sentence}").get("population") == population


def test_a_page_hard_wrapped_inside_sentences_reads_as_prose():
    """Line breaks inside a sentence become spaces (offsets kept); headings, list items and lines ending a
    sentence keep theirs."""
    page = ("Oakshire covers 57 square\nmiles of moor. Its Index of\nMultiple Deprivation score is 2, on a scale from 1\n"
            "(most deprived) to 10 (least deprived).\nDemographics\nHow we assess local authorities\nAssessment "
            "published: 1 May 2025\n- a list item of\nmore\n## A heading of\nthe page\n")
    text = normalise(page)
    assert len(text) == len(page)
    assert "57 square miles of moor. Its Index of Multiple Deprivation score is 2, on a scale from 1\n(most" in text
    assert "deprived).\nDemographics\nHow we assess local authorities\nAssessment published" in text
    assert "- a list item of\nmore\n## A heading of\nthe page" in text
    row = _overview_row(f"About Oakshire County Council\n\n{text}")
    assert (row.get("area_sq_miles"), row["imd_score_printed"], row["imd_score"]) == (57, 2, 9)


def test_an_articles_own_header_is_content_and_a_survey_prompt_is_chrome():
    page = ("<html><body><header class='site-header'><a href='/'>CQC</a> Call 03000 616161</header>"
            "<div class='survey-prompt'><p>Did you find what you needed? In October, 81% said yes.</p></div>"
            "<main><article><header><h1>Oakshire County Council: local authority assessment</h1>"
            "<p>Assessment published: <time datetime='2025-04-10'>10 April 2025</time></p></header>"
            "<h2>About Oakshire County Council</h2><p>Some 21% of residents are aged 65 or over.</p>"
            "</article></main></body></html>")
    text = html_to_text(page)
    assert "Assessment published: 10 April 2025" in text and "Oakshire County Council: local authority" in text
    assert "81%" not in text and "03000" not in text


def test_a_census_year_is_no_population():
    row = _overview_row("About Oakshire County Council\n\nIts population at the 2021 Census was 318,450, and it is "
                        "forecast to reach around 326,000 by 2031.")
    assert row["population"] == 318_450


def test_a_caption_above_the_title_is_not_the_councils_name():
    page = ("<html><body><main><div class='la-report-header'><span>Local authority assessment</span>"
            "<h1>Fernbury Council: local authority assessment</h1><p>Assessment published: 2 May 2025</p></div>"
            "<h2>About Fernbury Council</h2><p>Some 21% of residents are aged 65 or over.</p></main></body></html>")
    assert extract_string(html_to_text(page)).tables["reports"][0]["local_authority"] == "Fernbury Council"


@pytest.mark.parametrize("sentences, comparator", [
    ("The median wait was 61 days; for the council's CIPFA comparator group the median was 27 days.", "comparator group median"),
    ("People waited a median of 24 days, compared with a median of 32 days across similar councils.", "comparator group median"),
    ("The median wait was 146 days, against a median of 98 days for the North West.", "regional median"),
    ("Waits averaged 61 days, against 27 days across similar councils.", "comparator group average"),
])
def test_a_median_named_next_to_the_benchmarks_figure(sentences, comparator):
    assert [row[2] for row in comparisons_of(sentences)] == [comparator]


def test_a_figure_cut_inside_a_thousands_group_is_not_read():
    page = ("# Oakshire County Council: local authority assessment\n\nAssessment published: 1 May 2025\n\n"
            "## About Oakshire County Council\n\n### Financial facts\n\n- The local authority estimated that it would "
            "spend £164,930,000 of its total budget on adult social care in 2023/24. Its actual spend for that year was £179,")
    report = extract_string(page).tables["reports"][0]
    assert report.get("asc_budget_estimated_gbp") == 164_930_000 and report.get("asc_spend_actual_gbp") is None


def test_money_per_head_and_a_bracketed_benchmark_are_no_budget():
    page = ("# Oakshire County Council: local authority assessment\n\nAssessment published: 1 May 2025\n\n"
            "## Summary\n\nThe local authority spent £412 per adult on adult social care, lower than the average "
            "for its CIPFA nearest neighbours (£455).\n")
    report = extract_string(page).tables["reports"][0]
    assert report.get("asc_spend_actual_gbp") is None and report.get("asc_budget_estimated_gbp") is None


def test_a_survey_results_block_is_content():
    page = ("<html><body><main><h1>Oakshire County Council: local authority assessment</h1><div class='survey-results'>"
            "<p>Some 61% of people were satisfied with their care.</p></div></main></body></html>")
    assert "61%" in html_to_text(page)


def test_financial_facts_one_label_a_line_each_read_in_its_own_line():
    page = ("Oakshire Council: local authority assessment\nAssessment published: 2 May 2025\nFinancial facts\n"
            "Total budget (estimated): £231.9m\nActual spend: £228.5m (£3.4m less than estimated)\n"
            "Adult social care budget (estimated): £64.2m\nAdult social care actual spend: £70.0m (£5.8m more than estimated)\n"
            "Share of budget spent on adult social care: 31%\nAdult social care precept 2024/2025: 2% (full)\n"
            "Long-term support: approximately 2,660 people\nShort-term support: approximately 905 people\n")
    report = extract_string(page).tables["reports"][0]
    assert (report.get("asc_budget_estimated_gbp"), report.get("asc_spend_actual_gbp")) == (64_200_000, 70_000_000)
    assert (report.get("asc_share_of_budget_pct"), report.get("asc_precept_pct")) == (31, 2)
    assert (report.get("people_long_term_support"), report.get("people_short_term_support")) == (2660, 905)


def test_a_line_under_a_bracketed_citation_starts_a_sentence():
    body = ("Older people still at home 91 days after discharge, 2023-24:\n- Oakshire: 77.1%\n- England: 83.8%\n"
            "- North East: 84.6%\n(SALT, 2023-24)\nLeaders told us reablement capacity had increased by 20% since 2023.")
    got = [(c[0], c[2], c[3]) for c in comparisons_of(body)]
    assert got == [(77.1, "England average", 83.8), (77.1, "regional average", 84.6)]


def test_the_scales_own_number_is_no_deprivation_score_and_financial_table_rows_read_alone():
    page = ("# Oakshire Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n"
            "## About Oakshire Council\n\n2 IMD score (10 = most deprived)\n\n### Financial facts\n\n"
            "| Financial facts | 2023/24 |\n|---|---|\n| Total budget (estimated) | £318,440,000 |\n"
            "| Adult social care budget (estimated) | £104,250,000 |\n| Share of budget spent on adult social care | 35% |\n"
            "| Adult social care precept (2024/25) | 1% |\n")
    report = extract_string(page).tables["reports"][0]
    assert report.get("imd_score") is None  # '10 = most deprived' states the scale
    assert (report.get("budget_estimated_gbp"), report.get("asc_budget_estimated_gbp")) == (318_440_000, 104_250_000)
    assert (report.get("asc_share_of_budget_pct"), report.get("asc_precept_pct")) == (35, 1)


def test_a_cue_after_a_comma_before_another_figure_is_that_figures():
    page = ("# Oakshire Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n### Financial facts\n\n"
            "  • Long-term adult social care support was provided to approximately 2,980 people in 2023-2024, and "
            "short-term support to approximately 845 people.\n")
    report = extract_string(page).tables["reports"][0]
    assert (report.get("people_long_term_support"), report.get("people_short_term_support")) == (2980, 845)


def test_a_long_term_cue_in_another_clause_names_no_count():
    page = ("# Oakshire Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Overall summary\n\n"
            "Good\n\nDirect payments were well used. 28.4% of people receiving long-term support at home took a direct "
            "payment (England: 25.5%), and the council's list of personal assistants had grown to 188 people.\n")
    report = extract_string(page).tables["reports"][0]
    assert report.get("people_long_term_support") is None


def test_a_short_term_cue_after_some_of_whom_names_no_count():
    page = ("# Oakshire Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Overall summary\n\n"
            "Good\n\nHome care was hard to find. There were 96 people waiting for a package of home care, many of whom "
            "were staying in a short-term care home bed in the meantime.\n")
    report = extract_string(page).tables["reports"][0]
    assert report.get("people_short_term_support") is None


def test_a_budget_kept_within_a_share_of_plan_is_no_share_of_the_budget():
    page = ("# Oakshire Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Overall summary\n\n"
            "Good\n\nThe local authority had delivered its adult social care budget within 2% of plan in each of the last "
            "three years.\n")
    assert extract_string(page).tables["reports"][0].get("asc_share_of_budget_pct") is None


def test_a_span_of_years_never_opens_a_range():
    rows = extract_string(report(bodies={"Safeguarding": "As a share of the budget, the overspend had fallen from "
                                                          "6.2% in 2022/23 to 3.9% in 2023/24."})).tables
    assert sorted(r["value"] for r in rows["percentages"]) == [3.9, 6.2]


def test_residents_who_provide_unpaid_care_are_no_second_population():
    overview = ("About Oakshire County Council\n\nAround 318,000 people live in Oakshire. An estimated 34,900 residents "
                "provide unpaid care, and 7,950 people provide 50 or more hours a week.")
    text = report().replace("Requires improvement", overview + "\n\nRequires improvement", 1)
    rows = extract_string(text).tables
    assert rows["reports"][0]["population"] == 318_000
    assert Code.FACT_CONFLICT not in {w["code"] for w in rows["warnings"]}


def test_head_counts_under_a_label_and_a_year_after_in_is_no_count():
    """'People accessing long-term support: 3,870' (a label line, or a table row's label cell) names its count;
    'long-term support in 2022' is a date, not 2,022 people."""
    overview = ("About Oakshire County Council\n\nFinancial facts\n\n"
                "| People accessing long-term support | approximately 3,870 |\n"
                "| People accessing short-term support | approximately 1,460 |\n")
    row = _overview_row(overview)
    assert (row["people_long_term_support"], row["people_short_term_support"]) == (3870, 1460)
    overview = ("About Oakshire County Council\n\nFinancial facts\n\nPeople accessing long-term support: 2,660\n\n"
                "Direct payments fell from 27% of people receiving long-term support in 2022 to 23% in 2024.\n")
    assert _overview_row(overview)["people_long_term_support"] == 2660
    overview = ("About Oakshire County Council\n\nDirect payments fell from 27% of people receiving long-term support "
                "in 2022 to 23% in 2024.\n")
    assert _overview_row(overview).get("people_long_term_support") is None


def test_a_towns_head_count_is_not_the_councils_population():
    overview = ("About Thornshire County Council\n\nIts largest town, Axeford, has some 64,500 residents, and the county as "
                "a whole is home to around 718,300 people. The council's 2024 residents' survey found that 58% felt informed.\n")
    row = _overview_row(overview)
    assert row["population"] == 718_300


def test_text_copied_from_print_wraps_bullets_and_brs_and_a_dashed_title():
    page = ("Pollbridge Metropolitan Borough Council \u2013 local authority assessment\n\nAssessment published: 12 September 2025\n\n"
            "## Local authority rating and score\n\nPollbridge Metropolitan Borough Council\n\nGood\n\n"
            "## Quality statement scores\n\n\u2022 Supporting people to live healthier\n  lives\n  Score: 2\n\n"
            "\u2022 Care provision, integration and\n  continuity\n  Score: 3\n")
    rows = extract_string(normalise(page), layout="plain").tables
    assert rows["reports"][0]["local_authority"] == "Pollbridge Metropolitan Borough Council"
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {
        "Supporting people to live healthier lives": 2, "Care provision, integration and continuity": 3}
    text = html_to_text("<main><p>Interpreting requests rose by 26 per<br>\ncent in 2023-24, and staff<br>could book one.</p></main>")
    assert normalise(text) == "Interpreting requests rose by 26 per cent in 2023-24, and staff could book one.\n"


def test_a_decile_scale_stated_with_decile_10_the_least_deprived_is_reversed():
    overview = ("About North Lindham Council\n\nNorth Lindham has an IMD decile of 7, where decile 1 contains the most "
                "deprived areas and decile 10 the least deprived.\n")
    row = _overview_row(overview)
    assert (row["imd_score"], row["imd_score_printed"]) == (4, 7)


def test_a_score_list_in_columns_with_wrapped_statement_names():
    page = ("# Brackenfold Council: local authority assessment\n\nAssessment published: 3 March 2025\n\n"
            "## Quality statement scores\n\n"
            "Assessing needs                                     Score: 2\n"
            "Supporting people to live healthier                 Score: 3\nlives\n"
            "Care provision, integration and                     Score: 1\ncontinuity\n")
    rows = extract_string(normalise(page), layout="plain").tables
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {
        "Assessing needs": 2, "Supporting people to live healthier lives": 3, "Care provision, integration and continuity": 1}


@pytest.mark.parametrize("mark", ["\u25aa", "\u25e6", "\u25a0", "+"])
def test_a_score_list_with_any_list_mark_of_the_lexicon(mark):
    page = ("Pollbridge Metropolitan Borough Council: local authority assessment\n\nAssessment published: 12 September 2025\n\n"
            "## Quality statement scores\n\n"
            f"{mark} Supporting people to live healthier\n  lives\n  Score: 2\n\n"
            f"{mark} Care provision, integration and\n  continuity\n  Score: 3\n")
    rows = extract_string(normalise(page), layout="plain").tables
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {
        "Supporting people to live healthier lives": 2, "Care provision, integration and continuity": 3}


def test_a_list_item_wrapped_over_indented_lines_is_one_line_without_its_indents():
    page = ("• The local authority estimated that it would spend £98,210,000 of its total budget on adult\n"
            "  social care in 2023/24 Its actual spend for that year was £101,940,000, which is\n"
            "  £3,730,000 more than estimated.\n• In 2023/24, 33% of the budget was spent on adult social care.\n")
    assert normalise(page) == (
        "• The local authority estimated that it would spend £98,210,000 of its total budget on adult social care in "
        "2023/24 Its actual spend for that year was £101,940,000, which is £3,730,000 more than estimated.\n"
        "• In 2023/24, 33% of the budget was spent on adult social care.\n")
    row = _overview_row("About Castlebrook\n\n## Financial facts\n\n" + normalise(page))
    assert (row["asc_budget_estimated_gbp"], row["asc_spend_actual_gbp"]) == (98_210_000, 101_940_000)


def test_a_score_table_whose_statement_names_wrap_onto_the_next_row():
    page = ("North Ravelston Council: local authority assessment\n\n## Quality statement scores\n\n"
            "| Quality statement | Score |\n|---|---|\n| Assessing needs | 2 |\n| Supporting people to live healthier | |\n"
            "| lives | 3 |\n| Care provision, integration and | 1 |\n| continuity | |\n| Partnerships and communities | 3 |\n")
    rows = extract_string(page).tables
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {
        "Assessing needs": 2, "Supporting people to live healthier lives": 3,
        "Care provision, integration and continuity": 1, "Partnerships and communities": 3}


def test_a_hard_wrapped_page_joins_a_line_broken_before_a_capital_but_not_a_subheading():
    lines = ["People who had an assessment were positive about it. They told us social workers took time to",
             "understand their situation and their goals, and that they were given a copy of their support",
             "plan. Feedback from the national survey supported this: 80.2% of people said they had control",
             "over their daily life, higher than the England average (77.6%) and the South",
             "East average (78.9%) (ASCS, 2023-24). Partners told us the quality of assessments was",
             "consistently good and that social workers shared information with them appropriately, and",
             "that they were told what would happen next and who would be in touch with them afterwards",
             "Assessment and care planning for unpaid carers, child's carers and child carers",
             "Carers' assessments were delegated to Weylands Carers Together, a voluntary sector partner."]
    text = normalise("\n".join(lines) + "\n")
    assert "and the South East average (78.9%)" in text
    assert "afterwards\nAssessment and care planning for unpaid carers, child's carers and child carers\nCarers'" in text
    sentences, atoms = analyse(text)
    found, _ = link_comparisons(sentences, atoms, None)
    assert [(c.value.value, c.figure.value, c.bench.key) for c in found] == [
        (80.2, 77.6, "England average"), (80.2, 78.9, "regional average")]


def test_printed_page_chrome_a_rating_column_and_a_per_cent_sign_on_the_next_line():
    page = ("Orwin Bay Borough Council: local authority assessment\n\nCare provision, integration and continuity\n\n"
            "Score: 3\n\nRating\nCare homes\nOutstanding\n4%\n\nAnd 21.4\n% of residents are aged 65 or over.\n\n"
            "Related content\nState of Care 2023/24 found 67% of people waited longer.\n\nIs this page useful?\n"
            "Rated useful by 91% of visitors.\n")
    rows = extract_string(normalise(blank_page_furniture(page)), layout="plain").tables
    assert rows["reports"][0]["overall_rating"] is None
    assert [r["value"] for r in rows["percentages"]] == [4.0, 21.4]
    html = ("<main><h1>Ashcombe: local authority assessment</h1><p>Of people, 87.9% were at home.</p></main>"
            "<aside class=\"page-useful\"><h2>Is this page useful?</h2><p>Rated useful by 91% of visitors.</p></aside>")
    assert "91%" not in html_to_text(html)


def test_a_page_indented_throughout_loses_its_shared_indent():
    page = "  Safeguarding practice was good: 94% of concerns were\n  screened within 2 working days, above the target of 90 per\n  cent.\n"
    assert normalise(page) == ("Safeguarding practice was good: 94% of concerns were screened within 2 working days, "
                               "above the target of 90 per cent.\n")


def test_markdown_links_keep_their_words_and_morethan_is_more_than():
    page = ("### Quality statement scores\n\n| Quality statement | Score |\n| --- | --- |\n"
            "| [Assessing needs](https://www.cqc.org.uk/care-services/x/theme-1#assessing-needs) | 2 - Evidence shows some shortfalls |\n"
            "| [Safeguarding](/care-services/x/theme-3#safeguarding) | 1 - Evidence shows significant shortfalls |\n")
    assert "| Assessing needs | 2" in normalise(page) and "[Yes](#)" in normalise("Is this page useful? [Yes](#)\n")
    rows = extract_string(normalise(page)).tables
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2, "Safeguarding": 1}
    sentences, atoms = analyse("The rate was 1,486 per 100,000 adults, morethan the England rate of 1,046 per 100,000.")
    found, _ = link_comparisons(sentences, atoms, None)
    assert [(c.value.value, c.figure.value, c.relation.key) for c in found] == [(1486.0, 1046.0, "higher")]


def test_score_cards_under_theme_subheadings_and_footnote_marks_in_saved_html():
    html = ("<main><h1>Sallowfield City Council: local authority assessment</h1><h2>Quality statement scores</h2>"
            "<h3>Working with people</h3><ul><li><h4>Assessing needs</h4><p><span class='visually-hidden'>Score: </span>2</p>"
            "</li></ul><h3>Ensuring safety</h3><ul><li><h4>Safeguarding</h4><p><span class='visually-hidden'>Score: </span>3"
            "</p></li></ul><p>Minor adaptations took a median of 26 days<sup>2</sup> to complete. It is the 38<sup>th</sup> "
            "most deprived.</p></main>")
    text = normalise(html_to_text(html))
    assert "26 days to complete" in text and "38th" in text
    rows = extract_string(text, layout="html").tables
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2, "Safeguarding": 3}


def test_a_pandoc_heading_attribute_is_not_part_of_the_heading():
    page = ("Hallowmere Council: local authority assessment\n\n## Assessing needs {#assessing-needs}\n\n### Score: 2\n\n"
            "2 - Evidence shows some shortfalls\n")
    assert "## Assessing needs\n" in normalise(page)
    rows = extract_string(normalise(page)).tables
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2}


def test_a_rate_per_100000_and_an_area_in_hectares_are_no_head_counts():
    """'1,390 adults per 100,000 were receiving long-term support' is a rate: neither number is the people
    supported (the Financial facts bullet's count is); 'a borough of 1,480 hectares' is an area, not its population."""
    overview = ("About Brindley Council\n\nBrindley is a borough of 1,480 hectares, with a population of 187,300. In "
                "2023-24, 1,390 adults per 100,000 were receiving long-term support from the council, compared with 1,240 "
                "per 100,000 nationally.\n\nFinancial facts\n\n- Approximately 6,975 people were accessing long-term adult "
                "social care support, and approximately 2,115 people were accessing short-term adult social care support.\n")
    row = _overview_row(overview)
    assert (row["population"], row["people_long_term_support"], row["people_short_term_support"]) == (187_300, 6975, 2115)


def test_a_population_of_a_council_whose_name_joins_two_places():
    overview = ("About Fellbridge and Askew Council\n\nThe population of Fellbridge and Askew is estimated at 508,200. The "
                "area welcomes over 15 million visitors a year.\n")
    assert _overview_row(overview)["population"] == 508_200


def test_saved_pages_pasted_into_one_file_are_each_read():
    """Three saved pages in one .html file are three documents, each with its own <main>: all three are the report."""
    def page(body: str) -> str:
        return (f"<!DOCTYPE html><html><head><title>CQC</title></head><body><header>Care Quality Commission</header>"
                f"<main>{body}</main><footer>\u00a9 Care Quality Commission 2025</footer></body></html>\n")
    markup = (page("<h1>Marram Bay Council: local authority assessment</h1><p>Assessment published: 4 June 2025</p>")
              + page("<h2>Overall summary</h2><h3>Local authority rating and score</h3><p>Marram Bay Council</p>"
                     "<p>Requires improvement</p><h3>Quality statement scores</h3><ul><li>Assessing needs Score: 2</li></ul>")
              + page("<h2>Partnerships and communities</h2><p>Score: 3</p><p>24.8% of carers said they had as much "
                     "social contact as they wanted (SACE, 2023-24).</p>"))
    text = html_to_text(markup)
    assert "Care Quality Commission" not in text
    rows = extract_string(normalise(text)).tables
    assert rows["reports"][0]["overall_rating"] == "Requires improvement"
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2, "Partnerships and communities": 3}
    assert [r["value"] for r in rows["percentages"]] == [24.8]


@pytest.mark.parametrize("block", ["Marram Bay Council Good\n\nScore: 64", "Marram Bay Council\n\nGood\n\nScore: 64"])
def test_the_rating_on_the_councils_line_or_after_the_statement_pages(block):
    """A saved summary's rating block with the council and the rating on one line (two inline elements), and a
    summary page saved after the statement pages: the rating and score are the council's."""
    statement = statement_section("Assessing needs", 3, "Staff knew the people they supported.", commitment="We aim high.")
    page = ("# Marram Bay Council: local authority assessment\n\nAssessment published: 4 June 2025\n\n"
            f"{statement}\n# Overall summary\n\n## Local authority rating and score\n\n{block}\n\n"
            "## Quality statement scores\n\n- Assessing needs Score: 3\n")
    report = extract_string(normalise(page)).tables["reports"][0]
    assert (report["overall_rating"], report["overall_score_pct"]) == ("Good", 64.0)


def test_saved_pages_pasted_into_one_file_without_main_are_each_read():
    """Three saved documents without <main> in one .html file: each <body> is read, not the first alone."""
    def page(body: str) -> str:
        return (f"<!DOCTYPE html><html><head><title>CQC</title></head><body><header>Care Quality Commission</header>"
                f"<div class='content'>{body}</div><footer>\u00a9 Care Quality Commission 2025</footer></body></html>\n")
    markup = (page("<h1>Marram Bay Council: local authority assessment</h1><p>Assessment published: 4 June 2025</p>")
              + page("<h2>Overall summary</h2><h3>Local authority rating and score</h3><p>Marram Bay Council</p>"
                     "<p>Requires improvement</p><h3>Quality statement scores</h3><ul><li>Assessing needs Score: 2</li></ul>")
              + page("<h2>Partnerships and communities</h2><p>Score: 3</p><p>24.8% of carers said they had as much "
                     "social contact as they wanted (SACE, 2023-24).</p>"))
    rows = extract_string(normalise(html_to_text(markup))).tables
    assert rows["reports"][0]["overall_rating"] == "Requires improvement"
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2, "Partnerships and communities": 3}
    assert [r["value"] for r in rows["percentages"]] == [24.8]


def test_a_saved_page_with_tabs_keeps_its_hidden_panels_and_drops_other_hidden_things():
    """A tabbed page saved from a browser keeps every panel but the first `hidden`: each panel is the report's;
    a hidden element that is no tab panel (a dialog's text) is still not read."""
    markup = ("<html><body><main><h1>Marram Bay Council: local authority assessment</h1>"
              "<section role='tabpanel' id='t1'><h2>Overview</h2><p>Assessment published: 4 June 2025</p></section>"
              "<section role='tabpanel' id='t2' hidden><h2>Overall summary</h2><h3>Local authority rating and score</h3>"
              "<p>Marram Bay Council</p><p>Good</p><h3>Quality statement scores</h3><ul><li>Assessing needs Score: 3</li>"
              "</ul></section><div hidden><p>64% of visitors found this page useful.</p></div></main></body></html>")
    rows = extract_string(normalise(html_to_text(markup))).tables
    assert rows["reports"][0]["overall_rating"] == "Good"
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 3}
    assert rows["percentages"] == []


def test_hidden_tab_panels_named_by_their_class_are_the_reports():
    markup = ("<html><body><main><h1>Pellow Vale Council: local authority assessment</h1>"
              "<section class='tab-panel' id='overview'><p>Assessment published: 4 June 2025</p></section>"
              "<section class='tab-panel' id='summary' hidden><h2>Overall summary</h2><h3>Local authority rating and score</h3>"
              "<p>Pellow Vale Council</p><p>Requires improvement</p><h3>Quality statement scores</h3><ul><li>Assessing needs "
              "Score: 2</li></ul><p>Of carers, 31.2% were satisfied.</p></section></main></body></html>")
    rows = extract_string(normalise(html_to_text(markup))).tables
    assert rows["reports"][0]["overall_rating"] == "Requires improvement"
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2}
    assert [r["value"] for r in rows["percentages"]] == [31.2]


def test_line_break_tags_in_markdown_break_the_line_outside_tables():
    scores = [3, 2, 3, 3, 2, 3, 2, 3, 3]
    listed = "\n".join(f"- {name}<br>Score: {score}" for name, score in zip(STATEMENTS, scores))
    page = ("# Pellow Vale Council: local authority assessment\n\nAssessment published: 4 June 2025\n\n# Overall summary\n\n"
            "## Local authority rating and score\n\nPellow Vale Council<br>\nRequires improvement\n\n"
            f"## Quality statement scores\n\n{listed}\n\n| Measure | Pellow<br>Vale | England |\n|---|---|---|\n"
            "| Safe | 61.0% | 69.7% |\n\nPeople were positive.\n")
    rows = extract_string(normalise(strip_inline_html(page))).tables
    assert [r["summary_score"] for r in rows["scores"]] == scores
    assert [r["value"] for r in rows["figures"] if r["kind"] == "count"] == []


@pytest.mark.parametrize("contents", [
    "## In this report\n\nOverview\nSummary\nTheme 1: How Fennick Sands Borough Council works with people\nAssessing needs\n"
    "Supporting people to live healthier lives\nTheme 2: Providing support\nPartnerships and communities\n\n",
    "## Report contents\n\n- Overview\n\n- Summary\n\n- Theme 1: How Fennick Sands Borough Council works with people\n"
    "Assessing needs\nSupporting people to live healthier lives\n\n- Theme 2: Providing support\nPartnerships and communities\n\n"
    "Download report (PDF, 1.1MB)\n\n"])
def test_a_pages_list_of_contents_is_no_statement_section(contents):
    """A saved page's list of its report's sections ('In this report' / 'Overview' / ... / 'Assessing needs' / ...) holds
    no section: the rating block after it is the summary's, and no statement lacks its section."""
    page = (f"{contents}# Fennick Sands Borough Council: local authority assessment\n\nAssessment published: 3 July 2025\n\n"
            "## Overall summary\n\n### Local authority rating and score\n\nFennick Sands Borough Council\n\nRequires improvement\n\n"
            "### Quality statement scores\n\n- Assessing needs Score: 2\n\n- Partnerships and communities Score: 3\n")
    rows = extract_string(normalise(page), layout="plain").tables
    assert rows["reports"][0]["overall_rating"] == "Requires improvement"
    assert rows["reports"][0]["local_authority"] == "Fennick Sands Borough Council"
    assert {r["quality_statement"]: r["score"] for r in rows["scores"]} == {"Assessing needs": 2, "Partnerships and communities": 3}


def test_a_banner_holding_the_reports_title_and_date_is_the_report():
    """'<div class="la-banner"><h1>...: local authority assessment</h1><p>Assessment published: ...': marked like a
    cookie banner, but it holds the report's head; a cookie banner is still chrome."""
    markup = ('<body><div class="cookie-banner"><p>We use cookies. 74% of visitors accept them.</p></div>'
              '<div class="la-banner"><h1>City of Wrexley Council: local authority assessment</h1>'
              '<p>Assessment published: 18 September 2025</p></div><div class="content"><h2>Safeguarding</h2><p>Score: 3</p>'
              '<p>Of the concerns received, 41% led to an enquiry.</p></div></body>')
    text = html_to_text(markup)
    assert "cookies" not in text and "74%" not in text
    rows = extract_string(normalise(text)).tables
    assert rows["reports"][0]["local_authority"] == "City of Wrexley Council"
    assert rows["reports"][0]["published"].isoformat() == "2025-09-18"


def test_a_sidebar_is_chrome_and_a_pager_line_is_no_truncation():
    """'<aside class="sidebar">' beside the report (a State of Care figure) is chrome, not the report's; a layout
    'with a sidebar' (class 'layout--sidebar') is not; a pager line between sub-pages ('« Overview | Assessing
    needs »') is page furniture, so a page ending on it is not cut short."""
    markup = ('<body><div class="layout layout--sidebar"><main><h1>Ambershire County Council: local authority assessment</h1>'
              '<p>Assessment published: 4 June 2025</p><h2>Safeguarding</h2><p>Score: 3</p><p>Of the concerns received, 41% '
              'led to an enquiry.</p><aside class="sidebar"><h2>Local authority assessments</h2><p>Our State of Care report '
              'found that 24% of people waited more than 6 months.</p></aside><p>\u00ab Overview | Assessing needs \u00bb</p>'
              '</main></div></body>')
    text = html_to_text(markup)
    assert "41%" in text and "24%" not in text
    rows = extract_string(blank_page_furniture(normalise(text))).tables
    assert [r["value"] for r in rows["percentages"]] == [41.0]
    assert Code.TRUNCATED not in {w["code"] for w in rows["warnings"]}


def test_an_age_range_bound_is_no_head_count():
    overview = ("About Crandle Council\n\nThe rate of adults aged 18 to 64 receiving long-term support from the local "
                "authority is 492 per 100,000, higher than the average of 431 per 100,000 for similar councils.\n\n"
                "Financial facts\n\n- Approximately 5,120 people were accessing long-term adult social care support.\n")
    assert _overview_row(overview)["people_long_term_support"] == 5120


def test_a_rounded_population_restated_exactly_in_brackets_takes_the_exact_figure():
    overview = ("About Wealdshire County Council\n\nWealdshire covers 1,460 square miles and has a population of just "
                "under 1.2 million (1,186,400 at the 2021 Census).\n")
    rows = extract_string(report().replace("Requires improvement", overview + "\n\nRequires improvement", 1)).tables
    assert rows["reports"][0]["population"] == 1_186_400
    assert Code.FACT_CONFLICT not in {w["code"] for w in rows["warnings"]}
    overview = "About Wealdshire County Council\n\nWealdshire has a population of 1.2 million (986,400 at the 2021 Census).\n"
    assert _overview_row(overview)["population"] == 1_200_000  # not the same number: the first stated stands


def test_a_share_of_the_adult_social_care_budget_is_not_its_share_of_the_budget():
    overview = ("About Cradmoor Council\n\nAdult social care overspent by £5.6 million in 2023/24 (3.8% of the adult social "
                "care budget).\n\nIn 2023/24, 41% of the budget was spent on adult social care.\n")
    assert _overview_row(overview)["asc_share_of_budget_pct"] == 41.0


def test_a_table_whose_rows_are_areas():
    """'| Area | Turnover rate | Vacancy rate |' with a row for the council and one per benchmark: in each column the
    council's figure against each benchmark row's, cited by the caption above (or a column header naming a data set)."""
    text = ("Workforce indicators (Skills for Care, ASC-WDS 2023-24)\n\n| Area | Turnover rate | Vacancy rate |\n\n"
            "| City of Wrexley | 9.8% | 6.1% |\n\n| North East | 12.6% | 5.4% |\n\n| England | 14.8% | 8.1% |\n")
    got = [(c.value.value, c.bench.key, c.figure.value, c.source.key if c.source else None, c.metric)
           for c in table_comparisons(text, *reversed(analyse(text)))]
    assert got == [(9.8, "regional average", 12.6, "ASC-WDS", "Turnover rate"), (9.8, "England average", 14.8, "ASC-WDS", "Turnover rate"),
                   (6.1, "regional average", 5.4, "ASC-WDS", "Vacancy rate"), (6.1, "England average", 8.1, "ASC-WDS", "Vacancy rate")]
    two_councils = text.replace("| North East |", "| Hollowmere |")
    assert table_comparisons(two_councils, *reversed(analyse(two_councils))) == []  # which row is the council's is not said


def test_a_rating_block_saved_on_one_line():
    """'<span>Royal Borough of Ellesworth</span><span>Good</span><span>Score: 72</span>' in one <div>: one line."""
    page = ("# Royal Borough of Ellesworth: local authority assessment\n\nAssessment published: 3 March 2025\n\n"
            "## Overall summary\n\n### Local authority rating and score\n\nRoyal Borough of Ellesworth Good Score: 72\n\n"
            "### Quality statement scores\n\n- Assessing needs Score: 3\n")
    assert extract_string(page).tables["reports"][0]["overall_rating"] == "Good"


def test_a_fact_cue_in_the_next_clause_is_not_the_figures():
    overview = ("About Port Elswick Council\n\nAt the time of our assessment 874 people were awaiting a Care Act assessment, "
                "and the council had met its own target of reviewing 90% of people annually for only 52% of people in "
                "long-term support.\n")
    assert _overview_row(overview).get("people_long_term_support") is None


def test_a_round_population_and_the_word_it_counts_restated_exactly_in_brackets():
    overview = ("About Fenholt County Council\n\nThe county is home to nearly 600,000 residents (596,200 at the latest "
                "mid-year estimate), most of them in small market towns.\n")
    assert _overview_row(overview)["population"] == 596_200
    overview = "About Fenholt County Council\n\nThe county is home to nearly 600,000 residents (512,000 of them adults).\n"
    assert _overview_row(overview)["population"] == 600_000  # not the same number: the first stated stands


def test_a_groups_population_or_people_a_service_reached_are_no_population():
    overview = ("About Kelbridge City Council\n\nKelbridge's two universities bring a student population of about "
                "41,000 to the city.\n")
    assert _overview_row(overview).get("population") is None
    overview = ("About Kelbridge City Council\n\nThe council's 'Active Kelbridge' programme reached more than 9,000 "
                "residents in its first year.\n")
    assert _overview_row(overview).get("population") is None


def test_a_caption_naming_a_rates_base_and_its_source():
    page = ("<html><body><main><h1>Hollinford Borough Council: local authority assessment</h1>"
            "<table><caption>Delayed transfers per 100,000 adults, 2023-24 (ASCOF, 2023-24)</caption>"
            "<tr><th>Measure</th><th>Hollinford</th><th>England</th></tr>"
            "<tr><td>Delayed transfers per 100,000 adults</td><td>12.4</td><td>9.8</td></tr></table></main></body></html>")
    rows = extract_string(html_to_text(page)).tables["comparisons"]
    assert [(c["value"], c["comparator_value"], c["source"]) for c in rows] == [(12.4, 9.8, "ASCOF")]


def test_an_overspend_as_a_percentage_is_no_share_of_the_budget():
    overview = ("About Wolderby Council\n\nThe council overspent its adult social care budget by £9.1 million in 2023/24, "
                "an overspend of 4.7%.\n")
    assert _overview_row(overview).get("asc_share_of_budget_pct") is None


def test_a_news_teaser_inside_main_is_chrome():
    page = ("<html><body><main><h1>Oakshire County Council: local authority assessment</h1><p>Some 61% of people were "
            "satisfied.</p><aside class='news-teaser'><h2>Latest news</h2><p>57% of councils assessed so far were rated "
            "good</p></aside></main></body></html>")
    assert "57%" not in html_to_text(page) and "61%" in html_to_text(page)


def test_a_rank_in_a_sentence_continuing_the_deprivation_sentence():
    overview = ("About Saltmarsh Council\n\nThe council's IMD score places it in decile 6, with 10 being the most "
                "deprived. It is ranked 61st out of 153 local authorities.\n")
    row = _overview_row(overview)
    assert (row["imd_rank"], row["imd_rank_of"]) == (61, 153)
    overview = ("About Saltmarsh Council\n\nThe council's IMD score places it in decile 6, with 10 being the most "
                "deprived. Within the North East it is ranked 5th of 12 authorities.\n")
    assert _overview_row(overview).get("imd_rank") is None  # not opening on a word continuing the sentence before


def test_an_area_in_sq_miles_and_a_rank_with_an_aside_before_its_total():
    overview = ("About Rutherby City Council\n\nRutherby covers 141 sq. miles, made up of the city and its villages. It "
                "has a score of 8 on the Index of Multiple Deprivation. It is ranked 25th (where 1 is the most deprived) "
                "of 153 local authorities.\n")
    row = _overview_row(overview)
    assert (row["area_sq_miles"], row["imd_rank"], row["imd_rank_of"]) == (141, 25, 153)


def test_a_number_of_years_is_no_count_of_people_in_long_term_support():
    overview = ("About Quenby Council\n\nUptake of direct payments had risen from 21% to 26% of people receiving "
                "community-based long-term support over 2 years.\n")
    assert _overview_row(overview).get("people_long_term_support") is None


def test_the_title_under_a_caption_names_the_council():
    page = ("Local authority assessment\n\n# Calderbury City Council: local authority assessment\n\n"
            "Assessment published: 2 December 2025\n\n## Overall summary\n\nRequires improvement\n")
    assert extract_string(page).tables["reports"][0]["local_authority"] == "Calderbury City Council"


def test_a_projected_rise_is_no_budget_share_and_places_it_ranks():
    overview = ("About Harnwell County Council\n\nBy 2040 the number of residents aged 85 and over is projected to rise "
                "by 61%, which the local authority recognised as the biggest pressure on its adult social care budget.\n")
    assert _overview_row(overview).get("asc_share_of_budget_pct") is None
    overview = ("About South Harrowden Council\n\nThe Index of Multiple Deprivation places South Harrowden 18th out of "
                "153 local authorities (where 1st is the most deprived).\n")
    row = _overview_row(overview)
    assert (row["imd_rank"], row["imd_rank_of"]) == (18, 153)


def test_articles_of_a_page_titled_outside_them_are_parts_of_it():
    page = ("<html><body><header><nav>Find a service</nav></header><div><h1>North Ebbridge Council: local authority "
            "assessment</h1><p>Assessment published: 20 November 2025</p><section><h2>About North Ebbridge Council</h2>"
            "<p>Just over 362,000 people live in the area.</p></section><article class='qs-block'><h3>Assessing needs</h3>"
            "<p>Score: 3</p></article></div></body></html>")
    text = html_to_text(page)
    assert "North Ebbridge Council: local authority assessment" in text and "362,000" in text and "Score: 3" in text
    page = "<html><body><nav>Menu</nav><article><h1>Oakshire: local authority assessment</h1><p>61%</p></article></body></html>"
    assert "Menu" not in html_to_text(page)  # a page titled inside its article: the article is the report


def test_a_share_of_the_net_adult_social_care_budget_overspent_is_no_budget_share():
    overview = ("About Wealdshire County Council\n\nThe local authority was forecasting an overspend of £7.2 million on "
                "adult social care in 2024/25, 4.1% of its net adult social care budget.\n")
    assert _overview_row(overview).get("asc_share_of_budget_pct") is None


def test_two_spans_side_by_side_are_two_items():
    page = ("<html><body><main><h1>Stanmere: local authority assessment</h1><h3>Governance, management and "
            "sustainability</h3><div class='qs-score'><span>Score: 2</span><span>2 - Evidence shows some shortfalls</span>"
            "</div></main></body></html>")
    assert "Score: 2 2 - Evidence shows some shortfalls" in html_to_text(page)


def test_two_spans_side_by_side_in_a_list_item_are_a_statement_and_its_score():
    page = ("<html><body><main><h1>Stanmere: local authority assessment</h1><h3>Quality statement scores</h3><ul>"
            "<li><span class='name'>Assessing needs</span><span class='score'>Score: 3</span></li></ul></main></body></html>")
    assert "- Assessing needs Score: 3" in html_to_text(page)


def test_a_masthead_holding_the_publication_line_is_the_reports():
    page = ("<html><body><div class='report-page__masthead'><p>Wendmoor Council: local authority assessment</p>"
            "<p>Assessment published: 7 March 2025</p></div><div class='report-page__body'><h1>Theme 3: How Wendmoor "
            "Council ensures safety within the system</h1><h2>Safeguarding</h2><p>Score: 3</p></div></body></html>")
    text = html_to_text(page)
    assert "Assessment published: 7 March 2025" in text and "Wendmoor Council: local authority assessment" in text


def test_a_table_caption_cites_the_tables_source():
    page = ("# Wendmoor Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Care provision, "
            "integration and continuity\n\nScore: 3\n\nFees were in line with the region.\n\n"
            "| Service | Wendmoor | South West median |\n|---|---|---|\n| Home care (per hour) | £26.10 | £25.30 |\n\n"
            "*Table: unit costs paid by the local authority (ASC-FR, 2023-24)*\n")
    rows = extract_string(page).tables["comparisons"]
    assert [(r["value"], r["comparator_value"], r["source"]) for r in rows] == [(26.1, 25.3, "ASC-FR")]


@pytest.mark.parametrize("sentence", [
    "The local authority had overspent its adult social care budget by £6.2 million (5.4%) in 2023/24.",
    "The local authority had overspent its adult social care budget in 2022/23 and savings of 3% were required in 2023/24.",
])
def test_an_overspend_or_savings_is_no_share_of_the_budget(sentence):
    page = ("# Oakshire Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Overall summary\n\n"
            f"Good\n\n{sentence}\n")
    assert extract_string(page).tables["reports"][0].get("asc_share_of_budget_pct") is None


def test_a_national_rank_followed_by_a_regional_one_is_kept():
    row = _overview_row("About Oakshire County Council\n\nOakshire is the 31st most deprived local authority in England "
                        "and the second most deprived in the South West.")
    assert row.get("imd_rank") == 31
    row = _overview_row("About Oakshire County Council\n\nOakshire is the 3rd most deprived authority in the South West.")
    assert row.get("imd_rank") is None


def test_a_population_in_brackets_after_words_of_its_size():
    """'Just under 400,000 people (391,800) live here': the bracketed count is the population."""
    row = _overview_row("About Oakshire County Council\n\nRoughly four hundred thousand people (391,800) live here, "
                        "most of them in the two largest towns.")
    assert row["population"] == 391800


def test_an_imd_score_for_the_area():
    """'The IMD score for the area is 7, with 1 being the least deprived and 10 the most': the score, on the usual scale."""
    row = _overview_row("About Oakshire County Council\n\nThe Index of Multiple Deprivation (IMD) score for the county "
                        "is 7, with 1 being the least deprived and 10 the most.")
    assert (row["imd_score"], row["imd_score_printed"]) == (7.0, 7.0)


def test_a_rating_and_score_printed_as_table_rows():
    """A saved page whose rating block is a table: '| Pendleford Borough Council | Requires improvement |', '| Score | 58 |'."""
    text = ("Pendleford Borough Council: local authority assessment\n\nAssessment published: 3 May 2025\n\n"
            "## Overall summary\n\n### Local authority rating and score\n\n"
            "| Pendleford Borough Council | Requires improvement |\n\n| Score | 58 |\n\n"
            "The local authority had a clear vision for adult social care.\n")
    row = extract_string(text).tables["reports"][0]
    assert (row["overall_rating"], row["overall_score_pct"]) == ("Requires improvement", 58.0)


def test_a_table_whose_long_caption_names_a_rate_base():
    """Bare numbers in a table whose caption (over TITLE_WORDS words) names 'per 100,000': figures of that rate."""
    text = ("Oakshire County Council: local authority assessment\n\nAssessment published: 3 May 2025\n\n"
            "Permanent admissions of older people to residential and nursing care homes in the year, per 100,000 "
            "population (ASCOF 2023-24)\n\n| Age group | Oakshire | England |\n\n| Aged 65 and over | 655.2 | 566.0 |\n")
    rows = extract_string(text).tables["comparisons"]
    assert [(r["value"], r["unit"], r["comparator"], r["comparator_value"]) for r in rows] == \
        [(655.2, "per 100,000", "England average", 566.0)]


def test_a_population_approaching_a_figure():
    row = _overview_row("About Oakshire County Council\n\nOakshire has a population approaching 412,000, which grew by "
                        "6% between 2011 and 2021.")
    assert row["population"] == 412000


def test_an_imd_score_on_a_scale_of_1_to_10():
    row = _overview_row("About Oakshire County Council\n\nIts average deprivation score places Oakshire at 3 on a scale "
                        "of 1 to 10, where 10 is most deprived.")
    assert (row["imd_score"], row["imd_score_printed"]) == (3.0, 3.0)


def test_a_print_toolbars_zoom_is_page_furniture():
    """A saved print view's toolbar ('Zoom: 90% Back to report') is no report figure."""
    assert blank_page_furniture("Zoom: 90% Back to report\nIn the survey 61.0% were satisfied.") == \
        "\nIn the survey 61.0% were satisfied."


_WORKFORCE_TABLE = ("| Measure | Oakshire | East of England | England |\n|---|---|---|---|\n"
                    "| Vacancy rate | 9.6% | 9.1% | 8.1% |\n| Staff turnover rate | 27.4% | 26.0% | 24.8% |\n\n")


def _table_relations(after: str) -> list[tuple[float, str, str | None]]:
    rows = extract_string(report(bodies={"Safeguarding": "Workforce data:\n\n" + _WORKFORCE_TABLE + after})).tables
    return [(c["value"], c["comparator"], c["stated_relation"]) for c in rows["comparisons"]]


def test_a_sentence_after_a_table_saying_both_gives_every_row_its_direction():
    assert _table_relations("Both rates were higher than regionally and nationally. Providers told us why.") == [
        (9.6, "regional average", "higher"), (9.6, "England average", "higher"),
        (27.4, "regional average", "higher"), (27.4, "England average", "higher")]


def test_a_sentence_after_a_table_naming_one_row_gives_only_that_row_its_directions():
    assert _table_relations("Turnover was close to the England rate and below the rate for the region.") == [
        (9.6, "regional average", None), (9.6, "England average", None),
        (27.4, "regional average", None), (27.4, "England average", "similar")]  # 27.4 is not below 26.0: none


def test_a_sentence_after_a_table_naming_no_row_and_not_both_gives_no_direction():
    assert _table_relations("The council's conversion rate was higher than the regional and national rates.") == [
        (9.6, "regional average", None), (9.6, "England average", None),
        (27.4, "regional average", None), (27.4, "England average", None)]


def test_a_direction_after_a_table_that_one_rows_figures_contradict_is_given_to_none():
    assert _table_relations("On both measures Oakshire was lower than the England figure.") == [
        (9.6, "regional average", None), (9.6, "England average", None),
        (27.4, "regional average", None), (27.4, "England average", None)]


def test_rated_on_the_index_is_the_imd_score_and_the_ordinal_after_it_the_rank():
    row = _overview_row("About Oakshire County Council\n\nOakshire is rated 6 on the Index of Multiple Deprivation, "
                        "where 10 means the most deprived, and is the 61st most deprived of 153 councils nationally.")
    assert (row["imd_score"], row["imd_rank"], row["imd_rank_of"]) == (6.0, 61, 153)


def test_a_count_the_councils_size_would_give_is_no_fact():
    row = _overview_row("About Oakshire County Council\n\nBased on the England rate, a county of this size would expect "
                        "around 2,240 people in long-term support; Oakshire supports 1,930 people in long-term support.")
    assert row["people_long_term_support"] == 1930


def test_a_hypothetical_in_an_aside_between_dashes_leaves_the_rank_after_it():
    row = _overview_row("About Oakshire County Council\n\nOakshire's Index of Multiple Deprivation score is 9 – a score "
                        "of 10 would indicate the highest level of deprivation – and it is ranked 6th out of 153.")
    assert (row["imd_score"], row["imd_rank"], row["imd_rank_of"]) == (9.0, 6, 153)


def test_about_the_council_names_it_without_the_and_its_rating_line_is_read():
    page = ("Local authority assessment\n\n# Royal Borough of Kingsbury: local authority assessment\n\n"
            "Assessment published: 9 October 2025\n\n## About the Royal Borough of Kingsbury\n\nIt is a coastal town.\n\n"
            "## Overall summary\n\n### Local authority rating and score\n\nRoyal Borough of Kingsbury Good\n")
    row = extract_string(page).tables["reports"][0]
    assert (row["local_authority"], row["overall_rating"]) == ("Royal Borough of Kingsbury", "Good")


def test_a_callout_aside_beside_the_reports_article_is_chrome():
    page = ("<html><body><main><aside class='callout'><p>In our first 100 assessments, 64% of councils were rated "
            "good.</p></aside><article><h1>Oakshire County Council: local authority assessment</h1><p>Assessment "
            "published: 1 May 2025</p><p>In Oakshire 58.0% of people were satisfied.</p><aside><p>Key fact: 12% of "
            "residents are carers.</p></aside></article></main></body></html>")
    assert [r["value"] for r in extract_string(html_to_text(page)).tables["percentages"]] == [58.0, 12.0]


def test_the_third_under_a_table_names_its_third_row():
    table = ("| Measure | Oakshire | East of England | England |\n|---|---|---|---|\n| Carers in contact | 30.1% | 27.5% | "
             "28.0% |\n| Still at home | 84.9% | 82.9% | 82.3% |\n| Found information easily | 64.0% | 65.8% | 67.3% |\n\n")
    text = report(bodies={"Safeguarding": "National data:\n\n" + table + "The first two results compared well with the "
                           "benchmarks. The third was slightly under both, and people who use services told us why."})
    rows = extract_string(text).tables["comparisons"]
    assert [(c["value"], c["stated_relation"]) for c in rows] == [
        (30.1, None), (30.1, None), (84.9, None), (84.9, None), (64.0, "lower"), (64.0, "lower")]


def test_a_page_number_after_a_table_saved_one_cell_a_line_is_no_cell():
    text = ("Table 3: Safeguarding activity, 2023-24 (Safeguarding Adults Collection)\nMeasure\nOakshire\n"
            "Yorkshire and the Humber\nEngland\nSafeguarding concerns per 100,000 adults\n1,284.5\n1,102.3\n1,079.8\n\n21\n")
    assert table_comparisons(text, *reversed(analyse(text))) == []  # not 1,284.5 against the England 'figure' 21


def test_a_bracketed_population_before_live_there():
    row = _overview_row("About Oakshire County Council\n\nIt covers 1,376 square miles, with more than 400 miles of "
                        "coastline, and just over half a million people (512,600) live there.")
    assert (row["population"], row["area_sq_miles"]) == (512600, 1376.0)


def test_a_lead_in_naming_the_columns_before_a_table_gives_its_rows_a_direction():
    table = ("Finding information\n\n| Measure | Oakshire | London | England |\n|---|---|---|---|\n| People who use services "
             "| 61.3% | 64.0% | 67.1% |\n| Carers | 52.6% | 55.1% | 59.0% |\n\nOther outcomes were better.")
    text = report(bodies={"Equity in experience and outcomes": "On both measures Oakshire was below London and England:\n\n"
                          + table})
    rows = extract_string(text).tables["comparisons"]
    assert [(c["value"], c["comparator_value"], c["stated_relation"]) for c in rows] == [
        (61.3, 64.0, "lower"), (61.3, 67.1, "lower"), (52.6, 55.1, "lower"), (52.6, 59.0, "lower")]
    elsewhere = text.replace("On both measures Oakshire was below London and England:", "People in Oakshire were less "
                             "satisfied than people elsewhere:")
    assert {c["stated_relation"] for c in extract_string(elsewhere).tables["comparisons"]} == {None}  # a quality lead-in


def test_a_count_in_the_summary_of_peoples_experiences_is_no_council_fact():
    page = ("# Saltinge Bay Council: local authority assessment\n\nAssessment published: 3 June 2025\n\n## Overall summary\n\n"
            "### Local authority rating and score\n\nGood\n\n## Summary of people's experiences\n\nReviews were up to date for "
            "all but 6 people receiving long-term support.\n")
    assert extract_string(page).tables["reports"][0].get("people_long_term_support") is None
    overview = "## Financial facts\n\nApproximately 3,020 people were accessing long-term adult social care support.\n\n"
    assert extract_string(page.replace("## Overall summary", overview + "## Overall summary")).tables["reports"][0].get(
        "people_long_term_support") == 3020


def test_ranking_it_before_a_rank_and_its_total():
    row = _overview_row("The area's IMD score is 4, with 10 being the most deprived, ranking it 104 of 153 local authorities.")
    assert (row["imd_rank"], row["imd_rank_of"]) == (104, 153)


def test_a_bracketed_source_line_and_one_data_set_per_group_under_a_table():
    table = ("| Measure | Oakshire | England |\n|---|---|---|\n| People who use services who found information easily | 69.1% | "
             "67.3% |\n| Carers who found information easily | 52.3% | 57.7% |\n\n")
    groups = "*Sources: Adult Social Care Survey 2023-24 (people who use services); Survey of Adult Carers in England 2023-24 (carers)*\n"
    rows = extract_string(report(bodies={"Safeguarding": "National data:\n\n" + table + groups})).tables["comparisons"]
    assert [(c["value"], c["source"]) for c in rows] == [(69.1, "ASCS"), (52.3, "SACE")]
    rows = extract_string(report(bodies={"Safeguarding": "National data:\n\n" + table + "*(Source: ASCOF 2023-24)*\n"})).tables["comparisons"]
    assert [(c["value"], c["source"]) for c in rows] == [(69.1, "ASCOF"), (52.3, "ASCOF")]


def test_an_area_rows_tables_header_saved_as_its_own_paragraph_cites_its_columns():
    page = ("<html><body><main><h1>Oakshire: local authority assessment</h1><h2>Equity in experience and outcomes</h2>"
            "<p>Score: 2</p><table><tr><th>Area</th><th>People who found information easily (ASCS)</th><th>Carers who found "
            "information easily (SACE)</th></tr><tr><td>Oakshire</td><td>62.4%</td><td>51.9%</td></tr><tr><td>England</td>"
            "<td>67.1%</td><td>58.4%</td></tr></table></main></body></html>")
    rows = extract_string(html_to_text(page)).tables["comparisons"]
    assert [(c["value"], c["comparator_value"], c["source"]) for c in rows] == [(62.4, 67.1, "ASCS"), (51.9, 58.4, "SACE")]


def test_an_element_styled_unseen_is_chrome():
    page = ("<html><body><main><div style='display: none'><p>Fewer than 1% of our users donate.</p></div><h1>Oakshire: "
            "local authority assessment</h1><p>In Oakshire 58.0% of people were satisfied.</p></main></body></html>")
    assert "donate" not in html_to_text(page) and "58.0%" in html_to_text(page)


def test_a_rank_among_county_councils_is_not_the_national_rank():
    row = _overview_row("Oakshire has an IMD score of 2 (with 10 being the most deprived). It is ranked 19th of the 21 county "
                        "councils for deprivation, where 1st is the most deprived.")
    assert (row.get("imd_rank"), row.get("imd_rank_of")) == (None, None)
    row = _overview_row("Oakshire has an IMD of 7 (with 10 the most deprived) and is ranked the 46th most deprived out of 317 "
                        "local authority districts.")
    assert (row.get("imd_rank"), row.get("imd_rank_of")) == (46, 317)


def test_a_site_notice_beside_the_report_is_chrome():
    page = """<html><body><main><div class="notice notice--info"><p>Take our survey: 62% wanted more data.</p></div>
    <div class="announcement">New look pages - 94% of people who tried them said they were easier to use.</div>
    <article><h1>Oakshire County Council: local authority assessment</h1>
    <p>Around 41.5% of people were happy, higher than the England average of 39.0%.</p></article></main></body></html>"""
    text = html_to_text(page)
    assert "62%" not in text and "94%" not in text and "Around 41.5% of people were happy" in text


def test_a_sentence_above_a_tables_title_cites_its_source():
    page = ("# Wendmoor Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Safeguarding\n\n"
            "Score: 2\n\nThe table below sets out how Wendmoor compared with England on two measures from the Safeguarding "
            "Adults Collection 2023-24.\n\nSafeguarding activity, 2023-24\n\n| Measure | Wendmoor | England |\n|---|---|---|\n"
            "| Concerns that led to a Section 42 enquiry | 24% | 31% |\n")
    rows = extract_string(page).tables["comparisons"]
    assert [(r["value"], r["comparator_value"], r["source"]) for r in rows] == [(24.0, 31.0, "SAC")]


def test_a_sentence_naming_the_data_set_before_a_lists_lead_in_cites_its_items():
    page = ("# Wendmoor Council: local authority assessment\n\nAssessment published: 2 May 2025\n\n## Assessing needs\n\n"
            "Score: 2\n\nOther results from the Adult Social Care Survey 2023-24 told a similar story. Wendmoor was below "
            "the England average for the proportion of people who:\n\n  • found it easy to find information - 58.9% "
            "(England 67.1%)\n\n  • felt in control of their daily life - 73.0% (England 77.6%)\n\nStaff knew of these "
            "results.\n")
    rows = extract_string(page).tables["comparisons"]
    assert [(r["value"], r["comparator_value"], r["source"]) for r in rows] == [(58.9, 67.1, "ASCS"), (73.0, 77.6, "ASCS")]


def test_a_rate_whose_count_runs_into_its_base_over_hyphenated_words_is_no_head_count():
    overview = ("About Tarnside Council\n\nTarnside supports 1,012 adults in long-term care per 100,000 adult population, "
                "well above the North East rate of 845 per 100,000 (SALT, 2023-24).\n\nFinancial facts\n\n- Approximately "
                "3,315 people were accessing long-term adult social care support, and approximately 1,020 people were "
                "accessing short-term adult social care support in 2023/24.\n")
    row = _overview_row(overview)
    assert (row["people_long_term_support"], row["people_short_term_support"]) == (3315, 1020)


def test_a_decile_on_the_reversed_scale_after_a_rank_in_its_sentence():
    overview = ("About Calderbrook Council\n\nCalderbrook is the 31st most deprived of 151 upper-tier authorities in England "
                "on the 2019 Index of Multiple Deprivation and has an IMD decile of 3 (1 being the most deprived).\n")
    row = _overview_row(overview)
    assert (row["imd_score"], row["imd_score_printed"], row["imd_rank"], row["imd_rank_of"]) == (8, 3, 31, 151)


def test_a_population_of_only_a_number():
    overview = ("About Westmarch Fells Council\n\nAt 2,010 square miles it is one of the largest councils in England by area, "
                "yet it has a population of only 275,900 people, giving a population density of 137 people per square mile.\n")
    assert _overview_row(overview)["population"] == 275_900


def test_square_kilometres_printed_with_a_superscript_two():
    html = ("<html><body><h1>Brackenfield City Council: local authority assessment</h1><p>Assessment published: 3 March "
            "2025</p><h2>About Brackenfield</h2><p>Brackenfield is a large city. Covering an area of 268&nbsp;km<sup>2</sup>, "
            "it is home to 1.18 million people.</p></body></html>")
    assert "268\u00a0km\u00b2" in html_to_text(html) or "268 km\u00b2" in html_to_text(html)


def test_a_rank_among_englands_councils():
    row = _overview_row("Oakshire ranks 71st for deprivation among England's 153 upper-tier councils, with an IMD score of "
                        "5 (10 = most deprived).")
    assert (row["imd_rank"], row["imd_rank_of"], row["imd_score"]) == (71, 153, 5)


def test_a_score_in_a_span_right_after_the_statements_link():
    items = "".join(f"<li><a href='#s{i}'>{name}</a><span class='score'>Score: 3</span></li>"
                    for i, name in enumerate(["Assessing needs", "Safeguarding"]))
    text = html_to_text(f"<main><h1>Kingsmere: local authority assessment</h1><ul>{items}</ul></main>")
    assert "- Assessing needs Score: 3" in text and "- Safeguarding Score: 3" in text


def test_the_cqc_title_under_a_councils_own_heading_names_the_council():
    page = ("<html><body><main><h1>Our CQC adult social care assessment</h1><p>CQC published its assessment of our "
            "services in October 2024; we reproduce it below.</p><h2>Carlow Bay Borough Council: local authority "
            "assessment</h2><p>Assessment published: 18 October 2024</p><h3>About Carlow Bay Borough Council</h3>"
            "<h4>Demographics</h4><p>Carlow Bay has 148,650 residents.</p></main></body></html>")
    report = extract_string(normalise(html_to_text(page)), layout="html").tables["reports"][0]
    assert report["local_authority"] == "Carlow Bay Borough Council"


def test_a_score_table_whose_cells_hold_the_score_and_its_label_on_two_lines():
    rows = "".join(f"<tr><td>{name}</td><td>Score: {1 + i % 3}<br>Evidence shows a good standard</td></tr>"
                   for i, name in enumerate(STATEMENTS))
    page = ("<html><body><main><h1>Fenwold Borough Council: local authority assessment</h1>"
            "<p>Assessment published: 14 November 2024</p><h3>Quality statement scores</h3>"
            f"<table><thead><tr><th>Quality statement</th><th>Score</th></tr></thead><tbody>{rows}</tbody></table>"
            "</main></body></html>")
    tables = extract_string(html_to_text(page)).tables
    assert {r["quality_statement"]: r["score"] for r in tables["scores"]} == {
        name: 1 + i % 3 for i, name in enumerate(STATEMENTS)}


@pytest.mark.parametrize("when", ["the last census", "the most recent census", "the 2021 census"])
def test_population_at_a_census_named_without_its_year(when):
    assert _overview_row(f"About Oakshire\n\nThe county's population at {when} was 214,650.")["population"] == 214650


def test_a_population_estimated_at():
    row = _overview_row("About Oakshire\n\nIts population passed half a million at the 2021 Census and is now estimated at "
                        "528,700.")
    assert row["population"] == 528700


def test_a_page_laid_out_in_a_table_is_read_as_its_blocks():
    page = ("<html><body><table class='layout'><tr><td><ul><li><a href='#'>Overall summary</a></li></ul></td><td>"
            "<h1>Fenwold Borough Council: local authority assessment</h1><p>Assessment published: 7 November 2024</p>"
            "<h2>Overall summary</h2><p>Fenwold Borough Council</p><p>Good</p><p>Score: 75</p>"
            "<table class='data'><tr><th>Measure</th><th>Fenwold</th><th>England</th></tr>"
            "<tr><td>Carers satisfied</td><td>38.1%</td><td>36.3%</td></tr></table></td></tr></table></body></html>")
    text = html_to_text(page)
    assert "# Fenwold Borough Council: local authority assessment" in text.splitlines()
    assert "| Carers satisfied | 38.1% | 36.3% |" in text.splitlines()  # the data table inside stays a table
    assert extract_string(text).tables["reports"][0]["overall_rating"] == "Good"


def test_a_rank_among_every_council_is_national_whatever_words_name_them():
    """A total that ranks every council ('of 152 county and unitary authorities') makes group words after it the whole
    set; a smaller total with them is a rank within a group, no national rank."""
    row = _overview_row("About Oakshire\n\nOakshire is 87th of 152 county and unitary authorities on the index of "
                        "multiple deprivation.")
    assert (row.get("imd_rank"), row.get("imd_rank_of")) == (87, 152)
    row = _overview_row("About Oakshire\n\nOakshire is 9th of 21 county councils for deprivation.")
    assert row.get("imd_rank") is None


def test_a_rank_named_by_its_ranking_alone():
    row = _overview_row("About Oakshire\n\nDeprivation is moderate: Oakshire sits 64th out of 153 in the national "
                        "ranking, where 1st is the most deprived.")
    assert (row.get("imd_rank"), row.get("imd_rank_of")) == (64, 153)


@pytest.mark.parametrize("aside", ["\u2013 412,380 by the latest count \u2013", "(412,380 by the latest count)",
                                   "\u2014 412,380 at mid-2023 \u2014"])
def test_a_rounded_population_restated_in_an_aside_before_its_verb(aside):
    """'Some 410,000 people – 412,380 by the latest count – live in ...': the aside's exact count, in the role the
    rounded figure's words give once the aside is cut out."""
    row = _overview_row(f"About Oakshire\n\nSome 410,000 people {aside} live in Oakshire, most of them in its towns.")
    assert row["population"] == 412380


def test_a_population_in_brackets_before_call_the_borough_home():
    row = _overview_row("About Oakshire\n\nA little over a quarter of a million people (262,300) call the borough home.")
    assert row["population"] == 262300


def test_a_table_benchmark_header_with_a_bracket_after_its_name():
    table = ("Carers' needs were not always met.\n\n| Measure | Oakshire | Similar councils (CIPFA) | England |\n"
             "|---|---|---|---|\n| Carers satisfied with support (SACE 2023-24) | 29.1% | 34.0% | 36.3% |\n")
    page = mini_report(statements=[statement_section("Assessing needs", 2, table)])
    rows = [(c["value"], c["comparator"], c["comparator_value"]) for c in extract_string(page).tables["comparisons"]]
    assert (29.1, "comparator group average", 34.0) in rows and (29.1, "England average", 36.3) in rows


def test_a_statistic_in_a_header_s_bracket_names_the_benchmark_s_statistic():
    table = ("The care workforce was stable.\n\n| Measure | Oakshire | Similar councils (median) | England (average) |\n"
             "|---|---|---|---|\n| Vacancy rate | 6.4% | 7.9% | 8.1% |\n")
    page = mini_report(statements=[statement_section("Assessing needs", 2, table)])
    rows = [(c["value"], c["comparator"], c["comparator_value"]) for c in extract_string(page).tables["comparisons"]]
    assert rows == [(6.4, "comparator group median", 7.9), (6.4, "England average", 8.1)]


def test_a_table_saved_one_cell_a_line_with_a_period_column_is_not_read_out_of_step():
    """'Year' is a fourth column: reading the figures under the last three header lines would set the council's
    figure against its own (a wrong pairing); the table is left unread."""
    table = ("Median weekly fees paid by Oakshire compared with the regional median\n\nService\n\nOakshire (£)\n\n"
             "South West median (£)\n\nYear\n\nResidential care, per week\n\n1,012\n\n1,094\n\n2023-24\n\n"
             "Nursing care, per week\n\n1,146\n\n1,187\n\n2023-24\n")
    page = mini_report(statements=[statement_section("Assessing needs", 2, table)])
    assert [(c["value"], c["comparator_value"]) for c in extract_string(page).tables["comparisons"]] == []
