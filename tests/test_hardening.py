"""Issue 15 hardening: decoding, deep HTML, what a report folder may hold, unique ids and
plausibility warnings. Each test runs in this process on small inputs written to tmp_path."""
from __future__ import annotations

import os
import signal
import time
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import WESTMINSTER, extract_string, financial_facts, mini_report, statement_section
from pipeline.extract import extract_path
from pipeline.ingest import decode, html_to_text, read_report, report_id_for, text_from_bytes, unique_ids
from pipeline.records import InputError
from pipeline.vocab import Code


def fenmoor(place: str = "Fenmoor", about_more: str = "", statement: str | None = None,
            published: str = "14 March 2025") -> str:
    """A mini-report with overview facts and a budget in pounds ('£' differs in Windows-1252)."""
    text = statement or ("Around 62% of carers told us they felt supported, which was similar to the "
                         "England average of 60%.")
    return mini_report(
        f"{place} District Council", published=published, rating="Good",
        scores={"Assessing needs": 3, "Safeguarding": 3},
        about=f"{place} is a rural district with a resident population of 96,400 spread across market towns "
              f"and villages.{about_more}",
        finance=financial_facts("120,500,000", "121,000,000", "500,000"),
        statements=[statement_section("Assessing needs", 3, text)])


def codes(rows) -> list[str]:
    return [w["code"] for w in rows.tables["warnings"]]


def warnings_of(rows, code: Code) -> list[dict]:
    return [w for w in rows.tables["warnings"] if w["code"] == code]


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging) when the block takes longer than `seconds`."""
    def expire(*_):
        raise TimeoutError(f"took longer than {seconds}s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- 1. decoding ------------------------------------------------------------------------------

def test_a_stray_byte_is_decoded_alone_and_the_budgets_survive(tmp_path):
    data = fenmoor(about_more=" Its Cafe Quarter is busy.").encode("utf-8").replace(b"Cafe", b"Caf\xe9")
    offset = data.index(b"\xe9")
    (tmp_path / "fenmoor.md").write_bytes(data)
    rows = extract_path(tmp_path / "fenmoor.md", tmp_path)
    report = rows.tables["reports"][0]
    assert report["budget_estimated_gbp"] == 120_500_000 and report["budget_actual_gbp"] == 121_000_000
    assert report["financial_year"] == "2023/24"
    assert Code.DECODE_FALLBACK not in codes(rows)
    stray = warnings_of(rows, Code.STRAY_BYTE)
    assert len(stray) == 1 and f"byte {offset}" in stray[0]["message"] and "0xE9" in stray[0]["message"]
    text = "".join(s["text"] for s in rows.tables["sections"])
    assert "Café Quarter" in text and "£120,500,000" in text and "Â" not in text


def test_each_stray_byte_is_named_by_its_offset():
    data = "Budget £5m and Caf_ and Na_ve.\n".encode("utf-8")
    data = data.replace(b"Caf_", b"Caf\xe9").replace(b"Na_ve", b"Na\xefve")
    text, findings = decode(data, "x.md")
    assert text == "Budget £5m and Café and Naïve.\n"
    assert [f.code for f in findings] == [Code.STRAY_BYTE, Code.STRAY_BYTE]
    assert [f"byte {data.index(b)}" in f.message for b, f in zip([b"\xe9", b"\xef"], findings)] == [True, True]


def test_a_file_that_is_windows_1252_throughout_still_falls_back_whole():
    text, findings = decode("Budget £5m in Café.\n".encode("cp1252"), "x.md")
    assert text == "Budget £5m in Café.\n"
    assert [f.code for f in findings] == [Code.DECODE_FALLBACK]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(encoding):
    data = ("\ufeff" + fenmoor()).encode(encoding)
    text, layout, findings = text_from_bytes(data, "fenmoor.md", ".md")
    assert (text, layout, findings) == text_from_bytes(fenmoor().encode("utf-8"), "fenmoor.md", ".md")


def test_cr_only_line_endings_read_like_lf(tmp_path):
    lf, cr = tmp_path / "lf.md", tmp_path / "cr.md"
    lf.write_bytes(WESTMINSTER.read_bytes())
    cr.write_bytes(WESTMINSTER.read_bytes().replace(b"\n", b"\r"))
    want, got = read_report(lf, tmp_path), read_report(cr, tmp_path)
    assert (got.layout, got.text) == (want.layout, want.text) == ("markdown", want.text)


# --- 2. deeply nested HTML --------------------------------------------------------------------

def deep_page(tag: str, depth: int) -> bytes:
    body = fenmoor().replace("\n\n", "</p><p>")
    return (f"<html><body><main><p>{body}</p>" + f"<{tag}>" * depth + "deep text" + f"</{tag}>" * depth
            + "</main></body></html>").encode()


@pytest.mark.parametrize("tag", ["div", "span", "p", "td", "li", "section"])
def test_ten_thousand_nested_tags_are_handled_quickly(tag):
    started = time.perf_counter()
    with time_limit(30):
        try:
            text, layout, _ = text_from_bytes(deep_page(tag, 10_000), "deep.html", ".html")
            assert "deep text" in text and "Fenmoor District Council" in text
        except InputError as err:
            assert "\n" not in err.reason and "nest" in err.reason
    assert time.perf_counter() - started < 5


def test_chrome_inside_deep_markup_is_still_removed():
    markup = ("<html><body><main>" + "<div>" * 50 + "<p>kept</p><div class='cookie-banner'><p>dropped</p></div>"
              + "</div>" * 50 + "<nav><p>menu</p></nav></main></body></html>")
    out = html_to_text(markup)
    assert "kept" in out and "dropped" not in out and "menu" not in out


# --- 5. what a report folder may hold ----------------------------------------------------------

def report_folder(raw: Path) -> Path:
    folder = raw / "fenmoor"
    folder.mkdir(parents=True)
    (folder / "overview.md").write_text(fenmoor(), encoding="utf-8")
    return folder


def skipped(report) -> list[str]:
    return [f.message for f in report.findings if f.code == Code.PAGE_SKIPPED]


def test_a_pipe_in_a_report_folder_is_skipped_not_waited_on(tmp_path):
    folder = report_folder(tmp_path)
    os.mkfifo(folder / "pipe.md")
    with time_limit(5):
        report = read_report(folder, tmp_path)
    assert "Fenmoor District Council" in report.text
    assert len(skipped(report)) == 1 and "pipe.md" in skipped(report)[0] and "pipe" in skipped(report)[0]


def test_a_link_to_a_device_in_a_report_folder_is_skipped(tmp_path):
    folder = report_folder(tmp_path)
    (folder / "zero.md").symlink_to("/dev/zero")
    with time_limit(5):
        report = read_report(folder, tmp_path)
    assert len(skipped(report)) == 1 and "zero.md" in skipped(report)[0]


def test_a_link_pointing_outside_raw_is_not_followed(tmp_path):
    raw = tmp_path / "raw"
    folder = report_folder(raw)
    secret = tmp_path / "secret.md"
    secret.write_text("# Private notes\n\nThe door code is 4321.\n", encoding="utf-8")
    (folder / "notes.md").symlink_to(secret)
    report = read_report(folder, raw)
    assert "door code" not in report.text
    assert len(skipped(report)) == 1 and "notes.md" in skipped(report)[0] and "outside" in skipped(report)[0]
    (raw / "linked.md").symlink_to(secret)
    with pytest.raises(InputError, match="outside"):
        read_report(raw / "linked.md", raw)


def test_a_link_inside_raw_is_read(tmp_path):
    folder = report_folder(tmp_path)
    (tmp_path / "elsewhere.md").write_text(statement_section("Safeguarding", 3, "Safeguarding was good."))
    (folder / "safeguarding.md").symlink_to(tmp_path / "elsewhere.md")
    report = read_report(folder, tmp_path)
    assert "Safeguarding was good." in report.text and skipped(report) == []


def test_an_oversized_page_in_a_folder_is_skipped_with_the_size_cap(tmp_path):
    folder = report_folder(tmp_path)
    with open(folder / "huge.md", "wb") as handle:
        handle.seek(25 * 1024 * 1024 - 1)
        handle.write(b"\n")
    report = read_report(folder, tmp_path)
    assert len(skipped(report)) == 1 and "huge.md" in skipped(report)[0] and "too large" in skipped(report)[0]


# --- 7. unique ids ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, want", [
    ("Überstadt.md", "uberstadt"), ("Straße-Nord.md", "strasse_nord"), ("Ærø Kommune.html", "aero_kommune"),
    ("Westminster City (2024).md", "westminster_city_2024"),
])
def test_non_ascii_names_are_transliterated(name, want):
    assert report_id_for(Path(name)) == want


def test_names_without_latin_letters_keep_distinct_ids():
    beijing, tokyo = report_id_for(Path("北京.md")), report_id_for(Path("東京.md"))
    assert beijing != tokyo and "report" not in {beijing, tokyo}
    assert beijing.isascii() and beijing == report_id_for(Path("北京.md"))


def test_colliding_ids_are_made_unique_in_input_order():
    labels = ["a-b.md", "a_b.md", "a_b_2.md", "A B.html", "c.md"]
    assert unique_ids(labels) == {"a-b.md": "a_b", "a_b.md": "a_b_3", "a_b_2.md": "a_b_2",
                                  "A B.html": "a_b_4", "c.md": "c"}
    assert unique_ids(["x.md", "X.md"]) == {"x.md": "x", "X.md": "x_2"}


def test_every_row_and_input_error_carries_its_own_id(tmp_path):
    from pipeline.run import run_extract

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a-b.md").write_text(fenmoor(), encoding="utf-8")
    (raw / "a_b.md").write_text(fenmoor("Marshby"), encoding="utf-8")
    (raw / "a_b.txt").write_text(fenmoor(), encoding="utf-8")  # same council and date as a-b.md
    result = run_extract(raw, out, workers=1)
    import pipeline

    tables = pipeline.load(out)
    assert dict(zip(tables["reports"]["source_file"], tables["reports"]["report_id"])) == \
        {"a-b.md": "a_b", "a_b.md": "a_b_2"}
    errors = tables["warnings"][tables["warnings"]["code"] == Code.INPUT_ERROR]
    assert dict(zip(errors["source_file"], errors["report_id"])) == {"a_b.txt": "a_b_3"}
    assert [label for label, _ in result.failures] == ["a_b.txt"]
    for name in ("sections", "scores", "percentages"):
        assert set(tables[name]["report_id"]) == {"a_b", "a_b_2"}, name


# --- 8. plausibility warnings -----------------------------------------------------------------

@pytest.mark.parametrize("published, warned", [
    ("8 November 1500", True), ("8 November 3000", True), ("8 November 2022", True),
    ("8 November 2024", False), ("14 March 2025", False)])
def test_publication_date_outside_2023_to_today_is_warned(published, warned):
    rows = extract_string(fenmoor(published=published))
    found = warnings_of(rows, Code.PUBLISHED_OUT_OF_RANGE)
    assert bool(found) == warned
    assert str(rows.tables["reports"][0]["published"]) != "None"  # the printed date is kept
    if warned:
        assert published[-4:] in found[0]["message"]


@pytest.mark.parametrize("sentence, warned", [
    ("Around 250% of carers told us they felt supported.", True),
    ("About 100.5% of people were reviewed in the year.", True),
    ("There was an increase of 250% in referrals over the year.", False),
    ("Referrals rose by 140% over two years.", False),
    ("Waiting lists saw a 310% rise since 2022.", False),
    ("Around 62% of carers told us they felt supported.", False)])
def test_a_share_over_100_percent_is_warned_unless_a_change(sentence, warned):
    rows = extract_string(fenmoor(statement=sentence))
    found = warnings_of(rows, Code.SHARE_OVER_100)
    assert bool(found) == warned
    if warned:
        assert found[0]["char_start"] is not None and "%" in found[0]["message"]


@pytest.mark.parametrize("year, kept", [("2023", 2023), ("1850", None), ("1995", None), ("2150", None)])
def test_a_source_year_outside_2000_to_next_year_is_nulled_with_a_warning(year, kept):
    sentence = ("Around 62% of carers told us they felt supported, which was similar to the England average "
                f"of 60% (ASCS, {year}).")
    rows = extract_string(fenmoor(statement=sentence))
    [comparison] = rows.tables["comparisons"]
    assert comparison["source"] == "ASCS" and comparison["source_year"] == kept
    found = warnings_of(rows, Code.SOURCE_YEAR_OUT_OF_RANGE)
    assert bool(found) == (kept is None)
    if found:
        assert year in found[0]["message"]
