"""The newest blind rounds (from test_blind_pages.NEWEST on): the same tests in a file of their own, so
that the two test workers (which take whole files) share the rounds."""
from __future__ import annotations

import pytest

from test_blind_pages import (NEWEST, extracted, rounds_from, test_every_page_of_a_report_is_a_report_and_nothing_else_is,
                              test_no_wrong_fact_and_misses_only_shrink, test_no_wrong_pairing_and_misses_only_shrink,
                              test_scores_never_wrong_and_percentages_exact)

__all__ = ["test_every_page_of_a_report_is_a_report_and_nothing_else_is", "test_no_wrong_fact_and_misses_only_shrink",
           "test_no_wrong_pairing_and_misses_only_shrink", "test_scores_never_wrong_and_percentages_exact"]


@pytest.fixture(scope="module", params=rounds_from(NEWEST))
def round_results(request) -> tuple[str, dict[str, tuple[dict, object]]]:
    return request.param, extracted(request.param)
