"""`pipeline fetch` against a small CQC-like site served by the tests on 127.0.0.1 (never the
internet): both URL layouts in site chrome, a paginated listing, robots.txt, 503 then OK, 429
with Retry-After, ETags and Last-Modified, off-report links, a redirect, a page that never
answers. The site's pages are raw/westminster.md split into its sub-pages."""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import COMPARISON_FIELDS, OVERVIEW_FACTS, ROOT, WESTMINSTER
from formats import to_html
from pipeline import fetch
from pipeline.cli import main
from pipeline.extract import extract_path

LISTING = "/care-services/local-authority-assessment-reports"
OLD = "westminster-1124"  # sibling pages: <slug>-summary, <slug>-theme1-needs, ...
NEW = "thornbury-0125"  # sub-paths: <slug>/summary, <slug>/theme1/needs, ...
FAST = ["--delay", "0", "--backoff", "0.01", "--timeout", "0.5", "--retries", "2"]

# Where each sub-page starts in raw/westminster.md, and its name in the URL.
PAGE_STARTS = [("", None), ("summary", "# Overall summary"), ("theme1-needs", "# Theme 1:"),
               ("theme1-healthier-lives", "# Supporting people to live healthier lives"),
               ("theme1-equity", "# Equity in experience and outcomes"), ("theme2-care", "## Theme 2:"),
               ("theme2-partnerships", "# Partnerships and communities"), ("theme3-safe-pathways", "## Theme 3:"),
               ("theme3-safeguarding", "# Safeguarding"), ("theme4-governance", "## Theme 4:"),
               ("theme4-learning", "# Learning, improvement and innovation")]
OLD_FILES = ["00_overview.html", "01_summary.html", "02_theme1_needs.html", "03_theme1_healthier_lives.html",
             "04_theme1_equity.html", "05_theme2_care.html", "06_theme2_partnerships.html",
             "07_theme3_safe_pathways.html", "08_theme3_safeguarding.html", "09_theme4_governance.html",
             "10_theme4_learning.html"]


def split_report(markdown: str) -> list[str]:
    """The report's sub-pages: overview, summary, one per statement (theme captions included)."""
    lines = markdown.splitlines()
    cuts = [0] + [next(i for i, line in enumerate(lines) if line.startswith(start)) for _, start in PAGE_STARTS[1:]]
    assert cuts == sorted(cuts)
    return ["\n".join(lines[a:b]) + "\n" for a, b in zip(cuts, cuts[1:] + [len(lines)])]


def page_path(slug: str, name: str, layout: str) -> str:
    if not name:
        return f"{LISTING}/{slug}"
    return f"{LISTING}/{slug}-{name}" if layout == "old" else f"{LISTING}/{slug}/{name.replace('-', '/', 1)}"


def chrome_page(markdown: str, nav: list[str], extra: str = "") -> bytes:
    """A sub-page as the site serves it: chrome around the content, the report's navigation
    beside it, off-report links in the chrome."""
    links = "".join(f'<li><a href="{href}">page {i}</a></li>' for i, href in enumerate(nav))
    aside = (f'<nav class="report-nav" aria-label="Report pages"><ul>{links}</ul>'
             f'<a href="{LISTING}/other-council-0124">Another council</a> <a href="/about-us">About</a> '
             f'<a href="http://example.invalid/elsewhere">Elsewhere</a> <a href="#main-content">Skip</a></nav>')
    page = to_html(markdown).replace('<main id="main-content">', aside + '<main id="main-content">', 1)
    return page.replace("</main>", extra + "</main>", 1).encode("utf-8")


@dataclass
class Seen:
    at: float
    path: str
    headers: dict[str, str]
    status: int = 0


@dataclass
class Site:
    """What the loopback server serves, what goes wrong, and what it was asked."""

    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    faults: dict[str, deque[tuple[int, dict[str, str]]]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    hang: set[str] = field(default_factory=set)
    log: list[Seen] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    url: str = ""

    def add_report(self, slug: str, layout: str, markdown: str, council: str = "Westminster") -> list[str]:
        """Serve the report's sub-pages; returns their paths in report order."""
        texts = split_report(markdown.replace("Westminster", council))
        paths = [page_path(slug, name, layout) for name, _ in PAGE_STARTS]
        nav = [p if i % 2 else self.url + p for i, p in enumerate(paths)]  # absolute and relative links
        for i, (path, text) in enumerate(zip(paths, texts)):
            extra = '<div class="downloads"><a href="/files/report.pdf">Download the report</a></div>' if i == 0 else ""
            self.pages[path] = (chrome_page(text, nav, extra), "text/html; charset=utf-8")
        return paths

    def fault(self, path: str, *answers: tuple[int, dict[str, str]]) -> None:
        self.faults.setdefault(path, deque()).extend(answers)

    def requested(self, path: str) -> list[Seen]:
        return [seen for seen in self.log if seen.path == path]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        seen = Seen(time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()})
        site.log.append(seen)
        if self.path in site.hang:
            site.stop.wait(10)
            return
        seen.status, headers, body = self._answer(site, seen)
        self.send_response(seen.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, site: Site, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if site.faults.get(self.path):
            status, headers = site.faults[self.path].popleft()
            return status, headers, b"try later"
        if self.path in site.redirects:
            return 301, {"Location": site.redirects[self.path]}, b""
        if self.path not in site.pages:
            return 404, {}, b"not found"
        body, kind = site.pages[self.path]
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        validators = {"ETag": etag, "Last-Modified": formatdate(1_700_000_000, usegmt=True), "Content-Type": kind}
        if seen.headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, validators, body


ROBOTS = f"User-agent: *\nDisallow: {LISTING}/{OLD}-print\nDisallow: /private/\n"


@pytest.fixture
def site():
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.site = site  # type: ignore[attr-defined]
    site.url = f"http://127.0.0.1:{server.server_address[1]}"
    site.pages["/robots.txt"] = (ROBOTS.encode(), "text/plain")
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield site
    site.stop.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def markdown() -> str:
    return WESTMINSTER.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hand_saved(westminster) -> tuple:
    """The figures of the hand-saved single-file report (the session's one extraction of it)."""
    return figures(westminster)


def run(*args: str) -> tuple[int, str, str]:
    """`python -m pipeline ARGS` in this process; exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def figures(rows) -> tuple:
    """What a report says: facts, rating, scores, percentages and comparisons (no offsets)."""
    t = rows.tables
    report = t["reports"][0]
    facts = {k: report[k] for k in [*OVERVIEW_FACTS, "overall_rating", "published", "score_sum", "complete"]}
    return (facts, [(s["quality_statement"], s["score"], s["section_score"], s["summary_score"]) for s in t["scores"]],
            [(p["value"], p["text"].replace(" ", ""), p["quality_statement"], p["in_comparison"]) for p in t["percentages"]],
            [tuple(c[k] for k in [*COMPARISON_FIELDS, "quality_statement", "stated_relation_text"])
             for c in t["comparisons"]])


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_sibling_layout_in_chrome_extracts_as_the_hand_saved_report(site, markdown, hand_saved, tmp_path):
    paths = site.add_report(OLD, "old", markdown)
    site.fault(paths[1], (503, {}))  # the summary answers 503 once, then OK
    site.pages[f"{LISTING}/{OLD}-print"] = (b"<html>print</html>", "text/html")
    first = site.pages[paths[0]][0].replace(b'<li><a href="', f'<li><a href="{LISTING}/{OLD}-print">Print</a></li><li><a href="'.encode(), 1)
    site.pages[paths[0]] = (first, "text/html")
    status, out, err = run("fetch", site.url + paths[0], "--out", str(tmp_path / "raw"), *FAST)
    assert status == 0, err
    folder = tmp_path / "raw" / OLD
    assert sorted(p.name for p in folder.iterdir()) == [".manifest.json", *OLD_FILES]
    assert [s.status for s in site.requested(paths[1])] == [503, 200]
    never = [f"{LISTING}/{OLD}-print", f"{LISTING}/other-council-0124", "/about-us", "/files/report.pdf", LISTING]
    assert not [s.path for s in site.log if s.path in never]
    assert {s.path for s in site.log} == {"/robots.txt", *paths}
    assert all(s.headers["user-agent"].startswith(f"cqc-extract/{fetch.tool_version()} ") for s in site.log)
    record = json.loads((folder / ".manifest.json").read_text())
    assert [p["file"] for p in record["pages"]] == OLD_FILES
    assert record["skipped"] == [{"url": f"{site.url}{LISTING}/{OLD}-print", "reason": "disallowed by robots.txt"}]
    for entry in record["pages"]:
        data = (folder / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["status"] == 200
        assert entry["etag"] and entry["last_modified"] and entry["url"].startswith(site.url)
    assert "pages: 11 fetched, 0 not modified, 0 failed" in out
    assert figures(extract_path(folder, tmp_path / "raw")) == hand_saved


def test_all_follows_the_paginated_listing_and_make_extract_gives_the_same_tables(site, markdown, hand_saved,
                                                                                  tmp_path):
    from pipeline import load
    from pipeline.run import run_extract

    old, new = site.add_report(OLD, "old", markdown), site.add_report(NEW, "new", markdown, "Thornbury")
    site.redirects[f"{LISTING}/{NEW}/theme2/partnerships-old"] = f"{LISTING}/{NEW}/theme2/partnerships"
    for path in new:  # the sub-path report links one page through an old address that redirects
        body, kind = site.pages[path]
        site.pages[path] = (body.replace(b"/theme2/partnerships\"", b"/theme2/partnerships-old\""), kind)
    listing = '<a href="/about-us">About</a><main><a href="{}">report</a><a href="{}">next</a></main>'
    site.pages[LISTING] = (listing.format(f"{LISTING}/{OLD}", f"?page=1").encode(), "text/html")
    site.pages[f"{LISTING}?page=1"] = (listing.format(f"{LISTING}/{NEW}", "?page=0").encode(), "text/html")
    site.pages[f"{LISTING}?page=0"] = site.pages[LISTING]
    raw = tmp_path / "raw"
    status, out, err = run("fetch", "--all", "--index", site.url + LISTING, "--out", str(raw), *FAST)
    assert status == 0, err
    assert sorted(p.name for p in raw.iterdir() if not p.name.startswith(".")) == [NEW, OLD]
    assert f"{LISTING}/{NEW}/theme2/partnerships-old" in [s.path for s in site.log]
    assert sorted(p.name for p in (raw / NEW).iterdir())[1:] == OLD_FILES
    assert figures(extract_path(raw / NEW, raw)) == hand_saved  # the other layout, renamed council
    result = run_extract(raw, tmp_path / "out", workers=1)  # what `make extract RAW=raw` runs
    assert result.ok and result.extracted == 2
    tables = load(tmp_path / "out")
    assert sorted(tables["reports"]["local_authority"]) == ["Thornbury City Council", "Westminster City Council"]
    scores, comparisons = hand_saved[1], hand_saved[3]
    for report_id in ("westminster_1124", "thornbury_0125"):
        rows = tables["scores"].query("report_id == @report_id")
        assert list(zip(rows["quality_statement"], rows["score"])) == [s[:2] for s in scores]
        assert (tables["comparisons"]["report_id"] == report_id).sum() == len(comparisons)
        assert (tables["percentages"]["report_id"] == report_id).sum() == len(hand_saved[2])


def test_rerun_sends_conditional_requests_and_rewrites_nothing(site, markdown, tmp_path):
    paths = site.add_report(OLD, "old", markdown)
    raw = tmp_path / "raw"
    base = ["--base", site.url + LISTING, "--out", str(raw), *FAST]
    assert run("fetch", OLD, *base)[0] == 0  # a bare slug, expanded against --base
    before, site.log[:] = snapshot(raw / OLD), []
    status, out, err = run("fetch", OLD, *base)
    assert status == 0 and f"{OLD}: 11 files (0 fetched, 11 not modified) unchanged" in err
    assert "pages: 0 fetched, 11 not modified, 0 failed" in out
    pages = [s for s in site.log if s.path in paths]
    assert len(pages) == 11 and all(s.headers.get("if-none-match") and s.status == 304 for s in pages)
    assert all(s.status == 304 for s in site.log)  # robots.txt too: nothing transferred again
    assert snapshot(raw / OLD) == before
    body, kind = site.pages[paths[3]]  # one page changes: only it (and the manifest) is rewritten
    site.pages[paths[3]] = (body.replace(b"</main>", b"<p>Updated.</p></main>"), kind)
    assert run("fetch", OLD, *base)[0] == 0
    after = snapshot(raw / OLD)
    assert {name for name in after if after[name] != before[name]} == {OLD_FILES[3], ".manifest.json"}


def test_429_and_503_with_retry_after_are_waited_for_and_succeed(site, markdown, tmp_path):
    paths = site.add_report(OLD, "old", markdown)
    site.fault(paths[2], (429, {"Retry-After": "1"}))
    site.fault(paths[4], (503, {"Retry-After": "0"}), (503, {}))
    status, _, err = run("fetch", site.url + paths[0], "--out", str(tmp_path), *FAST)
    assert status == 0, err
    tries = site.requested(paths[2])
    assert [s.status for s in tries] == [429, 200] and tries[1].at - tries[0].at >= 0.95
    assert [s.status for s in site.requested(paths[4])] == [503, 503, 200]


def test_default_delay_keeps_requests_a_second_apart(site, tmp_path, monkeypatch):
    """Each request (robots.txt, a page, a retry) starts at least the default delay after the one before, as the client
    sends them (the server's own arrival times also carry its thread scheduling, which a loaded machine delays)."""
    overview, summary = f"{LISTING}/tiny-0124", f"{LISTING}/tiny-0124/summary"
    site.pages[overview] = (f'<nav><a href="{summary}">Summary</a></nav><main><h1>Tiny</h1></main>'.encode(), "text/html")
    site.pages[summary] = (b"<main><h1>Summary</h1></main>", "text/html")
    site.fault(summary, (503, {}))  # urllib3 would retry at once: the retry keeps the delay too
    starts, wait = [], fetch.Throttle.wait
    monkeypatch.setattr(fetch.Throttle, "wait", lambda self: (wait(self), starts.append(self.last)))
    assert run("fetch", site.url + overview, "--out", str(tmp_path), "--backoff", "0")[0] == 0  # default --delay 1
    assert [s.status for s in site.log] == [200, 200, 503, 200]
    assert len(starts) == len(site.log)  # every request went through the throttle
    assert all(b - a >= fetch.DEFAULT_DELAY - 0.01 for a, b in zip(starts, starts[1:])), starts


def test_a_report_that_keeps_failing_is_reported_and_left_as_it_was(site, markdown, tmp_path):
    good = site.add_report(OLD, "old", markdown)
    broken = site.add_report("brokenville-0124", "old", markdown, "Brokenville")
    slow = site.add_report("slowtown-0124", "new", markdown, "Slowtown")
    site.fault(broken[5], *[(500, {})] * 5)
    site.hang.add(slow[2])
    raw = tmp_path / "raw"
    (raw / "brokenville-0124").mkdir(parents=True)
    (raw / "brokenville-0124" / "00_overview.html").write_text("old copy")
    before = snapshot(raw / "brokenville-0124")
    urls = [site.url + p[0] for p in (broken, slow, good)]
    status, out, err = run("fetch", *urls, "--out", str(raw), *FAST[:-1], "1")  # one retry
    assert status == 1
    errors = [line for line in err.splitlines() if "ERROR" in line]
    assert len(errors) == 2 and "HTTP 500" in errors[0] and "no answer within 0.5 s" in errors[1], err
    assert all("left as it was" in line for line in errors)
    assert len(site.requested(broken[5])) == 2  # first try and one retry
    assert snapshot(raw / "brokenville-0124") == before
    assert sorted(p.name for p in raw.iterdir()) == [".fetch-cache.sqlite", "brokenville-0124", OLD]
    assert "reports: 3 (1 saved, 0 unchanged, 2 failed)" in out


def test_pdf_only_with_the_option_and_only_on_the_report_host(site, markdown, tmp_path):
    paths = site.add_report(OLD, "old", markdown)
    site.pages["/files/report.pdf"] = (b"%PDF-1.4 report", "application/pdf")
    assert run("fetch", site.url + paths[0], "--out", str(tmp_path), "--pdf", *FAST)[0] == 0
    assert (tmp_path / OLD / "report.pdf").read_bytes() == b"%PDF-1.4 report"
    assert len(list((tmp_path / OLD).glob("*.html"))) == 11


def test_off_host_redirect_and_oversized_answers_are_refused(site, tmp_path):
    site.redirects[f"{LISTING}/away-0124"] = "http://localhost:9/elsewhere"
    site.pages[f"{LISTING}/huge-0124"] = (b"<html>" + b"x" * 5000 + b"</html>", "text/html")
    settings = fetch.Settings(delay=0, timeout=0.5, retries=0, max_bytes=4000)
    with fetch.Client(settings) as client:
        with pytest.raises(fetch.FetchError, match="redirected to another host"):
            client.get(f"{site.url}{LISTING}/away-0124")
        with pytest.raises(fetch.FetchError, match="too large"):
            client.get(f"{site.url}{LISTING}/huge-0124")
    assert not [s for s in site.log if "elsewhere" in s.path]


def test_robots_rules_and_crawl_delay_are_kept(site):
    site.pages["/robots.txt"] = (b"User-agent: cqc-extract\nDisallow: /private/\nCrawl-delay: 3\n", "text/plain")
    with fetch.Client(fetch.Settings(delay=0, timeout=0.5, retries=0)) as client:
        assert client.allowed(f"{site.url}/ok") and client.throttle.delay == 3
        with pytest.raises(fetch.FetchError, match="robots.txt disallows"):
            client.get(f"{site.url}/private/page")
    site.fault("/robots.txt", (503, {}))
    with fetch.Client(fetch.Settings(delay=0, timeout=0.5, retries=0)) as client:
        with pytest.raises(fetch.FetchError, match="robots.txt: HTTP 503"):
            client.get(f"{site.url}/ok")
    assert [s.path for s in site.log] == ["/robots.txt", "/robots.txt"]


def test_bad_arguments_exit_2(tmp_path):
    assert run("fetch", "--out", str(tmp_path))[0] == 2
    assert run("fetch", "../etc", "--out", str(tmp_path))[0] == 2
    assert run("fetch", "ftp://example.invalid/x", "--out", str(tmp_path))[0] == 2


def test_fetch_help_imports_nothing_heavy():
    code = ("import sys\nfrom pipeline.cli import main\ntry:\n    main(['fetch', '--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'pandas', 'requests', 'requests_cache', 'bs4') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "--delay" in proc.stdout and "--all" in proc.stdout and proc.stdout.strip().endswith("[]")
