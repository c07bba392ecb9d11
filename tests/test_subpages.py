"""Any saved part of a CQC local authority assessment is a report (issue 9, point 1).

The CQC website splits a report into sub-pages (an overview, a summary, one page per quality
statement), and each is often saved alone. Each such page, or any subset of them in a folder,
is one report with `complete` false and what it holds extracted; minutes, news and a care
service's inspection report are still refused with the one-line error.

The pages below are written for this file in our own words, in the three ways pages are saved:
compact page text (one element a line, no blank lines), spaced page text (blank lines, '  • '
bullets) and markdown with mixed '#' levels. They go through the real reading path
(extract_path on a file written to a temporary folder).
"""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from conftest import WESTMINSTER
from pipeline.detect import NOT_A_REPORT, RULE_FILE, build_detector, report_signals
from pipeline.extract import ReportRows, extract_path
from pipeline.records import InputError
from pipeline.rules import RuleError, load_json
from pipeline.schemas import PANDERA_SCHEMAS, to_frame
from pipeline.vocab import STATEMENTS, Code

# --- overview pages ---------------------------------------------------------------------------

OVERVIEW_COMPACT = """Cheltmoor Borough Council: local authority assessment
How we assess local authorities
Assessment published: 21 February 2025
About Cheltmoor Borough Council
Demographics
Cheltmoor is a mostly urban borough on the edge of the Cotswolds, covering 18.4 square miles. It has a population of 117,300 people. The borough has an Index of Multiple Deprivation score of 4 (with 10 being the most deprived) and is rated 121st out of 153 local authorities. Around 21% of residents are aged 65 or over, compared with 18.7% across England.
Financial facts
- The local authority estimated that in 2023/24, its total budget would be £164,200,000. Its actual spend for that year was £167,900,000, which was £3,700,000 more than estimated.
- The local authority estimated that it would spend £58,400,000 of its total budget on adult social care in 2023/24. Its actual spend was £61,050,000, which was £2,650,000 more than estimated.
- In 2023/24, 36.4% of the budget was spent on adult social care.
- The local authority has raised the full adult social care precept for 2023/24, with a value of 2%. Please note that the amount raised through the ASC precept varies from one local authority to another.
- Approximately 1,870 people were accessing long-term adult social care support, and approximately 640 people were accessing short-term adult social care support in 2023/24. Local authorities spend money on many kinds of adult social care service, and no two packages of care cost the same.
This assessment describes the local authority as we found it up to the end of our site visits.
"""

OVERVIEW_SPACED = """Dunhallow County Council: local authority assessment

How we assess local authorities

Published: 9 October 2024 Page last updated: 9 October 2024

About Dunhallow County Council

Demographics

Dunhallow is a large rural county of market towns and upland farms, covering 1,046 square miles. The county is home to 402,800 residents, a fifth of whom live in its two largest towns. It has an Index of Multiple Deprivation score of 6 (10 being the most deprived) and is ranked 58th out of 152 councils. The share of residents aged 85 or over is 3.4%, above the England figure of 2.5%.

Financial facts

  • The local authority estimated that in 2022/23, its total budget would be £486,900,000. Its actual spend for that year was £479,150,000, which was £7,750,000 less than estimated.

  • The local authority estimated that it would spend £171,300,000 of its total budget on adult social care in 2022/23. Its actual spend for that year was £176,020,000, which was £4,720,000 more than estimated.

  • In 2022/23, 36.7% of the budget was spent on adult social care.

  • The local authority has raised the full adult social care precept for 2022/23, with a value of 2%. Please note that the amount raised through the ASC precept varies between local authorities.

  • Approximately 6,310 people were accessing long-term adult social care support, and approximately 2,180 people were accessing short-term adult social care support in 2022/23.

This assessment reflects what we found up to the end of our fieldwork.
"""

OVERVIEW_MARKDOWN = """# Royal Borough of Kestwick: local authority assessment

[How we assess local authorities](#)

Assessment published: 4 July 2025

# About Royal Borough of Kestwick

#### Demographics

Kestwick is a riverside borough to the west of London covering 37.2 square miles, with 151,600 residents. It has an IMD score of 2 (10 being the most deprived) and is rated 140th out of 153 local authorities.

## Financial facts

- The local authority estimated that in 2024/25, its total budget would be £212,450,000. Its actual spend for that year was £215,000,000, which was £2,550,000 more than estimated.
- The local authority estimated that it would spend £74,900,000 of its total budget on adult social care in 2024/25. Its actual spend for that year was £73,880,000, which was £1,020,000 less than estimated.
- In 2024/25, 34.4% of the budget was spent on adult social care.
- The local authority has raised the full adult social care precept for 2024/25, with a value of 2%.
- Approximately 2,040 people were accessing long-term adult social care support, and approximately 890 people were accessing short-term adult social care support in 2024/25.
"""

# What each overview page states, as hand-checked values. Only what the pipeline gets right is
# listed: the compact page's 'Its actual spend was £61,050,000' (without 'for that year') is an
# adult social care spend the current fact rules miss, so asc_spend_actual_gbp is left out there.
OVERVIEWS = {
    "compact": (OVERVIEW_COMPACT, ".txt", {
        "local_authority": "Cheltmoor Borough Council", "published": "2025-02-21", "population": 117_300,
        "area_sq_miles": 18.4, "imd_score": 4.0, "imd_rank": 121, "imd_rank_of": 153, "financial_year": "2023/24",
        "budget_estimated_gbp": 164_200_000, "budget_actual_gbp": 167_900_000,
        "asc_budget_estimated_gbp": 58_400_000, "asc_share_of_budget_pct": 36.4, "asc_precept_pct": 2.0,
        "people_long_term_support": 1_870, "people_short_term_support": 640}),
    "spaced": (OVERVIEW_SPACED, ".txt", {
        "local_authority": "Dunhallow County Council", "published": "2024-10-09", "population": 402_800,
        "area_sq_miles": 1046.0, "imd_score": 6.0, "imd_rank": 58, "imd_rank_of": 152, "financial_year": "2022/23",
        "budget_estimated_gbp": 486_900_000, "budget_actual_gbp": 479_150_000,
        "asc_budget_estimated_gbp": 171_300_000, "asc_spend_actual_gbp": 176_020_000,
        "asc_share_of_budget_pct": 36.7, "asc_precept_pct": 2.0,
        "people_long_term_support": 6_310, "people_short_term_support": 2_180}),
    "markdown": (OVERVIEW_MARKDOWN, ".md", {
        "local_authority": "Royal Borough of Kestwick", "published": "2025-07-04", "population": 151_600,
        "area_sq_miles": 37.2, "imd_score": 2.0, "imd_rank": 140, "imd_rank_of": 153, "financial_year": "2024/25",
        "budget_estimated_gbp": 212_450_000, "budget_actual_gbp": 215_000_000,
        "asc_budget_estimated_gbp": 74_900_000, "asc_spend_actual_gbp": 73_880_000,
        "asc_share_of_budget_pct": 34.4, "asc_precept_pct": 2.0,
        "people_long_term_support": 2_040, "people_short_term_support": 890}),
}
OVERVIEW_COMPARISONS = {
    "compact": [(21.0, 18.7, "England average", None)],   # 'compared with 18.7% across England': no direction word
    "spaced": [(3.4, 2.5, "England average", "higher")],  # 'above the England figure of 2.5%'
    "markdown": [],
}

# --- summary pages ----------------------------------------------------------------------------

SUMMARY_SPACED = """Brindleford City Council: local authority assessment

Overall summary

Local authority rating and score

Brindleford City Council

Requires improvement

Score: 56

Quality statement scores

  • Assessing needs
    Score: 2
  • Supporting people to live healthier lives
    Score: 2
  • Equity in experience and outcomes
    Score: 2
  • Care provision, integration and continuity
    Score: 2
  • Partnerships and communities
    Score: 3
  • Safe pathways, systems and transitions
    Score: 2
  • Safeguarding
    Score: 2
  • Governance, management and sustainability
    Score: 2
  • Learning, improvement and innovation
    Score: 3

Summary of people's experiences

People told us that once they were in touch with the right team the help was good, but that getting through at first was slow. About 38% of carers said they had as much social contact as they would like.
"""

# Saved without its title: the council is named only above the rating.
SUMMARY_MARKDOWN = """### Local authority rating and score

Brindleford City Council

Requires improvement

Score: 56

# Quality statement scores

Assessing needs: Score 2

Supporting people to live healthier lives: Score 2

Equity in experience and outcomes: Score 2

Care provision, integration and continuity: Score 2

Partnerships and communities: Score 3

Safe pathways, systems and transitions: Score 2

Safeguarding: Score 2

Governance, management and sustainability: Score 2

Learning, improvement and innovation: Score 3

## Summary of people's experiences

People told us that once they were in touch with the right team the help was good, but that getting through at first was slow.
"""

BRINDLEFORD_SCORES = dict(zip(STATEMENTS, [2, 2, 2, 2, 3, 2, 2, 2, 3]))

# --- quality statement pages ------------------------------------------------------------------

STATEMENT_COMPACT = """Marlowe District Council: local authority assessment
Theme 3: How Marlowe District Council ensures safety within the system
Safeguarding
Score: 2
2 - Evidence shows some shortfalls
What people expect
I feel safe and am supported to understand and manage any risks.
The local authority commitment
We work with people to understand what being safe means to them and how best to achieve it.
Key findings for this quality statement
Safeguarding concerns were screened within 24 hours, but 31% of section 42 enquiries were still open after six months. In the Safeguarding Adults Collection, 86% of people who were asked said their desired outcomes were fully or partly achieved, lower than the England average of 94.3% (SAC, 2023).
"""

# Saved without its title.
STATEMENT_MARKDOWN = """## Theme 1: How Marlowe District Council works with people

# Assessing needs

### Score: 3

3 - Evidence shows a good standard

#### What people expect

I have care and support that is co-ordinated, and everyone works well together and with me.

## The local authority commitment

We maximise the effectiveness of people's care and treatment by assessing and reviewing their health, care, wellbeing and communication needs with them.

### Key findings for this quality statement

Most people had an assessment within 28 days of asking. Of the people who had a review, 72% said it was person-centred.
"""

# --- documents that are not reports ----------------------------------------------------------

MINUTES = """Wealdham County Council
Adults and Health Scrutiny Committee
Minutes of the meeting held on Tuesday 14 January 2025 at 10.00 am

Present: Councillors A. Okafor (Chair), B. Lindqvist, C. Marsh and D. Pryce.

1. Apologies for absence
Apologies were received from Councillor E. Hale.

2. Declarations of interest
None.

3. Care Quality Commission: local authority assessment
The Director of Adult Social Services introduced the report on the Care Quality Commission's local authority assessment of adult social care. The CQC assessment published on 6 December 2024 rated the council as Requires improvement, and found some shortfalls in Safeguarding and in Assessing needs.

Members noted that 64% of people who use services said they found it easy to find information, compared with 67.1% across England, and that 41% of carers were satisfied with support.

Safeguarding
Members asked how long section 42 enquiries were taking. The Director said 78% were closed within 90 days and that a new triage team would start in April.

Resolved: that the committee notes the assessment and the improvement plan, and receives a progress update in six months.

The meeting closed at 11.45 am.
"""

CARE_HOME = """Larchfield House
Inspection report
12 Mill Lane, Wealdham WD4 7QP
Date of inspection visit: 3 September 2024
Date of publication: 18 October 2024

Overall rating for this service: Good

Is the service safe? Good
Is the service effective? Good
Is the service caring? Good
Is the service responsive? Requires improvement
Is the service well-led? Good

About the service
Larchfield House is a residential care home providing personal care to up to 42 people aged 65 and over, some of whom are living with dementia. At the time of our inspection there were 39 people using the service.

People's experience of using this service
People told us they felt safe. Staff knew how to raise safeguarding concerns with the local authority. Around 90% of care plans we sampled had been reviewed in the last month.
"""

# A care service's assessment under the newer framework shares statement names and score lines.
CARE_HOME_NEW_STYLE = """Larchfield House
Assessment published: 18 October 2024
Overall rating for this service: Good
Safe
Safeguarding
Score: 3
3 - Evidence shows a good standard
Staff understood how to protect people from abuse and worked with the local authority safeguarding team when they had concerns.
Effective
Assessing needs
Score: 3
People's needs were assessed before they moved in, and 95% of care plans had been reviewed within the month.
"""

NEWS = """Wealdham County Council told to improve adult social care
Published: 7 December 2024

The Care Quality Commission (CQC) has rated Wealdham County Council as requires improvement in its first local authority assessment of how the council meets its duties under the Care Act.

Inspectors found that people waited too long for assessments: only 58% were completed within 28 days. The council scored 2 out of 4 for Assessing needs and for Safeguarding, and 3 out of 4 for Partnerships and communities.

The council's cabinet member for adult social care said: "We accept the findings and have already started to act on them."

Overall rating: Requires improvement
"""

NOT_REPORTS = {
    "committee_minutes": MINUTES,
    "care_home_inspection": CARE_HOME,
    "care_home_new_style": CARE_HOME_NEW_STYLE,
    "care_home_new_style_without_its_rating_line": CARE_HOME_NEW_STYLE.replace("Overall rating for this service: Good\n", ""),
    "news_article": NEWS,
}


# --- helpers ----------------------------------------------------------------------------------

def extract_page(tmp_path: Path, text: str, name: str) -> ReportRows:
    """Rows for one page saved as a file (read, decoded and normalised as real input is)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_path(path, tmp_path)


def codes(rows: ReportRows) -> list[str]:
    return [w["code"] for w in rows.tables["warnings"]]


def assert_valid(rows: ReportRows) -> None:
    """Every table's rows pass the table's model (as they must before they are written)."""
    for table, records in rows.tables.items():
        PANDERA_SCHEMAS[table].validate(to_frame(table, records), lazy=True)


def assert_part_of_a_report(rows: ReportRows, scored_sections: int) -> None:
    report = rows.tables["reports"][0]
    assert report["complete"] is False
    assert codes(rows).count(Code.STATEMENT_MISSING) == 9 - scored_sections
    assert Code.INPUT_ERROR not in codes(rows)
    assert_valid(rows)


# --- an overview page alone -------------------------------------------------------------------

@pytest.mark.parametrize("style", OVERVIEWS)
def test_overview_page_alone_is_a_report_with_its_facts(tmp_path, style):
    text, suffix, expected = OVERVIEWS[style]
    rows = extract_page(tmp_path, text, f"overview{suffix}")
    report = rows.tables["reports"][0]
    got = {field: report[field] for field in expected}
    got["published"] = report["published"].isoformat()
    assert got == expected
    assert report["overall_rating"] is None and report["score_sum"] is None
    assert rows.tables["scores"] == []
    assert Code.MISSING_RATING in codes(rows)
    comparisons = [(c["value"], c["comparator_value"], c["comparator"], c["stated_relation"])
                   for c in rows.tables["comparisons"]]
    assert comparisons == OVERVIEW_COMPARISONS[style]
    assert_part_of_a_report(rows, scored_sections=0)


# --- a summary page alone ---------------------------------------------------------------------

@pytest.mark.parametrize("text, suffix", [(SUMMARY_SPACED, ".txt"), (SUMMARY_MARKDOWN, ".md")], ids=["spaced", "markdown"])
def test_summary_page_alone_gives_the_rating_and_the_summary_scores(tmp_path, text, suffix):
    rows = extract_page(tmp_path, text, f"summary{suffix}")
    report = rows.tables["reports"][0]
    assert report["local_authority"] == "Brindleford City Council"
    assert report["overall_rating"] == "Requires improvement"
    assert report["overall_score_pct"] == 56.0
    assert report["published"] is None and Code.MISSING_PUBLISHED in codes(rows)
    scores = rows.tables["scores"]
    assert {s["quality_statement"]: s["summary_score"] for s in scores} == BRINDLEFORD_SCORES
    assert {s["quality_statement"]: s["score"] for s in scores} == BRINDLEFORD_SCORES
    assert all(s["section_score"] is None for s in scores)
    assert report["score_sum"] == 20
    assert not {Code.RATING_BAND_MISMATCH, Code.SCORE_PCT_MISMATCH} & set(codes(rows))
    missing = [w["message"] for w in rows.tables["warnings"] if w["code"] == Code.STATEMENT_MISSING]
    assert all("the summary list gives one" in message for message in missing)
    assert_part_of_a_report(rows, scored_sections=0)


# --- one quality statement page alone ---------------------------------------------------------

def test_statement_page_alone_gives_its_score_and_figures(tmp_path):
    rows = extract_page(tmp_path, STATEMENT_COMPACT, "safeguarding.txt")
    report = rows.tables["reports"][0]
    assert report["local_authority"] == "Marlowe District Council"
    assert [(s["quality_statement"], s["score"], s["section_score"], s["summary_score"], s["score_label"])
            for s in rows.tables["scores"]] == [("Safeguarding", 2, 2, None, "Evidence shows some shortfalls")]
    assert [(p["value"], p["quality_statement"]) for p in rows.tables["percentages"]] == \
        [(31.0, "Safeguarding"), (86.0, "Safeguarding"), (94.3, "Safeguarding")]
    assert [(c["value"], c["comparator_value"], c["comparator"], c["stated_relation"], c["quality_statement"])
            for c in rows.tables["comparisons"]] == [(86.0, 94.3, "England average", "lower", "Safeguarding")]
    assert report["overall_rating"] is None and report["score_sum"] is None
    assert {Code.MISSING_RATING, Code.MISSING_PUBLISHED} <= set(codes(rows))
    assert Code.TRUNCATED not in codes(rows)  # the page ends on a full stop
    assert_part_of_a_report(rows, scored_sections=1)


def test_statement_page_saved_without_its_title(tmp_path):
    rows = extract_page(tmp_path, STATEMENT_MARKDOWN, "assessing_needs.md")
    report = rows.tables["reports"][0]
    assert report["local_authority"] == "Marlowe District Council"  # from the theme caption
    assert [(s["quality_statement"], s["section_score"]) for s in rows.tables["scores"]] == [("Assessing needs", 3)]
    assert [(p["value"], p["quality_statement"]) for p in rows.tables["percentages"]] == [(72.0, "Assessing needs")]
    assert_part_of_a_report(rows, scored_sections=1)


# --- a folder holding some of a report's pages --------------------------------------------------

def test_folder_with_an_overview_and_one_statement(tmp_path):
    folder = tmp_path / "cheltmoor"
    folder.mkdir()
    statement = STATEMENT_MARKDOWN.replace("Marlowe District Council", "Cheltmoor Borough Council")
    (folder / "1_page.md").write_text(statement, encoding="utf-8")  # sorts first by name, belongs second
    (folder / "2_page.txt").write_text(OVERVIEW_COMPACT, encoding="utf-8")
    rows = extract_path(folder, tmp_path)
    report = rows.tables["reports"][0]
    expected = OVERVIEWS["compact"][2]
    assert {field: report[field] for field in expected if field != "published"} == \
        {field: value for field, value in expected.items() if field != "published"}
    assert report["published"].isoformat() == "2025-02-21"
    assert report["layout"] == "mixed"
    kinds = [s["kind"] for s in rows.tables["sections"] if s["kind"] in {"title", "overview", "theme", "quality_statement"}]
    assert kinds == ["title", "overview", "theme", "quality_statement"]  # the overview page first, by content
    assert [(s["quality_statement"], s["section_score"]) for s in rows.tables["scores"]] == [("Assessing needs", 3)]
    assert [(p["value"], p["quality_statement"]) for p in rows.tables["percentages"]] == \
        [(21.0, None), (18.7, None), (36.4, None), (2.0, None), (72.0, "Assessing needs")]
    assert_part_of_a_report(rows, scored_sections=1)


def test_folder_with_a_summary_and_one_statement(tmp_path):
    folder = tmp_path / "brindleford"
    folder.mkdir()
    statement = STATEMENT_COMPACT.replace("Marlowe District Council", "Brindleford City Council")
    (folder / "a.txt").write_text(statement, encoding="utf-8")
    (folder / "b.txt").write_text(SUMMARY_SPACED, encoding="utf-8")
    rows = extract_path(folder, tmp_path)
    report = rows.tables["reports"][0]
    assert report["local_authority"] == "Brindleford City Council"
    assert report["overall_rating"] == "Requires improvement" and report["score_sum"] == 20
    scores = {s["quality_statement"]: (s["section_score"], s["summary_score"]) for s in rows.tables["scores"]}
    assert scores == {name: (2 if name == "Safeguarding" else None, score) for name, score in BRINDLEFORD_SCORES.items()}
    assert Code.SCORE_MISMATCH not in codes(rows)
    assert_part_of_a_report(rows, scored_sections=1)


# --- documents that are not reports are still refused ------------------------------------------

@pytest.mark.parametrize("name", NOT_REPORTS)
def test_not_a_report_is_refused_with_one_line(tmp_path, name):
    with pytest.raises(InputError) as refused:
        extract_page(tmp_path, NOT_REPORTS[name], f"{name}.txt")
    assert refused.value.reason.startswith(NOT_A_REPORT)
    assert "\n" not in str(refused.value)
    assert report_signals(NOT_REPORTS[name]) == []


# --- the signals --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, signals", [
    (OVERVIEW_COMPACT, ["title", "assessment_published", "about_overview", "how_we_assess"]),
    (OVERVIEW_SPACED, ["title", "about_overview", "how_we_assess"]),
    (SUMMARY_MARKDOWN, ["rating_heading", "score_list"]),
    (STATEMENT_MARKDOWN, ["statement_score"]),
], ids=["overview_compact", "overview_spaced", "summary_without_title", "statement_without_title"])
def test_which_signals_each_page_shows(text, signals):
    assert report_signals(text) == signals


@pytest.mark.parametrize("text, signal", [
    ("Ashby Vale Council: local authority assessment\n", "title"),
    ("## Birchester City Council assessment\n\nAssessment start date: 5 June 2023\n", "pilot_title"),
    ("Assessment published: 3 May 2024\n\nAbout Corvale Council\n\nThe area is mostly rural.\n", "assessment_published"),
    ("About Corvale Council\n\nDemographics\n\nCorvale is a coastal district.\n", "about_overview"),
    ("About Corvale Council\nCorvale is a coastal district.\nFinancial facts\n- The local authority estimated ...\n", "about_overview"),
    ("Local authority rating and score\n\nQuality statement scores\n", "rating_heading"),
    ("Indicative rating: Good\n", "indicative_rating"),
    ("Overall rating for Corvale: 70%\n", "percentage_rating"),
    ("# Quality statement scores\n", "score_list"),
    ("Theme 4: Leadership\nLearning, improvement and innovation\nScore: 3\n", "statement_score"),
    ("Safe systems, pathways and transitions\n\n3 - Evidence shows a good standard\n\nWhat people expect\n", "statement_score"),
    ("[How we assess local authorities](#)\n\nPublished: 17 May 2024 Page last updated: 17 May 2024\n", "how_we_assess"),
])
def test_each_signal_alone_makes_a_report(text, signal):
    assert signal in report_signals(text)


@pytest.mark.parametrize("text", [
    "Published: 3 May 2024\n\nThe local authority has a new website.\n",           # a bare publication line
    "Good\n\nRequires improvement\n\nOverall: Good\n",                               # rating words alone
    "Assessment published: 3 May 2024\n\nWe wrote to the local authority about the home.\n",  # no report words near
    "Risk assessment\n\nCarer's needs assessment\n",                                 # 'assessment' titles
    "6. CQC: local authority assessment\nCare Quality Commission: local authority assessment\n",  # agenda items
    "Adult social care: local authority assessment\n",
    "About us\n\nDemographics\n",                                                    # not about a council
    "About Corvale Council\n\nCorvale is a coastal district.\n",                     # 'About' with no overview blocks
    "Theme 3: x\nSafeguarding\nMembers asked.\nThey were told.\nScore: 3\nWhat people expect\n",  # score too far
    "Safeguarding\nScore: 3\nThe local authority safeguarding team was told.\n",     # no local authority page headings
    "Overall rating for this service: Good\nTheme 1: x\nSafeguarding\nScore: 3\nWhat people expect\n",  # a care service
    "Overall rating for Larchfield Care Home: 75%\n",                                # a care service by name
    "How we assess local authorities\nCouncil rated good\nPublished: 3 May 2024\n",  # a navigation link
    "Quality statement scores were discussed at the meeting.\n",                     # the words inside prose
])
def test_near_misses_are_not_signals(text):
    assert report_signals(text) == []


def test_a_full_report_shows_the_signals_of_every_page():
    text = WESTMINSTER.read_text(encoding="utf-8")
    assert {"title", "assessment_published", "about_overview", "rating_heading", "score_list",
            "statement_score"} <= set(report_signals(text))


# --- the rule file is validated on load ---------------------------------------------------------

@pytest.mark.parametrize("break_it, words", [
    (lambda d: d["signals"][0].update(line="{NO_SUCH_MACRO}"), "unknown macro"),
    (lambda d: d["signals"][0].update(line="(unclosed"), "bad pattern"),
    (lambda d: d["signals"][0].update(within=3), "followed_by"),
    (lambda d: d["signals"][0].update(colour="red"), "colour"),
    (lambda d: d["signals"][0].update(line="no name group"), "name"),
    (lambda d: d["signals"].append(copy.deepcopy(d["signals"][0])), "repeat"),
    (lambda d: d.pop("signals"), "signals"),
])
def test_a_broken_signal_rule_is_refused_on_load(break_it, words):
    data = load_json(RULE_FILE)
    build_detector(data)  # the shipped file is valid
    broken = copy.deepcopy(data)
    break_it(broken)
    with pytest.raises(RuleError, match=words):
        build_detector(broken)


def test_pages_of_one_report_saved_as_separate_files_are_all_kept(tmp_path):
    """An overview and a statement page of one council, each its own file at the top of RAW: both
    are extracted (complete false); only complete reports count as duplicates by council and date."""
    from pipeline import load
    from pipeline.run import run_extract

    raw = tmp_path / "raw"
    raw.mkdir()
    head = "Marlowe District Council: local authority assessment\nAssessment published: 4 June 2025\n"
    overview = head + "About Marlowe District Council\nDemographics\nMarlowe is home to around 120,000 people.\n"
    statement = head + STATEMENT_COMPACT.split("\n", 1)[1]
    (raw / "marlowe_overview.txt").write_text(overview, encoding="utf-8")
    (raw / "marlowe_safeguarding.txt").write_text(statement, encoding="utf-8")
    result = run_extract(raw, tmp_path / "out", workers=1)
    assert result.failures == []
    reports = load(tmp_path / "out")["reports"]
    assert sorted(reports["report_id"]) == ["marlowe_overview", "marlowe_safeguarding"]
    assert not reports["complete"].any()
