"""Linking traps found on blind pages (round 1), in our own words: a wrong pairing is worse than a miss."""
from __future__ import annotations

from pipeline.atoms import analyse
from pipeline.comparisons import link_comparisons


def _linked(text: str, council: str | None = None) -> list:
    return link_comparisons(*analyse(text), council=council)[0]


def _atoms_and_sentences(text: str) -> tuple[list, list]:
    sentences, atoms = analyse(text)
    return atoms, sentences


def _pairs(text: str, council: str | None = None) -> list[tuple[float, str, float]]:
    return [(c.value.value, c.bench.key, c.figure.value) for c in _linked(text, council)]


def _relations(text: str, council: str | None = None) -> list[tuple[float, float, str | None]]:
    return [(c.value.value, c.figure.value, c.stated_relation) for c in _linked(text, council)]


def _sources(text: str) -> list[tuple[float, str | None]]:
    return [(c.value.value, c.source.key if c.source else None) for c in _linked(text)]


def _cited(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(c.value.value, c.source.key if c.source else None, c.source_text) for c in _linked(text)]


def _located(text: str) -> list[tuple[float, float, str | None, str | None, str]]:
    return [(c.value.value, c.figure.value, c.stated_relation, c.source.key if c.source else None,
             str(c.value_location)) for c in _linked(text)]


def test_region_named_after_average_is_a_benchmark_not_a_council_figure():
    text = ("Satisfaction among carers stood at 40.2%. The average across the North East was 44.0%, "
            "and for England as a whole 45.1% (SACE, 2022).")
    pairs = _pairs(text)
    assert (44.0, "England average", 45.1) not in pairs  # a benchmark's own figure is never the council's
    assert all(value == 40.2 for value, _, _ in pairs)


def test_no_choice_of_council_figure_across_a_clause_break():
    text = ("Healthy life expectancy is 61.3 years among men and 63.9 years among women; this is "
            "below the North West average of 62.0 years.")
    assert _pairs(text) == []  # two candidates in the other clause: record nothing rather than guess


def test_the_group_named_again_across_a_clause_break_decides():
    text = ("Healthy life expectancy is 61.3 years for men and 63.9 years for women; for men this is "
            "below the North West average of 62.0 years.")
    assert _pairs(text) == [(61.3, "regional average", 62.0)]


def test_single_figure_across_a_clause_break_still_links():
    text = "Of those asked, 20.4% said they had enough choice; the England average is 29%."
    assert _pairs(text) == [(20.4, "England average", 29.0)]


# ------------------------------------------------------------------ comparisons as inspectors write them (issue 9, point 3)

def test_benchmark_named_after_its_figure_following_compared_with():
    text = "Around 31.5% of adults live alone, compared with 27.2% in England."
    assert _pairs(text) == [(31.5, "England average", 27.2)]
    text = "Of those asked, 64% felt safe, compared to 61% in the North West (ASCS, 2023)."
    assert _pairs(text) == [(64.0, "regional average", 61.0)]


def test_figure_in_england_without_comparison_words_is_no_benchmark():
    assert _pairs("Turnover reached 31.5% in England's largest provider last year.") == []
    assert _pairs("The council had the highest rate in England at 30%, and 12% in the North West.") == []


def test_bare_name_after_comparison_words_names_the_benchmark():
    assert _pairs("About 21.7% of residents are over 65 compared to England (18.4%).") == \
        [(21.7, "England average", 18.4)]
    assert _pairs("Some 9.1% of residents are over 65, well below London (11.9%).") == [(9.1, "London average", 11.9)]
    pairs = _pairs("Thornleigh has a larger share of carers (13.2%) than England (9.0%).")
    assert pairs == [(13.2, "England average", 9.0)]


def test_bare_name_after_other_words_is_a_place():
    assert _pairs("Some 14% of staff were recruited in England (30% from overseas).") == []


def test_bracketed_benchmark_name_with_its_figure():
    assert _pairs("Fewer residents are of working age: 58.2% are aged 16 to 64 (England 63.0%).") == \
        [(58.2, "England average", 63.0)]
    assert _pairs("Some 58.2% are aged 16 to 64 (England and Wales 63.0%).") == []


def test_sentence_of_benchmarks_refers_back_to_the_council_figure():
    text = ("Overall satisfaction with care was 61.8%. The North West average was 63.0%, and for "
            "England as a whole 64.4% (ASCS, 2023).")
    assert _pairs(text) == [(61.8, "regional average", 63.0), (61.8, "England average", 64.4)]


def test_benchmark_then_its_measure_then_its_figure():
    text = ("Of community services, 88% were rated good or outstanding; across England the equivalent "
            "proportion was 81%.")
    assert _pairs(text) == [(88.0, "England average", 81.0)]


def test_median_benchmark_and_region_after_for():
    text = "People waited 63 days for a review, against a regional median of 40 days."
    assert _pairs(text) == [(63.0, "regional median", 40.0)]  # a median is not an average
    text = "Reablement success was 81.2%, compared with 80.1% for England and 79.4% for the North East (ASCOF, 2023)."
    assert _pairs(text) == [(81.2, "England average", 80.1), (81.2, "regional average", 79.4)]


def test_relation_words_before_a_fraction_state_an_amount_not_a_direction():
    comparisons, _ = link_comparisons(*analyse(
        "Just over a third of residents (35.2%) live in rural areas, compared with 17.1% in England."))
    assert [(c.value.value, c.figure.value, c.stated_relation) for c in comparisons] == [(35.2, 17.1, None)]


def test_plural_benchmark_with_bracketed_pair_sharing_a_unit_pairs_in_order():
    text = ("Healthy life expectancy is 61.2 years for men and 63.5 years for women, both below the "
            "England averages (63.1 and 64.8 years).")
    comparisons, _ = link_comparisons(*analyse(text))
    assert [(c.value.value, c.figure.value, c.unit, c.stated_relation) for c in comparisons] == \
        [(61.2, 63.1, "years", "lower"), (63.5, 64.8, "years", "lower")]


def test_plural_benchmark_pairs_in_order_only_with_as_many_council_figures():
    text = "Men here live 61.2 years in good health, below the England averages (63.1 and 64.8 years)."
    assert _pairs(text) == []
    text = ("Reviews took 20 days in 2023 and 15 days in 2024, against the regional figures (18 and 16 days).")
    assert _pairs(text) == []  # one of the two is the council's own past: no pairing in order


def test_head_counts_compare_with_a_benchmark_count():
    text = "The council supported 1,420 people in residential care. This was above the England average of 1,180 people."
    comparisons, _ = link_comparisons(*analyse(text))
    assert [(c.value.value, c.figure.value, c.unit, c.stated_relation) for c in comparisons] == \
        [(1420.0, 1180.0, "people", "higher")]
    assert _pairs("About 412 people were waiting, against an England average of 28 days.") == []  # units differ


# Blind round 2 shapes, in our own words


def test_band_of_areas_is_neither_council_figure_nor_benchmark():
    text = "Nearly 40% of residents live in neighbourhoods among the most deprived 20% nationally."
    assert _pairs(text) == []
    assert _pairs("Some 27% of people live in the 10% most deprived areas of England.") == []


def test_gap_figure_is_not_the_council_figure():
    text = "Healthy life expectancy for men is 60.2 years, 1.9 years lower than the London average of 62.1 years."
    assert _pairs(text) == [(60.2, "London average", 62.1)]


def test_benchmark_phrase_twice_with_figure_on_the_second():
    text = ("The share of carers who felt supported was 41.5%, higher than the England average, "
            "with the England average standing at 38.0% (SACE, 2023).")
    assert _pairs(text) == [(41.5, "England average", 38.0)]


def test_possessive_benchmark_and_list_of_trailing_benchmarks():
    assert _pairs("About 9.7% of residents are from ethnic minority groups, compared to England's 26.5%.") == \
        [(9.7, "England average", 26.5)]
    pairs = _pairs("Some 23.4% of residents are 65 or over, compared to 18.6% in England and 21.0% in the South West.")
    assert pairs == [(23.4, "England average", 18.6), (23.4, "regional average", 21.0)]
    assert _pairs("Just over half (55%) are from ethnic minority groups, compared with 46.2% for London.") == \
        [(55.0, "London average", 46.2)]


def test_comparator_group_average_as_one_phrase():
    text = ("61.0% of people felt in control, lower than the England average of 64.5% "
            "and the comparator group average of 66.2% (ASCS, 2023).")
    assert _pairs(text) == [(61.0, "England average", 64.5), (61.0, "comparator group average", 66.2)]


# Blind round 4 shapes, in our own words


def test_direction_stated_by_the_benchmark_is_turned_round():
    text = "Staff sickness absence in the service was 4.6%. The England rate, at 3.2%, was lower."
    assert _relations(text) == [(4.6, 3.2, "higher")]
    text = "Carers waited 12 days for a review. The regional average of 18 days was considerably longer."
    assert _relations(text) == [(12.0, 18.0, "lower")]
    # the council named as the subject keeps the direction
    assert _relations("The England average was 61%, and the local figure was lower at 55%.") == [(55.0, 61.0, "lower")]


def test_direction_between_two_benchmarks_is_no_stated_relation():
    text = "Take-up was 7.5%. The England average, at 6.1%, was higher than the regional average."
    assert [r for r in _relations(text) if r[1] == 6.1] in ([], [(7.5, 6.1, None)])


def test_direction_against_the_benchmark_named_in_the_sentence_before_its_figure():
    text = ("Some 31.4% of residents are disabled. This is higher than the regional average. "
            "The regional figure is 24.0%.")
    assert _relations(text) == [(31.4, 24.0, "higher")]


def test_money_and_comparator_groups_in_their_own_words():
    assert _pairs("Spending per resident was £288, compared with £301 among similar authorities (ASC-FR, 2024).") == \
        [(288.0, "comparator group average", 301.0)]
    text = "The council paid £19.80 an hour for day care, up from £18.10 last year, but below the £21.05 paid by comparable councils."
    assert _relations(text) == [(19.8, 21.05, "lower")]
    text = "Reviews took 40 days on average, against 28 days across the council's CIPFA nearest neighbours."
    assert _pairs(text) == [(40.0, "comparator group average", 28.0)]


def test_equivalent_measure_named_between_benchmark_and_figure():
    text = ("Home adaptations took 14 weeks to arrange. Staff shortages were the main cause. "
            "Across England, the equivalent delay was 9 weeks.")
    assert _pairs(text) == [(14.0, "England average", 9.0)]


def test_benchmark_then_its_measure_then_its_figure_then_the_council():
    text = "The England figure for carers in paid work was 31.0%, while in Marlbury it stood at 27.5%."
    assert _pairs(text) == [(27.5, "England average", 31.0)]
    # a figure of its own between the measure and the next figure: no reading
    assert _pairs("The England figure for people aged 65 and over, at 18%, was 20% in Marlbury.") == []


def test_respectively_list_sharing_one_unit():
    text = "Life expectancy is 77.9 years for men and 81.6 years for women, below the England figures of 79.3 and 83.2 years respectively."
    assert _relations(text) == [(77.9, 79.3, "lower"), (81.6, 83.2, "lower")]


def test_benchmark_naming_its_own_measure_takes_no_figure_from_another_sentence():
    text = "Waiting lists fell by 35% over the year. The England average for control over daily life was 77.2%."
    assert _pairs(text) == []


def test_clause_opening_with_comparison_words_answers_the_clause_before():
    text = ("Just 12.4% of residents are disabled; in comparison, 17.3% of Londoners and 17.8% of people "
            "in England report a disability.")
    assert _pairs(text) == [(12.4, "London average", 17.3), (12.4, "England average", 17.8)]
    # without the comparison words the list is no benchmark of the first clause
    assert _pairs("Just 12.4% of residents are disabled; 17.3% of Londoners report a disability.") == []


def test_median_keeps_its_own_comparator():
    """A median is not an average: printed in the benchmark's words or as a noun before it."""
    text = "Home care cost £21.80 an hour, under the South West median of £22.90."
    assert _pairs(text) == [(21.8, "regional median", 22.9)]
    text = ("The typical wait for a review was 52 days. By comparison, the median among Harbridge's "
            "statistical neighbours was 37 days.")
    comparisons, _ = link_comparisons(*analyse(text))
    assert [(c.value.value, c.bench.key, c.figure.value) for c in comparisons] == [(52.0, "comparator group median", 37.0)]
    assert "median" in comparisons[0].to_row()["comparator_text"]  # the benchmarks audit's statistic reads it
    text = "Direct payments reached 24.5%, against the average for statistical neighbours of 27.1%."
    assert _pairs(text) == [(24.5, "comparator group average", 27.1)]


def test_rate_with_words_between_its_number_and_its_base():
    text = ("The council recorded 9.8 emergency readmissions per 1,000 older residents, higher than the "
            "regional rate of 8.1 per 1,000.")
    assert _pairs(text) == [(9.8, "regional average", 8.1)]
    text = "There were 47 Deprivation of Liberty applications per 10,000 adults, compared with 52 per 10,000 for England."
    assert _pairs(text) == [(47.0, "England average", 52.0)]
    # a year is never a rate's number
    _, atoms = analyse("In 2023 admissions per 100,000 rose sharply.")
    assert not [a for a in atoms if a.label == "QUANTITY"]


def test_sum_per_head_between_a_figure_and_its_trailing_benchmark():
    text = "Spending on prevention was £58 per resident, compared to £71 per resident across similar councils."
    assert _pairs(text) == [(58.0, "comparator group average", 71.0)]


def test_a_comparator_group_name_is_no_population_group():
    text = ("Just 41.3% of carers said they had as much social contact as they wanted. The England average "
            "was 44.2% and the average among similar councils was 45.0% (SACE, 2023).")
    assert _pairs(text) == [(41.3, "England average", 44.2), (41.3, "comparator group average", 45.0)]


# ------------------------------------------------------------------ blind round 6

def test_council_figure_as_the_object_of_a_direction_turns_it_round():
    text = ("The England average of 72.4% for carers who found it easy to find information was higher "
            "than the 66.0% reported in Dunmarsh (SACE, 2023).")
    assert _relations(text) == [(66.0, 72.4, "lower")]
    text = "The regional figure of 14 weeks was below the 19 weeks recorded locally."
    assert _relations(text) == [(19.0, 14.0, "higher")]
    text = "Dunmarsh's rate of 66.0% was lower than the England average of 72.4%."
    assert _relations(text) == [(66.0, 72.4, "lower")]  # the council is the subject: as printed


def test_ombudsman_citation_is_a_source():
    text = ("The number of complaints to the Ombudsman was 38.5 per 100,000 population, lower than the "
            "England average of 45.1 per 100,000 (LGSCO, 2024).")
    assert _sources(text) == [(38.5, "LGSCO")]
    text = ("The Local Government and Social Care Ombudsman upheld 54% of complaints it investigated, "
            "which was below the average for similar authorities of 73%.")
    assert _sources(text) == [(54.0, "LGSCO")]  # the Ombudsman named in full cites its own data (since session 12)


def test_plural_benchmark_whose_first_figure_shares_the_unit_of_the_second():
    text = ("Healthy life expectancy at birth is 58.1 years for men and 59.4 years for women, both lower "
            "than the England averages of 63.1 and 63.9 years.")
    assert _relations(text) == [(58.1, 63.1, "lower"), (59.4, 63.9, "lower")]
    text = "Healthy life expectancy is 58.1 years for men, lower than the England averages of 63.1 and 63.9 years."
    assert _pairs(text) == []  # one council figure against two: no pairing


def test_place_with_its_figure_after_comparison_words():
    text = "61.3% of carers found it easy to find information, statistically similar to England at 59.1% (SACE, 2023)."
    assert _relations(text) == [(61.3, 59.1, "similar")]
    assert _pairs("The council had the highest rate in England at 30%, and 12% in the North West.") == []


def test_working_days_are_days():
    text = ("Complaints were responded to in an average of 23 working days, compared with 20 working days "
            "across the council's comparator group.")
    assert _relations(text) == [(23.0, 20.0, None)]
    comparisons, _ = link_comparisons(*analyse(text))
    assert comparisons[0].unit == "days"


def test_benchmarks_listed_in_one_bracket_each_pair_with_the_figure():
    assert _pairs("Some 21.7% of residents are over 65 (North East 20.3%, England 18.9%).") == [
        (21.7, "regional average", 20.3), (21.7, "England average", 18.9)]
    assert _pairs("About 9.4% of adults are carers (London 8.1%; England 10.2%).") == [
        (9.4, "London average", 8.1), (9.4, "England average", 10.2)]
    # a name after ';' outside brackets is no bracketed benchmark
    assert _pairs("Some 21.7% of residents are over 65; England 18.9% is a different survey.") == []


# ------------------------------------------------------------------ blind round 7, in our own words

def test_figure_after_a_second_benchmark_is_that_benchmarks_never_the_councils():
    text = ("Carers make up 8.2% of residents. Across the South West the equivalent figure is 9.4%, "
            "and for England as a whole it is 10.1%.")
    assert sorted(_pairs(text)) == [(8.2, "England average", 10.1), (8.2, "regional average", 9.4)]
    text = text.replace("Across the South West", "In the South West")  # a place no benchmark phrase names
    assert all(value == 8.2 for value, _, _ in _pairs(text))  # 'the equivalent figure' is never the council's
    text = "In Thornmere, the equivalent figure is 30%, and for England it is 40%."
    assert _pairs(text) == [(30.0, "England average", 40.0)]


def test_no_council_figure_after_another_benchmark_in_the_sentence():
    text = "The regional average is 40%, and for England as a whole it was 44%."
    assert all(value not in (40.0, 44.0) for value, _, _ in _pairs(text))


def test_sentence_opening_on_a_benchmark_restates_the_measure():
    text = "Agency staff made up 7% of the workforce. Nationally, the figure was 12%."
    assert _pairs(text) == [(7.0, "national average", 12.0)]
    assert _pairs("Agency staff made up 7%. Compared with the England average, the figure is 12%.") == []


def test_speed_words_are_a_direction_only_for_durations():
    comparisons, _ = link_comparisons(*analyse(
        "Reviews took 5.1 weeks on average, faster than the England average of 6.0 weeks."))
    assert [(c.value.value, c.stated_relation) for c in comparisons] == [(5.1, "lower")]
    comparisons, _ = link_comparisons(*analyse(
        "In all, 72% were seen within a week, faster than the England average of 60%."))
    assert [(c.value.value, c.stated_relation) for c in comparisons] == [(72.0, None)]


def test_trailing_benchmark_after_respectively_pairs_in_order():
    text = ("Life expectancy is 78.1 years for men and 81.9 years for women, against 79.4 and "
            "83.1 years respectively in England.")
    assert _pairs(text) == [(78.1, "England average", 79.4), (81.9, "England average", 83.1)]
    text = "Life expectancy is 78.1 years, against 79.4 and 83.1 years respectively in England."
    assert _pairs(text) == []  # one council figure for two benchmark figures: no guess


def test_bare_benchmark_number_shares_the_unit_of_the_next_benchmarks_figure():
    text = ("Admissions were 650.2 per 100,000, above the regional rate of 540.7 and the England rate "
            "of 566.0 per 100,000.")
    assert _pairs(text) == [(650.2, "regional average", 540.7), (650.2, "England average", 566.0)]


def test_measure_word_inside_a_benchmark_phrase_and_average_reported():
    assert _pairs("Of concerns, 31% led to an enquiry, compared with an England conversion rate of 29%.") \
        == [(31.0, "England average", 29.0)]
    assert _pairs("Waits averaged 12 weeks. Similar councils reported an average of 8 weeks.") \
        == [(12.0, "comparator group average", 8.0)]


def test_a_benchmark_taken_over_a_group_keeps_its_figure_after_of():
    text = ("Turnover among the council's care staff was 8.4%. This compares well with the national average "
            "among adult social care staff of 11.9% (ASC-WDS, 2024).")
    assert _pairs(text) == [(8.4, "national average", 11.9)]


def test_a_benchmark_followed_by_a_measure_with_was_is_not_paired_across_sentences():
    text = ("In all, 61% of carers had a review in the year. Some carers had no break. "
            "The England average for carers receiving respite was 41.2%.")
    assert _pairs(text) == []  # 'for carers receiving respite ... was' names another measure


def test_a_group_naming_another_benchmark_gives_one_pairing_not_two():
    text = "Staff turnover was 9.7%, against the average among similar councils of 11.2%."
    assert _pairs(text) == [(9.7, "comparator group average", 11.2)]


def test_a_group_named_again_in_the_next_sentence_takes_its_own_figure():
    text = ("Healthy life expectancy is 62.4 years for men and 64.9 years for women. For men this is close to "
            "the England figure of 63.1 years; for women it is above the England figure of 63.8 years.")
    pairs = _pairs(text)
    assert (62.4, "England average", 63.1) in pairs and (64.9, "England average", 63.1) not in pairs


def test_a_citation_closing_an_earlier_comparison_is_not_the_next_ones_source():
    text = ("Of adults with a learning disability, 79.2% lived in their own home, above the England average of "
            "76.0% (ASCOF 2023-24), and 55% of adults known to mental health services were in work, against "
            "49% nationally.")
    comparisons, _ = link_comparisons(*analyse(text))
    sources = {c.value.value: c.to_row()["source"] for c in comparisons}
    assert sources == {79.2: "ASCOF", 55.0: None}


def test_a_change_from_a_year_span_to_a_percentage_is_no_range():
    _, atoms = analyse("Complaints rose from 6% of the total in 2022-23 to 11% in 2023-24.")
    assert [(a.text, a.value, a.is_range) for a in atoms if a.label == "PERCENT"] == [("6%", 6.0, False), ("11%", 11.0, False)]


def test_relation_words_taking_another_object_state_no_direction():
    text = "20.1% of residents are disabled under the Equality Act definition, compared to 17.3% in England."
    assert _relations(text) == [(20.1, 17.3, None)]
    text = "Just over half (52.3%) of young people were known to adult services by 17, compared to 56% in England."
    assert _relations(text) == [(52.3, 56.0, None)]


def test_a_fraction_of_the_benchmark_is_lower():
    text = "The share of residents from ethnic minority groups (4.8%) is roughly a quarter of the England figure of 19.0%."
    assert _relations(text) == [(4.8, 19.0, "lower")]
    assert _relations("Vacancies were 5.2%, less than half the national average of 10.6%.") == [(5.2, 10.6, "lower")]


def test_a_figure_bracketed_after_a_place_name_is_that_places_and_than_completes_both():
    text = ("A smaller share of residents (8.7%) belong to an ethnic minority group than in the East of England "
            "(14.3%) or in England as a whole (19.0%).")
    assert _relations(text) == [(8.7, 14.3, "lower"), (8.7, 19.0, "lower")]
    assert _pairs(text) == [(8.7, "regional average", 14.3), (8.7, "England average", 19.0)]
    text = "More people than last year used direct payments (31%), compared with 27% in England."
    assert _relations(text) == [(31.0, 27.0, None)]


def test_a_source_line_cites_the_comparison_before_it_and_not_the_one_after():
    text = ("In the national survey, 58.6% of people were satisfied overall. The England average was 63.9%.\n"
            "Source: Adult Social Care Survey 2023-24\n"
            "Healthy life expectancy for men was 57.9 years, lower than the England figure of 63.2 years.")
    assert _cited(text) == [(58.6, "ASCS", "Adult Social Care Survey 2023-24"), (57.9, None, None)]
    text = ("Of people who used services, 87.9% said they felt safe. This was above both the England average of "
            "87.1% and the regional average of 85.4%. Source: ASCOF 2024")
    assert _cited(text) == [(87.9, "ASCOF", "ASCOF 2024"), (87.9, "ASCOF", "ASCOF 2024")]


def test_benchmark_numbers_printed_without_their_unit():
    text = ("There were 412 nursing home beds per 100,000 people aged 65 and over, against a regional average "
            "of 538 and an England average of 490.")
    assert _pairs(text) == [(412.0, "regional average", 538.0), (412.0, "England average", 490.0)]
    text = "Caseloads averaged 31 people per worker, compared with 24 in comparator councils, and 7 posts were vacant."
    assert _pairs(text) == [(31.0, "comparator group average", 24.0)]
    assert _pairs("Caseloads averaged 31 people per worker, compared with 2024 in comparator councils.") == []


def test_a_rate_with_a_hyphenated_measure_between_its_number_and_base():
    text = ("There were 1,420 adults in long-term support per 100,000 population, just under the statistical "
            "neighbour average of 1,455 per 100,000.")
    assert _relations(text) == [(1420.0, 1455.0, "lower")]


def test_the_england_position_is_the_england_average():
    text = "Risks were removed or reduced in 91.6% of cases, close to the England position (91.0%)."
    assert _pairs(text) == [(91.6, "England average", 91.0)]


def test_a_benchmark_first_and_the_council_named_in_the_next_sentence():
    text = ("The England median wait for a major adaptation funded through a grant was 22 weeks. In Holmsbury, "
            "where the therapists now sit with the agency, it was 16 weeks, down from 31 weeks in 2021/22.")
    assert _pairs(text) == [(16.0, "England median", 22.0)]
    text = "The England median wait for a major adaptation was 22 weeks. In Holmsbury, people waited 16 or 20 weeks."
    assert _pairs(text) == []  # no 'it was' before one figure: not said to be the same measure


def test_similar_or_comparable_after_the_council_figure():
    text = ("The England average for people who feel they have control over their daily life is 77.6%; "
            "in Marrowby it was 74.0%, broadly comparable.")
    assert _relations(text) == [(74.0, 77.6, "similar")]


def test_benchmark_bullets_under_the_councils_bullet():
    text = ("Key figures on reviews:\n\n- 49% of people in long-term support reviewed (SALT, 2023-24)\n"
            "- regional average: 58%\n- England average: 57%\n- people with a learning disability: 81% reviewed\n")
    assert _located(text) == [(49.0, 58.0, None, "SALT", "list item"), (49.0, 57.0, None, "SALT", "list item")]
    text = ("Carers were slightly less likely than elsewhere to find information easy to come by:\n\n"
            "  • Durnford: 55.2%\n\n  • England: 57.7%\n\n  (SACE, 2023)\n")
    assert _located(text) == [(55.2, 57.7, "lower", "SACE", "list item")]


def test_benchmark_bullets_need_one_council_figure_right_above():
    assert _located("- 49% of people were reviewed, and 30% were not\n- England average: 57%\n") == []
    assert _located("- 49% of people were reviewed\n\nNo figure for carers.\n\n- England average: 57%\n") == []


def test_the_line_leading_into_a_list_cites_its_bullets():
    text = ("Data from the Adult Social Care Outcomes Framework for 2023-24 showed the strength of reablement:\n\n"
            "  • 92.1% of people aged 65 and over were still at home 91 days after discharge (England: 83.8%)\n\n"
            "  • 3.9% of older people discharged from hospital were offered reablement, the England average being 2.9%\n")
    assert _located(text) == [(92.1, 83.8, None, "ASCOF", "same sentence"), (3.9, 2.9, None, "ASCOF", "same sentence")]
    assert _cited(text.replace("Data from the Adult Social Care Outcomes Framework", "Figures")) == \
        [(92.1, None, None), (3.9, None, None)]


def test_a_figure_set_as_the_councils_own_standard_is_a_target():
    text = ("The median wait for an occupational therapy assessment was 14 weeks, well beyond the 6 weeks the "
            "local authority had set as its own standard, and against an England median of 7 weeks.")
    assert _pairs(text) == [(14.0, "England median", 7.0)]
    text = "Of care homes, 82% met the fundamental standards, compared with 78% in England."
    assert _pairs(text) == [(82.0, "England average", 78.0)]


def test_a_bare_name_joined_after_a_bracketed_benchmark_figure():
    text = ("At the 2021 Census 41.3% of residents identified with an ethnic minority group, higher than the "
            "figures for the West Midlands (22.9%) and England (26.5%).")
    assert _relations(text) == [(41.3, 22.9, "higher"), (41.3, 26.5, "higher")]


def test_a_count_the_benchmarks_rate_would_give_the_council():
    text = ("The 2021 Census recorded 24,870 people providing unpaid care in Harrowfield, more than the 23,400 that "
            "would be expected if the city matched the England rate.")
    assert _pairs(text) == [(24870.0, "England average (scaled to population)", 23400.0)]
    assert _relations(text) == [(24870.0, 23400.0, "higher")]  # not 'matched': that is the supposition
    text = "The 2021 Census recorded 21,460 unpaid carers; if Harrowden matched the England rate, the figure would be 23,300."
    assert _relations(text) == [(21460.0, 23300.0, None)]
    assert _linked(text)[0].to_row()["comparator"] == "England average (scaled to population)"
    assert _pairs("In 2021, 21,460 unpaid carers were counted; the England rate was 9% and would be higher.") == []


def test_a_benchmark_clause_joined_to_another_by_and_still_refers_back():
    text = ("Admissions to care homes were 612.4 per 100,000 population (ASCOF, 2023-24). Nationally the rate was "
            "560.8 per 100,000, and leaders recognised that too many people moved into a care home from hospital.")
    assert _pairs(text) == [(612.4, "national average", 560.8)]
    text = "Admissions were 612.4 per 100,000. Nationally the rate was 560.8 per 100,000, and in Marrowby it was 590 per 100,000."
    assert _pairs(text) == [(590.0, "national average", 560.8)]  # a council figure after the benchmark comes first


def test_scaled_counts_next_to_the_words_of_expectation():
    text = "Direct payments were used by 612 people. If uptake matched the England average, around 790 people would be receiving one."
    assert _relations(text) == [(612.0, 790.0, None)]  # 'matched' is the supposition
    text = ("An estimated 21,400 people in the county are living with dementia, rather more than the 18,900 that "
            "England-wide prevalence would predict for a population of this size.")
    assert _relations(text) == [(21400.0, 18900.0, "higher")]
    text = ("An estimated 1,930 people aged 65 and over are living with dementia. Applying the England prevalence rate "
            "to the older population would give around 1,610 people.")
    assert _pairs(text) == [(1930.0, "England average (scaled to population)", 1610.0)]


def test_a_benchmark_led_into_then_a_colon_introduces_the_councils_figures():
    text = ("Life expectancy is above the national average: 80.6 years for men and 84.1 years for women, against "
            "national figures of 79.3 and 83.2 years.")
    assert _relations(text) == [(80.6, 79.3, "higher"), (84.1, 83.2, "higher")]


def test_twice_taking_another_object_states_nothing():
    text = ("Only 49% of people had been reviewed, compared with 58% for London (SALT, 2023-24), and the team "
            "had been redeployed twice in a year.")
    assert _relations(text) == [(49.0, 58.0, None)]
    assert _relations("Delays were 18 days, twice the England average of 9 days.") == [(18.0, 9.0, "higher")]


def test_a_figure_then_figure_for_england():
    assert _relations("Around 10.4% of residents provide unpaid care, slightly higher than the 8.9% figure for "
                      "England.") == [(10.4, 8.9, "higher")]


def test_the_council_named_without_a_comma_in_the_next_sentence():
    text = "Across England, 64.0% of people are satisfied with their care. In Dunmere the figure was 66.8% (ASCS, 2023-24)."
    assert _pairs(text) == [(66.8, "England average", 64.0)]
    assert _pairs("Across England, 64.0% of people are satisfied. In March the figure was 66.8%.") == []


def test_a_gap_after_this_refers_to_the_figure_before():
    text = "Male life expectancy in the city is 75.1 years. This is 4.2 years below the England average of 79.3 years."
    assert _relations(text) == [(75.1, 79.3, "lower")]


def test_a_bare_name_before_a_bracketed_pair_pairs_in_order():
    text = "Life expectancy is 80.6 years for men and 84.2 years for women, both higher than England (79.3 and 83.2 years)."
    assert _relations(text) == [(80.6, 79.3, "higher"), (84.2, 83.2, "higher")]


def test_a_benchmark_led_into_then_a_comma_and_a_pair_list_for_england():
    text = ("Healthy life expectancy is close to the national picture, at 64.0 years for women and 62.9 years for men "
            "against 63.9 and 62.4 years for England.")
    assert _pairs(text) == [(64.0, "England average", 63.9), (62.9, "England average", 62.4)]


def test_bare_names_after_relation_words_and_both_the():
    text = ("More than a quarter of residents (26.1%) are aged 65 or over, well above both the South West (22.3%) "
            "and England (18.4%).")
    assert _relations(text) == [(26.1, 22.3, "higher"), (26.1, 18.4, "higher")]


def test_a_place_after_a_superlative_is_a_ranking_not_a_benchmark():
    text = ("Caldermoor is the most ethnically diverse place in the region: 38.4% of residents are from ethnic "
            "minority groups, compared to 17.0% in Yorkshire and the Humber and 26.5% across England.")
    assert _pairs(text) == [(38.4, "regional average", 17.0), (38.4, "England average", 26.5)]


def test_a_comparator_group_after_a_group_of():
    assert _pairs("Only 61% were reviewed. Across a group of similar councils, the average was 57%.") == \
        [(61.0, "comparator group average", 57.0)]


def test_a_similar_story_and_a_direction_in_another_clause_state_nothing():
    text = "Carers told a similar story: 81.6% of carers felt safe, against 80.5% for England."
    assert _relations(text) == [(81.6, 80.5, None)]
    text = ("Men have a life expectancy of 76.9 years, lower than the England average, while for women it is "
            "81.0 years, against 83.1 years for England.")
    assert _relations(text) == [(81.0, 83.1, None)]


def test_a_benchmark_label_with_its_colon_after_than_introduces_the_councils_figure():
    text = ("Children under 18 make up 23.8% of residents. Older residents form a smaller share than nationally: "
            "16.2% are aged 65 or over, set against 18.4% for England.")
    assert _pairs(text) == [(16.2, "England average", 18.4)]


def test_a_regions_equivalent_is_its_benchmark():
    text = ("In the 2021 Census, 19.7% of residents identified with an ethnic group other than White British, up from "
            "14.2% in 2011; the North West equivalent is 17.8% and England's is 26.5%.")
    assert _pairs(text) == [(19.7, "regional average", 17.8), (19.7, "England average", 26.5)]


def test_phrases_match_with_a_typographic_apostrophe_and_a_citation_after_a_bare_number():
    text = ("Female life expectancy of 84.6 years is in line with London (84.5 years); for men the borough figure is "
            "79.4 years, below London\u2019s 80.3.")
    assert _relations(text) == [(84.6, 84.5, "similar"), (79.4, 80.3, "lower")]
    text = ("Permanent admissions of people aged 65 and over were 612.4 per 100,000, higher than the England average "
            "of 560.8 (ASCOF, 2022-23).")
    assert _cited(text) == [(612.4, "ASCOF", "ASCOF, 2022-23")]


def test_london_as_a_whole_and_england_at_joined_after_it():
    text = "Only 10.9% of residents are aged 65 and over. London as a whole sits at 11.9%, and England at 18.4%."
    assert _pairs(text) == [(10.9, "London average", 11.9), (10.9, "England average", 18.4)]
    text = ("The city has a younger age profile than England as a whole: 23% of residents are under 18, 65% are of "
            "working age and 12% are aged 65 and over.")
    assert _pairs(text) == []  # 'than England as a whole:' introduces the council's figures


def test_a_possessive_benchmark_naming_its_measure():
    text = "England's rate of residents giving 50 or more hours of unpaid care a week is 2.6%; in Mardale it is 3.9%."
    assert _pairs(text) == [(3.9, "England average", 2.6)]


def test_a_direction_named_against_the_national_picture_holds_for_the_england_figures():
    text = ("Healthy life expectancy is close to the national picture, at 64.0 years for women and 62.9 years for men "
            "against 63.9 and 62.4 years for England.")
    assert _relations(text) == [(64.0, 63.9, "similar"), (62.9, 62.4, "similar")]
    text = "Older residents form a smaller share than nationally: 16.2% are aged 65 or over, set against 18.4% for England."
    assert _relations(text) == [(16.2, 18.4, "lower")]


def test_token_patterns_take_a_typographic_apostrophe_too():
    straight = "Waits averaged 12 weeks, against 9 weeks among Thornwick's CIPFA comparator group."
    assert _pairs(straight) == _pairs(straight.replace("'", "\u2019")) == [(12.0, "comparator group average", 9.0)]


def test_of_several_earlier_figures_the_one_whose_measure_the_benchmark_sentence_names():
    """The benchmark sentence names the measure of the first figure, not the last."""
    text = ("In 2021, 9.8% of residents gave unpaid care, and 2.9% did so for 50 or more hours a week. "
            "The share giving any unpaid care is above the England average of 8.9%.")
    assert _pairs(text) == [(9.8, "England average", 8.9)]
    # naming no figure's words ('female' is not 'women'), the last is taken with a warning, as before
    text = ("Life expectancy is 77.6 years for men and 81.2 years for women. "
            "Female life expectancy is below the England figure of 83.1 years.")
    assert _pairs(text) == [(81.2, "England average", 83.1)]


def test_a_benchmark_clause_ending_on_an_unread_number_takes_no_figure_from_the_next_clause():
    """'... can expect to live to 80.2;' is the council's figure though no rule reads it: the next
    clause's figure (the women's) is not taken for the men's benchmark."""
    text = ("Set against an England figure of 79.3 years, men in the borough can expect to live to 80.2; "
            "women, to 83.9 years, against 83.2 nationally.")
    assert _pairs(text) == [(83.9, "national average", 83.2)]


def test_a_bracketed_figure_after_another_place_is_not_the_councils():
    """'than in neighbouring Kirkholt (22.8%)' is Kirkholt's figure; the council's own name is not another place."""
    text = ("Some 31.4% of residents belong to ethnic minority groups; it is also a larger share than in "
            "neighbouring Kirkholt (22.8%). The proportion for England is 26.5% (Census 2021).")
    linked = link_comparisons(*analyse(text), "Thornleigh Metropolitan Borough Council")[0]
    assert [(c.value.value, c.bench.key, c.figure.value) for c in linked] == [(31.4, "England average", 26.5)]
    own = text.replace("neighbouring Kirkholt (22.8%)", "neighbouring Thornleigh (22.8%)")
    linked = link_comparisons(*analyse(own), "Thornleigh Metropolitan Borough Council")[0]
    assert [(c.value.value, c.figure.value) for c in linked] == [(22.8, 26.5)]


def test_a_benchmark_sentence_naming_another_measure_takes_no_earlier_figure():
    """Of two figures before, neither is the measure the benchmark sentence names: no pairing."""
    text = ("Some 21.0% of households are overcrowded, twice the London rate of 11.1%, and 7.5 per cent of "
            "working-age residents claim benefits, against 5.1 per cent across London. The proportion of "
            "residents reporting bad or very bad health is in line with the London figure of 4.6 per cent.")
    assert (7.5, "London average", 4.6) not in _pairs(text)
    assert (21.0, "London average", 4.6) not in _pairs(text)


def test_a_gap_before_expectation_words_is_not_the_scaled_count():
    """'around 1,400 more than ... would predict (6,900)': 1,400 is the gap; the bracketed count is the benchmark's."""
    text = ("Some 8,300 people are aged 90 or over, around 1,400 more than England's age profile would predict (6,900).")
    assert _pairs(text) == [(8300.0, "England average (scaled to population)", 6900.0)]


def test_places_named_after_than_and_listed_with_a_place_word():
    """'older than in England or the region: 23.1% ...' introduces the council's figure; '... (9.0%)
    and in England (8.9%)' lists a second benchmark."""
    text = ("More residents are older than in England or the region: 23.1% are aged 65 or over, compared "
            "with 18.6% across England and 19.9% in the East Midlands (Census 2021).")
    assert _pairs(text) == [(23.1, "England average", 18.6), (23.1, "regional average", 19.9)]
    text = "Some 9.7% of residents provide unpaid care, higher than in the East Midlands (9.0%) and in England (8.9%)."
    assert _pairs(text) == [(9.7, "regional average", 9.0), (9.7, "England average", 8.9)]


def test_a_next_sentence_on_the_council_whose_measure_words_lead_to_its_first_figure():
    text = ("In England as a whole, 5.2% of people describe their health as bad or very bad. In Tollmouth "
            "the proportion is 6.9%, rising above 10% in parts of the east of the city.")
    assert _located(text) == [(6.9, 5.2, None, None, "next sentence")]
    # with two figures and no measure words leading to the first, no choice is made
    text = ("In England as a whole, 5.2% of people describe their health as bad. In Tollmouth, 6.9% do so, "
            "rising above 10% in parts of the city.")
    assert _located(text) == []


def test_less_or_more_and_an_adjective_state_a_direction():
    text = ("The borough is less ethnically diverse than England as a whole: 6.8% of residents identify with "
            "an ethnic minority group, while the figure for England is 19.0%.")
    assert _relations(text) == [(6.8, 19.0, "lower")]
    assert _relations("Carers were less satisfied than carers nationally (31% against 36%).") == [(31.0, 36.0, "lower")]
    assert _relations("Residents were more satisfied than the England average (68% against 64%).") == [(68.0, 64.0, "higher")]


def test_relation_words_about_something_else_state_no_direction():
    # 'under the Equality Act' takes no benchmark; 'a third of' sizes the figure ('little more than' is its amount)
    text = "Some 18.9% of residents are disabled under the Equality Act, while nationally the proportion is 17.3%."
    assert _relations(text) == [(18.9, 17.3, None)]
    text = "At 6.8 per cent, the share is little more than a third of the national figure (19.0%)."
    assert _relations(text) == [(6.8, 19.0, "lower")]
    # a direction leading into a benchmark in the clause before says nothing of the next clause's benchmark
    text = ("At 34.7%, the proportion of residents from ethnic minority backgrounds is higher than in the West "
            "Midlands (22.8%); the figure for England is 19.0%.")
    assert _relations(text) == [(34.7, 22.8, "higher"), (34.7, 19.0, None)]


def test_a_figure_compared_within_the_clause_is_not_the_councils():
    text = ("Staff from minority ethnic backgrounds made up 38 per cent of the workforce, roughly double their share "
            "of the local working-age population (19%) and above the England figure for care staff of 27%.")
    assert _pairs(text) == [(38.0, "England average", 27.0)]


def test_a_benchmark_sentence_with_its_own_figures_takes_none_from_the_sentence_before():
    text = ("Across England, 18.4% are aged 65 or over; here it is 17.6%. Around a quarter of residents (24.6%) are "
            "from ethnic minority groups, mostly of Pakistani and Indian heritage (14.9% and 3.7% respectively); this "
            "is roughly double the regional proportion of 12.7%.")
    assert all(value != 17.6 for value, _, figure in _pairs(text) if figure == 12.7)


def test_a_degree_before_a_relation_is_not_a_level():
    text = ("Residents from ethnic minority groups make up 16.1% of the population, higher than the South West "
            "average of 6.9% but a little below England's 18.3%.")
    assert _relations(text) == [(16.1, 6.9, "higher"), (16.1, 18.3, "lower")]


def test_a_comparative_with_words_before_than_leads_into_a_colon():
    text = ("Fewer people than nationally found it easy to get information: 58.4% against an England average of "
            "67.1% (ASCS, 2024).")
    assert _relations(text) == [(58.4, 67.1, "lower")]
    text = ("Older people make up a bigger share of the population than in the country as a whole: 21.4% of "
            "residents are aged 65 and over compared with 18.4% nationally, and the North East figure is 20.1%.")
    assert _relations(text) == [(21.4, 18.4, "higher"), (21.4, 20.1, None)]


def test_breakdowns_and_long_lists_are_not_the_councils_figure():
    text = ("Around 34.5% of residents are from ethnic minority groups, mainly of Pakistani and Indian heritage "
            "(22.1% and 4.6% respectively), which is almost twice the England proportion of 18.3%.")
    assert _pairs(text) == [(34.5, "England average", 18.3)]
    text = ("Ethnic minority groups make up 22.3% of the population; the largest is Pakistani (11.6%), followed by "
            "Indian (2.9%) and mixed (2.4%). Across England the equivalent proportion is 18.3%.")
    assert _pairs(text) == []


def test_benchmark_lists_after_a_possessive_or_a_comma():
    text = ("Male life expectancy of 77.8 years and female life expectancy of 81.6 years are both below England's "
            "(79.3 and 83.2 years).")
    assert _pairs(text) == [(77.8, "England average", 79.3), (81.6, "England average", 83.2)]
    text = "Residents in bad or very bad health: 7.7%. Regional figure 6.9%, England 5.2% (Census 2021)."
    assert _pairs(text) == [(7.7, "regional average", 6.9), (7.7, "England average", 5.2)]


def test_lists_of_four_a_terse_list_and_a_scaled_count_in_the_next_sentence():
    text = ("Life expectancy at birth is 80.6 years for men and 84.1 years for women, and healthy life expectancy is "
            "65.2 and 66.0 years respectively; the corresponding England figures are 79.3, 83.2, 63.1 and 63.9 years.")
    assert _pairs(text) == [(80.6, "England average", 79.3), (84.1, "England average", 83.2),
                            (65.2, "England average", 63.1), (66.0, "England average", 63.9)]
    terse = "Aged 65 and over: England 18.4%, North East 20.8%; Kirkholt 20.1%."
    assert [(c.value.value, c.figure.value) for c in link_comparisons(*analyse(terse), "Kirkholt Council")[0]] \
        == [(20.1, 18.4), (20.1, 20.8)]
    assert link_comparisons(*analyse(terse), "Oakshire County Council")[0] == []  # another place's figure
    text = ("In the 2021 Census, 9,870 residents said they provided 20 or more hours of unpaid care each week. Had the "
            "borough matched the England rate, the figure would be nearer 8,600.")
    assert _relations(text) == [(9870.0, 8600.0, None)]


def test_a_benchmarks_figures_for_two_groups_are_not_the_councils():
    text = "Life expectancy at birth: England 79.3 years (men), 83.2 years (women)."
    assert _pairs(text) == []
    text = "Against an England average of 87.1%, 80.6% of people said they felt safe."
    assert _pairs(text) == [(80.6, "England average", 87.1)]


def test_one_figure_named_by_two_wordings_of_one_benchmark_counts_once():
    text = ("Compared with England, the borough has a small ethnic minority population: 11.3% against 19.0% "
            "nationally, most of them of Pakistani heritage.")
    assert _pairs(text) == [(11.3, "national average", 19.0)]  # once, named by the wording right after its figure


def test_two_numbers_without_units_against_a_trailing_pair():
    text = "Men in the borough can expect to live to 77.4 and women to 81.2, compared with 79.3 and 83.2 years in England."
    assert _pairs(text) == [(77.4, "England average", 79.3), (81.2, "England average", 83.2)]
    text = "Life expectancy is 77.4 years, compared with 79.3 and 83.2 years in England."
    assert _pairs(text) == []  # one council figure for two benchmark figures: no guess


def test_benchmarks_first_then_the_council_and_a_plural_benchmark_with_which_are():
    text = ("Nationally, 8.9% of people aged five and over provide unpaid care. In Oakshire the proportion is higher, "
            "at 9.7%, and it rises to 15.0% among residents aged 50 to 64.")
    assert _located(text) == [(9.7, 8.9, "higher", None, "next sentence")]  # 'higher' refers back to the benchmark
    text = ("Life expectancy is 79.8 years for men and 84.0 years for women. Both are close to the London averages, "
            "which are 80.3 and 84.3 years respectively.")
    assert _relations(text) == [(79.8, 80.3, "similar"), (84.0, 84.3, "similar")]
    text = "More than one resident in four (26.9%) is aged 65 or over; the England figure is 18.4% and the South West's 22.9%."
    assert _pairs(text) == [(26.9, "England average", 18.4), (26.9, "regional average", 22.9)]


def test_the_comparable_figures_restate_the_measure():
    text = ("7.8% of residents describe their health as bad; the comparable figures are 6.0% for the North West and "
            "5.2% for England (Census 2021).")
    assert all(relation is None for _, _, relation in _relations(text))


def test_a_benchmark_list_in_brackets_and_an_unrelated_relation_word_before():
    text = ("Some 41.8% of residents belong to ethnic minority groups (London: 46.2%; England: 19.0%), with the largest "
            "communities being Indian (11.3%) and Black African (7.6%).")
    assert _pairs(text) == [(41.8, "London average", 46.2), (41.8, "England average", 19.0)]
    text = ("At the 2021 Census, 26.0% of residents were disabled under the Equality Act, the highest share in the "
            "North East, and 24.9% of residents held no qualifications, against 18.1% in England.")
    assert _pairs(text) == [(24.9, "England average", 18.1)]
    text = "Some 31.4% are from ethnic minority groups. The equivalent figure for the region was 19.1%; for England it was 26.5%."
    assert _pairs(text) == [(31.4, "regional average", 19.1), (31.4, "England average", 26.5)]


def test_two_benchmarks_then_two_figures_pair_in_order_and_although_ends_a_clause():
    text = ("Almost a third of residents (30.7%) are from minority ethnic groups. The corresponding figures for the "
            "South East and for England are 13.4% and 26.5%.")
    assert _pairs(text) == [(30.7, "regional average", 13.4), (30.7, "England average", 26.5)]
    text = ("Healthy life expectancy for women is 65.3 years, better than the national picture of 63.9 years, although "
            "men in the most deprived fifth can expect almost a decade less of good health than those elsewhere.")
    assert _relations(text) == [(65.3, 63.9, None)]


def test_review_cases_ages_benchmark_figures_and_malformed_numbers_are_not_figures():
    """Found by reviewing session 8's change: each had paired a number that is no council figure."""
    assert _pairs("The England average wait is 40 days and locally people aged 65 and over wait 45 days.") \
        == [(45.0, "England average", 40.0)]
    text = "Men live 76.2 years, below the regional figure of 77.5 years. England's figures are 78.9 and 82.8 years."
    assert (77.5, "England average", 82.8) not in _pairs(text)
    assert _pairs("The median wait was 45 days, compared with 4,0 for England.") == []  # malformed: no clean 40
    assert _pairs("Life expectancy is 81 years compared with 2019.") == []


def test_a_malformed_number_without_its_unit_is_never_read_clean():
    assert _pairs("Admissions were 21.3 per 100,000, close to England (20,9).") == []
    text = ("Around 11,800 residents have a limiting disability. If the borough matched the England rate, the figure "
            "would be nearer 21,000, a gap that reflects its young population.")
    assert [(c.figure.value, c.figure.text) for c in _linked(text)] == [(21000.0, "21,000")]


def test_a_direction_leading_into_a_colon_holds_for_each_place_it_names():
    text = ("Grenholme is more ethnically diverse than both the region and England: 34.6% of residents are from ethnic "
            "minority groups, against 15.8% in Yorkshire and the Humber and 26.5% in England.")
    assert _relations(text) == [(34.6, 15.8, "higher"), (34.6, 26.5, "higher")]
    text = ("The share of people aged 65 and over is lower than both the regional and national figures: 14.1% against "
            "18.9% for Yorkshire and the Humber and 18.4% for England.")
    assert _relations(text) == [(14.1, 18.9, "lower"), (14.1, 18.4, "lower")]
    text = ("Older people make up a bigger share of the population than in the country as a whole: 21.4% of residents "
            "are aged 65 and over compared with 18.4% nationally, and the North East figure is 20.1%.")
    assert _relations(text) == [(21.4, 18.4, "higher"), (21.4, 20.1, None)]  # one place named: the region's is unstated
    text = ("A larger share of Ravensholt's residents are older than in England or the region: 23.6% are aged 65 or "
            "over, compared with 18.6% across England and 19.9% in the East Midlands.")
    # 'A larger share' is a comparative: its object is what follows its 'than' (both places), as the page's writer keyed
    assert _relations(text) == [(23.6, 18.6, "higher"), (23.6, 19.9, "higher")]


def test_a_benchmark_owning_the_population_before_it_and_the_councils_own_clause():
    text = ("Whereas 18.4% of England's population is aged 65 or over, in Dovercombe the figure is 21.9%, and in "
            "several coastal districts it exceeds 30%. For the South East as a whole the proportion is 19.4%.")
    assert _pairs(text, "Dovercombe County Council") == [(21.9, "England average", 18.4), (21.9, "regional average", 19.4)]
    text = ("With 18.4% of England's population aged 65 and over, Orlingham's figure of 22.9% is well above the "
            "national picture, and the proportion aged 85 and over (3.1%) also exceeds the England figure of 2.4%.")
    assert _relations(text, "Orlingham County Council") == [(22.9, 18.4, "higher"), (3.1, 2.4, "higher")]


def test_that_of_leads_into_a_benchmark_named_without_its_figure():
    text = ("The borough's age profile is close to that of England: 17.6% of residents are aged 65 or over (England "
            "18.4%), and 21.2% are children and young people aged 0 to 17, against 20.8% nationally.")
    assert _relations(text) == [(17.6, 18.4, "similar"), (21.2, 20.8, "similar")]


def test_a_benchmark_after_a_figure_in_words_takes_none_from_the_sentence_before():
    text = ("At 10.3 per cent, it exceeds both the North East figure (9.4 per cent) and that for England (7.3 per cent). "
            "One in five adults smokes, nearly double the national rate of 11.6%, and smoking accounts for the gap.")
    assert _pairs(text) == [(10.3, "regional average", 9.4), (10.3, "England average", 7.3)]


def test_a_sentence_opening_on_a_contrast_sets_the_benchmarks_figure_against_the_councils():
    text = ("Whereas 5.2% of residents in England describe their health as bad or very bad, in Ravensclough the "
            "proportion is 5.9%, and in parts of the three towns it is over 9%.")
    assert _pairs(text, "Ravensclough Council") == [(5.9, "England average", 5.2)]
    assert _pairs(text) == []  # the council unknown: no clause is known to be its own


def test_the_first_figure_of_a_clause_opening_on_another_benchmark_is_never_the_councils():
    text = ("Some 8.2% of working-age adults are economically inactive because of long-term sickness; for England that "
            "figure is 4.1%, and across the North East it is 5.9% (Census 2021).")
    assert _pairs(text) == [(8.2, "England average", 4.1), (8.2, "regional average", 5.9)]
    text = "Some 8.2% of adults are inactive; for England the count came to 4.1%, and across the North East it is 5.9%."
    assert (4.1, "regional average", 5.9) not in _pairs(text)


def test_the_equivalent_of_restates_the_councils_own_figure():
    text = ("412 people were on the waiting list when we visited, the equivalent of 168 per 100,000 adults; the England "
            "average is 282 per 100,000.")
    assert _pairs(text) == [(168.0, "England average", 282.0)]
    text = "In the South West the equivalent figure is 9.4%, and for England it is 10.1%."
    assert _pairs(text) == []


def test_a_direction_whose_object_names_no_benchmark_place_or_council_states_nothing():
    text = ("Unpaid carers were less positive about social services than the people they cared for: 29.4% of carers "
            "said they were satisfied, against 36.3% of carers in England and 35.2% across the North West.")
    assert _relations(text) == [(29.4, 36.3, None), (29.4, 35.2, None)]  # 36.3%, after 'against', is never the council's
    text = "The proportion of older people is higher than average: 22.9% are aged 65+, against an England average of 18.4%."
    assert _relations(text) == [(22.9, 18.4, "higher")]
    text = "Some 71% needed no further help. England's rate of 77.5% was higher than the borough's."
    assert _relations(text) == [(71.0, 77.5, "lower")]


def test_a_sentence_opening_on_an_earlier_time_holds_only_the_councils_past():
    text = ("People using direct payments made up 22.6% of those receiving long-term community support. Two years "
            "earlier the figure had stood at 19.8%. Nationally it is 26.2% (SALT 2023-24).")
    assert _pairs(text) == [(22.6, "national average", 26.2)]


def test_bare_places_after_a_dash_and_benchmarks_listed_with_their_figures_before_the_councils():
    assert _pairs("- 65+: 9.3% — London 11.9%, England 18.4%") == [(9.3, "London average", 11.9), (9.3, "England average", 18.4)]
    assert _pairs("- Non-white ethnic groups: 4.1% – South West 8.0%, England 19.0%") \
        == [(4.1, "regional average", 8.0), (4.1, "England average", 19.0)]
    text = ("Just over a quarter of residents (26.8%) are aged 65 or over. Compared with England (26.5%) and the South "
            "West (13.8%), a much smaller share of residents are from ethnic groups other than White British – 6.9%.")
    assert (6.9, "England average", 26.5) in _pairs(text) and (26.8, "England average", 26.5) not in _pairs(text)


def test_figures_listed_after_an_opening_benchmark_are_the_benchmarks():
    text = ("Nationally, 21.0% of people are under 18, 60.6% are aged 18 to 64 and 18.4% are 65 or older. "
            "Oldthwaite's figures are 23.1%, 59.7% and 17.2% respectively.")
    assert (60.6, "national average", 21.0) not in _pairs(text)
    assert _pairs("The England average is 36% and the local figure 28%.") == [(28.0, "England average", 36.0)]
    assert _pairs("The national figure for older people receiving reablement was 2.9%; in Ludbrook, 4.6%.") \
        == [(4.6, "national average", 2.9)]


def test_a_figure_after_a_benchmark_a_direction_leads_into_is_never_the_councils():
    text = ("The council paid a standard rate of £1,034 per week for residential care for older people, a little above "
            "the median for its CIPFA comparator group of £1,011, and £24.80 an hour for home care.")
    assert (24.8, "comparator group median", 1011.0) not in _pairs(text)
    text = "Life expectancy: 80.9 years for men and 84.6 for women, both about two years above England’s 78.9 and 82.8."
    assert _relations(text) == [(80.9, 78.9, "higher"), (84.6, 82.8, "higher")]
    text = ("People in Thornmere were less likely than the England average (69.2%) to say they felt safe, at 64.0%, "
            "while carers were more likely than the regional average (72.5%) to say so, at 75.3%.")
    assert _pairs(text) == [(64.0, "England average", 69.2), (75.3, "regional average", 72.5)]


def test_a_figure_recorded_years_earlier_is_the_councils_past():
    text = ("In 2023-24 the local authority received 6,912 safeguarding concerns, of which 1,204 (17%) led to an enquiry. "
            "Leaders told us this conversion rate was lower than the 31% recorded two years earlier. The conversion rate "
            "was also below the East Midlands average of 24% (SAC, 2023-24).")
    assert _pairs(text) == [(17.0, "regional average", 24.0)]


def test_a_benchmark_in_a_sentence_about_a_neighbour_takes_no_earlier_figure():
    text = ("People aged 65 and over account for 24.8% of residents, well above the national figure of 18.6%. Over "
            "19,000 residents are aged 85 or older. Only the neighbouring county of Harland has an older population in "
            "the region (27.1% aged 65 and over).")
    assert _pairs(text, "Lynchcombe County Council") == [(24.8, "national average", 18.6)]


def test_two_lists_set_against_each_other_after_a_benchmark_pair_in_order():
    text = "Both men and women live longer than the England average: 80.6 and 84.0 years, against 78.9 and 82.8."
    assert _relations(text) == [(80.6, 78.9, "higher"), (84.0, 82.8, "higher")]


def test_a_named_regions_plural_figures_pair_in_order():
    text = ("Children and young people under 18 account for 22.6% of the population, people of working age for 59.9% and "
            "those over 65 for 17.5%; the corresponding North West figures are 21.0%, 60.4% and 18.6%.")
    assert _pairs(text) == [(22.6, "regional average", 21.0), (59.9, "regional average", 60.4), (17.5, "regional average", 18.6)]
    text = ("Life expectancy is 80.4 years for men and 84.1 years for women; both are higher than the West Midlands "
            "figures (78.1 and 82.3 years).")
    assert _relations(text) == [(80.4, 78.1, "higher"), (84.1, 82.3, "higher")]


def test_a_trailing_name_after_a_number_printed_without_its_unit():
    assert _relations("Male life expectancy is 75.8 years, against 79.3 in England.") == [(75.8, 79.3, None)]


def test_two_benchmarks_the_second_an_average_for_the_councils_group_then_figures_respectively():
    text = ("The proportion of people receiving direct payments, 31 per cent, was higher than both the England average "
            "and the average for Linwater's CIPFA nearest neighbours, which were 26 per cent and 24 per cent "
            "respectively (SALT, 2023/24).")
    assert _pairs(text, "Linwater Council") == [(31.0, "England average", 26.0), (31.0, "comparator group average", 24.0)]


def test_a_trailing_group_after_a_places_possessive_and_a_cipfa_group():
    text = "Financial abuse accounted for 19 per cent of enquiries, compared with 16 per cent in the county's statistical neighbours."
    assert _pairs(text) == [(19.0, "comparator group average", 16.0)]
    text = "Carers who felt included in discussions: Kestermoor 63.5%, England 65.1%, CIPFA group 66.0%."
    assert _pairs(text) == [(63.5, "England average", 65.1), (63.5, "comparator group average", 66.0)]


def test_that_figure_restates_the_measure_and_compared_well_with_states_no_direction():
    text = ("Carers were less positive, with 51% saying information was easy to find. Nationally that figure stood at "
            "57.7% (SACE, 2021-22).")
    assert _pairs(text) == [(51.0, "national average", 57.7)]
    text = "Turnover was 26%, which compared unfavourably with the England average of 41%."
    assert [(c.value.value, c.figure.value, c.stated_relation, c.relation.text) for c in _linked(text)] \
        == [(26.0, 41.0, None, "compared unfavourably with")]


def test_a_median_named_before_the_measure_words_of_a_group():
    text = "Fees were £865 a week in 2024/25. The median weekly fee paid by comparator councils was £842, and providers accepted it."
    assert _pairs(text) == [(865.0, "comparator group median", 842.0)]


def test_two_names_of_one_benchmark_joined_by_of_are_one():
    text = ("Direct payments were used by 24% of people receiving long-term support. In the council's comparator group of "
            "similar councils the figure was 28.6% (SALT, 2021-22).")
    assert _pairs(text) == [(24.0, "comparator group average", 28.6)]


def test_a_benchmark_with_its_own_measure_then_the_council_in_the_next_sentence():
    text = "The England figure for older people receiving reablement is 2.8%. In Oakhurst it was 3.6% (ASCOF, 2022-23)."
    assert _pairs(text, "Oakhurst") == [(3.6, "England average", 2.8)]


def test_a_figure_paid_by_a_councils_group():
    text = ("The standard home care rate was £21.86 an hour, which providers pointed out was below the £23.40 paid on "
            "average by Ravensholt's CIPFA nearest neighbours.")
    assert _relations(text) == [(21.86, 23.4, "lower")]


def test_benchmark_numbers_without_a_unit_in_a_sentence_opening_on_the_one_before():
    text = ("The council made 598 permanent admissions, a rate of 742.5 per 100,000 people in that age group. This was "
            "higher than both the North West average of 671.3 and the England average of 568.5 (ASCOF, 2023-24).")
    assert _pairs(text) == [(742.5, "regional average", 671.3), (742.5, "England average", 568.5)]


def test_a_council_number_without_its_unit_before_relation_words():
    text = "The average number of sickness days per care worker was 7.6, which was broadly comparable with England (5.2 days)."
    assert _relations(text) == [(7.6, 5.2, "similar")]


def test_bracketed_parts_after_breakdown_words_are_not_the_figure_compared_next():
    text = ("Around 15.8% of the population is from an ethnic minority background, mostly of Pakistani (6.9%) and "
            "Bangladeshi (2.7%) heritage. That share is higher than the North West (14.6%) but below England (19.0%).")
    assert _relations(text) == [(15.8, 14.6, "higher"), (15.8, 19.0, "lower")]


def test_a_direction_right_before_a_colon_holds_for_the_comparison_after_it():
    text = "Satisfaction among unpaid carers lagged behind: 30.6% were satisfied, against 36.3% nationally (SACE, 2023-24)."
    assert _relations(text) == [(30.6, 36.3, "lower")]


def test_the_measure_a_benchmark_names_is_read_in_its_own_clause_only():
    text = ("The council received 6,214 safeguarding concerns, a rise of 14% on the year before, and 1,163 of these "
            "(18.7%) led to a Section 42 enquiry. Most of the remainder were closed with advice. The conversion rate "
            "across England was 30.0%, while Thornwick's rate of concerns, 1,088 per 100,000 adults, sat below the "
            "West Midlands figure of 1,246 per 100,000.")
    assert _pairs(text, "Thornwick") == [(18.7, "England average", 30.0), (1088.0, "regional average", 1246.0)]


def test_a_trailing_place_as_a_whole_before_a_citation():
    text = ("Around 58% of residents are from ethnic minority groups, compared with 46.2% in London as a whole "
            "(Census 2021).")
    assert _pairs(text) == [(58.0, "London average", 46.2)]


def test_a_place_then_it_was_opens_a_clause_on_its_own_figure():
    text = "Control over daily life was 73.2% (ASCS, 2023-24); in London it was 72.0% and in England 77.0%."
    assert _pairs(text) == [(73.2, "London average", 72.0), (73.2, "England average", 77.0)]
    text = "Uptake was 19.8% of people; the regional average was 24.6% and in England it was 26.2%."
    assert _pairs(text) == [(19.8, "regional average", 24.6), (19.8, "England average", 26.2)]


def test_a_direction_leading_into_a_place_then_where_and_its_figure_refers_back():
    text = ("The council received 2,615 concerns, of which 498 (19%) led to an enquiry. The conversion rate was lower "
            "than in London, where 29% of concerns proceeded to an enquiry.")
    assert _relations(text) == [(19.0, 29.0, "lower")]


def test_a_table_saved_one_cell_a_line_gives_a_comparison_per_row_and_benchmark_column():
    from pipeline.atoms import analyse
    from pipeline.comparison_tables import table_comparisons
    text = ("Social work workforce, 2023/24 (Skills for Care, ASC-WDS)\nMeasure\nHallamore\nSouth East\nEngland\n"
            "Vacancy rate\n17.9%\n11.6%\n10.2%\nTurnover rate\n18.4%\n16.3%\n17.1%\nVacancies were well above both benchmarks.")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.bench.key, c.figure.value, c.source.key, c.metric) for c in found] == [
        (17.9, "regional average", 11.6, "ASC-WDS", "Vacancy rate"), (17.9, "England average", 10.2, "ASC-WDS", "Vacancy rate"),
        (18.4, "regional average", 16.3, "ASC-WDS", "Turnover rate"), (18.4, "England average", 17.1, "ASC-WDS", "Turnover rate")]
    assert found[0].sentence == "Vacancy rate\n17.9%\n11.6%\n10.2%"


def test_a_line_under_a_table_naming_two_data_sets_cites_no_row():
    from pipeline.atoms import analyse
    from pipeline.comparison_tables import table_comparisons
    text = ("| Measure | Marrowby | England |\n| --- | --- | --- |\n| Social contact (people) | 39.2% | 45.6% |\n"
            "| Social contact (carers) | 24.0% | 30.0% |\nSource: Adult Social Care Survey 2023-24; Survey of Adult Carers in England 2023-24\n")
    assert [(c.value.value, c.source) for c in table_comparisons(text, *_atoms_and_sentences(text))] == [(39.2, None), (24.0, None)]


def test_further_behind_a_place_at_its_figure_and_a_group_who_averaged_a_figure():
    text = ("65.8 per cent of people said they felt safe, a shade under the London figure of 67.3 per cent and further "
            "behind England at 71.1 per cent (ASCS, 2023-24).")
    assert _relations(text) == [(65.8, 67.3, "lower"), (65.8, 71.1, "lower")]
    text = "9.6% were readmitted within 30 days, worse than statistical neighbours, who averaged 7.2%."
    assert _relations(text) == [(9.6, 7.2, None)]
    text = "Reviews had fallen behind: 41% of people had been reviewed, against 59% nationally (SALT, 2023/24)."
    assert _relations(text) == [(41.0, 59.0, None)]  # behind schedule, not behind England


def test_a_median_among_cipfa_comparator_authorities_and_a_place_then_its_median_measure():
    text = "The median wait was 61 days, more than twice the median of 27 days among the council's CIPFA comparator authorities."
    assert _pairs(text) == [(61.0, "comparator group median", 27.0)]
    text = "The median wait for an assessment was 11 weeks. Across London the median wait was 7 weeks."
    assert _pairs(text) == [(11.0, "London median", 7.0)]


def test_a_median_opening_the_phrase_of_a_benchmark_a_few_words_before_it():
    text = ("Its standard rate for home care was £23.40 an hour, and the median rate paid by councils in the region "
            "was £22.85.")
    assert _pairs(text) == [(23.4, "regional median", 22.85)]


def test_a_place_restating_the_measure_for_a_group_owns_its_figure():
    text = ("Children under 18 account for 21.0% of residents, close to England's 20.8%, while 19.3 per cent are aged 65 "
            "or over. Across Yorkshire and the Humber the figure for over-65s is 19.0 per cent.")
    assert _pairs(text) == [(21.0, "England average", 20.8), (19.3, "regional average", 19.0)]


def test_benchmark_numbers_without_a_unit_take_the_quantity_the_relation_words_follow():
    text = ("In the 12 months to March 2025 an average of 54 people a day were delayed in hospital for reasons involving "
            "social care – a rate of 21.8 per 100,000 adults, higher than the North West average of 14.9 and nearly twice "
            "the England rate of 11.3.")
    assert _relations(text) == [(21.8, 14.9, "higher"), (21.8, 11.3, "higher")]


def test_a_benchmark_then_a_plural_noun_and_its_figures_pair_in_order():
    text = ("Of residents aged five and over, 10.4% provide some unpaid care and 3.5% provide 50 or more hours a week; "
            "for England these proportions are 8.9% and 2.2%.")
    assert _pairs(text) == [(10.4, "England average", 8.9), (3.5, "England average", 2.2)]


def test_a_table_with_pipes_between_cells_only():
    from pipeline.atoms import analyse
    from pipeline.comparison_tables import table_comparisons
    text = ("Census 2021 figures provided by the local authority:\nIndicator | Hendlebury | England\n"
            "Residents aged 65+ | 14.7% | 18.4%\nBad or very bad health | 8.9% | 5.2%\nMen in the city live longer.\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.figure.value, c.source.key, c.metric) for c in found] == [
        (14.7, 18.4, "Census", "Residents aged 65+"), (8.9, 5.2, "Census", "Bad or very bad health")]
    assert text[found[0].value.start:found[0].value.end] == "14.7%"


def test_a_standard_rate_is_a_price_not_a_target():
    text = "The local authority paid a standard rate of £23.80 per hour for home care, which was below the England median of £25.35."
    assert _relations(text) == [(23.8, 25.35, "lower")]


def test_breakdown_words_and_the_councils_past_in_another_clause():
    text = ("28.4% of Kestonbury residents are from ethnic minority groups, the largest of which is Asian or Asian British "
            "(14.2%). This is well above the East Midlands figure of 16.7% (Census 2021).")
    assert _relations(text) == [(28.4, 16.7, "higher")]
    text = ("71.8% went on to need no ongoing support, which, while an improvement on the council's own figure of 66.0% "
            "the year before, remained below both the England average of 79.6% and the regional average of 78.1%.")
    assert _relations(text) == [(71.8, 79.6, "lower"), (71.8, 78.1, "lower")]


def test_a_benchmark_opening_a_clause_on_its_measure_and_the_council_after_it():
    text = "Nationally, turnover among local authority social workers stood at 14.3%; in Whitmoor it was 19.4% (ASC-WDS, 2023/24)."
    assert _pairs(text, "Whitmoor") == [(19.4, "national average", 14.3)]
    text = ("The directorate delivered £7.1 million (77%). Nationally, councils reported overspending their adult social care "
            "budgets by an average of 4.2% in 2023/24.")
    assert _pairs(text) == []  # its own measure: no council figure from the sentence before
    text = "Just 22.8% were satisfied with social services; the figure for London was 30.0% (SACE, 2023-24)."
    assert _pairs(text) == [(22.8, "London average", 30.0)]
    text = "Discharges to the usual place of residence were 93.8%. Nationally this stood at 92.9%."
    assert _pairs(text) == [(93.8, "national average", 92.9)]


def test_a_table_with_cells_between_tabs():
    from pipeline.atoms import analyse
    from pipeline.comparison_tables import table_comparisons
    text = "Indicator\tMarlstone\tWest Midlands\tEngland\nVacancy rate\t11.9%\t9.6%\t8.1%\nSource: ASC-WDS 2023/24\n"
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.bench.key, c.figure.value, c.source.key) for c in found] == [
        (11.9, "regional average", 9.6, "ASC-WDS"), (11.9, "England average", 8.1, "ASC-WDS")]


def test_a_saved_page_keeps_the_tabs_between_table_cells(tmp_path):
    from conftest import mini_report, statement_section
    from pipeline.extract import extract_path
    from pipeline.ingest import normalise
    table = "Indicator\tMarlstone\tWest Midlands\tEngland\nVacancy rate\t11.9%\t9.6%\t8.1%\nSource: ASC-WDS 2023/24"
    page = tmp_path / "marlstone.txt"
    page.write_text(mini_report("Marlstone City Council", statements=[
        statement_section("Care provision, integration and continuity", 2, table)]), encoding="utf-8")
    found = extract_path(page)
    assert [(c["value"], c["comparator"], c["comparator_value"], c["source"]) for c in found.tables["comparisons"]] == [
        (11.9, "regional average", 9.6, "ASC-WDS"), (11.9, "England average", 8.1, "ASC-WDS")]
    assert normalise("Score:\t3\n\tindented\n") == "Score: 3\n indented\n"  # a tab elsewhere is a space


def test_table_figures_printed_without_the_unit_their_row_label_names():
    from pipeline.comparison_tables import table_comparisons
    text = ("| Measure (ASCOF, 2023-24) | Wyvernsea | Statistical neighbours | England |\n|---|---|---|---|\n"
            "| Admissions of adults aged 18-64 to care homes, per 100,000 | 21.3 | 15.8 | 14.6 |\n"
            "| Average sickness days per worker | 6.9 | 5.2 | 5.4 |\n"
            "| People aged 18-64 years in paid work | 5.1 | 6.0 | 4.8 |\n"
            "| Care homes rated good | 71 | 2024 | 75 |\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.value.key, c.bench.key, c.figure.value) for c in found] == [
        (21.3, "per 100,000", "comparator group average", 15.8), (21.3, "per 100,000", "England average", 14.6),
        (6.9, "days", "comparator group average", 5.2), (6.9, "days", "England average", 5.4)]  # an age is no unit; no unit, no figure


def test_a_table_header_naming_a_regions_median():
    from pipeline.comparison_tables import table_comparisons
    text = ("| Type of care | Corvenham | West Midlands median | England median |\n|---|---|---|---|\n"
            "| Home care, per hour | £23.18 | £23.60 | £24.35 |\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.bench.key, c.figure.value) for c in found] == [
        (23.18, "regional median", 23.6), (23.18, "England median", 24.35)]


def test_a_relation_word_in_a_hyphenated_compound_states_nothing():
    text = ("The median wait was still 41 days, against a median of 28 days across its CIPFA nearest neighbours, and some "
            "people with lower-level needs had waited more than six months.")
    assert _relations(text) == [(41.0, 28.0, None)]


def test_the_councils_past_is_never_its_figure_for_a_benchmark():
    text = ("Council staff took an average of 9.4 sick days in 2023/24, down from 12.1 days in 2022/23, which was in line "
            "with the England average of 6.9 days (ASC-WDS, 2023/24).")
    assert _pairs(text) == [(9.4, "England average", 6.9)]  # '12.1 days' is the council's past, never its figure


def test_a_benchmarks_listed_figures_are_never_the_council_figures_of_the_next():
    text = ("Satisfaction with care and support and the sense of control stood at 59.4% and 73.0% respectively. The London "
            "averages were 61.8% and 74.4% respectively, and the England averages 64.5% and 77.6% (ASCS 2023-24).")
    assert sorted(_pairs(text)) == [(59.4, "England average", 64.5), (59.4, "London average", 61.8),
                                    (73.0, "England average", 77.6), (73.0, "London average", 74.4)]
    text = ("Life expectancy at birth is 80.9 years for men and 84.6 years for women. Both figures have now recovered to "
            "their pre-pandemic levels. The comparable England figures are 79.3 and 83.2 years, and for the South West "
            "80.3 and 84.0 years.")
    assert _located(text) == [(80.9, 79.3, None, None, "earlier sentence"), (80.9, 80.3, None, None, "earlier sentence"),
                              (84.6, 83.2, None, None, "earlier sentence"), (84.6, 84.0, None, None, "earlier sentence")]
    text = ("Thornwick recorded 742 safeguarding concerns per 100,000 adults, more than its CIPFA comparator group's 598 per "
            "100,000 and England's 581 (Safeguarding Adults Collection, 2023-24).")
    assert _relations(text) == [(742.0, 598.0, "higher"), (742.0, 581.0, "higher")]


def test_relation_words_that_name_no_relation_and_lead_ins_the_figures_contradict():
    text = ("Turnover in Marlbeck was 31.4% compared with 28.3% across England (ASC-WDS 2022/23), and leaders had joined a "
            "Greater Manchester recruitment campaign.")
    assert _relations(text) == [(31.4, 28.3, None)]  # 'a Greater Manchester' is a name
    text = ("The scheme supported 1,240 people, around twice the number supported on average by similar schemes in the "
            "council's CIPFA comparator group (610 people).")
    assert _relations(text) == [(1240.0, 610.0, "higher")]  # 'similar schemes' describes the schemes
    text = ("Marlshire is less ethnically diverse than England as a whole: 91.8% of residents describe themselves as White, "
            "against 81.0% nationally (Census 2021).")
    assert _relations(text) == [(91.8, 81.0, None)]  # the lead-in sizes diversity, the figures the White share
    text = ("Grenholme is more ethnically diverse than England as a whole: 34.6% of residents are from ethnic minority "
            "groups, against 26.5% nationally (Census 2021).")
    assert _relations(text) == [(34.6, 26.5, "higher")]


def test_a_citation_after_the_full_stop_and_one_shared_by_the_comparisons_of_a_figure():
    text = ("Overall, 33.0% of carers in Aldersey reported being satisfied with social services. The figure nationally "
            "was 36.8%. (SACE 2023-24) Carers from ethnic minority groups told us they were rarely offered an assessment.")
    assert _cited(text) == [(33.0, "SACE", "SACE 2023-24")]
    sentences, _ = analyse(text)
    assert [s.text for s in sentences][1:] == ["The figure nationally was 36.8%. (SACE 2023-24)",
                                               "Carers from ethnic minority groups told us they were rarely offered an assessment."]
    text = ("86.5% of older people were still at home 91 days after leaving hospital into reablement, a stronger result than "
            "the England average of 83.8%. The East Midlands average was 84.9% (ASCOF, 2023-24).")
    assert [(c.value.value, c.figure.value, c.source.key, str(c.source_location)) for c in _linked(text)] == [
        (86.5, 83.8, "ASCOF", "same figure"), (86.5, 84.9, "ASCOF", "sentence")]


def test_names_sharing_one_plural_noun_are_two_benchmarks():
    text = "At 19.8%, uptake of direct payments remained below the regional and national averages (26.4% and 25.5%)."
    assert _relations(text) == [(19.8, 26.4, "lower"), (19.8, 25.5, "lower")]
    assert _pairs(text) == [(19.8, "regional average", 26.4), (19.8, "national average", 25.5)]
    text = ("Uptake of direct payments remained below the London and England averages (Quenby 19.8%; London 26.4%; "
            "England 25.5%, SALT 2023-24), and staff told us the process was slow.")
    assert _relations(text) == [(19.8, 26.4, "lower"), (19.8, 25.5, "lower")]
    text = "Waits were longer in London and England than in the region."
    assert _pairs(text) == []


def test_a_direction_without_object_in_the_council_sentence_after_the_benchmark():
    text = ("Nationally, 82.3% of older people discharged from hospital into reablement were still at home 91 days later. "
            "In Caddonfield the proportion was higher, at 86.0% (ASCOF 2022-23).")
    assert _relations(text) == [(86.0, 82.3, "higher")]
    text = ("Nationally, 82.3% of older people were still at home 91 days later. In Caddonfield the proportion was 86.0%, "
            "higher than in most of the region.")
    assert [r for r in _relations(text) if r[1] == 82.3] in ([], [(86.0, 82.3, None)])  # its direction has its own object


def test_a_time_written_in_words_is_a_figure_but_a_gap_is_not():
    text = ("People referred to the occupational therapy service waited eleven days on average for a first contact, "
            "against 6 days across England. Others waited forty-two days, against 28 days nationally.")
    assert _pairs(text) == [(11.0, "England average", 6.0), (42.0, "national average", 28.0)]
    text = "The median age is 49.5, nearly nine years above the England median of 40.7."
    assert all(value != 9.0 for value, _, _ in _pairs(text))
    text = "Life expectancy for women is 81.2 years. For women this is 1.9 years lower than the England average of 83.1 years."
    assert _relations(text) == [(81.2, 83.1, "lower")]


def test_a_benchmark_figure_set_off_by_commas_before_another_benchmark_is_its_own():
    text = ("Of older people discharged into reablement, 76.4% were still at home 91 days later; that left Harrowfield some "
            "way below both the England average, 83.8%, and the average for Yorkshire and the Humber, which stood at 81.2% "
            "(ASCOF, 2023-24).")
    assert _relations(text) == [(76.4, 83.8, "lower"), (76.4, 81.2, "lower")]


def test_a_place_opening_a_sentence_on_its_own_measure_owns_the_figure():
    text = ("Of 1,503 concerns, 436 (29%) led to a Section 42 enquiry. In London the conversion rate was 33% and across "
            "England 31% (Safeguarding Adults Collection, 2023-24).")
    assert _pairs(text) == [(29.0, "London average", 33.0), (29.0, "England average", 31.0)]


def test_tables_whose_unit_is_in_a_header_lined_up_by_spaces_or_saved_one_number_a_line():
    from pipeline.comparison_tables import table_comparisons
    text = ("Measure (% of respondents) | Ashcombe | London | England | Gap to England (pts)\n---|---|---|---|---\n"
            "Feel they have control over their daily life | 71.2 | 74.0 | 77.6 | -6.4\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.unit, c.bench.key, c.figure.value) for c in found] == [
        (71.2, "%", "London average", 74.0), (71.2, "%", "England average", 77.6)]
    text = ("Hospital discharge indicators                      Tarnwick    South West    England\n"
            "Average delay per delayed discharge (days)         2.9         1.8           1.3\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.unit, c.bench.key, c.figure.value) for c in found] == [
        (2.9, "days", "regional average", 1.8), (2.9, "days", "England average", 1.3)]
    text = ("Table 1: Section 42 enquiries (Safeguarding Adults Collection, 2023-24)\n\nMeasure\n\nPendlecombe\n\n"
            "North East\n\nEngland\n\nSection 42 enquiries started per 100,000 adults\n\n287\n\n341\n\n336\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.unit, c.bench.key, c.figure.value, c.source.key) for c in found] == [
        (287.0, "per 100,000", "regional average", 341.0, "SAC"), (287.0, "per 100,000", "England average", 336.0, "SAC")]
    text = "The report was good.  It was clear.  England was named.\nSo was London.  And 5%.  And 6%.\n"
    assert table_comparisons(text, *_atoms_and_sentences(text)) == []  # prose spaced after its stops is no table


def test_statistics_relations_and_citations_that_belong_to_another_part_of_the_sentence():
    text = ("The median time to a completed assessment was 31 days; the comparator group median, drawn from the local "
            "authority's CIPFA nearest neighbours, was 27 days.")
    assert _pairs(text) == [(31.0, "comparator group median", 27.0)]
    text = ("The proportion of people aged 65 and over (22.8%) is higher than the national average, and 3.2% of residents "
            "are aged 85 or older compared to 2.4% nationally.")
    assert _relations(text) == [(3.2, 2.4, None)]  # 'higher' is the 22.8%'s
    text = ("The England average for carers who found information helpful was 85.1% (SACE 2021-22), and Caddonfield's "
            "result was broadly similar at 84.3 per cent.")
    assert _sources(text) == [(84.3, "SACE")]
    text = "Carers were positive too: 44.1% said they were satisfied (SACE 2023-24), a shade over the regional figure of 41.9%."
    assert _relations(text) == [(44.1, 41.9, "higher")]


def test_a_direction_on_both_after_the_benchmarks_and_a_source_in_a_table_rows_label():
    from pipeline.comparison_tables import table_comparisons
    text = ("In 2023-24, 74.0% of people who completed a short-term service needed no further support. The equivalent "
            "England figure was 78.9%; Stenbridge therefore sat below both (ASCOF 2023-24).")
    assert _relations(text) == [(74.0, 78.9, "lower")]
    text = ("| Measure | Corranford | England | Difference |\n|---|---|---|---|\n"
            "| Carers satisfied with social services (SACE) | 31.7% | 36.3% | -4.6 |\n")
    assert [(c.value.value, c.source.key) for c in table_comparisons(text, *_atoms_and_sentences(text))] == [(31.7, "SACE")]


def test_benchmarks_after_a_semicolon_with_the_council_lower_than_either_and_a_neighbour_group():
    text = ("Just 61.3% of people who draw on care and support in Saltmere told the Adult Social Care Survey that they felt "
            "safe; the East of England figure was 70.6% and England's 71.1%, leaving Saltmere nearly ten points lower than "
            "either (ASCS 2023-24).")
    assert _relations(text, "Saltmere Borough Council") == [(61.3, 70.6, "lower"), (61.3, 71.1, "lower")]
    text = ("Satisfaction had risen to 70.2% (Adult Social Care Survey, 2023-24), from 61.0% two years earlier, against "
            "62.4% for the CIPFA nearest neighbour group and 64.5% in England.")
    assert _pairs(text) == [(70.2, "comparator group average", 62.4), (70.2, "England average", 64.5)]
    text = ("Life expectancy in Caddington is among the lowest in the region, at 76.4 years for men and 80.9 years for "
            "women. Against England figures of 79.3 and 83.2 years, this is a gap of 2.9 and 2.3 years respectively.")
    assert _pairs(text) == [(76.4, "England average", 79.3), (80.9, "England average", 83.2)]


def test_benchmarks_listed_with_their_measure_then_the_council_named_in_the_next_sentence():
    text = ("The England and London averages for carers who found it easy to find information and advice were 59.1% and "
            "53.8% respectively. In Tollingham the figure was 55.0%, lower than England but slightly above London "
            "(SACE 2023-24).")
    assert _relations(text, "London Borough of Tollingham") == [(55.0, 59.1, "lower"), (55.0, 53.8, "higher")]
    text = "Take-up of direct payments was low: 19.6% used a direct payment, below the 25.5% average of similar councils."
    assert _pairs(text) == [(19.6, "comparator group average", 25.5)]


def test_a_regions_figure_is_never_set_against_the_next_benchmarks():
    text = ("The proportion of carers who were consulted was 58.9%. In the East Midlands as a whole this was 64.0%, and in "
            "England 63.5% (SACE, 2023-24).")
    assert _pairs(text) == [(58.9, "regional average", 64.0), (58.9, "England average", 63.5)]
    text = "87.9% of people were still at home 91 days later. The North East figure was 82.0% and the national one 83.8%."
    assert _pairs(text) == [(87.9, "regional average", 82.0), (87.9, "national average", 83.8)]
    text = ("Of the people who completed short-term support, 81% needed no further support or support at a lower level, "
            "compared with 77.5% nationally (SALT 2023-24).")
    assert _relations(text) == [(81.0, 77.5, None)]


def test_a_source_line_without_its_colon():
    text = "Services helping people to feel safe: 83.4% (England 86.9%; North West 85.2%). Source ASCS 2023-24."
    assert _cited(text) == [(83.4, "ASCS", "ASCS 2023-24"), (83.4, "ASCS", "ASCS 2023-24")]


def test_a_list_lead_in_cites_every_bullet_even_after_a_bullet_of_two_sentences():
    text = ("Key facts about the borough's population (Census 2021 unless stated):\n\n"
            "- The ethnic minority population (21.3%) is smaller than England's (26.5%). The largest group is Indian (5.2%).\n"
            "- Unpaid carers: 8.1% of residents, a little under the national 8.9%\n")
    assert _sources(text) == [(21.3, "Census"), (8.1, "Census")]


def test_a_pair_joined_by_a_comma_after_its_group_and_a_place_after_the_measure_named_again():
    text = "Life expectancy at birth (75.4 years for men, 79.8 for women) trails the England averages of 79.3 and 83.2 years."
    assert _relations(text) == [(75.4, 79.3, "lower"), (79.8, 83.2, "lower")]
    text = "42.7% of residents are from ethnic minority groups, more than double the proportion in England (19.0%)."
    assert _relations(text) == [(42.7, 19.0, "higher")]


def test_two_lists_with_their_groups_after_a_benchmark_the_sentence_compares_with():
    text = ("Life expectancy is lower than in England for both sexes: 76.2 years for men and 80.4 years for women, against "
            "79.3 and 83.2 years.")
    assert _relations(text) == [(76.2, 79.3, "lower"), (80.4, 83.2, "lower")]
    text = ("Healthy life expectancy is close to the national picture, at 64.0 years for women and 62.9 years for men "
            "against 63.9 and 62.4 years for England.")
    assert _pairs(text) == [(64.0, "England average", 63.9), (62.9, "England average", 62.4)]


def test_lags_and_a_fraction_as_directions():
    text = "The employment rate for people aged 16 to 64 (70.1%) lags the England rate (75.7%)."
    assert _relations(text) == [(70.1, 75.7, "lower")]
    text = "3.1% of people are from an ethnic minority background, about a sixth of the England share (19.0%)."
    assert _relations(text) == [(3.1, 19.0, "lower")]


def test_a_benchmark_figure_in_a_relative_clause_is_its_own_not_the_council_figure_of_the_next():
    text = ("The proportion of residents aged 65 and over is 19.8%. That is a little higher than the England figure, which "
            "stood at 18.4% in the 2021 Census, and close to the picture across Yorkshire and the Humber (19.1%).")
    assert _relations(text) == [(19.8, 18.4, "higher"), (19.8, 19.1, "similar")]


def test_a_limit_a_standard_names_is_no_council_figure_and_a_possessive_opener_restates_the_median():
    text = ("The local authority had set itself a standard of completing Care Act assessments within 28 days of the initial "
            "contact; 44% of assessments met this standard in the year to September 2024. The median wait for a Care Act "
            "assessment across the county councils in Ashcombe's comparator group was 24 days. Ashcombe's median was 41 "
            "days at the time of our assessment, and the longest wait recorded was 212 days.")
    assert _pairs(text, "Ashcombe") == [(41.0, "comparator group median", 24.0)]


def test_two_places_listed_after_figures_for_take_their_figures_in_order():
    text = ("Just 3.1% of adults with a learning disability known to the local authority were in paid employment. "
            "The figures for London and England were 5.8% and 4.8% (ASCOF, 2023-24).")
    assert _pairs(text) == [(3.1, "London average", 5.8), (3.1, "England average", 4.8)]
    text = ("More than a quarter of residents (26.4 per cent) are aged 65 or over; the figures for the East Midlands and "
            "England are 19.6 per cent and 18.4 per cent respectively.")
    assert _pairs(text) == [(26.4, "regional average", 19.6), (26.4, "England average", 18.4)]


def test_a_benchmark_before_a_colon_named_again_with_its_figure_introduces_the_council_figure():
    text = ("Outcomes for older people leaving hospital outperformed both England and the region: 84.5% were still at home "
            "91 days after discharge into reablement, against 81.8% in England and 80.6% in the East of England.")
    assert _pairs(text) == [(84.5, "England average", 81.8), (84.5, "regional average", 80.6)]
    text = "Sickness absence averaged 8.4 days per employee in 2023-24, compared to 10.6 days across English councils."
    assert _pairs(text) == [(8.4, "England average", 10.6)]


def test_a_second_anaphor_sentence_refers_to_the_figure_the_first_one_did():
    text = ("22.4% of carers in Abbotsmere said they had as much social contact as they would like. This was lower than "
            "England (28.0%). It was also below the London average of 25.3% (SACE, 2023-24).")
    assert _relations(text) == [(22.4, 28.0, "lower"), (22.4, 25.3, "lower")]
    assert _sources(text) == [(22.4, "SACE"), (22.4, "SACE")]


def test_a_table_whose_title_names_the_unit_and_headers_that_name_a_statistic_in_brackets():
    from pipeline.comparison_tables import table_comparisons
    text = ("Life expectancy at birth (years)\n\n|  | Stourminster | West Midlands | England |\n\n| Men | 76.8 | 78.4 | 79.3 |\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.value.key, c.bench.key, c.figure.value) for c in found] == [
        (76.8, "years", "regional average", 78.4), (76.8, "years", "England average", 79.3)]
    text = ("| Measure | Brackendale | Similar councils (median) | England (average) |\n\n| Vacancy rate | 6.2% | 7.9% | 8.1% |\n")
    found = table_comparisons(text, *_atoms_and_sentences(text))
    assert [(c.value.value, c.bench.key, c.figure.value) for c in found] == [
        (6.2, "comparator group median", 7.9), (6.2, "England average", 8.1)]


def test_a_lead_in_comparative_whose_than_names_a_place_and_a_direction_alone_in_the_next_sentence():
    text = ("Fewer people in Cranmoor felt in control of their daily lives than elsewhere in the region: 72.9% against "
            "76.4% across the East Midlands (ASCS 2022-23).")
    assert _relations(text, "Cranmoor") == [(72.9, 76.4, "lower")]
    text = "Reablement: outcomes weaker. 79.0% still at home 91 days after discharge. England: 83.8%. Lower. Uptake was high."
    assert _relations(text) == [(79.0, 83.8, "lower")]


def test_an_age_is_no_rate_and_a_rate_wrapped_after_per_is_one():
    text = ("The local authority received 9,840 requests for support from new clients aged 65 and over per 100,000 "
            "population, against 12,450 per 100,000 for England (SALT, 2023-24).")
    assert _pairs(text) == []  # not '65 and over per 100,000' set against England's 12,450
    from pipeline.ingest import normalise
    text = normalise("At the time there were 412 nursing home beds per\n100,000 people aged 65 and over, compared to 468 "
                     "per 100,000 in England.\n")
    assert _pairs(text) == [(412.0, "England average", 468.0)]


def test_a_measure_named_before_a_trailing_place_and_an_answer_said_the_same_refer_back():
    text = ("The Safeguarding Adults Collection for 2023-24 recorded 3,745 safeguarding concerns, of which 1,012 (27%) led to "
            "Section 42 enquiries. The conversion rate in England was 31%.")
    assert _pairs(text) == [(27.0, "England average", 31.0)]
    text = ("Only 31.2% of carers were satisfied with the support they received from social services; nationally, 36.8% "
            "of carers said the same (SACE, 2023-24).")
    assert _pairs(text) == [(31.2, "national average", 36.8)]


def test_a_source_line_under_a_paragraph_cites_its_comparisons():
    text = ("Reablement outcomes were good. 86.4% of older people discharged from hospital into reablement were still at "
            "home 91 days later, compared with 83.0% in London and 83.8% in England. However the proportion offered "
            "reablement was smaller than in London, at 1.9% against a London average of 2.9%.\n"
            "Source: Adult Social Care Outcomes Framework (ASCOF), 2023-24\nLeaders recognised this.\n")
    assert _sources(text) == [(86.4, "ASCOF"), (86.4, "ASCOF"), (1.9, "ASCOF")]
    text = ("66.2% of people said they had enough choice over their care and support, which is above the North West "
            "average of 64.0% and the England average of 63.5%.\n\n  \u2022 Source: Adult Social Care Survey 2024-25\n")
    assert _sources(text) == [(66.2, "ASCS"), (66.2, "ASCS")]


def test_councils_in_a_region_and_a_median_shared_by_the_place_after_and():
    text = ("People waited a median of 41 days from first contact to the completion of an assessment. This was "
            "considerably longer than the median of 26 days across councils in Yorkshire and the Humber.")
    assert _pairs(text) == [(41.0, "regional median", 26.0)]
    text = ("The median time to the start of an assessment was 38 days. Across the North West the median was 26 days, "
            "and in England 29 days (CLD, 2023-24).")
    assert _pairs(text) == [(38.0, "regional median", 26.0), (38.0, "England median", 29.0)]



def test_a_second_bracketed_place_after_and_the_or_or_counts():
    text = ("Of older people discharged from hospital into reablement, 84.1% were still at home 91 days later, close to "
            "England (82.3%) and the South East (83.0%) (ASCOF 2B, 2022-23).")
    assert _relations(text) == [(84.1, 82.3, "similar"), (84.1, 83.0, "similar")]
    text = "Slightly fewer residents provide unpaid care (8.7 %) than in England (8.9 %) or the South East (9.1 %)."
    assert _pairs(text) == [(8.7, "England average", 8.9), (8.7, "regional average", 9.1)]


def test_an_approximate_answer_after_whereas_and_a_possessive_with_its_noun_left_out():
    text = ("Only 41% of people receiving long-term support had had a review in the previous 12 months (SALT, 2023-24), "
            "whereas across England around 57% had.")
    assert _pairs(text) == [(41.0, "England average", 57.0)]
    text = ("57.7% said it was easy to find information. Partners knew that across England some 4.7% of people provide "
            "20 or more hours of unpaid care a week.")
    assert _pairs(text) == []  # another measure: not the sentence before's figure
    text = "The regional figure for residents from ethnic minority groups is 6.9%. Tarnbridge's is lower, at 3.1%."
    assert _relations(text, "Tarnbridge") == [(3.1, 6.9, "lower")]


def test_the_past_after_linking_words_an_internal_comparator_and_morethan_sizing_the_past():
    text = ("The median time from request to completion was 41 days, which, while an improvement upon the 63 days recorded "
            "in the preceding year, remained appreciably higher than the median among the local authority's comparator "
            "group of similar councils, which stood at 27 days.")
    assert _relations(text) == [(41.0, 27.0, "higher")]
    text = ("Sickness absence averaged 11.2 days per employee in 2023-24. That was higher than in the council's other "
            "directorates (9.0 days) and than the England average for local authority staff of 9.6 days (ASC-WDS 2023/24).")
    assert (9.0, 9.6, "higher") not in _relations(text)  # the other directorates' 9.0 days is no council figure
    text = ("The local authority received 3,412 concerns in 2021-22, 18% morethan in the year before, which equated to "
            "1,104 concerns per 100,000 adults against an England rate of 957.")
    assert _relations(text) == [(1104.0, 957.0, None)]


def test_no_longer_is_no_relation_and_a_benchmark_of_the_clause_before_names_no_later_pair():
    text = ("People were discharged on average 0.6 days after they no longer met the criteria to reside in hospital, "
            "against a London average of 1.4 days.")
    assert _relations(text) == [(0.6, 1.4, None)]
    text = ("Healthy life expectancy for women was 57.9 years, four years below the England figure, and for men 58.3 years "
            "compared with 61.5 years nationally.")
    assert _pairs(text) == [(58.3, "national average", 61.5)]


def test_a_benchmark_clause_restating_the_measure_with_it_takes_the_figure_of_the_clause_before():
    text = ("Healthy life expectancy for women in the borough is 61.0 years; across London it is 64.3 years, and the gap "
            "is wider still for men (58.9 years).")
    assert _pairs(text) == [(61.0, "London average", 64.3)]


def test_no_council_figure_after_a_line_break_a_missing_stop_left_in_a_sentence():
    text = ("Nationally, 2.5% of people provide 50 or more hours of unpaid care a week\nThe borough is younger than many of "
            "its neighbours, with 22.9% of residents aged under 18.")
    assert (22.9, "national average", 2.5) not in _pairs(text)


def test_the_two_figures_not_statistically_different_is_similar():
    text = ("Just over six in ten people who used services (62.4%) were satisfied with their care and support. The England "
            "average was 63.5%, and the two figures were not statistically different (ASCS, 2023-24).")
    assert _relations(text) == [(62.4, 63.5, "similar")]
    text = "61.3% of carers found it easy to find information, statistically similar to England at 59.1% (SACE, 2023)."
    assert _relations(text) == [(61.3, 59.1, "similar")]


def test_a_sentence_that_is_only_a_citation_cites_the_comparison_before():
    text = ("Carers satisfied with social services: 33.0% \u2013 below Yorkshire and the Humber (35.8%) and England (36.3%). "
            "SACE 2023-24. Reviews in year: 52% of people.")
    assert _sources(text) == [(33.0, "SACE"), (33.0, "SACE")]


def test_a_figure_in_a_neighbouring_councils_clause_is_that_councils():
    text = ("People discharged on pathway 1 waited an average of 3.9 days for their care to begin, down from 5.8 days in "
            "2022-23. The West Midlands average was 2.6 days, and in neighbouring Hollowmere people waited 2.1 days.")
    assert _pairs(text, council="Cradmoor Metropolitan Borough Council") == [(3.9, "regional average", 2.6)]


def test_a_region_as_a_whole_is_the_region_not_england():
    text = ("The vacancy rate for the local authority's adult social care workforce stood at 5.8%. Comparator councils "
            "averaged 11.4%, and the East of England as a whole 9.9% (Skills for Care, ASC-WDS 2023-24).")
    assert _pairs(text) == [(5.8, "comparator group average", 11.4), (5.8, "regional average", 9.9)]


def test_a_plural_statistic_after_a_place_names_its_statistic():
    text = ("Home care and residential care fees paid by the local authority were £23.10 an hour and £1,012 a week "
            "respectively, compared with South West medians of £24.60 and £1,095.")
    assert _pairs(text) == [(23.1, "regional median", 24.6), (1012.0, "regional median", 1095.0)]
    text = "Rates were 12% and 30% respectively, compared with England averages of 10% and 25%."
    assert _pairs(text) == [(12.0, "England average", 10.0), (30.0, "England average", 25.0)]


def test_a_paragraph_of_one_sentence_links_to_the_one_sentence_paragraph_before():
    """A saved page's '<p>' per sentence: the benchmark in the next paragraph, both one prose sentence each."""
    text = ("National data showed that 58.9% of people who use services were satisfied with their care and support.\n\n"
            "This was below the England average of 62.4% (ASCS, 2023-24).\n\n"
            "74.8% of people said they felt they had control over their daily life.\n\n"
            "The equivalent figure nationally was 77.6% (ASCS, 2023-24).\n")
    assert _pairs(text) == [(58.9, "England average", 62.4), (74.8, "national average", 77.6)]
    text = ("National data showed that 58.9% of people who use services were satisfied, and 74.8% felt in control. Staff "
            "were positive.\n\nThe equivalent figure nationally was 77.6% (ASCS, 2023-24).\n")
    assert _pairs(text) == []  # the paragraph before is more than one sentence: not read across


def test_where_the_average_was_gives_the_benchmarks_figure():
    text = "People waited for home care to start an average of 19 days, similar to comparator councils, where the average was 12 days."
    assert _relations(text) == [(19.0, 12.0, "similar")]
    assert _pairs(text) == [(19.0, "comparator group average", 12.0)]


def test_a_group_that_showed_a_median_of_gives_its_figure():
    text = ("The median wait from referral to a completed assessment was 41 days. Benchmarking the local authority shared "
            "for its CIPFA comparator group showed a median of 27 days across those councils.")
    assert _pairs(text) == [(41.0, "comparator group median", 27.0)]


def test_councils_of_a_similar_type_had_on_average():
    text = ("Councils of a similar type had, on average, 81% of the complaints investigated by the Ombudsman upheld in "
            "2023-24; in Kingsmere the figure was 54% (LGSCO Annual Review 2023-24).")
    assert _pairs(text, council="Kingsmere Council") == [(54.0, "comparator group average", 81.0)]


def test_a_list_of_benchmark_figures_pairs_in_order_with_the_list_before():
    """'The corresponding figures across England were X and Y': the plural subject names a list, paired in order with
    the sentence before's two figures (not the last of them with X); across a sentence of one figure between."""
    text = ("The proportion of older people still at home 91 days after discharge, and the proportion offered reablement, "
            "were 85.9% and 3.4% respectively. The corresponding figures across England were 82.3% and 2.9% (ASCOF, 2022-23).")
    assert _pairs(text) == [(85.9, "England average", 82.3), (3.4, "England average", 2.9)]
    text = ("Life expectancy at birth is 76.2 years for men and 80.9 years for women. The gap in male life expectancy "
            "between the most and least deprived wards is 9.6 years. Across England, the equivalent figures are 79.4 and 83.1 years.")
    assert _pairs(text) == [(76.2, "England average", 79.4), (80.9, "England average", 83.1)]


def test_a_sentence_on_another_measure_takes_no_figure_from_the_sentence_before():
    text = ("64.2% of people who use services in Ravensmere said they felt as safe as they wanted, against 69.7% in England "
            "(ASCS, 2022-23). The survey's other safety measure, on whether services had helped people feel safe, was not "
            "published for Ravensmere because of a low number of responses; nationally it stood at 87.1%.")
    assert _pairs(text) == [(64.2, "England average", 69.7)]


def test_opposite_measures_across_sentences_are_not_paired():
    text = ("Of the 9,240 people receiving long-term support, 3,142 (34%) had not had a review in the previous 12 months. "
            "Nationally, 57% of people in long-term support received a review during the year (SALT, 2023-24).")
    assert _pairs(text) == []
    text = ("Some 71% of people who received short-term support needed no further help afterwards. England's rate of 77.5% "
            "was higher than the borough's, and leaders acknowledged that the reablement offer had not kept pace.")
    assert _pairs(text) == [(71.0, "England average", 77.5)]  # a negation elsewhere in the sentence is another clause's


def test_the_next_sentence_opening_on_the_council_with_its_own_benchmark_too():
    """'Nationally, 18.4% ... In Cheverell and Downs the proportion is higher, at 22.4%, and is also above the South East
    average of 19.4%': the next sentence's own benchmark takes the same figure, which is also the national one's, and
    the direction before it with no object is its relation to the benchmark before."""
    text = ("Nationally, 18.4% of the population is aged 65 or over. In Cheverell and Downs the proportion is higher, at "
            "22.4%, and is also above the South East average of 19.4%.")
    assert _relations(text, council="Cheverell and Downs Council") == [(22.4, 18.4, "higher"), (22.4, 19.4, "higher")]
    text = ("Nationally, 75.4% of older people were still at home 91 days later. In Sallowfield the equivalent figure was "
            "69.0%, and in the South West it was 78.1%.")
    assert _pairs(text, council="Sallowfield Council") == [(69.0, "national average", 75.4), (69.0, "regional average", 78.1)]


def test_words_bounding_an_age_state_no_relation():
    text = ("The borough has a younger population than average: 20.9% of residents are children under 16 (England 18.5%) "
            "and 16.1% are aged 65 or over (England 18.4%).")
    assert _relations(text) == [(20.9, 18.5, None), (16.1, 18.4, None)]


def test_which_is_statistically_similar_after_the_benchmarks_figure():
    text = ("When asked whether they had choice over their care, 66.8% of people in Merriford said they did. The England "
            "figure was 70.1%, which is statistically similar (ASCS, 2023-24).")
    assert _relations(text) == [(66.8, 70.1, "similar")]


def test_benchmarks_listed_together_share_the_council_figure_of_the_next_sentence():
    """'Across the North East, 38.1% ..., and across England 36.9%. Marlwick's figure, 33.0%, was lower than both': the
    England figure listed after the regional one takes the same council figure (not a partner's 61% before), and
    'lower than both' in the council's sentence is the relation to each."""
    text = ("The partner told us it had completed 61% of carers' assessments within 4 weeks of referral during 2024.\n"
            "Across the North East, 38.1% of carers reported being satisfied with social services, and across England "
            "36.9%. Marlwick's figure, 33.0%, was lower than both (SACE, 2023-24).")
    assert _relations(text, council="Marlwick Council") == [(33.0, 38.1, "lower"), (33.0, 36.9, "lower")]


def test_a_figure_after_since_a_year_when_it_stood_at_is_the_past():
    text = ("The proportion of people receiving direct payments, 22.9%, had barely moved since 2020-21, when it stood at "
            "23.4%. It remained lower than the England average of 26.2% (SALT, 2022-23).")
    assert _relations(text) == [(22.9, 26.2, "lower")]


def test_a_direction_in_a_clause_about_other_places_is_not_the_councils():
    text = ("Nationally, 4.3% of working-age people were claiming unemployment-related benefits at the end of 2024; in "
            "Holmeshaw the figure was 5.8%, and in two of the town centre wards it was more than double the borough rate.")
    assert _relations(text, council="Holmeshaw Council") == [(5.8, 4.3, None)]
    text = "Life expectancy at birth is 80.4 years for men and 84.1 years for women; both exceed the England figures (78.9 and 82.8 years)."
    assert _relations(text) == [(80.4, 78.9, "higher"), (84.1, 82.8, "higher")]


def test_fewer_than_one_in_three_states_an_amount_not_a_direction():
    text = ("Fewer than one carer in three (31.5%) was satisfied with social services, compared with 36.9% of carers "
            "nationally (SACE, 2023-24).")
    assert _relations(text) == [(31.5, 36.9, None)]


def test_a_comparative_lead_in_or_subject_states_the_relation():
    """'Fewer people than elsewhere found it easy ...:' (places right after 'than', the measure after them), 'less likely
    than carers nationally to say ...:' (a group with the place), and a comparative subject naming its measure with no
    'than' ('A smaller share of older people received reablement ...: 1.9%, whereas across England it is 2.9%'); not
    one naming no measure ('A smaller proportion, 44.1%, said ...': smaller than the figure before) nor a group of
    people after 'than' ('less positive than people who draw on care:')."""
    text = ("Fewer people than elsewhere found it easy to get information about services: 58.9% compared with 67.1% in "
            "England and 65.0% across Yorkshire and the Humber (ASCS 2023-24).")
    assert _relations(text) == [(58.9, 67.1, "lower"), (58.9, 65.0, "lower")]
    text = ("Carers in Marrowby were less likely than carers nationally to say they had as much social contact as they "
            "wanted: 24.1% did so, compared with 30.0% nationally (SACE, 2023-24).")
    assert _relations(text) == [(24.1, 30.0, "lower")]
    text = ("A smaller share of older people received reablement at all after leaving hospital: 1.9%, whereas across "
            "England it is 2.9% and in the North East 3.4%.")
    assert _relations(text) == [(1.9, 2.9, "lower"), (1.9, 3.4, "lower")]
    text = ("63.4% of people were satisfied with their care. A smaller proportion, 44.1%, said they had as much social "
            "contact as they would like; the England figure was 45.6% (ASCS, 2024).")
    assert _relations(text) == [(44.1, 45.6, None)]
    text = ("Carers were less positive than people who draw on care: 33.9% were satisfied, against 36.3% across England.")
    assert _relations(text) == [(33.9, 36.3, None)]


def test_a_benchmark_figure_then_the_gap_and_its_direction():
    text = ("In the most recent national survey, 28.6% of carers in Harrowden said they were satisfied with social services "
            "(SACE, 2021-22). The England figure was 36.3%, nearly eight percentage points higher.")
    assert _relations(text, council="Harrowden Council") == [(28.6, 36.3, "lower")]


def test_the_other_sexs_figure_after_a_benchmark_is_not_the_councils():
    text = ("Men in Quenby can expect to live to seventy-six, nearly three years short of the England average of 78.9 years, "
            "and women to 80.9 years.")
    assert _pairs(text, council="Quenby Council") == [(76.0, "England average", 78.9)]  # the men's, never the women's


def test_the_first_figure_after_an_opening_benchmark_is_its_own():
    text = ("Women in Stourleigh can expect to live 61.2 years in good health. Across England, women can expect to live "
            "63.9 years in good health, and across the West Midlands 62.4 years.")
    assert (63.9, "regional average", 62.4) not in _pairs(text, council="Stourleigh Council")
    text = ("Nationally published data showed that 67.9% of people felt they had choice over services, slightly lower than "
            "the England average of 69.8% (ASCS, 2023).")
    assert _pairs(text) == [(67.9, "England average", 69.8)]  # 'Nationally published' opens no lead-in


def test_a_lead_ins_direction_into_the_benchmark_of_its_items():
    text = ("The Adult Social Care Survey 2023-24 placed Wexcombe below the England average on several measures of "
            "people's experience:\n\n- 62.8% of people who use services found it easy to find information (England 67.1%)\n\n"
            "- 41.3% said they had as much social contact as they would like (England 45.6%)\n\n"
            "- 80.1% said they felt safe (England 71.0%)\n")
    assert _relations(text) == [(62.8, 67.1, "lower"), (41.3, 45.6, "lower"), (80.1, 71.0, None)]  # not against the figures


def test_a_census_named_as_a_time_is_no_citation():
    text = ("A fifth of the population (21.9%) is aged 65 or over, and the proportion has grown steadily since the 2011 "
            "Census. For Yorkshire and the Humber the share is 19.0%, and for England 18.4%.")
    assert [s for _, s in _sources(text)] == [None, None]
    text = ("Risk was reduced in 79% of concluded enquiries. Nationally the figure was 91%, and the gap had widened since "
            "2023 (SAC, 2024-25).")
    assert _sources(text) == [(79.0, "SAC")]  # a citation in brackets after a date is still one


def test_a_proportion_phrase_than_places_before_a_colon():
    text = ("A smaller share of people in long-term support had been reviewed in the previous 12 months than in similar "
            "councils: 47.5% against an average of 58.0% across its comparator group (SALT, 2023-24).")
    assert _relations(text) == [(47.5, 58.0, "lower")]


def test_each_benchmark_takes_the_group_named_last_before_it():
    text = ("Life expectancy at birth is 80.6 years for men and 84.1 years for women. For men this is better than the "
            "England average of 79.3 years, and for women it is slightly above the national average of 83.2 years.")
    assert _pairs(text) == [(80.6, "England average", 79.3), (84.1, "national average", 83.2)]


def test_a_direction_leading_into_the_second_benchmark_is_not_the_firsts():
    text = ("The age profile of the borough is in line with England (18.4%) but below the South East (19.4%), with 18.3% "
            "of residents aged 65 and over.")
    assert (18.3, 18.4, "similar") in _relations(text)
    text = "Around 71,500 residents provide unpaid care. Were the county in line with England's rate, the figure would be about 61,000."
    assert [r for _, _, r in _relations(text)] == [None]  # 'Were ...' opens a supposition


def test_a_word_of_approximation_after_comparison_words():
    text = "Roughly 52% of older residents own their home outright, compared with about 41% in England."
    assert _pairs(text) == [(52.0, "England average", 41.0)]


def test_a_comparator_groups_figure_in_the_next_sentence_after_a_possessive_or_put():
    text = ("Adaptations took an average of 8.4 weeks to arrange. The council's benchmarking club of statistical "
            "neighbours put their average at 5.1 weeks.")
    assert _pairs(text) == [(8.4, "comparator group average", 5.1)]
    text = ("The median time to a first review was 63 days. Leaders compared this with their CIPFA nearest neighbours, "
            "whose median was 41 days.")
    assert _pairs(text) == [(63.0, "comparator group median", 41.0)]
    text = ("Equipment was delivered in 6 working days on average. Similar councils reported an average of 11 working "
            "days over the same period.")
    assert _pairs(text) == [(6.0, "comparator group average", 11.0)]


def test_a_sentence_of_targets_between_the_figure_and_its_benchmark():
    text = ("Just 52% of carers had been offered a carer's assessment in the year. The council had set itself a target "
            "of 80% by 2026. Across England the figure was 61% (SALT, 2023-24).")
    assert _pairs(text) == [(52.0, "England average", 61.0)]
    text = ("Savings of £4 million were planned, of which 54% had been delivered. Nationally, 42% of councils reported "
            "an overspend in the same year.")
    assert _pairs(text) == []  # another measure, only the time restated


def test_in_england_opening_a_sentence_before_its_figure():
    text = "In the year, 15.6% of concerns became enquiries. In England, around 28% of concerns became enquiries (SAC, 2023-24)."
    assert _pairs(text) == [(15.6, "England average", 28.0)]


def test_a_limit_before_a_benchmark_place_is_no_average():
    text = "The council paid £24.90 an hour for home care, under the sector's minimum price for England of £27.10."
    assert _pairs(text) == []


def test_aiming_for_names_a_target_not_the_councils_figure():
    text = ("The proportion of people reviewed in the year was 58%. Across its comparator group the figure was 63% "
            "(SALT, 2023-24), and the council was aiming for 70% by 2026.")
    assert _pairs(text) == [(58.0, "comparator group average", 63.0)]


def test_a_relation_word_before_the_name_of_a_law_is_none():
    text = "Some 21.2% of residents had a disability under the Equality Act (England 17.3%)."
    assert _relations(text) == [(21.2, 17.3, None)]
    text = "Carers rating the advice helpful numbered 66.0%, not far off the England average of 66.9% (SACE, 2023-24)."
    assert _relations(text) == [(66.0, 66.9, "similar")]


def test_two_places_and_a_plural_figure_noun_then_two_figures_pair_in_order():
    text = ("Residents aged 65 and over make up 23.2% of the population, while the North West and England figures stand at "
            "19.9% and 18.4%.")
    assert _pairs(text) == [(23.2, "regional average", 19.9), (23.2, "England average", 18.4)]
    text = "The carers' rate (31.5%) is higher than that of the North East (27.0%) and of England (28.0%), as before."
    assert _relations(text) == [(31.5, 27.0, "higher"), (31.5, 28.0, "higher")]


def test_a_number_without_its_unit_listed_after_a_benchmark_and_its_figure():
    text = ("Admissions of younger adults to care homes ran at 19.8 per 100,000, compared to 15.2 per 100,000 for the North "
            "East and 14.6 for England (ASCOF, 2023-24).")
    assert _pairs(text) == [(19.8, "regional average", 15.2), (19.8, "England average", 14.6)]


def test_respectively_over_a_list_begun_two_sentences_back():
    text = ("Providers said recruitment was hard, and the care worker vacancy rate was 11.3%. Turnover was 31.2%. Both were "
            "above the East Midlands averages, 9.1% and 27.5% respectively (ASC-WDS, 2023-24).")
    assert _relations(text) == [(11.3, 9.1, "higher"), (31.2, 27.5, "higher")]


def test_councils_leading_into_a_comparator_group_name_no_group_of_people():
    text = ("The share of carers extremely or very satisfied was 38.1%. By comparison, the England figure was 36.3%, and "
            "the figure for councils in its CIPFA comparator group was 37.0% (SACE, 2023-24).")
    assert _pairs(text) == [(38.1, "England average", 36.3), (38.1, "comparator group average", 37.0)]
    text = ("Among carers, 21% had as much social contact as they wanted. Among people who use services across England, "
            "44.1% said the same (ASCS, 2023-24).")
    assert _pairs(text) == []  # different groups


def test_gaps_listed_with_respectively_are_no_council_figures():
    text = ("Life expectancy is 77.1 years for men and 81.0 years for women, respectively 2.2 and 2.2 years below the "
            "England averages of 79.3 and 83.2 years.")
    assert _pairs(text) == [(77.1, "England average", 79.3), (81.0, "England average", 83.2)]


def test_a_figure_a_trailing_place_name_follows_is_that_places():
    text = ("Turnover of care workers was 31.0% in 2023/24. Across the region the figure was 29.8%, and it was 28.3% in "
            "England (ASC-WDS, 2023/24).")
    assert (28.3, "regional average", 29.8) not in _pairs(text)
    assert (31.0, "regional average", 29.8) in _pairs(text)


def test_a_statistic_named_inside_a_benchmark_phrase():
    text = "The council paid £21.90 an hour for home care, slightly below the North West median rate of £22.75."
    assert _pairs(text) == [(21.9, "regional median", 22.75)]


def test_a_sentence_opening_on_this_with_the_benchmark_and_a_comma_before_its_figure():
    text = ("62.3% of carers said they felt safe. This put Holmdale below the England average, 68.2% (SACE, 2023-24).")
    assert _relations(text) == [(62.3, 68.2, "lower")]
    text = "Life expectancy for women is above the national average, at 84.1 years."
    assert _pairs(text) == []  # the figure after the comma is the council's, its benchmark's is not printed


def test_a_plural_benchmark_with_its_list_in_a_which_clause():
    text = ("Life expectancy is 78.1 years for men and 82.0 years for women. Both are lower than the England averages, "
            "which are 79.3 and 83.2 years respectively.")
    assert _relations(text) == [(78.1, 79.3, "lower"), (82.0, 83.2, "lower")]


def test_than_was_the_case_before_the_benchmark_and_a_colon():
    text = "Fewer carers felt supported than was the case nationally: 41.3% against 46.0% (SACE, 2023-24)."
    assert _relations(text) == [(41.3, 46.0, "lower")]


def test_a_singular_benchmark_with_two_figures_in_brackets_pairs_them_in_order():
    text = ("Men in Ashcombe live on average to 80.9 and women to 84.7, in both cases longer than the England average "
            "(79.3 and 83.2 years).")
    assert _relations(text) == [(80.9, 79.3, "higher"), (84.7, 83.2, "higher")]


def test_a_places_standard_is_a_target_not_its_average():
    text = "Only 61% of assessments were completed within 28 days, against the national standard of 80%."
    assert _pairs(text) == []


def test_a_figure_for_part_of_the_area_is_not_the_councils():
    text = ("Some 23.4% of residents are aged 65 and over. The share is highest on the coast, where in some wards more "
            "than 35% of people are over 65. For comparison, the figure for the South West is 22.9%, and for England 18.4%.")
    assert _pairs(text) == [(23.4, "regional average", 22.9), (23.4, "England average", 18.4)]


def test_a_place_named_after_and_right_after_a_benchmark_figure_owns_the_next():
    text = "Residents aged 65 and over make up 24.3% of the population; the South West figure is 22.9% and England 18.4%."
    assert _pairs(text) == [(24.3, "regional average", 22.9), (24.3, "England average", 18.4)]
    text = "London as a whole has 11.9% of its residents aged 65 and over, and England 18.4%; in Wapley the share is 7.2%."
    assert (11.9, "England average", 18.4) not in _pairs(text)


def test_a_benchmark_sentence_saying_its_people_reported_this_refers_back():
    text = ("71.9% of people who use services said they felt safe and secure. Nationally, 87.8% of people reported this "
            "(ASCS, 2023-24).")
    assert _sources(text) == [(71.9, "ASCS")]


def test_respectively_on_the_councils_side_then_compare_with_a_list_and_a_place():
    text = ("The proportions of residents from Asian and Black ethnic groups, 15.2% and 7.9% respectively, compare with "
            "9.6% and 4.2% across England.")
    assert _pairs(text) == [(15.2, "England average", 9.6), (7.9, "England average", 4.2)]


def test_the_english_rate():
    text = "5.1% of residents aged 16 and over have served in the armed forces, more than the English rate of 3.8%."
    assert _relations(text) == [(5.1, 3.8, "higher")]


def test_a_quality_word_before_the_benchmark_and_both_figures_in_brackets():
    text = "The council outperformed the national average for people who feel safe (74.8% against 69.7%)."
    assert _relations(text) == [(74.8, 69.7, None)]


def test_a_sentence_opening_on_a_benchmark_restating_the_measure_with_a_number_without_unit():
    text = ("The borough has 1,184 care home beds per 100,000 people aged 65 and over. Across the North East the rate "
            "is 1,032.")
    assert _pairs(text) == [(1184, "regional average", 1032)]


def test_this_was_higher_than_the_benchmark_then_a_comma_and_its_figure():
    text = ("On an average day in March 2024, 71 people were still in hospital after being ready to leave. This was "
            "higher than the regional average, at 48 people.")
    assert _relations(text) == [(71, 48, "higher")]


def test_comparator_councils_took_a_median_of():
    text = "The median time to close an enquiry was 96 days; comparator councils took a median of 58 days."
    assert _pairs(text) == [(96, "comparator group median", 58)]


def test_both_lower_in_the_council_after_a_benchmark_list():
    text = ("Men in Ashby live on average to 76.2 years and women to 80.9 years. The corresponding East Midlands "
            "figures are 78.9 and 82.7 years; both are lower in Ashby.")
    assert _relations(text, "Ashby City Council") == [(76.2, 78.9, "lower"), (80.9, 82.7, "lower")]
    text = text.replace("both are lower in Ashby", "both are lower in Derby")
    assert _relations(text, "Ashby City Council") == [(76.2, 78.9, None), (80.9, 82.7, None)]


def test_a_rate_for_every_100000():
    text = ("The council had 38.4 qualified social workers for every 100,000 adults, fewer than the South West average "
            "of 41.9.")
    assert _relations(text) == [(38.4, 41.9, "lower")]


def test_a_later_clauses_figure_set_against_the_same_place_there_is_not_this_ones():
    text = ("Women in Ashby live, on average, to eighty-five, almost two years above the England average of 83.1 years, "
            "while healthy life expectancy is 68.9 years for women against an England average of 63.9 years.")
    assert _pairs(text) == [(85.0, "England average", 83.1), (68.9, "England average", 63.9)]


def test_a_change_on_the_councils_own_past_is_no_council_figure():
    text = ("A falls service run with the health trust supported 2,318 people in 2024, 14% more than in the previous year, "
            "and leaders told us emergency admissions for falls among people aged 65 and over had started to come down. Nationally, "
            "around 9.1% of emergency admissions among older people follow a fall, but the council did not provide a "
            "comparable local figure.")
    assert _pairs(text) == []


def test_one_more_place_of_a_list_of_numbers_printed_without_their_unit():
    text = "The rate was 742.3 per 100,000 population, compared with 566.0 in England and 651.8 in the North West."
    assert _pairs(text) == [(742.3, "England average", 566.0), (742.3, "regional average", 651.8)]


def test_the_former_and_the_latter_pick_a_figure_of_the_sentence_before():
    text = ("11.2% of residents aged five and over provide unpaid care, and 5.1% provide 20 or more hours of care a week. "
            "The England figure for the {} is {}.")
    assert _pairs(text.format("former", "8.9%")) == [(11.2, "England average", 8.9)]
    assert _pairs(text.format("latter", "4.3%")) == [(5.1, "England average", 4.3)]


def test_a_benchmark_opening_its_sentence_owns_the_one_figure_of_its_clause():
    text = ("Nationally, risk was removed or reduced in 90% of concluded enquiries where a risk had been identified; in "
            "Ashby the figure was 84%.")
    assert _pairs(text, "Ashby Council") == [(84, "national average", 90)]
    text = ("Of people drawing on care and support, 11% were from minority ethnic groups. Nationally, minority ethnic "
            "groups make up 18% of the population.")
    assert _pairs(text) == []  # its own measure: no figure of the sentence before


def test_two_named_benchmarks_then_the_councils_figure_compared_with_theirs_respectively():
    text = ("Carers' satisfaction was below both the East Midlands and England averages: 29.4% of carers in Ashby were "
            "very satisfied, compared with 33.2% and 36.1% respectively (SACE, 2023-24).")
    assert _relations(text, "Ashby County Council") == [(29.4, 33.2, "lower"), (29.4, 36.1, "lower")]
    assert _sources(text) == [(29.4, "SACE"), (29.4, "SACE")]


def test_a_benchmark_before_a_colon_after_words_of_approximation_introduces_the_councils_figure():
    text = ("An audit found 71% of assessments were strengths-based, up from 54% a year earlier. Views on choice were "
            "closer to the national picture: 68 per cent of people said they had choice, compared with 70.4 per cent "
            "across England (ASCS 2023-24).")
    assert _relations(text) == [(68.0, 70.4, None)]


def test_a_sentence_opening_on_these_figures_come_from_cites_the_sentence_before():
    text = ("Only 33.0% were satisfied with social services, below the averages for Yorkshire and the Humber (38.2%) "
            "and England (36.8%). These figures come from the Survey of Adult Carers in England 2023-24, which also "
            "showed that carers were less likely than carers elsewhere to feel supported.")
    assert _sources(text) == [(33.0, "SACE"), (33.0, "SACE")]


def test_a_benchmark_sentence_after_this_was_below_refers_to_the_same_figure():
    text = ("74.5% of people were still at home 91 days after reablement. This was below the London average of 82.6%. "
            "For England as a whole, the figure was 83.8% (SALT, 2023-24).")
    assert _sources(text) == [(74.5, "SALT"), (74.5, "SALT")]
    assert _pairs(text) == [(74.5, "London average", 82.6), (74.5, "England average", 83.8)]


def test_the_values_own_citation_before_a_clause_break_and_another_clauses_after():
    text = ("71.2% of carers found it easy to find information (SACE, 2021-22), above the national figure of 57.7%; by "
            "contrast 64.5% of people using services said the same, against 67.1% nationally (ASCS, 2022-23).")
    assert _sources(text) == [(71.2, "SACE"), (64.5, "ASCS")]


def test_the_figure_comes_from_cites_the_sentence_before():
    text = ("Carers found information harder to come by: 55.1% said it was easy to find, against 59.1% in England. The "
            "figure comes from the Survey of Adult Carers in England 2023-24.")
    assert _sources(text) == [(55.1, "SACE")]


def test_times_in_words_in_a_paragraph_without_a_digit():
    text = "People waited an average of three weeks for a financial assessment, against five weeks across the comparator group."
    assert _pairs(text) == [(3, "comparator group average", 5)]


def test_benchmark_lists_in_the_sentence_after_the_councils_list():
    text = ("The vacancy and turnover rates for the council's own staff were 12.2% and 17.5% respectively. The comparable "
            "figures were 9.8% and 14.1% for England, and 11.3% and 15.0% for the West Midlands (ASC-WDS, 2022-23).")
    assert sorted(_pairs(text)) == [(12.2, "England average", 9.8), (12.2, "regional average", 11.3),
                                    (17.5, "England average", 14.1), (17.5, "regional average", 15.0)]


def test_comparable_figures_for_a_benchmark_state_no_likeness():
    text = ("Ollerby reviewed 71% of people in long-term support in the year and 38% of the carers it knew of. "
            "Comparable figures for its CIPFA nearest neighbours were 63% and 30%.")
    assert _relations(text, "Ollerby Council") == [(71.0, 63.0, None), (38.0, 30.0, None)]
    # 'a similar proportion to' still states one
    assert _relations("A similar proportion to England, 62.0%, said so (England 61.5%).") != []


def test_a_figure_aimed_for_is_no_council_value():
    text = ("Agency staff filled 22% of social work posts. The regional average is 17%, and managers intend to "
            "bring the local share down to 15% by 2027.")
    assert _pairs(text) == [(22.0, "regional average", 17.0)]


def test_the_council_named_after_benchmarks_owns_the_figure_not_the_benchmark_before():
    text = ("Nationally the share of people still at home 91 days after leaving hospital was 82.1%, and across the "
            "North West 80.4%; Brindlemoor's 85.6% was therefore above both (ASCOF, 2023-24).")
    pairs = _pairs(text, "Brindlemoor Council")
    assert (82.1, "regional average", 80.4) not in pairs
    assert pairs == [(85.6, "regional average", 80.4)]


def test_a_stated_gap_the_earlier_figure_does_not_fit_pairs_nothing():
    text = ("Of carers asked, 61.4% said they had been included in discussions about the person they cared for. "
            "Their satisfaction with support was about five points below the England average of 36.3%.")
    assert _pairs(text) == []
    fits = ("Carers' satisfaction with support stood at 31.1%. "
            "This was about five points below the England average of 36.3%.")
    assert _pairs(fits) == [(31.1, "England average", 36.3)]


def test_a_direction_in_a_lead_in_whose_subject_is_the_council():
    text = ("Hollinbrook has a lower rate of unpaid care: 7.9% of residents gave some unpaid care, "
            "compared with 8.9% in England (Census 2021).")
    assert _relations(text, "Hollinbrook Borough Council") == [(7.9, 8.9, "lower")]
    # (a lead-in whose direction has its own object and figure is no such lead-in: pages_round36's ov_durnchester)


def test_a_lead_in_direction_with_its_object_after_than():
    text = ("Carers were less likely to feel supported in Fernmoor than in England or the wider region: 29.5% said so, "
            "against 36.3% in England and 34.0% in the North East (SACE, 2023-24).")
    assert _relations(text, "Fernmoor Council") == [(29.5, 36.3, "lower"), (29.5, 34.0, "lower")]


def test_the_actual_count_after_a_supposed_one():
    text = ("If Pellbrook's rate of carers' assessments matched the England average, around 3,400 carers would have "
            "been assessed in 2023-24; the actual figure was 2,150.")
    rows = [(c.value.value, c.bench.key, c.figure.value) for c in _linked(text, "Pellbrook Council")]
    assert rows == [(2150.0, "England average (scaled to population)", 3400.0)]
    # two numbers in the clause after ';': no guess
    two = text.replace("the actual figure was 2,150.", "the actual figure was 2,150, against 2,300 a year earlier.")
    assert _linked(two, "Pellbrook Council") == []


def test_a_direction_between_a_benchmark_and_its_figure_is_the_benchmarks():
    text = ("Just over half of people who used services, 52.7%, said they were satisfied with their care. The England "
            "average was higher, at 62.4%, and the average across Yorkshire and the Humber was higher still at 63.8%.")
    assert _relations(text, "Gildersby Council") == [(52.7, 62.4, "lower"), (52.7, 63.8, "lower")]
    # the figure before it in the same sentence is another benchmark's: no pairing
    other = ("Across England the share of people using a direct payment was 26.2% in 2022-23, and the East Midlands "
             "share was a little higher at 27.4%. Caddow's figure was 19.8%.")
    assert (26.2, "regional average", 27.4) not in _pairs(other, "Caddow Council")


def test_a_measure_between_comparison_words_and_a_trailing_benchmarks_figure():
    text = ("Of the concerns received, 27 per cent led to a Section 42 enquiry, compared with a conversion rate of "
            "31 per cent in England.")
    assert _pairs(text) == [(27.0, "England average", 31.0)]


def test_a_trailing_benchmark_after_achieved():
    text = "Risk was reduced in 84% of enquiries, a little below the 89% achieved in England."
    assert _relations(text) == [(84.0, 89.0, "lower")]


def test_one_more_place_after_another_benchmarks_figure():
    text = "Of these concerns, 22% became enquiries. The equivalent share across London was 29%, and 33% in England."
    assert _pairs(text) == [(22.0, "London average", 29.0), (22.0, "England average", 33.0)]


def test_bare_names_after_a_plural_benchmark_noun():
    text = ("Of older people leaving hospital, 86.1% were still at home 91 days later, above the averages for both the "
            "North West (81.2%) and England (83.8%).")
    assert _relations(text) == [(86.1, 81.2, "higher"), (86.1, 83.8, "higher")]


def test_the_same_return_cites_the_data_set_of_the_sentence_before():
    text = ("The Adult Social Care Finance Return for 2023-24 showed spending of £402 per adult resident. "
            "The same return showed that 51% of gross spend went on residential care, against 44% in England.")
    assert [(c.value.value, c.source.key if c.source else None, str(c.source_location)) for c in _linked(text)] \
        == [(51.0, "ASC-FR", "previous sentence")]


def test_a_place_opening_a_sentence_with_a_list_pairs_in_order_with_the_sentence_before():
    text = ("Healthy life expectancy in the borough is 59.8 years for men and 61.0 years for women. "
            "In England, the figures are 63.1 and 63.9 years.")
    assert _pairs(text) == [(59.8, "England average", 63.1), (61.0, "England average", 63.9)]


def test_the_age_named_again_picks_the_figure_of_the_sentence_before():
    text = ("Some 14.2% of residents are aged 65 or over and 2.1% are aged 85 or over. "
            "The figure for people aged 65 or over in England as a whole is 18.4% (Census 2021).")
    assert _pairs(text) == [(14.2, "England average", 18.4)]


def test_a_place_after_a_semicolon_then_its_figure():
    text = "About 24.3% of residents are disabled. In the North West, the figure is 19.9%; in England, 17.3%."
    assert _pairs(text) == [(24.3, "regional average", 19.9), (24.3, "England average", 17.3)]


def test_an_ambition_to_reach_a_figure_is_no_council_value():
    text = ("Of older people leaving hospital, 86.1% were at home 91 days later. Nationally the figure was 82.3%, and "
            "the council's own ambition was to reach 90%.")
    assert _pairs(text) == [(86.1, "national average", 82.3)]


def test_a_region_named_as_a_possessive():
    text = ("Of people who use services, 66.4% said they felt safe (ASCS 2023-24). That was lower than England's 71.1% "
            "and the West Midlands' 69.8%.")
    assert _relations(text) == [(66.4, 71.1, "lower"), (66.4, 69.8, "lower")]


def test_benchmark_list_opening_on_comparison_words_then_the_councils_list():
    text = ("Against England averages of 61.2% and 35.9%, 58.0% of people who use services and 33.1% of unpaid carers "
            "said they were satisfied (ASCS and SACE, 2023-24).")
    assert _pairs(text) == [(58.0, "England average", 61.2), (33.1, "England average", 35.9)]


def test_a_likeness_inside_a_supposition_states_no_relation():
    text = ("The Shared Lives scheme supported 58 people, around 20 more than would be expected if the city matched "
            "the average rate for the North West (38 people).")
    assert _relations(text, "Harrowfield City Council") == [(58.0, 38.0, "higher")]


def test_a_place_after_and_then_linking_words_and_its_figure():
    text = ("Only 38.2% of people who use services had as much social contact as they would like. Across England this "
            "stood at 45.6%, and in the South West at 46.9% (ASCS 2023-24).")
    assert _pairs(text) == [(38.2, "England average", 45.6), (38.2, "regional average", 46.9)]


def test_a_benchmark_for_women_takes_no_figure_for_men():
    text = ("Across England, women can expect to live to 82.8 years; in Marlcombe the figure is 83.0, and for men "
            "it is 78.4 years against 78.9 nationally.")
    assert (78.4, "England average", 82.8) not in _pairs(text, "Marlcombe Council")


def test_a_sentence_saying_no_comparison_was_made_takes_no_earlier_figure():
    text = ("The council aimed for every young person to have an assessment by 17; 68% had. Families told us planning "
            "started late. A regional audit found that, across the region, 38% of young people moving into adult "
            "services had no agreed plan; the local authority had not yet compared its own cases against this finding.")
    assert _pairs(text, "Tarnbury Council") == []


def test_a_run_of_benchmark_sentences_after_the_councils_figure():
    text = ("In 2023-24, 87.9% of older people were still at home 91 days after discharge (ASCOF, 2023-24). The "
            "England average was 83.8%. The South East average was lower, at 82.0%.")
    assert _pairs(text) == [(87.9, "England average", 83.8), (87.9, "regional average", 82.0)]


def test_a_count_the_benchmark_rate_would_have_been():
    text = ("On an average day, 27 people were in hospital after they were ready to go home. Had the local authority "
            "matched the England rate, the figure would have been around 19.")
    assert _pairs(text, "Thornleigh Council") == [(27.0, "England average (scaled to population)", 19.0)]


def test_a_direction_in_a_clause_with_its_own_subject_is_not_the_comparisons():
    text = ("The average weekly cost of a residential placement was £742, against £803 across its CIPFA nearest "
            "neighbours (ASC-FR 2022-23), and leaders were clear that low fees were placing some smaller homes under strain.")
    assert _relations(text) == [(742.0, 803.0, None)]


def test_numbers_in_words_without_their_unit_are_figures():
    text = ("Life expectancy at birth is seventy-seven years for men and 81.6 years for women, below the England "
            "averages of seventy-nine and 83.1 years respectively.")
    assert _relations(text, "Cradwell Council") == [(77.0, 79.0, "lower"), (81.6, 83.1, "lower")]
    text = ("Women in Scarrowfield can expect to live fifty-nine years in good health and men fifty-eight, compared "
            "with 63.9 and 63.1 years in England.")
    assert _pairs(text, "Scarrowfield Council") == [(59.0, "England average", 63.9), (58.0, "England average", 63.1)]
    text = ("Women in Wexcombe can expect to live sixty-one years in good health, three years fewer than women across "
            "England (64 years).")
    assert _relations(text, "Wexcombe Council") == [(61.0, 64.0, "lower")]


def test_a_benchmark_list_in_a_which_clause_after_the_councils_list():
    text = ("Life expectancy at birth is 76.9 years for men and 80.8 years for women. Both are below the figures for "
            "England, which stand at 79.3 and 83.2 years respectively.")
    assert _relations(text, "Calderbrook Council") == [(76.9, 79.3, "lower"), (80.8, 83.2, "lower")]


def test_the_next_sentence_opening_on_the_council_and_this():
    text = ("Nationally, 77.6% of people who use services said they had as much control over their daily life as they "
            "wanted. In Marlbeck this was 73.0% (ASCS, 2023-24).")
    assert _pairs(text, "Marlbeck Council") == [(73.0, "national average", 77.6)]


def test_a_comparative_completed_by_elsewhere_in_a_place():
    text = "Fewer older people received reablement after leaving hospital than elsewhere in England: 1.9% compared with 2.9%."
    assert _relations(text, "Aldcaster Council") == [(1.9, 2.9, "lower")]


def test_a_limits_figure_after_a_benchmarks_is_not_the_councils():
    text = ("The local authority paid a median hourly rate of £21.85 for home care in 2024-25; the regional median was "
            "£22.40, and the Homecare Association's minimum price for the year was £29.35.")
    assert (29.35, "regional median", 22.4) not in _pairs(text, "Hallowmere Council")


def test_a_gap_or_a_data_set_after_the_benchmarks_figure_leaves_it_the_councils_figure_before():
    text = ("Just over six in ten people who use services (61.2%) said they were satisfied with their care and "
            "support; the England average was 64.7% (ASCS, 2023-24), a gap of 3.5 percentage points.")
    assert _pairs(text, "Haverleigh Council") == [(61.2, "England average", 64.7)]
    text = ("Some 42.6% of people who use services said they had as much social contact as they would like; the "
            "figure for England was 45.6%, and for the North West 44.9%, according to the Adult Social Care Survey 2023-24.")
    assert _pairs(text, "North Thornleigh Council") == [(42.6, "England average", 45.6), (42.6, "regional average", 44.9)]


def test_a_benchmark_then_this_happened_in_and_its_figure():
    text = ("People were asked about the outcomes they wanted in 71.5% of concluded Section 42 enquiries (SAC, "
            "2023-24), while across England this happened in 79.2 per cent of cases.")
    assert _pairs(text, "Ashbury Council") == [(71.5, "England average", 79.2)]


def test_councils_similar_to_the_council_are_a_comparator_group_not_the_council():
    text = ("The median wait in Brackenfold was 41 days. Across the North West the median wait was 27 days, and among "
            "councils similar to Brackenfold it was 30 days.")
    assert _pairs(text, "Brackenfold Council") == [(41.0, "regional median", 27.0)]  # not 30 days, the group's


def test_a_further_figure_after_a_benchmarks_is_its_next_item():
    text = ("Across the East Midlands, 14% of people discharged from hospital needed a new package of care at home "
            "under Pathway 1 and a further 4% went to a bedded setting under Pathway 3.")
    assert _pairs(text) == []


def test_the_equivalent_measure_for_a_group_is_the_councils_figure():
    text = ("Among carers the equivalent measure was 54.6%; the England average was 57.7% and the regional average "
            "55.9% (SACE, 2023-24).")
    assert _pairs(text, "Kingsbarrow Council") == [(54.6, "England average", 57.7), (54.6, "regional average", 55.9)]


def test_councils_in_its_cipfa_group():
    text = "Sickness absence averaged 11.6 days per employee, compared with 9.2 days across councils in its CIPFA group."
    assert _pairs(text, "Dunsford Council") == [(11.6, "comparator group average", 9.2)]


def test_a_long_measure_after_the_benchmark_and_the_council_ranked_in_the_next_sentence():
    text = ("The England average for people who use services saying they have as much social contact as they would "
            "like is 45.6%. In Amberleigh, the figure was 36.4%, the lowest in its CIPFA group (ASCS, 2023-24).")
    assert _pairs(text, "Amberleigh Council") == [(36.4, "England average", 45.6)]


def test_a_name_right_after_the_benchmarks_figure_owns_it_over_a_lead_in():
    text = ("A smaller proportion of residents than nationally are from ethnic minority groups: 7.8%, compared with "
            "19.0% across England.")
    assert _relations(text, "Rothersby Council") == [(7.8, 19.0, "lower")]
    assert _pairs(text, "Rothersby Council") == [(7.8, "England average", 19.0)]


def test_older_than_and_on_average_among():
    text = "The median age of residents is 46.1 years, older than the England median of 40.0 years."
    assert _relations(text, "Wrexley Council") == [(46.1, 40.0, "higher")]
    text = "The average weekly fee was £1,028, against £967 on average among similar councils (ASC-FR, 2023-24)."
    assert _pairs(text, "Colnebridge Council") == [(1028.0, "comparator group average", 967.0)]


def test_a_comparative_completed_by_people_in_places():
    text = ("Fewer people who used services in Dunholm said they felt safe (66.9%) than people across the North East "
            "(72.4%) or England (71.1%) (ASCS, 2022-23).")
    assert _relations(text, "Dunholm Council") == [(66.9, 72.4, "lower"), (66.9, 71.1, "lower")]


def test_a_benchmark_clause_ending_on_a_year_then_the_council_after_a_semicolon():
    text = ("Across England, local authority adult social care staff took an average of 9.5 days of sickness absence "
            "in 2022/23; in Calderbridge the figure was 9.8 days (ASC-WDS 2022/23).")
    assert _pairs(text, "Calderbridge Council") == [(9.8, "England average", 9.5)]


def test_a_plural_noun_leading_into_a_benchmark_then_which_and_its_list():
    text = ("The vacancy rate in the independent sector was 11.9% and staff turnover 33.1%; both were higher than the "
            "averages for England, which were 9.9% and 28.3% respectively.")
    assert _relations(text, "Hallowmere Council") == [(11.9, 9.9, "higher"), (33.1, 28.3, "higher")]


def test_an_equivalent_figure_for_a_group_opening_on_a_preposition():
    text = ("Of people who use services, 64.0% found information easy to find. Among older carers the equivalent "
            "figure was 48.5%, below the England average of 55.2% (SACE, 2023-24).")
    assert _pairs(text, "Pellbury Council") == [(48.5, "England average", 55.2)]


def test_a_second_benchmark_listed_after_and_takes_the_first_ones_council_figure():
    text = ("Some 71.3% of carers felt involved in discussions; this compares with 69.8% in England and 73.1% in the "
            "South West (SACE 2023-24).")
    assert _pairs(text, "Ottermouth Council") == [(71.3, "England average", 69.8), (71.3, "regional average", 73.1)]


def test_a_comparator_group_took_saw_or_reported_its_figure():
    text = "Reviews were completed in 64 days on average; similar county councils took 41 days."
    assert _pairs(text, "Wealdmoor Council") == [(64.0, "comparator group average", 41.0)]
    text = "The median wait for an OT assessment was 38 days. Comparable unitaries reported a median wait of 22 days."
    assert _pairs(text, "Hadleigh Council") == [(38.0, "comparator group median", 22.0)]
    text = ("Similar metropolitan boroughs saw 61% of enquiries concluded within three months. In Ravensholt "
            "the figure was 48%.")
    assert _pairs(text, "Ravensholt Council") == [(48.0, "comparator group average", 61.0)]


def test_a_sentence_of_benchmarks_without_units_takes_the_unit_of_the_sentence_before():
    text = ("There were 611.4 admissions to care homes for every 100,000 people aged 65 and over. By comparison, the "
            "England average was 560.8 and the East Midlands average was 598.2.")
    assert _pairs(text, "Tavenham Council") == [(611.4, "England average", 560.8), (611.4, "regional average", 598.2)]
    text = "Women in Tavenham can expect to live 82.5 years and men 78.4 years. For England the figures are 83.1 and 79.2."
    assert _pairs(text, "Tavenham Council") == [(82.5, "England average", 83.1), (78.4, "England average", 79.2)]


def test_a_statistic_then_its_measure_opening_a_sentence_in_a_place():
    text = "The median wait for an occupational therapy assessment was 63 days. The median wait in England was 37 days."
    assert _pairs(text, "Holbeck Council") == [(63.0, "England median", 37.0)]


def test_compares_favourably_with_a_place_where_its_figure_is():
    text = ("Of carers, 44.2% were satisfied with support. This compares favourably with England, where the figure was "
            "36.3%.")
    assert _relations(text, "Holbeck Council") == [(44.2, 36.3, None)]
    text = "About 22.6% of residents are aged 65 or over, outstripping England (18.4%)."
    assert _relations(text, "Holbeck Council") == [(22.6, 18.4, "higher")]


def test_a_scaled_count_is_the_count_not_an_age_bound():
    text = ("Had Pendleford's adults aged 18 to 64 drawn on support at the England rate, around 1,480 people aged 18 to "
            "64 would be supported; the council supported 1,210.")
    assert [(c.value.value, c.figure.value) for c in _linked(text, "Pendleford Council")] == [(1210.0, 1480.0)]
    text = ("Were Pendleford's age structure the same as England's, roughly 31,200 residents would be over 65; the "
            "actual number is nearer 38,900.")
    assert [(c.value.value, c.figure.value) for c in _linked(text, "Pendleford Council")] == [(38900.0, 31200.0)]


def test_a_benchmark_in_a_clause_about_men_takes_no_figure_for_women_before_it():
    text = ("Women in Pendleford live to 82.9 years, close to England (83.2 years); men live to 78.1, a year short of "
            "the England figure of 79.1.")
    assert _pairs(text, "Pendleford Council") == [(82.9, "England average", 83.2), (78.1, "England average", 79.1)]


def test_half_as_large_again_is_higher():
    text = "The share aged 85 and over (3.4%) is half as large again as England's 2.4%."
    assert _relations(text, "Pendleford Council") == [(3.4, 2.4, "higher")]


def test_a_lead_in_naming_every_place_or_ending_on_a_semicolon_gives_its_direction():
    text = ("Fewer people than in other areas received a direct payment: 19.6%, against 25.5% nationally and 27.1% "
            "across its comparator group.")
    assert _relations(text, "Pendleford Council") == [(19.6, 25.5, "lower"), (19.6, 27.1, "lower")]
    text = ("Carers in Pendleford were more likely than average to feel involved: 71.2% did so, against 68.9% for "
            "England and 69.4% for the North West.")
    assert _relations(text, "Pendleford Council") == [(71.2, 68.9, "higher"), (71.2, 69.4, "higher")]
    text = ("Fewer carers in Pendleford said they had enough social contact than was the case nationally; the local "
            "figure was 26.1% against 28.0% across England.")
    assert _relations(text, "Pendleford Council") == [(26.1, 28.0, "lower")]


def test_since_the_last_census_is_a_time_not_a_citation():
    text = ("The borough has become more diverse since the last census: 38.2% of residents are from ethnic minority "
            "groups, against 26.5% in England.")
    assert _sources(text) == [(38.2, None)]


def test_a_small_number_in_words_right_after_a_benchmark_is_its_figure():
    text = "The median wait for equipment was nine days, against an England median of five."
    assert _pairs(text, "Pendleford Council") == [(9.0, "England median", 5.0)]
    text = "Two of its comparator councils had waits of five days."  # no figure of its own to size it: nothing
    assert _pairs(text, "Pendleford Council") == []


def test_a_direction_before_a_figure_set_off_by_commas_and_compared():
    text = ("Pendleford has a lower rate of admissions to care homes, 498 per 100,000, compared to 566 per 100,000 for "
            "England.")
    assert _relations(text, "Pendleford Council") == [(498.0, 566.0, "lower")]


def test_a_bare_name_joined_to_a_listed_benchmark_pairs_its_own_list_in_order():
    text = ("Life expectancy is 80.2 years for males and 84.1 years for females. Both are higher than the figures for "
            "London (79.8 and 83.8 years) and England (78.9 and 82.8 years).")
    assert sorted(_pairs(text, "Pendleford Council")) == [(80.2, "England average", 78.9), (80.2, "London average", 79.8),
                                                          (84.1, "England average", 82.8), (84.1, "London average", 83.8)]


def test_gaps_are_never_council_figures_for_a_later_list():
    text = ("Life expectancy is 76.1 years for men and 80.4 years for women. These are 2.8 and 2.7 years below the "
            "England averages respectively. The corresponding figures for the North West are 77.3 and 81.2 years.")
    assert _pairs(text, "Pendleford Council") == [(76.1, "regional average", 77.3), (80.4, "regional average", 81.2)]


def test_the_council_named_in_the_next_sentence_with_it_is_before_a_projection():
    text = ("Across England 18.4% of residents are aged 65 and over, and across the South West the figure is 22.3%. In "
            "Pendleford it is 24.0%, and the number aged 85 and over is projected to grow by 41% by 2040.")
    assert _pairs(text, "Pendleford Council") == [(24.0, "England average", 18.4), (24.0, "regional average", 22.3)]


def test_a_direction_on_that_figure_after_the_councils_figure_in_the_next_sentence():
    text = ("Across England, 69.8% of people said they felt safe (ASCS, 2023-24). In Pendleford the proportion was "
            "67.2%, broadly in line with that figure.")
    assert _relations(text, "Pendleford Council") == [(67.2, 69.8, "similar")]


def test_the_object_of_a_direction_in_the_sentence_before_is_not_the_councils_figure():
    text = ("The proportion of residents aged 65 and over (14.1%) is well below that of the South East, where nearly one "
            "in five people (19.6%) are in this age group. The England figure is 18.4%.")
    assert _pairs(text, "Pendleford Council") == [(14.1, "England average", 18.4)]


def test_an_age_after_turning_is_no_figure():
    text = ("Young people waited a median of thirty-one days for a first contact after turning 18, well above the "
            "regional median of 17 days.")
    assert _pairs(text, "Pendleford Council") == [(31.0, "regional median", 17.0)]


def test_a_share_of_councils_takes_no_council_figure():
    text = ("Adult social care overspent by £4.1 million (2.6%) in 2023-24, and the council had a savings programme of "
            "£9.8 million for 2024-25, of which 64% had been delivered by June. Nationally, around 62% of councils "
            "reported an overspend on adult social care in 2023-24.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_rate_for_councils_is_no_group_of_people():
    text = ("The vacancy rate among the council's own social care staff stood at 13.8%. Across the North West, the "
            "equivalent rate for councils was 9.9%, and in England 10.1%.")
    assert _pairs(text, "Pendleford Council") == [(13.8, "regional average", 9.9), (13.8, "England average", 10.1)]


def test_a_scaled_count_of_the_latter_figure_not_read_takes_no_council_figure():
    text = ("Census 2021 recorded 61,200 residents providing unpaid care, 19,800 of them for 50 or more hours a week; had "
            "the county matched the England rate, the latter figure would be about 16,900.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_difference_per_week_before_a_direction_is_a_gap_not_the_councils_figure():
    text = ("The council paid an average of £1,108 a week for a nursing placement in 2023-24. That was £52 a week more "
            "than the North East average of £1,056 (ASC-FR 2023-24).")
    assert _relations(text, "Pendleford Council") == [(1108.0, 1056.0, "higher")]


def test_a_multiple_in_a_relation_is_no_figure_in_words():
    text = ("Only 9.1% of residents are aged 65 or over. That is less than half the England proportion of 18.4% and "
            "below the London figure of 12.2%.")
    assert _pairs(text, "Pendleford Council") == [(9.1, "England average", 18.4), (9.1, "London average", 12.2)]


def test_a_fraction_opening_the_sentence_is_still_a_figure_in_words():
    text = ("Around 4.2% of residents provide 50 or more hours of care a week. Roughly a fifth of households are in fuel "
            "poverty, compared with 13.1% in England.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_benchmark_of_london_with_a_measure_noun():
    text = "Some 13.6% of residents could not speak English well, roughly three times the London proportion of 4.4%."
    assert _relations(text, "Pendleford Council") == [(13.6, 4.4, "higher")]


def test_a_figure_before_a_comparator_group_introduced_by_a():
    text = "Occupational therapy assessments took 38 days on average, against 57 days across a comparator group of similar councils."
    assert _pairs(text, "Pendleford Council") == [(38.0, "comparator group average", 57.0)]


def test_trailing_benchmarks_after_a_semicolon_take_the_figure_of_the_clause_before():
    text = "17.4% of residents are aged 65 and over; the figure is 21.9% across the South West and 18.4% for England as a whole."
    assert _pairs(text, "Pendleford Council") == [(17.4, "regional average", 21.9), (17.4, "England average", 18.4)]


def test_a_pronoun_between_a_benchmark_and_its_list_pairs_it_with_the_list_before():
    text = ("The proportions of people with as much social contact as they would like and finding information easy were "
            "47.1% and 70.5% respectively; across England these stood at 45.6% and 67.1%.")
    assert _pairs(text, "Pendleford Council") == [(47.1, "England average", 45.6), (70.5, "England average", 67.1)]


def test_a_hyphenated_duration_before_a_benchmark_is_its_figure():
    text = "Equipment arrived in an average of 8 working days, shorter than the 12-day median across similar councils."
    assert _relations(text, "Pendleford Council") == [(8.0, 12.0, "lower")]


def test_a_time_in_words_with_working_is_a_figure():
    text = "Equipment was delivered in an average of six working days, against a regional median of nine days."
    assert _pairs(text, "Pendleford Council") == [(6.0, "regional median", 9.0)]


def test_a_bracketed_figure_after_the_measure_of_a_benchmark():
    text = ("The staff survey found 81% of staff would recommend the council as a place to work, compared with the "
            "national average for councils taking part in the survey (76%).")
    assert _pairs(text, "Pendleford Council") == [(81.0, "national average", 76.0)]


def test_a_second_figure_after_and_the_takes_its_trailing_place():
    text = ("Residents waited an average of 2.2 days for discharge, lower than both the North East average of 2.9 days "
            "and the 3.4 days recorded in England.")
    assert _pairs(text, "Pendleford Council") == [(2.2, "regional average", 2.9), (2.2, "England average", 3.4)]


def test_a_figure_with_its_measure_word_before_a_trailing_benchmark():
    text = "The population grew by 4.9% between 2011 and 2021, less than the 6.6% growth seen across England."
    assert _relations(text, "Pendleford Council") == [(4.9, 6.6, "lower")]


def test_a_long_comparative_of_lower_case_words_states_the_direction():
    text = "Carers were less satisfied with the support they received than carers nationally (31.2% compared with 36.0%)."
    assert _relations(text, "Pendleford Council") == [(31.2, 36.0, "lower")]


def test_london_overall_in_brackets_after_than():
    text = "Fewer people who use services said they felt safe (63.9%) than in London overall (68.9%)."
    assert _relations(text, "Pendleford Council") == [(63.9, 68.9, "lower")]


def test_a_benchmarks_list_of_numbers_without_a_unit_before_respectively_pairs_in_order():
    text = "Life expectancy is 78.1 years for men and 82.4 years for women, lower than England's 79.3 and 83.2 respectively."
    assert _pairs(text, "Pendleford Council") == [(78.1, "England average", 79.3), (82.4, "England average", 83.2)]


def test_a_benchmark_listing_a_number_not_read_is_paired_with_nothing():
    text = "Life expectancy is 78.1 years for men and 82.4 years for women, lower than England's 79.3 and 83.2 in most years."
    assert _pairs(text, "Pendleford Council") == []


def test_a_number_of_the_benchmarks_size_not_read_keeps_it_from_the_sentence_before():
    text = "Men in the borough can expect to live to 80.7 years. Women live to 85.9 on average (England: 83.2)."
    assert _pairs(text, "Pendleford Council") == []


def test_a_figure_set_against_a_benchmark_after_a_lead_in_comparative_is_the_councils():
    text = ("54.1% of people were satisfied with their care, below the England average of 62.1%, and fewer people than "
            "elsewhere in the North West said they found information easily (61.3% against a regional average of 66.8%).")
    assert _pairs(text, "Pendleford Council") == [(54.1, "England average", 62.1), (61.3, "regional average", 66.8)]


def test_sick_days_are_a_duration():
    text = "Staff took an average of 8.1 sick days per worker, compared with 5.3 days nationally."
    assert _pairs(text, "Pendleford Council") == [(8.1, "national average", 5.3)]


def test_either_between_than_and_bracketed_names():
    text = "Around 14.2% of residents are aged 65 or over, a smaller share than either the East Midlands (19.6%) or England (18.4%)."
    assert _relations(text, "Pendleford Council") == [(14.2, 19.6, "lower"), (14.2, 18.4, "lower")]


def test_the_figure_for_a_benchmark_after_the_councils_owns_the_figure_after_its_comma():
    text = ("Just 58.3% of people were satisfied, below the England average of 63.8% and lower again than the figure for "
            "similar councils, 60.9%.")
    assert _pairs(text, "Pendleford Council") == [(58.3, "England average", 63.8), (58.3, "comparator group average", 60.9)]


def test_little_different_from_is_similar():
    text = "Staff took 6.1 days of sickness absence each, little different from the regional figure of 5.2 days."
    assert _relations(text, "Pendleford Council") == [(6.1, 5.2, "similar")]


def test_a_bare_benchmark_number_up_to_two_and_a_half_times_the_councils():
    text = "Delayed discharges averaged 2.1 per 100,000 adults per day in 2023-24, against 4.3 for England."
    assert _pairs(text, "Pendleford Council") == [(2.1, "England average", 4.3)]


def test_a_likeness_with_either_benchmark_after_both_figures():
    text = ("In the survey 63.0% of people said they found information easily. The equivalent figures were 64.1% across "
            "London and 65.0% for England, and the local authority's result was not statistically different from either.")
    assert _relations(text, "Pendleford Council") == [(63.0, 64.1, "similar"), (63.0, 65.0, "similar")]


def test_a_group_named_with_the_council_and_no_figure_takes_no_figure_of_another_group_before():
    text = ("The proportion of people receiving a direct payment, 19.4%, was lower than the England average (25.5%). Fewer "
            "carers in Pendleford received their support as a direct payment than nationally, where the figure was 73.8%.")
    assert _pairs(text, "Pendleford Council") == [(19.4, "England average", 25.5)]


def test_no_comparison_where_the_council_had_no_equivalent_figure():
    text = ("Nationally, 12.4% of carers assessed by councils were from an ethnic minority background, but the local "
            "authority could not produce its own equivalent figure because ethnicity was not recorded for 22 per cent of carers.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_list_after_a_benchmark_set_against_another_benchmarks_list_is_the_councils():
    text = ("Healthy life expectancy compares favourably with the rest of the country at 70.1 years for men and 71.3 years "
            "for women, against England averages of 63.1 and 63.9 years.")
    assert _pairs(text, "Pendleford Council") == [(70.1, "England average", 63.1), (71.3, "England average", 63.9)]


def test_names_after_joined_figures_and_before_respectively_pair_in_order():
    text = ("In 2023-24, 93.4% of people were discharged to their usual place of residence, compared with 92.9% and "
            "93.8% for England and the East of England respectively.")
    assert _pairs(text, "Pendleford Council") == [(93.4, "England average", 92.9), (93.4, "regional average", 93.8)]  # in order


def test_a_superlative_before_a_semicolon_does_not_rank_the_benchmark_after_it():
    text = ("Just 8.7% of residents are over 65, among the lowest shares in England; the London average is 12.2%.")
    assert _pairs(text, "Pendleford Council") == [(8.7, "London average", 12.2)]


def test_a_national_local_authority_average_is_a_benchmark():
    text = "Council staff took 10.4 sick days each, against a national local authority average of 8.9 days."
    assert _pairs(text, "Pendleford Council") == [(10.4, "national average", 8.9)]


def test_a_benchmark_opening_the_sentence_owns_its_figure_after_words_stating_an_amount():
    text = ("Across England, roughly three-quarters of carers, 76.3%, said they had been consulted. In Pendleford the "
            "figure was 70.2%.")
    assert _pairs(text, "Pendleford Council") == [(70.2, "England average", 76.3)]


def test_plural_benchmark_figures_for_a_group_of_people_pair_in_order():
    text = ("Vacancies among the council's own care staff stood at 7.7% and turnover at 16.0%; the equivalent England "
            "figures for local authority staff were 10.2% and 14.9% respectively.")
    assert _pairs(text, "Pendleford Council") == [(7.7, "England average", 10.2), (16.0, "England average", 14.9)]


def test_a_council_named_with_a_direction_after_a_benchmark_figure_takes_the_figure_before():
    text = ("People waited a median of 36 days for an assessment. The regional median was 19 days, so people in "
            "Pendleford waited almost twice as long as people elsewhere in the region.")
    assert _relations(text, "Pendleford Council") == [(36.0, 19.0, "higher")]


def test_a_direction_after_the_council_named_needs_the_benchmark_place_again():
    text = ("People waited a median of 2.4 days to leave hospital. The England figure was 1.9 days. Nationally, about 12% "
            "of beds were taken by people fit to leave, and Pendleford's position meant fewer people stayed than in "
            "neighbouring areas.")
    assert _pairs(text, "Pendleford Council") == [(2.4, "England average", 1.9)]


def test_a_measure_word_after_a_figure_set_against_the_councils_one_figure():
    text = "Of 40 complaints the Ombudsman looked at, it upheld 12, or 30%, against 68% upheld nationally."
    assert _pairs(text, "Pendleford Council") == [(30.0, "national average", 68.0)]


def test_a_measure_word_after_a_figure_set_against_a_breakdown_pairs_with_none():
    text = ("Of the homes in Pendleford, 14% were rated outstanding, 72% good, 11% requires improvement and 3% "
            "inadequate, compared with 5% outstanding nationally.")
    assert _pairs(text, "Pendleford Council") == []


def test_two_figures_then_respectively_then_two_names_pair_in_order_with_the_councils_figure():
    text = ("A quarter of concerns (25%) became enquiries, against 30% and 33% respectively for England and the North "
            "West (SAC, 2023-24).")
    assert _pairs(text, "Pendleford Council") == [(25.0, "England average", 30.0), (25.0, "regional average", 33.0)]


def test_a_list_before_names_and_respectively_pairs_no_council_figure_in_order():
    text = ("Of carers 41% were satisfied, and 55% of people who use services, compared with 38% and 52% for England "
            "and the North West respectively.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_benchmarks_figure_bracketed_after_its_measure():
    text = "Just 14% of concerns became enquiries, whereas nationally around a third of concerns lead to one (32%)."
    assert _relations(text, "Pendleford Council") == [(14.0, 32.0, None)]


def test_a_whole_number_before_and_a_half_is_no_figure():
    text = "Staff were off sick for seven days on average, against an England average of eight and a half days."
    assert _pairs(text, "Pendleford Council") == []


def test_a_fraction_sizing_a_benchmarks_figure_states_no_direction():
    text = ("Nationally, just over a quarter of safeguarding concerns (27%) become enquiries; in Pendleford the figure "
            "was 11%.")
    assert _relations(text, "Pendleford Council") == [(11.0, 27.0, None)]


def test_both_benchmarks_with_a_direction_and_no_object_state_the_councils_direction_turned_round():
    text = ("In 2023-24, 71.4% of older people were still at home 91 days after leaving hospital. Both the England "
            "average (83.0%) and the North West average (80.2%) were markedly higher (ASCOF, 2023-24).")
    assert _relations(text, "Pendleford Council") == [(71.4, 83.0, "lower"), (71.4, 80.2, "lower")]


def test_a_direction_on_this_after_a_benchmark_is_the_councils():
    text = ("Across the South West, 44.9% of care workers hold a relevant qualification; in Pendleford the figure is "
            "a little below this, at 41.3% (ASC-WDS, 2023-24).")
    assert _relations(text, "Pendleford Council") == [(41.3, 44.9, "lower")]


def test_a_comparative_lead_in_than_did_so_nationally():
    text = ("Fewer carers in Pendleford said they had been consulted than did so nationally: 64.0%, against an England "
            "average of 69.5%.")
    assert _relations(text, "Pendleford Council") == [(64.0, 69.5, "lower")]


def test_a_trailing_benchmark_after_a_group_of_carers():
    text = ("Just 31.2% of carers said they had as much social contact as they wanted, compared with 28.4% of carers in "
            "England (SACE, 2023-24).")
    assert _pairs(text, "Pendleford Council") == [(31.2, "England average", 28.4)]


def test_a_benchmark_after_with_right_after_the_councils_figure():
    text = "People who say services have made them feel safe: 84.1%, with England at 87.0% (ASCS, 2023-24)."
    assert _pairs(text, "Pendleford Council") == [(84.1, "England average", 87.0)]


def test_one_benchmark_named_twice_over_the_same_figures_is_one_comparison():
    text = ("Life expectancy is markedly lower than nationally: 76.1 years for men and 80.4 for women, compared with "
            "79.3 and 83.2 years respectively in England.")
    assert _pairs(text, "Pendleford Council") == [(76.1, "England average", 79.3), (80.4, "England average", 83.2)]


def test_the_councils_figure_named_with_a_direction_after_a_benchmark():
    text = ("The council upheld 9 of 30 complaints (30%). Across comparator councils the uphold rate was 44%; the "
            "council's figure was lower (council complaints data).")
    assert _relations(text, "Pendleford Council") == [(30.0, 44.0, "lower")]


def test_each_long_line_of_a_compact_page_is_a_paragraph():
    text = ("Nationally, 61.4% of people who use services say they are satisfied with their care and support. In "
            "Pendleford the figure was 57.0%. Leaders accepted there was more to do.\n"
            "People's sense of control over their lives was close to the national picture (77.1%), and most people "
            "we met were positive.")
    assert _pairs(text, "Pendleford Council") == [(57.0, "national average", 61.4)]


def test_a_list_after_a_plural_noun_and_before_a_trailing_name_pairs_in_order():
    text = ("Waits for a review and for an assessment fell to 31 and 26 days respectively, compared with averages of 40 "
            "and 35 days across its CIPFA nearest neighbours.")
    assert _pairs(text, "Pendleford Council") == [(31.0, "comparator group average", 40.0),
                                                 (26.0, "comparator group average", 35.0)]


def test_the_council_first_in_a_list_of_names_before_respectively():
    text = ("The shares of care workers holding a relevant qualification in Pendleford, the South West and England were "
            "58%, 51% and 47% respectively (ASC-WDS, 2023-24).")
    assert _pairs(text, "Pendleford Council") == [(58.0, "regional average", 51.0), (58.0, "England average", 47.0)]


def test_names_listed_before_respectively_without_the_council_pair_with_nothing():
    text = "The shares in the South West and England were 51% and 47% respectively."
    assert _pairs(text, "Pendleford Council") == []


def test_a_benchmark_after_its_figure_and_a_group_of_people():
    text = ("In the survey, 76.2% of people who use services across England said they felt safe; in Pendleford the "
            "figure was 70.9%.")
    assert _pairs(text, "Pendleford Council") == [(70.9, "England average", 76.2)]


def test_a_direction_on_both_after_the_councils_figure_holds_for_every_benchmark():
    text = ("Nationally, 86.0% of people say services help them feel safe; in Pendleford the figure was 80.2%, below "
            "both that and the South West average of 85.1%.")
    assert _relations(text, "Pendleford Council") == [(80.2, 86.0, "lower"), (80.2, 85.1, "lower")]


def test_a_benchmark_list_of_three_after_the_same_three_measures_pairs_in_order():
    text = ("The survey put the shares of people who felt safe, felt in control and found information easily at 70.2%, "
            "75.0% and 64.1%. For England the same three measures stood at 71.1%, 77.6% and 67.1%.")
    assert _pairs(text, "Pendleford Council") == [(70.2, "England average", 71.1), (75.0, "England average", 77.6),
                                                 (64.1, "England average", 67.1)]


def test_a_benchmark_before_a_plural_statistic_and_a_list_takes_no_single_figure():
    text = ("Median waits for an assessment and for a review were 12 and 25 days respectively, compared with "
            "comparator-group medians of 18 and 30 days.")
    assert _pairs(text, "Pendleford Council") == [(12.0, "comparator group median", 18.0), (25.0, "comparator group median", 30.0)]
    text = "The median wait for a review was 21 days, compared with comparator-group medians of 20 and 35 days."
    assert _pairs(text, "Pendleford Council") == []  # two lists pair in order; one figure takes neither


def test_a_benchmark_and_words_of_the_same_period_before_its_figure():
    text = ("In Pendleford, 77.0% of older people were still at home 91 days after discharge. Performance across England "
            "over the same period was 83.8%, and among its CIPFA comparator councils it was 81.5% (ASCOF, 2023-24).")
    assert _pairs(text, "Pendleford Council") == [(77.0, "England average", 83.8), (77.0, "comparator group average", 81.5)]


def test_an_earlier_figure_is_not_chosen_when_its_measure_words_lead_into_the_next():
    text = ("Agency workers filled 6% of social work posts and annual turnover of social workers was 8.4%. Turnover was "
            "about half the England rate of 15.9%.")
    assert _pairs(text, "Pendleford Council") == []  # not 6% against 15.9%


def test_both_just_before_the_benchmarks_direction_is_turned_round_for_each():
    text = ("In the survey, 70.3% of people found it easy to find information about support. The North East average "
            "(68.0%) and England's (67.5%) were both lower (ASCS, 2023-24).")
    assert _relations(text, "Pendleford Council") == [(70.3, 68.0, "higher"), (70.3, 67.5, "higher")]


def test_a_target_before_the_councils_figure_names_the_measure_a_benchmark_restates():
    text = ("The local authority's target was to review 85% of people in long-term support each year. At the time of our "
            "assessment, only 47% had received a review in the previous 12 months. Nationally, 57.1% of people in "
            "long-term support for 12 months or more were reviewed during the year (SALT, 2023-24).")
    assert _pairs(text, "Pendleford Council") == [(47.0, "national average", 57.1)]


def test_a_lead_in_without_a_target_names_no_measure_for_an_earlier_figure():
    text = ("The borough's population is older than average. 22.9% of residents are aged 65 and over. Across England, "
            "5.4% of the population are aged 80 or over.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_data_set_named_in_the_councils_clause_is_its_source_after_other_figures():
    text = ("In London as a whole, 46.2% of residents identify with an ethnic minority group, and in England 19.0%; in "
            "Pendleford the 2021 Census recorded 51.8%.")
    assert _sources(text) == [(51.8, "Census"), (51.8, "Census")]


def test_a_labelled_citation_closing_the_paragraph_cites_each_comparison_in_it():
    text = ("Pendleford is a young city. Under-18s account for 25.9% of residents compared with 21.0% across England. "
            "Over half of residents (51.4%) belong to ethnic minority groups (England: 19.0%) and more than 180 languages "
            "are spoken. (All figures in this paragraph: Census 2021.)")
    assert _sources(text) == [(25.9, "Census"), (51.4, "Census")]


def test_a_bare_citation_after_the_last_full_stop_cites_only_the_sentence_before():
    text = ("Had Pendleford offered reablement at the England rate, around 2,300 older people would have received it; "
            "1,780 did. Of those people, 79.6% no longer needed support. The figure for England was 77.5%. (SALT, 2023-24)")
    assert _sources(text) == [(1780.0, None), (79.6, "SALT")]


def test_set_out_below_is_no_direction_in_a_lists_lead_in():
    text = ("Results from national surveys for Pendleford, set out below, were each higher than the England average:\n\n"
            "- 70.2% of people were satisfied with their care (England: 62.4%; ASCS 2023-24)\n"
            "- 81.0% of people felt in control of their daily life (England: 77.6%; ASCS 2023-24)")
    assert _relations(text, "Pendleford Council") == [(70.2, 62.4, "higher"), (81.0, 77.6, "higher")]


def test_a_lead_in_over_lines_saved_without_list_marks_gives_their_direction():
    text = ("Ratings of regulated services in Pendleford were lower than across England for every type of service:\n"
            "Residential care homes: 72% rated good or outstanding (England 81%)\n"
            "Nursing homes: 58% rated good or outstanding (England 74%)")
    assert _relations(text, "Pendleford Council") == [(72.0, 81.0, "lower"), (58.0, 74.0, "lower")]


def test_both_lower_than_in_the_council_is_the_council_higher():
    text = ("The average delay was eleven days. Across the South West the average was eight days and in England six "
            "days; both figures were lower than in Pendleford.")
    assert _relations(text, "Pendleford Council") == [(11.0, 8.0, "higher"), (11.0, 6.0, "higher")]


def test_a_direction_just_before_comparison_words_leading_into_the_benchmark():
    text = ("More than a quarter of residents (26.8%) are aged 65 or over. That is well above the South West average, "
            "which stands at 22.3%, and higher still when set against England (18.4%).")
    assert _relations(text, "Pendleford Council") == [(26.8, 22.3, "higher"), (26.8, 18.4, "higher")]


def test_a_share_after_an_opening_compared_with_the_benchmark_is_its_direction():
    text = ("Compared with its statistical neighbours (28.3%), a smaller share of people in Pendleford received direct "
            "payments (19.7%) (ASCOF, 2024-25).")
    assert _relations(text, "Pendleford Council") == [(19.7, 28.3, "lower")]


def test_a_lead_in_direction_across_a_colon_that_the_figures_contradict_is_none():
    text = ("The population is less diverse than in many parts of the country: 96.1% of residents describe themselves as "
            "White, compared to 90.6% in the North East.")
    assert _relations(text, "Pendleford Council") == [(96.1, 90.6, None)]


def test_a_likeness_to_a_named_place_before_a_colon_holds_but_one_with_no_object_does_not():
    named = ("People's sense of safety was comparable to the rest of the country: 68.9% of people felt safe, where the "
             "England figure was 69.2% (ASCS 2021-22).")
    bare = ("Unpaid carers' experience was similar: 61.9% of carers said they had been included, against 64.7% in "
            "England (SACE 2021-22).")
    assert _relations(named, "Pendleford Council") == [(68.9, 69.2, "similar")]
    assert _relations(bare, "Pendleford Council") == [(61.9, 64.7, None)]


def test_a_rate_with_a_possessive_among_its_words():
    text = ("The local authority completed 298 carers' assessments or reviews per 100,000 adults, well under the regional "
            "rate of 455 per 100,000.")
    assert _relations(text, "Pendleford Council") == [(298.0, 455.0, "lower")]


def test_a_rates_base_after_per_is_no_council_figure():
    text = ("On an average day, Pendleford had fewer people per 100,000 adults who remained in hospital (14.0) than "
            "Yorkshire and the Humber (18.9) or England (21.4).")
    assert all(value != 100000.0 for value, _, _ in _pairs(text, "Pendleford Council"))


def test_a_bare_benchmark_figure_is_not_set_against_a_count_past_an_unread_number():
    text = ("On an average day, 61 people in hospital were fit to leave but still waiting; per 100,000 adults this "
            "equates to 21.3, a markedly higher rate than England's 14.6.")
    assert _pairs(text, "Pendleford Council") == []  # not 61 people against 14.6


def test_fewer_than_six_in_ten_is_an_amount_not_a_direction():
    text = ("Fewer than six in ten people who draw on care (57.8%) were satisfied with it, compared with 63.0% nationally "
            "(ASCS, 2023-24).")
    assert _relations(text, "Pendleford Council") == [(57.8, 63.0, None)]


def test_both_lower_than_the_councils_after_a_dash_is_the_council_higher():
    text = ("The share who felt safe was 90.3%; the regional average was 88.0% and the England average 87.8% - both lower "
            "than Pendleford's (ASCS, 2023-24).")
    assert _relations(text, "Pendleford Council") == [(90.3, 88.0, "higher"), (90.3, 87.8, "higher")]


def test_a_second_place_joined_by_and_with():
    text = ("Of people who received short-term support, 88.6% needed no further support; this compares favourably with "
            "the South East (79.8%) and with England (77.5%).")
    assert _pairs(text, "Pendleford Council") == [(88.6, "regional average", 79.8), (88.6, "England average", 77.5)]


def test_a_trailing_name_before_a_list_after_another_benchmarks_list_pairs_in_order():
    text = ("Turnover and vacancy rates among the council's own staff were 11.4% and 6.2% respectively. The comparable "
            "North East rates were 13.9% and 7.0%, and in England 15.2% and 8.8% (ASC-WDS 2023/24).")
    assert _pairs(text, "Pendleford Council") == [(11.4, "regional average", 13.9), (11.4, "England average", 15.2),
                                                 (6.2, "regional average", 7.0), (6.2, "England average", 8.8)]


def test_an_earlier_figure_compared_already_with_that_benchmark_is_not_restated():
    text = ("3.1% of residents provided 50 or more hours of unpaid care a week, compared with 2.7% nationally (Census "
            "2021). Across England, 8.9% of the population provided some unpaid care in 2021.")
    assert _pairs(text, "Pendleford Council") == [(3.1, "national average", 2.7)]


def test_a_council_figure_not_known_before_the_benchmark_takes_none_from_before():
    text = ("In 2023-24, 27% of completed assessments identified eligible needs. Leaders could not tell us what "
            "proportion of new requests had gone on to result in long-term support; the England figure is 7.4%.")
    assert _pairs(text, "Pendleford Council") == []


def test_a_comma_between_a_benchmark_and_its_plural_noun_before_a_list():
    text = ("Children under 18 make up 24.1 per cent of the population and people aged 65 and over 15.6 per cent. For the "
            "West Midlands, the proportions are 21.9 per cent and 18.1 per cent respectively.")
    assert _pairs(text, "Pendleford Council") == [(24.1, "regional average", 21.9), (15.6, "regional average", 18.1)]


def test_a_closing_citation_of_two_data_sets_cites_the_sentences_two_comparisons_in_order():
    text = ("Of people who use services, 66.0% felt as safe as they wanted, compared to 71.1% in England; for carers the "
            "figure was 78.4% against 80.8% nationally (ASCS 2023-24; SACE 2023-24).")
    assert _sources(text) == [(66.0, "ASCS"), (78.4, "SACE")]


def test_both_against_the_same_benchmark_named_again_is_the_councils_figures():
    text = ("Life expectancy at birth is 77.6 years for men and 81.5 years for women; the England averages are 79.4 and "
            "83.1 years, so both sit below the national picture.")
    assert _relations(text, "Pendleford Council") == [(77.6, 79.4, "lower"), (81.5, 83.1, "lower")]


def test_a_singular_benchmark_for_both_pairs_its_bracketed_list_in_order():
    text = ("Life expectancy at birth is 76.8 years for men and 80.9 years for women, more than two years below the England "
            "average for both (79.3 and 83.2 years).")
    assert _relations(text, "Pendleford Council") == [(76.8, 79.3, "lower"), (80.9, 83.2, "lower")]


def test_two_ages_in_words_joined_by_a_comma_pair_with_a_respectively_list():
    text = ("Men in Pendleford live on average to seventy-seven, women to eighty-one, lower than the England averages of "
            "78.9 and 82.8 years respectively.")
    assert _relations(text, "Pendleford Council") == [(77.0, 78.9, "lower"), (81.0, 82.8, "lower")]


def test_ages_in_words_before_a_gap_and_a_direction_are_the_councils_figures():
    text = ("Men in Pendleford can expect to live to seventy-eight and women to eighty-two, each more than a year below the "
            "national averages of 79.4 and 83.1 years.")
    assert _relations(text, "Pendleford Council") == [(78.0, 79.4, "lower"), (82.0, 83.1, "lower")]


def test_not_markedly_different_from_is_a_likeness():
    text = ("63.4% of people who used services said they had enough choice over their care and support, not markedly "
            "different from the England average of 65.8% (ASCS 2023-24).")
    assert _relations(text, "Pendleford Council") == [(63.4, 65.8, "similar")]


def test_a_sentence_opening_on_a_benchmark_list_then_the_councils_list_respectively():
    text = ("Against England averages of 66.3% and 57.7%, Pendleford recorded 61.8% and 54.0% respectively for people who use "
            "services and for carers (ASCS, 2022-23 and SACE, 2021-22).")
    assert _pairs(text, "Pendleford Council") == [(61.8, "England average", 66.3), (54.0, "England average", 57.7)]
    gaps = "Against England averages of 79.3 and 83.2 years, men and women here live 2.9 and 2.3 years less respectively."
    assert _pairs(gaps, "Pendleford Council") == []  # gaps, not values


def test_two_places_joined_by_or_before_a_bracketed_respectively_list():
    text = ("Older people make up a larger share of the population than in the South East or England (21.2% compared with "
            "19.4% and 18.4% respectively).")
    assert _relations(text, "Pendleford Council") == [(21.2, 19.4, "higher"), (21.2, 18.4, "higher")]


def test_a_region_opening_the_sentence_without_a_comma_owns_its_clauses_figure():
    text = ("In 2022-23, 543 of the concerns (19%) led to a Section 42 enquiry (SAC 2022-23). Across Yorkshire and the Humber "
            "the proportion of concerns leading to an enquiry was 27%, and in England 31%.")
    assert _pairs(text, "Kessington Council") == [(19.0, "regional average", 27.0), (19.0, "England average", 31.0)]


def test_a_figure_said_of_the_benchmarks_place_there_is_never_the_councils():
    text = ("About 9.6% of residents provide unpaid care; in England as a whole the figure is 8.9%, and 2.6% of people there "
            "give 50 or more hours a week, whereas in Brackenmouth 3.4% do (Census 2021).")
    assert (3.4, "England average", 8.9) not in _pairs(text, "Brackenmouth Council")
    assert (2.6, "England average", 8.9) not in _pairs(text, "Brackenmouth Council")


def test_a_woman_and_men_are_different_groups():
    text = ("A woman born in Gallowford today can expect to live to about eighty-one, two years less than the England "
            "average of 83.0 years; for men the figure is seventy-six and a half, against 79.0 nationally.")
    assert _pairs(text, "Gallowford Council") == [(81.0, "England average", 83.0)]


def test_a_name_closing_a_list_of_names_after_figures_and_before_respectively_is_a_benchmark():
    text = ("Fewer people in Pendleford than elsewhere said they had as much social contact as they would like: 39.2%, "
            "against 44.4% and 42.9% for England and the North West respectively (ASCS, 2023).")
    assert _relations(text, "Pendleford Council") == [(39.2, 44.4, "lower"), (39.2, 42.9, "lower")]


def test_both_benchmarks_higher_with_their_figures_after_the_direction_is_the_council_lower():
    text = ("Just 29.0% of unpaid carers were satisfied with the support they received (SACE, 2021-22). Both the South West "
            "and England figures were higher, at 37.9% and 36.3% respectively.")
    assert _relations(text, "Pendleford Council") == [(29.0, 37.9, "lower"), (29.0, 36.3, "lower")]


def test_a_next_sentence_opening_on_the_council_and_restating_the_measure_is_the_councils():
    text = ("Across Yorkshire and the Humber, councils that shared their data with us reported a median wait of 26 days from "
            "first contact to the start of a Care Act assessment. In Pendleford the median wait was 47 days, and the longest "
            "wait on the list at the time of our visit was 214 days.")
    assert _pairs(text, "Pendleford Council") == [(47.0, "regional median", 26.0)]
    other = text.replace("the median wait was 47 days", "staff turnover fell by 47 days")
    assert _pairs(other, "Pendleford Council") == []  # words the benchmark's sentence never said


def test_the_councils_whole_compared_with_a_part_of_it_is_its_figure_against_england():
    text = ("In the former coalfield districts, 9.4% of people describe their health as bad or very bad, compared with 5.6% "
            "across the county, which is itself slightly above England's 5.2% (Census 2021).")
    assert _relations(text, "Wendmoor Council") == [(5.6, 5.2, "higher")]


def test_a_closing_citation_of_two_data_sets_after_two_council_figures_cites_them_in_order():
    text = ("The proportions of people and carers who found it easy to find information were 61.0% and 52.3% respectively "
            "(ASCS 2023-24; SACE 2023-24). Both figures were lower than the regional averages of 67.8% and 59.6%.")
    assert _sources(text) == [(61.0, "ASCS"), (52.3, "SACE")]


def test_a_place_after_and_takes_the_median_leading_into_the_place_before():
    text = ("People waited a median of 63 days for an assessment to be completed; the median across the South West was 29 "
            "days and in England 24 days.")
    assert _pairs(text, "Pendleford Council") == [(63.0, "regional median", 29.0), (63.0, "England median", 24.0)]
    text = "Median weekly earnings are £812, well above the South East (£705) and England (£683) figures."
    assert _pairs(text, "Pendleford Council")[-1] == (812.0, "England average", 683.0)  # the measure's median, no statistic


def test_within_a_region_opens_its_benchmark():
    text = ("The survey showed that 57.4% of people who used services were extremely or very satisfied with their care and "
            "support. Within the East Midlands the equivalent was 63.0%, and for England as a whole it was 64.4%.")
    assert _pairs(text, "Pendleford Council") == [(57.4, "regional average", 63.0), (57.4, "England average", 64.4)]


def test_a_bracketed_breakdown_of_the_councils_figure_is_not_its_value():
    text = ("Of the 212 care homes registered in the county, 74% were rated good or outstanding by CQC at the time of our "
            "assessment (4% outstanding and 70% good), against 79% for England.")
    assert _pairs(text, "Pendlecott Council") == [(74.0, "England average", 79.0)]


def test_a_multiple_above_one_before_the_benchmark_is_higher():
    text = "Average house prices are £412,000, more than 1.4 times the England average of £290,000."
    assert _relations(text, "Pendleford Council") == [(412000.0, 290000.0, "higher")]


def test_a_benchmarks_statistic_picks_the_figure_of_the_sentence_before_that_names_it():
    text = ("The median wait from first contact to the start of an assessment was 47 days, and the longest wait was 312 "
            "days. By comparison, the median across the local authority's CIPFA comparator group was 28 days.")
    assert _pairs(text, "Pendleford Council") == [(47.0, "comparator group median", 28.0)]


def test_a_level_before_other_comparison_words_states_no_direction():
    text = ("Of people who completed short-term support, 71.0% needed no further support or support at a lower level, "
            "which was slightly better than the England average of 69.9% (SALT 2023-24).")
    assert _relations(text, "Pendleford Council") == [(71.0, 69.9, None)]


def test_a_benchmark_named_before_the_councils_figure_takes_the_figure_after_comparison_words():
    text = ("The borough outperformed its CIPFA nearest neighbours on reablement, with 91.6% of older people still at home "
            "91 days after discharge compared with 84.0%.")
    assert _relations(text, "Pendleford Council") == [(91.6, 84.0, None)]
    text = ("Performance on waiting times was worse than that of its CIPFA neighbours: 1,310 people were waiting for a "
            "Care Act assessment in March 2025, against an average of 690 people.")
    assert _pairs(text, "Pendleford Council") == [(1310.0, "comparator group average", 690.0)]
    text = "Pendleford outperformed the England average, with 70.4% of people satisfied, compared with 60.1% in 2021."
    assert _pairs(text, "Pendleford Council") == []  # its own past


def test_a_next_sentence_opening_on_a_contrast_states_the_benchmarks_measure():
    text = ("We looked at how much control people felt they had over their daily lives. Nationally the average was 77.6%. "
            "By contrast, 70.9% of people in Brackenford said they had control over their daily lives (ASCS 2024-25).")
    assert _sources(text) == [(70.9, "ASCS")]


def test_a_benchmark_restating_the_measure_of_the_sentence_before_takes_its_figure():
    text = ("The Ombudsman investigated 6 complaints about the council's adult social care services in 2022-23 and upheld "
            "4 of them (67%). Nationally, the Ombudsman upheld 81% of adult care complaints that year.")
    assert _pairs(text, "Pendleford Council") == [(67.0, "national average", 81.0)]
    text = ("The council received 163 adult social care complaints in 2023/24 and 47% were upheld. The Ombudsman "
            "investigated 9 complaints about adult social care and upheld 7 of them. Nationally, the Ombudsman upheld 81% "
            "of the adult social care complaints it investigated.")
    assert _pairs(text, "Pendleford Council") == []  # the measure's own figure, between, is not printed


def test_respectively_takes_its_sources_in_order_before_the_benchmark():
    text = ("At 58.3% and 30.9% respectively, the proportions of people satisfied with their care and support (ASCS 2023-24) "
            "and of carers satisfied with social services (SACE 2023-24) were both below the England averages of 64.7% "
            "and 36.8%.")
    assert _sources(text) == [(58.3, "ASCS"), (30.9, "SACE")]


def test_about_as_likely_as_is_similar_but_twice_as_likely_is_not():
    text = ("Carers in Lymbridge were about as likely as carers nationally to say they had no worries about their personal "
            "safety (80.9% against 80.4%).")
    assert _relations(text, "Lymbridge Council") == [(80.9, 80.4, "similar")]
    assert _relations(text.replace("about as likely", "twice as likely"), "Lymbridge Council")[0][2] != "similar"


def test_medians_before_a_trailing_list_pair_in_order_as_medians():
    text = ("Men in the city can expect to live to 76.8 years and women to 81.5 years, compared with medians of 78.6 and "
            "82.7 years across West Midlands authorities.")
    assert _pairs(text, "Corvale City Council") == [(76.8, "regional median", 78.6), (81.5, "regional median", 82.7)]


def test_a_count_the_benchmarks_rate_would_give_in_the_next_sentence_takes_the_count_before():
    text = ("On a typical day in December 2024, 12 people in the acute hospital were medically fit for discharge but still "
            "waiting for a care-related service. Applying the England rate of delayed discharges to Fernlow's population "
            "would give about 25 people.")
    assert _pairs(text, "Fernlow Council") == [(12.0, "England average (scaled to population)", 25.0)]
    text = ("On an average day in 2024-25, 14 people were in hospital beds although medically ready to leave; at the London "
            "rate the borough would have expected around 22 people.")
    assert _pairs(text, "Fernlow Council") == [(14.0, "London average (scaled to population)", 22.0)]


def test_a_rate_of_an_age_group_is_one_figure():
    text = ("In 2023-24 the local authority admitted 742.3 people aged 65 and over per 100,000 population to permanent care, "
            "against 566.0 per 100,000 in England. There were 21.4 adults aged 18 to 64 per 100,000 admitted.")
    atoms, _ = _atoms_and_sentences(text)
    assert [(a.text, a.key, a.value) for a in atoms if a.label == "QUANTITY"] == [
        ("742.3 people aged 65 and over per 100,000", "per 100,000", 742.3), ("566.0 per 100,000", "per 100,000", 566.0),
        ("21.4 adults aged 18 to 64 per 100,000", "per 100,000", 21.4)]
    assert _pairs(text, "Pendleford Council") == [(742.3, "England average", 566.0)]


def test_a_direction_after_the_councils_figure_naming_the_benchmark_again_is_its_relation():
    text = ("Across England, 566.0 people aged 65 and over per 100,000 population were permanently admitted to care homes in "
            "2023-24; in Marrowby the rate was 742.3 per 100,000, considerably higher than the England rate.")
    assert _relations(text, "Marrowby Council") == [(742.3, 566.0, "higher")]


def test_a_next_sentence_opening_on_the_councils_figure_or_its_pronoun_and_a_direction():
    text = ("In England as a whole, 45.1% of people who use services have as much social contact as they would like. The "
            "equivalent figure for Tallisford was 52.6% (ASCS, 2023-24).")
    assert _pairs(text, "Tallisford Council") == [(52.6, "England average", 45.1)]
    text = ("Nationally, 77.6% of people who use services say they have control over their daily life. In Wendleby this was "
            "lower, at 72.9% (ASCS, 2023-24).")
    assert _relations(text, "Wendleby Council") == [(72.9, 77.6, "lower")]


def test_an_aside_after_the_benchmark_opening_on_which_stands_before_its_figure():
    text = ("The median time was 26 days; the regional median, which the local authority shared with us, was 19 days.")
    assert _pairs(text, "Pendleford Council") == [(26.0, "regional median", 19.0)]
    text = ("The vacancy rate was 11.6%, higher than the 8.3% average for England, and turnover, at 26.9%, was close to the "
            "regional figure of 27.2%.")
    assert (11.6, "England average", 8.3) in _pairs(text, "Pendleford Council")  # ', and turnover,' is no aside
    assert (11.6, "England average", 26.9) not in _pairs(text, "Pendleford Council")


def test_the_size_of_a_change_or_a_past_value_is_not_the_level_a_benchmark_sentence_takes():
    text = ("Residents aged 65 and over make up 22.8% of the population. The authority has seen rapid growth in this age "
            "group over the past decade, of 21%. For the East Midlands as a whole the share is 19.6%, while nationally it "
            "is 18.4%.")
    assert _pairs(text, "Pendleford Council") == [(22.8, "regional average", 19.6), (22.8, "national average", 18.4)]
    text = ("Just under a third of residents (32.6%) belong to ethnic minority groups. The England proportion is 19.0% and the "
            "regional proportion 14.9%; Pendleford's own share has grown from 25.1% in 2011.")
    assert _pairs(text, "Pendleford Council") == [(32.6, "England average", 19.0), (32.6, "regional average", 14.9)]


def test_the_councils_own_fair_cost_of_care_estimate_is_no_council_value():
    text = ("The local authority's standard home care rate for 2023/24 was £20.44 an hour. Its CIPFA nearest neighbours paid, "
            "on average, £22.16, and the local authority's own Fair Cost of Care exercise had put the median cost of "
            "delivering an hour of home care at £23.70.")
    assert _pairs(text, "Pendleford Council") == [(20.44, "comparator group average", 22.16)]


def test_relation_words_before_a_number_state_its_amount_not_a_direction():
    text = ("Nationally, around 14.7% of people who requested support were waiting more than six months for an assessment; "
            "in Halsingford the comparable figure was 22.4%.")
    assert _relations(text, "Halsingford Council") == [(22.4, 14.7, None)]
    text = "Halsingford's rate was 22.4%, higher than 14.7% in England."
    assert _relations(text, "Halsingford Council") == [(22.4, 14.7, "higher")]  # the benchmark's own figure


def test_a_later_clause_naming_one_figures_measure_again_takes_that_figure():
    text = ("Skills for Care data showed turnover among care workers in the county of 31.2% and a vacancy rate of 9.6%, "
            "compared with 24.8% and 8.1% respectively in England, and turnover was higher than the East of England rate "
            "of 27.6%.")
    assert (31.2, "regional average", 27.6) in _pairs(text, "Pendleford Council")
    assert (9.6, "regional average", 27.6) not in _pairs(text, "Pendleford Council")


def test_a_direction_leading_into_the_picture_elsewhere_before_a_colon_introduces_the_councils_figure():
    text = ("Nationally, 62.4% of people say they are extremely or very satisfied; in Cresswick the proportion was 58.3%. "
            "People's sense of choice was close to the picture elsewhere in the North West: 68.9% felt they had enough "
            "choice, compared with 69.5% regionally.")
    assert _relations(text, "Cresswick Council") == [(58.3, 62.4, None), (68.9, 69.5, "similar")]


def test_the_comparable_figure_for_a_benchmark_with_its_direction_is_turned_round():
    text = ("Of the 1,430 people who finished short-term support, 1,144 (80%) needed no further support. The comparable "
            "figure for England was a little lower, at 77.5%.")
    assert _relations(text, "Pendleford Council") == [(80.0, 77.5, "higher")]


def test_the_upper_end_of_an_age_band_is_no_figure():
    text = ("In 2023-24 there were 26.1 permanent admissions for every 100,000 people aged 18 to 64, well above the England "
            "average of 14.6 per 100,000 (ASCOF 2023-24).")
    assert _relations(text, "Marlowfield Council") == [(26.1, 14.6, "higher")]


def test_a_sentence_opening_on_comparison_words_sets_the_figure_before_its_benchmark_against_the_one_after():
    text = ("Against an average of 71.4% for Ullerby's CIPFA nearest neighbours, 64.0% of people who use services said "
            "they felt safe.")
    assert _pairs(text, "Ullerby Council") == [(64.0, "comparator group average", 71.4)]
    text = "Compared with 68% in England, 64% of people said they felt safe."
    assert _pairs(text, "Ullerby Council") == [(64.0, "England average", 68.0)]


def test_of_a_list_of_categories_the_benchmark_takes_only_the_one_it_names_in_full():
    text = ("Self-neglect accounted for 27% of concluded enquiries, financial abuse 18% and domestic abuse 11%. "
            "Nationally, neglect and acts of omission is the most common type of risk, at 32% of concluded enquiries.")
    assert _pairs(text, "Ravenhurst Council") == []
    text = ("Neglect accounted for 27% of concluded enquiries, financial abuse 18% and domestic abuse 11%. "
            "Nationally, financial abuse is the second most common type of risk, at 16% of concluded enquiries.")
    assert _pairs(text, "Ravenhurst Council") == [(18.0, "national average", 16.0)]


def test_a_benchmark_naming_its_measure_takes_the_sentence_before_that_names_most_of_it():
    text = ("Of 1,940 safeguarding concerns received in 2022-23, 312 (16%) led to a Section 42 enquiry. Nationally, the "
            "proportion of concerns leading to an enquiry was 31%.")
    assert _pairs(text, "Bexworth Council") == [(16.0, "national average", 31.0)]
    text = ("Of the concerns received, 452 led to a Section 42 enquiry, a conversion rate of 16%. Across England roughly "
            "one in three concerns (32%) goes on to an enquiry.")
    assert _pairs(text, "Tynemere Council") == [(16.0, "England average", 32.0)]


def test_a_clause_after_a_comparison_takes_the_figure_not_yet_compared():
    text = ("In the survey, 66.8% of people said they felt as safe as they wanted, lower than the England average of "
            "69.7%, and 82.4% said care and support services helped them to feel safe; the England figure was 87.1%.")
    assert _pairs(text, "Tynemere Council") == [(66.8, "England average", 69.7), (82.4, "England average", 87.1)]
    text = ("Wilverton's figure for people who found it easy to find information (69.4%) was lower than in comparable "
            "councils, where the average stood at 71.0%, although it was higher than England's 67.1%.")
    assert (71.0, "England average", 67.1) not in _pairs(text, "Wilverton Council")


def test_a_benchmark_heading_a_colon_named_again_as_a_phrase_after_its_figure():
    text = ("The reablement service outperformed the England average: 88.6% of people who completed reablement needed no "
            "ongoing support, compared to 77.2% across England.")
    assert _pairs(text, "Severnholt Council") == [(88.6, "England average", 77.2)]


def test_the_councils_direction_against_places_in_general_after_the_benchmarks_figure():
    text = ("The median wait for a Care Act assessment was 46 days. Comparator councils in the CIPFA group reported a "
            "median of 29 days, so people in Thornvale were waiting considerably longer than in similar areas.")
    assert _relations(text, "Thornvale Council") == [(46.0, 29.0, "higher")]


def test_figures_listed_before_the_councils_name_and_a_benchmarks_respectively():
    text = "The figures were 88.4% and 87.0% for Morrowdale and England respectively."
    assert _pairs(text, "Morrowdale Council") == [(88.4, "England average", 87.0)]


def test_benchmark_figures_listed_first_then_a_clause_opening_on_the_council():
    text = ("England averages were 36.3% and 64.7% respectively; in Holderby, 39.6% of carers were satisfied and 67.5% "
            "felt they had been included.")
    assert _pairs(text, "Holderby Council") == [(39.6, "England average", 36.3), (67.5, "England average", 64.7)]


def test_a_bare_number_before_but_or_placed_right_before_its_benchmark_is_a_figure_of_the_unit():
    text = ("Admissions stood at 612.4 per 100,000 population, higher than the England rate of 566.0 but lower than the "
            "North East figure of 688.9.")
    assert _relations(text, "Highcastle Council") == [(612.4, 566.0, "higher"), (612.4, 688.9, "lower")]
    text = "For younger adults the rate was 19.3 per 100,000, close to the 21.1 recorded by similar councils."
    assert _relations(text, "Corrington Council") == [(19.3, 21.1, "similar")]


def test_a_level_after_a_degree_word_describes_the_measure():
    text = ("Just under three quarters of people (74.0%) who completed a period of short-term support needed no further "
            "support or only a lower level of support afterwards; the figure for similar councils was 79.5%.")
    assert _relations(text, "Wealdshire Council") == [(74.0, 79.5, None)]


def test_a_change_two_sentences_back_is_no_level_for_a_benchmark():
    text = ("The in-house reablement service had reduced the hours it could provide by 20% since 2023 because of staff "
            "vacancies, and people leaving hospital were often offered a short-term placement in a care home instead. "
            "Calderstowe's reablement service was smaller than those of neighbouring councils, leaders acknowledged, "
            "although they did not provide figures to show this. Nationally, 3.0% of older people discharged from hospital "
            "were offered reablement.")
    assert _pairs(text, "Calderstowe Council") == []


def test_the_council_saying_it_has_no_figure_of_its_own_takes_none():
    text = ("In 2023-24, 2.1% of older people were offered reablement after leaving hospital, by the council's own count of "
            "one ward. Nationally, 3.0% of older people discharged from hospital were offered reablement; the local "
            "authority could not tell us its own figure.")
    assert _pairs(text, "Calderstowe Council") == []


def test_the_equivalents_of_a_place_are_its_list():
    text = ("The proportions of residents aged 65 and over and 85 and over are 21.9% and 2.8%; for England the "
            "equivalents are 18.4% and 2.4%, and for the East Midlands 19.9% and 2.5%.")
    assert sorted(_pairs(text, "Lindale Council")) == [(2.8, "England average", 2.4), (2.8, "regional average", 2.5),
                                                      (21.9, "England average", 18.4), (21.9, "regional average", 19.9)]


def test_gaps_are_no_levels_for_a_list_of_benchmark_figures():
    text = ("Male life expectancy in Wexcaster is 77.3 years and female life expectancy 81.2 years. The gap between the "
            "most and least deprived wards is 10.4 years for men and 7.9 years for women. The corresponding England "
            "figures are 78.9 and 82.8 years.")
    assert _pairs(text, "Wexcaster Council") == [(77.3, "England average", 78.9), (81.2, "England average", 82.8)]


def test_a_bracketed_figure_after_a_named_category_is_that_categorys():
    text = ("9.8% of residents identify with an ethnic minority group. The national average is 26.5%; the largest "
            "minority group locally is White Other (4.1%).")
    assert _pairs(text, "Ashcombe Council") == [(9.8, "national average", 26.5)]


def test_a_bracket_after_a_benchmark_holding_another_benchmark_opens_on_the_councils_figure():
    text = "Carer satisfaction was well above what we see nationally (48.7%; national average 36.3%)."
    assert _pairs(text, "Kingsmere Council") == [(48.7, "national average", 36.3)]


def test_a_benchmarks_comma_and_figure_ending_the_sentence_after_the_councils_figure():
    text = ("71.5% of carers felt included or consulted in discussions about the person they cared for – more than the "
            "national average, 66.1% (SACE, 2021-22).")
    assert _relations(text, "Ravenser Council") == [(71.5, 66.1, "higher")]


def test_the_ombudsmans_annual_review_letter_is_the_lgsco():
    text = ("The Ombudsman's annual review letter recorded that the local authority had complied with 100% of its "
            "recommendations, compared with an average of 99% for similar authorities.")
    assert _sources(text) == [(100.0, "LGSCO")]


def test_a_benchmarks_name_in_the_councils_name_is_no_council_word():
    text = ("Across London, 74.3% of people who use services said they had control over their daily lives, and across "
            "England the figure was 77.2%. In Eastholm it was 69.0%.")
    assert _pairs(text, "London Borough of Eastholm") == [(69.0, "London average", 74.3), (69.0, "England average", 77.2)]


def test_a_benchmark_then_a_measure_of_a_few_words_then_its_figure():
    text = "England's average life expectancy at birth is 79.3 years for men; in Tarnside it is 75.8 years, more than three years lower."
    assert _relations(text, "Tarnside Council") == [(75.8, 79.3, "lower")]


def test_a_figure_set_in_law_is_a_limit_not_the_councils():
    text = ("The average time to complete a standard authorisation was 171 days, well beyond the 21 days set in law and "
            "longer than the England average of 153 days.")
    assert _relations(text, "Lindholt Council") == [(171.0, 153.0, "higher")]


def test_a_benchmark_first_then_a_sentence_without_numbers_then_the_local_figure():
    text = ("Nationally, 36.7% of carers were extremely or very satisfied with social services in 2023-24. In Fernhallow, "
            "the carers' reference group had worked with the local authority to rewrite the information sent to carers. "
            "Locally the figure was 41.2%.")
    assert _located(text) == [(41.2, 36.7, None, None, "later sentence")]


def test_a_benchmark_opening_a_clause_after_a_comma_and_when():
    text = ("Just 58.4% of people who use services said it had been easy to find information about support, when across "
            "England the figure was 66.2%.")
    assert _pairs(text, "Limehaven Council") == [(58.4, "England average", 66.2)]


def test_a_region_named_with_region_before_its_bracketed_figure():
    text = ("Just over a third of residents (34.7%) are from ethnic minority groups, a higher share than in the West "
            "Midlands region (29.3%) or England as a whole (26.5%).")
    assert _relations(text, "Middlecroft Council") == [(34.7, 29.3, "higher"), (34.7, 26.5, "higher")]


def test_the_councils_direction_after_a_benchmarks_figure_in_the_same_sentence():
    text = ("People waited a median of 19 days from first contact to the start of an assessment; leaders told us the "
            "median for councils across the North West was 24 days, so Marrowdale's wait was below the regional median.")
    assert _relations(text, "Marrowdale Council") == [(19.0, 24.0, "lower")]


def test_a_benchmark_as_subject_with_the_council_as_its_relations_object_is_turned_round():
    text = ("Only 12.4% of carers said they had as much social contact as they would like. The England figure, 30.0%, was "
            "more than twice Hollinsby's.")
    assert _relations(text, "Hollinsby Council") == [(12.4, 30.0, "lower")]


def test_a_place_opening_a_sentence_without_a_comma_owns_its_clauses_figure():
    text = ("47.2% of residents now identify with an ethnic minority group, up from 36.5% in 2011 (Census 2021). Across "
            "London the proportion is 46.2%, compared with 26.5% for England as a whole.")
    assert _pairs(text, "London Borough of Hollowfield") == [(47.2, "London average", 46.2), (47.2, "England average", 26.5)]


def test_relation_words_before_a_fraction_state_an_amount_not_an_object():
    text = ("According to the 2021 Census, 17.9% of residents are aged 65 or over, compared to 18.4% in England, and just "
            "over one in five residents (21.6%) belong to an ethnic minority group, a higher proportion than in the North "
            "West as a whole (14.7%).")
    assert _relations(text, "Harrowfold Council") == [(17.9, 18.4, None), (21.6, 14.7, "higher")]


def test_a_pair_listed_after_two_names_is_taken_by_the_name_a_benchmark_says():
    first = ("Vacancy and turnover rates of 12.4% and 33.1% in the local care sector were both higher than the South East "
             "averages of 11.8% and 29.6% respectively (Skills for Care, 2022-23). ")
    assert (12.4, "national average", 9.9) in _pairs(first + "Nationally, the vacancy rate was 9.9%.", "Soverby Vale Council")
    assert (33.1, "national average", 28.3) in _pairs(first + "Nationally, the turnover rate was 28.3%.", "Soverby Vale Council")
    assert not any(bench == "national average" for _, bench, _ in _pairs(first + "Nationally, the rate was 9.9%.", "Soverby Vale Council"))


def test_shares_of_a_whole_are_no_council_figure_for_a_category_none_of_them_names():
    text = ("The location of risk was the person's own home in 47% of enquiries, a care home in 33%, a hospital in 6% and "
            "somewhere else in 14%. Nationally, neglect and acts of omission accounted for 32% of risks in concluded enquiries.")
    assert _pairs(text, "Marrowfield Council") == []


def test_a_benchmarks_list_after_its_measures_pairs_with_the_councils_list():
    measures = ("The London averages for people who use services who had as much social contact as they would like, and "
                "for those who felt they had control over their daily life, were 41.0% and 72.3% respectively")
    assert _relations(measures + ". In Ashwick the figures were lower, at 35.6% and 66.9% (ASCS, 2023-24).",
                      "London Borough of Ashwick") == [(35.6, 41.0, "lower"), (66.9, 72.3, "lower")]
    assert _pairs(measures + "; Ashwick's figures were 35.6% and 66.9%.", "London Borough of Ashwick") \
        == [(35.6, "London average", 41.0), (66.9, "London average", 72.3)]


def test_the_council_named_right_before_its_figure_opens_the_next_sentence():
    text = ("The England average for carers who felt involved or consulted as much as they wanted in discussions about the "
            "person they care for is 64.7%. In Marlcombe 58.1% of carers felt this way (SACE, 2021-22).")
    assert _pairs(text, "Marlcombe Council") == [(58.1, "England average", 64.7)]


def test_a_benchmark_phrase_whose_figures_are_listed_respectively():
    text = ("Satisfaction (61.8%) and choice (67.5%) were each a little below the England position, which stood at 63.6% "
            "and 69.7% respectively (ASCS, 2023-24).")
    assert _relations(text, "Tamsford Council") == [(61.8, 63.6, "lower"), (67.5, 69.7, "lower")]


def test_a_benchmark_similar_or_close_to_the_councils_figure_before_its_own():
    council = "In the same survey 61.2% of carers said they had been included in discussions about the person they cared for"
    assert _relations(council + "; the England figure was close to this at 64.7%.", "Calderholme Council") \
        == [(61.2, 64.7, "similar")]
    assert _relations(council + ". The England figure was similar, at 62.0%.", "Calderholme Council") == [(61.2, 62.0, "similar")]


def test_in_the_same_survey_takes_the_citation_of_the_sentence_before():
    text = ("Satisfaction with social services among carers was 28.4%, lower than the national average of 36.3% (SACE, "
            "2023-24). In the same survey 61.2% of carers said they had been consulted, against 64.7% in England.")
    assert _sources(text) == [(28.4, "SACE"), (61.2, "SACE")]


def test_the_councils_direction_against_it_before_another_benchmarks_clause():
    text = ("The survey found 36.2% of people who use services had as much social contact as they would like. London's "
            "average was 40.4%, and Marlowfield fell below it; the England average was 45.6%.")
    assert _relations(text, "London Borough of Marlowfield") == [(36.2, 40.4, "lower"), (36.2, 45.6, None)]


def test_no_council_figure_when_the_council_could_not_give_a_comparable_one():
    text = ("58% of people in long-term support had been reviewed in the previous 12 months, up from 49% the year before. "
            "Nationally, 17.4% of people waiting for a review had been waiting for more than a year (ADASS, 2024); the local "
            "authority was not able to give us a comparable figure.")
    assert _pairs(text, "Tamerford City Council") == []


def test_a_figure_set_against_a_benchmark_is_no_council_figure_for_the_next_sentences_other_measure():
    text = ("The social worker vacancy rate stood at 4.5%, well under the England rate of 11.6%, and the council had not "
            "used agency social workers since 2023. Across England, turnover among local authority social workers was 14.1%.")
    assert _pairs(text, "Penwarren Council") == [(4.5, "England average", 11.6)]


def test_the_span_a_count_was_made_over_is_no_level():
    text = ("The council had had four directors of adult social services in five years, and the post was filled on an "
            "interim basis. Nationally, directors of adult social services had been in post for an average of 3.4 years.")
    assert _pairs(text, "Wytham and Stour Council") == []
    kept = ("Directors of adult social services in the county had stayed in post for 5.2 years. Nationally, directors of "
            "adult social services had been in post for an average of 3.4 years.")
    assert _pairs(kept, "Wytham and Stour Council") == [(5.2, "national average", 3.4)]


def test_no_council_figure_when_the_council_could_not_give_a_reliable_one():
    text = ("Of older people discharged from hospital into reablement or rehabilitation, 87.9% were still at home 91 days "
            "later (ASCOF 2B(1), 2022-23). This compares favourably with 82.3% nationally and 80.6% across Yorkshire and "
            "the Humber. Nationally, 2.9% of older people leaving hospital go on to receive reablement; the local authority "
            "was not able to give us a reliable figure for the city.")
    assert _pairs(text, "Marrowby City Council") == [(87.9, "national average", 82.3), (87.9, "regional average", 80.6)]


def test_a_benchmarks_figures_for_men_and_women_are_not_the_councils():
    text = ("Men in Tollbury can expect to live 60.4 years in good health. For women the figure is 59.8 years. Both are "
            "some way short of the London average, which is 63.7 years for men and 64.0 for women.")
    pairs = _pairs(text, "London Borough of Tollbury")
    assert (64.0, "London average", 63.7) not in pairs  # women's benchmark is no council figure
    assert (59.8, "London average", 63.7) not in pairs  # women's figure against men's benchmark
    one = "Healthy life expectancy for men in Tollbury is 61.1 years, below the London average of 63.7 years for men."
    assert _pairs(one, "London Borough of Tollbury") == [(61.1, "London average", 63.7)]


def test_a_bare_name_after_a_comma_and_and_a_benchmarks_figure_is_the_next_benchmark():
    text = ("Across Hallowmere, the share of people who use services who had as much social contact as they would like "
            "was 36.2%. London as a whole reported 40.1%, and England 44.4% (ASCS, 2022-23).")
    assert _pairs(text, "London Borough of Hallowmere") == [(36.2, "London average", 40.1), (36.2, "England average", 44.4)]


def test_a_comparative_before_a_clause_break_is_not_the_next_clauses_benchmarks():
    text = "Around 10.4% of residents provide unpaid care, a higher rate than in England (8.9%); the regional rate is 10.1%."
    assert _relations(text, "Hollinbeck Council") == [(10.4, 8.9, "higher"), (10.4, 10.1, None)]


def test_the_council_said_this_after_a_benchmark_sentence_restates_its_measure():
    text = ("The national picture is that around seven in ten people who use services feel safe (England average 71.1%). "
            "In Hollinbeck, 63.5% of people said this (ASCS 2022-23).")
    assert _pairs(text, "Hollinbeck Metropolitan Borough Council") == [(63.5, "England average", 71.1)]


def test_an_aside_saying_where_the_benchmark_was_drawn_from_stands_between_it_and_its_figure():
    text = ("The average time from first contact to a completed assessment was 21 days; the North West average, drawn from "
            "figures shared through the regional network, was 32 days.")
    assert _pairs(text, "Tollmere Council") == [(21.0, "regional average", 32.0)]


def test_the_councils_direction_in_the_sentence_after_the_benchmarks_names_it_again():
    text = ("The median wait from referral to the start of an assessment was 47 days. Leaders told us the median across the "
            "East Midlands, taken from regional benchmarking they had commissioned, was 28 days. Tollmere's wait was "
            "therefore well above the regional median.")
    assert _relations(text, "Tollmere Council") == [(47.0, 28.0, "higher")]
    other = ("The median wait from referral to the start of an assessment was 47 days. Leaders told us the median across the "
             "East Midlands was 28 days. Waits in Ashby were well above the regional median.")
    assert _relations(other, "Tollmere Council") == [(47.0, 28.0, None)]  # another place's direction
    measure = ("The median time from referral to a completed assessment was 48 days. By comparison, councils across the "
               "East Midlands took a median of 29 days. Tollmere's rate of new requests for support per head of population "
               "was higher than the regional average.")
    assert _relations(measure, "Tollmere Council") == [(48.0, 29.0, None)]  # another measure's direction


def test_a_time_in_words_before_the_event_it_runs_to_is_a_figure():
    text = ("People who needed home care waited on average eleven days after being declared ready to leave hospital, against "
            "a regional median of seven days.")
    assert _pairs(text, "Tollmere Council") == [(11.0, "regional median", 7.0)]
    assert _pairs("The service opened two years after the merger, against a regional median of seven days.") == []


def test_a_benchmarks_list_of_figures_takes_the_next_sentences_list_in_order():
    text = ("Across London, 41.0% of people who use services and 27.9% of carers said they had as much social contact as "
            "they would like. In Tollmere the corresponding figures were 36.5% and 24.1% (ASCS and SACE, 2023-24).")
    assert _located(text) == [(36.5, 41.0, None, "ASCS", "next sentence"), (24.1, 27.9, None, "SACE", "next sentence")]
    three = ("Across London, 41.0% of people who use services and 27.9% of carers said they had as much social contact as "
             "they would like. In Tollmere the figures were 36.5%, 24.1% and 30.2%.")
    assert all(value != 24.1 and figure != 27.9 for value, _, figure in _pairs(three))  # lists of different lengths: no order


def test_a_benchmark_higher_than_the_councils_named_figure_is_turned_round():
    text = ("The London average of 71.2% for people who use services who said those services helped them feel safe was "
            "higher than Tollmere's 66.5% (Adult Social Care Survey 2023-24).")
    assert _relations(text, "London Borough of Tollmere") == [(66.5, 71.2, "lower")]


def test_a_concession_in_an_aside_on_the_figure_does_not_part_it_from_its_benchmark():
    text = ("Overall satisfaction with care and support was 60.7% which, while lower than the national figure of 63.9%, had "
            "risen from 55.2% the year before (ASCS 2022-23).")
    assert _relations(text, "Tollmere City Council") == [(60.7, 63.9, "lower")]
    apart = "Satisfaction was 60.7% in the city, while the national figure was 63.9% and 55.2% in the county."
    assert (55.2, 63.9, None) not in _relations(apart, "Tollmere City Council")


def test_the_council_named_before_the_than_of_a_direction_about_places_in_general():
    text = ("Of the concerns received in 2022-23, 1,429 (23%) progressed to a Section 42 enquiry. Nationally the conversion "
            "rate was 31%, so a smaller proportion of concerns in Tollmere went on to a formal enquiry than across the country.")
    assert _relations(text, "Tollmere Council") == [(23.0, 31.0, "lower")]


def test_a_bare_name_after_direction_words_whose_figure_follows_where():
    text = ("At the 2021 Census 9.8% of residents aged five and over said they provided unpaid care, a little above "
            "England, where the figure was 8.9%.")
    assert _relations(text, "Tollmere County Council") == [(9.8, 8.9, "higher")]


def test_a_benchmark_opening_on_the_measure_restated_refers_to_the_figure_an_anaphor_compared():
    text = ("Residents aged 65 and over make up 21.2% of the population. That is higher than the West Midlands (18.7%). "
            "Nationally the share is 18.4%.")
    assert _pairs(text, "Tollmere County Council") == [(21.2, "regional average", 18.7), (21.2, "national average", 18.4)]


def test_one_more_place_after_and_with_the_measure_restated():
    text = ("Across England, 18.4% of people are aged 65 or over and in the South West the proportion is 22.3%; in "
            "Tollmere it is 25.7 %, one of the oldest populations of any English council.")
    assert _pairs(text, "Tollmere Council") == [(25.7, "England average", 18.4), (25.7, "regional average", 22.3)]


def test_a_comparative_completed_by_places_whose_figures_a_bracket_lists_with_the_councils():
    text = ("Fewer people in Tollmere found it easy to find information about support than across London or England "
            "(Tollmere 59.3%; London 63.0%; England 67.1%; ASCS 2023-24).")
    assert _relations(text, "London Borough of Tollmere") == [(59.3, 63.0, "lower"), (59.3, 67.1, "lower")]


def test_a_direction_naming_the_benchmark_again_in_other_words():
    text = ("The Survey of Adult Carers in England (SACE) 2021-22 found that 64.8% of carers in Tollmere felt included or "
            "consulted in discussions about the person they cared for. Nationally the figure was 64.7%, so Tollmere was in "
            "line with England.")
    assert _relations(text, "Tollmere Council") == [(64.8, 64.7, "similar")]


def test_a_direction_for_one_sex_named_against_the_benchmark_in_other_words_is_not_the_others():
    text = ("Life expectancy at birth is 76.4 years for men and 80.6 years for women; the England averages are 79.3 and "
            "83.2 years, so men in Tollmere can expect to live almost three years fewer than men nationally.")
    assert (80.6, 83.2, "lower") not in _relations(text, "Tollmere Borough Council")


def test_an_anaphor_after_a_sentence_opening_on_a_data_set_takes_its_citation():
    text = ("Census 2021 recorded 5,460 residents providing 50 or more hours of unpaid care each week. That is 3.9% of "
            "people aged 5 and over, compared with 2.7% in England.")
    assert _sources(text) == [(3.9, "Census")]
    other = ("The council recorded 5,460 residents providing 50 or more hours of unpaid care each week. That is 3.9% of "
             "people aged 5 and over, compared with 2.7% in England.")
    assert _sources(other) == [(3.9, None)]


def test_a_list_of_places_each_after_its_figure_opening_on_the_councils():
    text = ("Carers who were satisfied with social services made up 30.4% of respondents in Tollmere, 36.3% in England and "
            "34.6% in the East of England (SACE, 2021-22).")
    assert _pairs(text, "Tollmere County Council") == [(30.4, "England average", 36.3), (30.4, "regional average", 34.6)]
    other = text.replace("in Tollmere,", "in Kirkby,")
    assert _pairs(other, "Tollmere County Council") == []  # the first place is another council's


def test_a_benchmarks_list_opening_the_clause_after_a_semicolon_pairs_in_order():
    text = ("Nearly one in four residents (24.9%) is 65 or older and 3.7% are 85 or older; in England the figures are 18.4% "
            "and 2.4%.")
    assert _pairs(text, "Tollmere County Council") == [(24.9, "England average", 18.4), (3.7, "England average", 2.4)]


def test_a_benchmark_after_the_measures_name_is_the_subject_of_its_direction():
    text = ("In 2023-24 the local authority received 2,140 safeguarding concerns, of which 312 (14.6%) led to a Section 42 "
            "enquiry. The conversion rate across London was markedly higher at 27.9% (SAC, 2023-24).")
    assert _relations(text, "London Borough of Tollmere") == [(14.6, 27.9, "lower")]


def test_the_same_proportion_as_a_benchmark_is_a_likeness():
    text = ("Of the people in long-term support, 31.2% lived in a care home, the same proportion as in the region as a "
            "whole (31.2%).")
    assert _relations(text, "Oakshire") == [(31.2, 31.2, "similar")]


def test_a_direction_against_that_after_the_council_figure_points_at_the_benchmark_before():
    text = ("Across the North West, 61.4% of people felt in control of their daily lives (ASCS 2023-24); in Oakshire the "
            "figure was 57.0%, lower than that and below the England figure of 63.9%.")
    assert _relations(text, "Oakshire") == [(57.0, 61.4, "lower"), (57.0, 63.9, "lower")]


def test_the_capital_is_london():
    text = "Women in Oakshire live to 83.1 years on average, below the figure across the capital (84.4 years)."
    assert _pairs(text, "Oakshire") == [(83.1, "London average", 84.4)]


def test_councils_in_its_group_open_the_benchmark_sentence_and_the_council_waits_longer_than_they_would():
    text = ("The median wait for a review was 52 days. For authorities in its CIPFA comparator group the median was 31 "
            "days, so people in Oakshire waited far longer than they would have done elsewhere.")
    assert _relations(text, "Oakshire") == [(52.0, 31.0, "higher")]


def test_a_comparative_opening_the_sentence_holds_for_each_comparison_against_its_one_benchmark():
    text = ("Fewer people in Oakshire received direct payments than elsewhere in the country, with 17% of older people "
            "compared with 22% across England, and 31% of younger adults against an England figure of 39%.")
    assert _relations(text, "Oakshire") == [(17.0, 22.0, "lower"), (31.0, 39.0, "lower")]
    past = ("Fewer people in Oakshire received direct payments than a year before, with 17% of older people compared "
            "with 22% across England, and 31% of younger adults against an England figure of 39%.")
    assert [r for _, _, r in _relations(past, "Oakshire")] == [None, None]


def test_a_sentence_naming_the_measure_s_data_set_after_the_comparison():
    text = ("71.5% of people who had reablement were still at home 91 days later, above the England average (68.0%). "
            "This indicator is drawn from the Adult Social Care Outcomes Framework 2023-24.")
    assert _sources(text) == [(71.5, "ASCOF")]


def test_a_benchmark_opening_on_a_comma_owns_its_figure_despite_a_citation():
    text = ("The Ombudsman upheld three of the five complaints it investigated (60%). Nationally, the Ombudsman upheld "
            "79% of the complaints it investigated (LGSCO annual review 2023-24).")
    assert _pairs(text, "Oakshire") == [(60.0, "national average", 79.0)]


def test_a_council_sentence_ending_on_a_pro_verb_states_the_measure_before():
    text = "Across England, 64.2% of carers felt involved in decisions (SACE 2023-24). In Oakshire, 59.0% did."
    assert _pairs(text, "Oakshire") == [(59.0, "England average", 64.2)]


def test_respectively_in_mixed_units_pairs_each_unit_in_order():
    text = ("Vacancy and sickness absence were 12.4% and 10.1 days respectively, compared with 9.8% and 8.7 days across "
            "the North West.")
    assert _pairs(text, "Oakshire") == [(12.4, "regional average", 9.8), (10.1, "regional average", 8.7)]


def test_a_number_after_an_average_of_takes_the_council_figure_s_unit():
    text = "That was 2.6 upheld complaints per 100,000 adults, against an average of 1.8 for similar councils."
    assert _pairs(text, "Oakshire") == [(2.6, "comparator group average", 1.8)]


def test_measure_words_between_a_list_and_its_places_respectively():
    text = "Agency staff filled 7.2% and 10.9% of social work posts in Oakshire and across the South West respectively."
    assert _pairs(text, "Oakshire") == [(7.2, "regional average", 10.9)]


def test_the_council_s_clause_before_a_comparison_of_its_own_answers_the_benchmark_before():
    text = ("Across England 18.4% of people are aged 65 and over. In Oakshire the share is higher, at 22.7%, while "
            "under-18s make up 19.2% of residents (England 21.0%).")
    assert _relations(text, "Oakshire") == [(22.7, 18.4, "higher"), (19.2, 21.0, None)]


def test_higher_than_among_similar_councils_before_a_colon():
    text = ("Turnover was higher than among similar councils: 24.0% of social workers left in the year, compared with "
            "the comparator group median of 17.5%.")
    assert _relations(text, "Oakshire") == [(24.0, 17.5, "higher")]


def test_a_benchmark_of_another_care_group_takes_the_figure_of_its_own_group():
    """The figure just before is older people's; the benchmark names people with a learning disability."""
    text = ("Among people with a learning disability, 61.0% felt in control of their lives, compared with 70.2% of older "
            "people in Oakshire. Across England the proportion for people with a learning disability was 68.5% (ASCS "
            "2023-24).")
    assert _pairs(text, "Oakshire") == [(61.0, "England average", 68.5)]


def test_a_source_line_under_a_list_cites_each_item():
    text = ("Published data for 2023-24 showed:\n\n- 81.9% of older people were still at home 91 days after reablement "
            "(England 83.8%)\n\n- 2.2% of older people were offered reablement, compared with 2.9% nationally\n\n"
            "- 77.0% of people needed no further support after short-term support\n\n"
            "Source: Adult Social Care Outcomes Framework (ASCOF) 2023-24")
    assert _sources(text) == [(81.9, "ASCOF"), (2.2, "ASCOF")]


def test_they_after_a_place_stands_for_the_measures_listed_before():
    text = ("The shares of residents aged 65 and over and 85 and over are 21.6% and 3.0% respectively; in England they "
            "are 18.4% and 2.4%.")
    assert _pairs(text, "Oakshire") == [(21.6, "England average", 18.4), (3.0, "England average", 2.4)]


def test_a_clause_restating_the_measure_then_a_figure_and_its_place():
    text = "Of these concerns, 22% became a Section 42 enquiry; the conversion rate was 31% in England."
    assert _pairs(text, "Oakshire") == [(22.0, "England average", 31.0)]
    other = "Of these concerns, 22% became a Section 42 enquiry; the rate of falls was 31% in Leeds."
    assert _pairs(other, "Oakshire") == []


def test_a_benchmark_figure_of_a_longer_group_right_after_comparison_words():
    text = ("The Ombudsman upheld 4 of the 6 complaints it investigated (67%), compared with 80% of adult social care "
            "complaints nationally.")
    assert _pairs(text, "Oakshire") == [(67.0, "national average", 80.0)]


def test_a_council_figure_set_against_one_benchmark_twice_in_a_sentence_is_paired_once():
    """'27.5% higher than England's 24.8%' reads as a gap; 24.8% must not fall back on the clause before's figure."""
    text = ("The vacancy rate in Oakshire was 7.1%, lower than the England rate of 8.1%; turnover stood at 29.0% higher "
            "than England's 24.8% (ASC-WDS 2023-24).")
    assert _pairs(text, "Oakshire") == [(7.1, "England average", 8.1)]


def test_a_benchmark_sentence_restating_the_measure_after_another_takes_its_council_figure():
    text = ("People aged 65 and over make up 23.5% of the population. The figure for the South West is 22.3%. For "
            "England it is 18.4%.")
    assert _pairs(text, "Oakshire") == [(23.5, "regional average", 22.3), (23.5, "England average", 18.4)]


def test_where_nationally_the_proportion_was():
    text = ("Only 44% of people in long-term support had a review in the year, where nationally the proportion was 57% "
            "(SALT, 2023-24).")
    assert _pairs(text, "Oakshire") == [(44.0, "national average", 57.0)]


def test_a_place_before_a_colon_after_relation_words_is_no_label():
    text = ("Residents' health compares favourably with England: 83.9% report good or very good health, compared with "
            "81.7% nationally (Census 2021).")
    assert _pairs(text, "Oakshire") == [(83.9, "national average", 81.7)]


def test_one_more_place_after_a_rate_and_its_place():
    text = ("The council received 1,310 safeguarding concerns per 100,000 adults, compared with 1,046 per 100,000 across "
            "the South East and 1,127 in England.")
    assert _pairs(text, "Oakshire") == [(1310.0, "regional average", 1046.0), (1310.0, "England average", 1127.0)]


def test_a_region_s_councils_are_its_average():
    text = "The home care rate was £23.40 an hour, below the average of £24.60 paid by South West councils."
    assert _relations(text, "Oakshire") == [(23.4, 24.6, "lower")]


def test_a_benchmark_after_a_sector_qualifier_keeps_the_next_sentence_s_citation_its_own():
    text = ("Sickness absence averaged 8.4 days, compared to 9.6 days for councils in the South West. Of the council's "
            "own care staff 4% were on zero-hours contracts, compared with 24% across the sector in England (ASC-WDS, "
            "2024).")
    assert _sources(text) == [(8.4, None), (4.0, "ASC-WDS")]


def test_a_count_after_every_is_a_rate_s_base_not_the_council_figure():
    text = ("The council employed forty social workers for every 100,000 adults, compared with a national average of 47 "
            "(ASC-WDS, 2023-24).")
    assert _pairs(text, "Oakshire") == []


def test_the_average_across_its_group_was_higher_is_the_benchmark_s_direction():
    text = ("The council carried out 298 enquiries per 100,000 adults. The average across its CIPFA comparator group was "
            "higher, at 371.")
    assert _relations(text, "Oakshire") == [(298.0, 371.0, "lower")]


def test_a_bare_number_for_the_same_period_and_a_group_average():
    text = "That was 15.8 per 100,000 adults; the England rate for the same period was 11.4."
    assert _pairs(text, "Oakshire") == [(15.8, "England average", 11.4)]
    text = ("Oakshire did better than its CIPFA comparator group on reablement, with 90.1% of older people still at home "
            "91 days later, against a group average of 84.0%.")
    assert _pairs(text, "Oakshire") == [(90.1, "comparator group average", 84.0)]
