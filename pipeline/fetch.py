"""`python -m pipeline fetch`: download CQC local authority assessment reports, politely.

A report is its overview page plus every page it links under its own path (sibling pages
`<slug>-summary` or sub-paths `<slug>/summary`, whatever the report links), saved as
`RAW_DIR/<slug>/NN_<page>.html` in report order with a `.manifest.json` that extraction
ignores. requests does the HTTP, urllib3's Retry the retries (backoff, Retry-After),
requests-cache the conditional requests (ETag / Last-Modified, cache in
`RAW_DIR/.fetch-cache.sqlite`), urllib.robotparser the robots.txt rules, html.parser the links.

Imports nothing beyond the standard library until a fetch runs (`--help` stays fast).
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

from .atomic import atomic_write, swap_dir

if TYPE_CHECKING:
    from urllib.robotparser import RobotFileParser

    import requests

BASE_URL = "https://www.cqc.org.uk/care-services/local-authority-assessment-reports"
TOOL = "cqc-extract"
MANIFEST = ".manifest.json"  # hidden: extraction reads only .md/.txt/.html/.htm pages
HTTP_CACHE = ".fetch-cache.sqlite"
DEFAULT_DELAY = 1.0  # seconds between requests to a host (robots.txt Crawl-delay raises it)
DEFAULT_TIMEOUT = 30.0  # seconds to connect, and between bytes of an answer
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF = 1.0  # retry waits: at least the delay, then backoff x 2, x 4, ...
MAX_RETRY_AFTER = 300  # a longer Retry-After is cut to this
MAX_BYTES = 20 * 1024 * 1024  # per response; a report page is ~100-200 KB
MAX_PAGES = 60  # per report (a report has about eleven)
MAX_LISTING_PAGES = 50
MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SCHEMES = ("http", "https")
CHUNK = 64 * 1024
SIGINT = 2
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_PAGINATION = re.compile(r"(^|&)page=\d+")


class FetchError(Exception):
    """A page or report that cannot be fetched, with the reason in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def tool_version() -> str:
    """The installed package's version (for the User-Agent and the manifest)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cqc-extract")
    except PackageNotFoundError:
        return "unknown"


def user_agent() -> str:
    return f"{TOOL}/{tool_version()} (CQC local authority assessment report fetcher)"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Settings:
    """How politely and how persistently to fetch."""

    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    max_bytes: int = MAX_BYTES
    pdf: bool = False
    cache: Path | None = None  # the HTTP cache file; None keeps it in memory


class Throttle:
    """One request at a time, at least `delay` seconds after the previous one started."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.last: float | None = None

    def wait(self) -> None:
        if self.last is not None:
            remaining = self.last + self.delay - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)
        self.last = time.monotonic()


@functools.cache
def _retry_class() -> type:
    """urllib3's Retry, keeping the throttle's delay before every retry (urllib3 retries the
    first failure at once unless the server sent Retry-After)."""
    from urllib3.util.retry import Retry

    class PoliteRetry(Retry):
        throttle: Throttle | None = None

        def new(self, **kw: Any) -> PoliteRetry:
            retry = super().new(**kw)
            retry.throttle = self.throttle
            return retry

        def sleep(self, response: Any = None) -> None:
            super().sleep(response)
            if self.throttle is not None:
                self.throttle.wait()

    return PoliteRetry


def _read_capped(response: requests.Response, *args: Any, max_bytes: int = MAX_BYTES, **kwargs: Any) -> None:
    """Response hook: read the body, refusing one over `max_bytes` before reading it all."""
    if response._content is not False:  # already read (a cached answer)
        body_size = len(response._content or b"")
    else:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            response.close()
            raise FetchError(f"{response.url}: response too large ({declared} bytes > {max_bytes})")
        body = bytearray()
        for chunk in response.iter_content(CHUNK):
            body += chunk
            if len(body) > max_bytes:
                response.close()
                break
        response._content = bytes(body)
        body_size = len(body)
    if body_size > max_bytes:
        raise FetchError(f"{response.url}: response too large (over {max_bytes} bytes)")


def make_session(settings: Settings, throttle: Throttle) -> requests.Session:
    """A requests session with the HTTP cache, retries, User-Agent and size cap."""
    import requests_cache
    from requests.adapters import HTTPAdapter

    backend = "sqlite" if settings.cache is not None else "memory"
    session = requests_cache.CachedSession(
        str(settings.cache or "fetch"), backend=backend, expire_after=0, cache_control=True,
        allowable_codes=(200,), allowable_methods=("GET",))
    retry = _retry_class()(
        total=settings.retries, connect=settings.retries, read=settings.retries, status=settings.retries,
        other=0, backoff_factor=settings.backoff, status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}), raise_on_status=False, respect_retry_after_header=True,
        retry_after_max=MAX_RETRY_AFTER)
    retry.throttle = throttle
    adapter = HTTPAdapter(max_retries=retry, pool_connections=1, pool_maxsize=1)
    for scheme in SCHEMES:
        session.mount(f"{scheme}://", adapter)
    session.headers["User-Agent"] = user_agent()
    session.hooks["response"].append(functools.partial(_read_capped, max_bytes=settings.max_bytes))
    return session


@dataclass
class Page:
    """One fetched answer: where it came from and what it held."""

    url: str
    status: int
    body: bytes
    headers: dict[str, str]
    not_modified: bool
    fetched: str

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf" or urlsplit(self.url).path.lower().endswith(".pdf")


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _describe(err: Exception, settings: Settings) -> str:
    """A one-line reason for a requests error."""
    import requests

    if isinstance(err, requests.exceptions.RetryError):
        return f"still failing after {settings.retries} retries ({err.__context__ or err})".splitlines()[0]
    if isinstance(err, requests.Timeout) or "timed out" in str(err).lower():
        return f"no answer within {settings.timeout:g} s (after {settings.retries} retries)"
    if isinstance(err, requests.ConnectionError):
        return f"connection failed ({err.__class__.__name__})"
    return f"{err.__class__.__name__}: {err}".splitlines()[0]


class Client:
    """Fetches pages one at a time: robots.txt honoured, only http(s), redirects checked hop
    by hop, every request through the throttle; counts pages fetched and not modified."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.throttle = Throttle(settings.delay)
        self.session = make_session(settings, self.throttle)
        self.robots: dict[str, RobotFileParser] = {}
        self.fetched = 0
        self.not_modified = 0

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.session.close()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this tool fetch `url` (fetching robots.txt on first use)."""
        site = origin(url)
        if site not in self.robots:
            self.robots[site] = self._robots(site)
        return self.robots[site].can_fetch(TOOL, url)

    def _robots(self, site: str) -> RobotFileParser:
        """The site's rules (RFC 9309): none when robots.txt is missing, everything refused when
        access is denied; FetchError while it cannot be had (5xx), so nothing is fetched on a
        guess. A Crawl-delay raises the delay."""
        from urllib.robotparser import RobotFileParser

        rules = RobotFileParser(f"{site}/robots.txt")
        page = self._send(f"{site}/robots.txt", redirects=True)
        if page.status >= 500:
            raise FetchError(f"{site}/robots.txt: HTTP {page.status}; nothing fetched from the site without it")
        if page.status == 200:
            rules.parse(page.body.decode("utf-8", "replace").splitlines())
            crawl_delay = rules.crawl_delay(TOOL)
            if crawl_delay:
                self.throttle.delay = max(self.throttle.delay, float(crawl_delay))
        elif page.status in (401, 403):
            rules.disallow_all = True
        else:
            rules.allow_all = True
        return rules

    def get(self, url: str) -> Page:
        """The page at `url` (redirects followed on its host, each hop allowed by robots.txt);
        FetchError for anything but a final 200."""
        start = url
        for _ in range(MAX_REDIRECTS + 1):
            if urlsplit(url).scheme not in SCHEMES:
                raise FetchError(f"{start}: not an http(s) URL ({url})")
            if not self.allowed(url):
                raise FetchError(f"{start}: robots.txt disallows {url}")
            page = self._send(url)
            location = page.headers.get("location")
            if page.status not in (301, 302, 303, 307, 308) or not location:
                break
            target = urldefrag(urljoin(url, location)).url
            if origin(target) != origin(url):
                raise FetchError(f"{start}: redirected to another host ({target}), not followed")
            url = target
        else:
            raise FetchError(f"{start}: more than {MAX_REDIRECTS} redirects")
        if page.status != 200:
            raise FetchError(f"{url}: HTTP {page.status}")
        self.not_modified += page.not_modified
        self.fetched += not page.not_modified
        return page

    def _send(self, url: str, redirects: bool = False) -> Page:
        """One GET through the throttle, retries and HTTP cache (redirects followed only for
        robots.txt; pages' redirects are checked hop by hop in `get`)."""
        import requests

        self.throttle.wait()
        try:
            response = self.session.get(url, timeout=self.settings.timeout, allow_redirects=redirects)
        except requests.RequestException as err:
            raise FetchError(f"{url}: {_describe(err, self.settings)}") from None
        return Page(url, response.status_code, response.content,
                    {k.lower(): v for k, v in response.headers.items()},
                    bool(getattr(response, "from_cache", False)), now_iso())


class _LinkParser(HTMLParser):
    """Every <a href> of a page in document order, marked whether it sits inside <main>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, bool]] = []
        self.main_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self.main_depth += 1
        elif tag == "a":
            href = dict(attrs).get("href")
            if href and href.strip():
                self.links.append((href.strip(), self.main_depth > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "main" and self.main_depth:
            self.main_depth -= 1


def page_links(page: Page) -> list[tuple[str, bool]]:
    """The absolute http(s) links of an HTML page in document order, without fragments or
    repeats, each with whether it is in the page's main content."""
    parser = _LinkParser()
    parser.feed(page.body.decode("utf-8", "replace"))
    parser.close()
    links: dict[str, bool] = {}
    for href, in_main in parser.links:
        url = urldefrag(urljoin(page.url, href)).url
        if urlsplit(url).scheme in SCHEMES:
            links[url] = links.get(url, False) or in_main
    return list(links.items())


@dataclass(frozen=True)
class ReportScope:
    """A report's own pages: its host, and its overview's path, what follows it after '/' or
    '-' (both URL layouts)."""

    site: str
    path: str

    @classmethod
    def of(cls, url: str) -> ReportScope:
        return cls(origin(url), urlsplit(url).path.rstrip("/"))

    @property
    def slug(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def contains(self, url: str) -> bool:
        path = urlsplit(url).path.rstrip("/")
        return origin(url) == self.site and (
            path == self.path or path.startswith(self.path + "/") or path.startswith(self.path + "-"))

    def page_name(self, url: str) -> str:
        """'overview' for the overview, else the rest of the path as a file-name stem."""
        rest = urlsplit(url).path.rstrip("/")[len(self.path):]
        return re.sub(r"[^a-z0-9]+", "_", rest.lower()).strip("_") or "overview"


@dataclass
class Crawl:
    """A report fetched whole: its pages in report order, PDFs, and links it did not follow."""

    scope: ReportScope
    pages: list[Page] = field(default_factory=list)
    downloads: list[Page] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)


def _is_file(url: str) -> bool:
    """Whether a link names a file other than a web page (an image, a spreadsheet, a PDF)."""
    name = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].lower()
    return bool(_FILE_EXTENSION.search(name)) and not name.endswith((".html", ".htm"))


def _next_links(page: Page, scope: ReportScope, pdf: bool) -> list[str]:
    """Links of a report page to follow: the report's own pages (no files such as images)
    and, with `pdf`, PDFs on its host linked from the page's main content."""
    links = page_links(page)
    follow = [url for url, _ in links if scope.contains(url) and not _is_file(url)]
    if pdf:
        follow += [url for url, in_main in links
                   if in_main and origin(url) == scope.site and urlsplit(url).path.lower().endswith(".pdf")]
    return follow


def _require_html(page: Page) -> None:
    if not page.is_html:
        raise FetchError(f"{page.url}: not an HTML page ({page.content_type or 'no content type'})")


def crawl_report(client: Client, start_url: str) -> Crawl:
    """Fetch a report's overview, then every page it links under its own path, breadth first
    (the order of the report's own navigation). FetchError if any page fails."""
    first = client.get(start_url)
    _require_html(first)
    crawl = Crawl(ReportScope.of(first.url), [first])
    seen = {start_url, first.url}
    queue = deque(_next_links(first, crawl.scope, client.settings.pdf))
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        if not client.allowed(url):
            crawl.skipped.append({"url": url, "reason": "disallowed by robots.txt"})
            continue
        if len(crawl.pages) + len(crawl.downloads) >= MAX_PAGES:
            raise FetchError(f"{start_url}: more than {MAX_PAGES} pages under the report's path")
        page = client.get(url)
        if page.url != url and page.url in seen:
            continue
        seen.add(page.url)
        _add_page(crawl, page, client.settings.pdf, queue)
    return crawl


def _add_page(crawl: Crawl, page: Page, pdf: bool, queue: deque[str]) -> None:
    """File a fetched page as a report page (queueing its links), a download, or skipped."""
    if pdf and page.is_pdf:
        crawl.downloads.append(page)
    elif not crawl.scope.contains(page.url):
        crawl.skipped.append({"url": page.url, "reason": "redirected outside the report"})
    elif not page.is_html:
        crawl.skipped.append({"url": page.url, "reason": f"not HTML ({page.content_type})"})
    else:
        crawl.pages.append(page)
        queue.extend(_next_links(page, crawl.scope, pdf))


def report_files(crawl: Crawl) -> dict[str, tuple[Page, bytes]]:
    """File name -> (page, bytes): pages as NN_<name>.html in report order, PDFs by name."""
    files: dict[str, tuple[Page, bytes]] = {}
    for number, page in enumerate(crawl.pages):
        files[f"{number:02d}_{crawl.scope.page_name(page.url)}.html"] = (page, page.body)
    for page in crawl.downloads:
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(urlsplit(page.url).path).stem).strip("_") or "report"
        files[f"{stem}.pdf"] = (page, page.body)
    return files


def manifest(crawl: Crawl, files: dict[str, tuple[Page, bytes]]) -> dict[str, Any]:
    """What was fetched, from where and when, with each file's validators and sha256."""
    return {
        "tool": user_agent(), "report": crawl.scope.slug, "url": crawl.pages[0].url, "fetched": now_iso(),
        "pages": [{"file": name, "url": page.url, "status": page.status, "not_modified": page.not_modified,
                   "fetched": page.fetched, "etag": page.headers.get("etag"),
                   "last_modified": page.headers.get("last-modified"), "content_type": page.content_type,
                   "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for name, (page, data) in files.items()],
        "skipped": crawl.skipped,
    }


def _same_files(folder: Path, files: dict[str, bytes]) -> bool:
    """Whether `folder` already holds exactly these files (and a manifest)."""
    if not (folder / MANIFEST).is_file():
        return False
    present = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    return present == set(files) and all((folder / name).read_bytes() == data for name, data in files.items())


def save_report(folder: Path, files: dict[str, bytes], record: dict[str, Any]) -> bool:
    """Put the report's files in `folder` whole: written into a hidden temp folder beside it,
    then swapped in; unchanged files are hard-linked (never rewritten). Nothing is written
    when every file is unchanged. Returns whether the folder changed."""
    if _same_files(folder, files):
        return False
    for stale in folder.parent.glob(f".{folder.name}.fetching.*"):  # left by a killed run
        shutil.rmtree(stale, ignore_errors=True)
    temp = folder.with_name(f".{folder.name}.fetching.{os.getpid()}")
    temp.mkdir(parents=True)
    try:
        for name, data in files.items():
            old = folder / name
            if old.is_file() and old.read_bytes() == data:
                _link_or_copy(old, temp / name)
            else:
                atomic_write(temp / name, data)
        atomic_write(temp / MANIFEST, json.dumps(record, indent=2) + "\n")
        swap_dir(temp, folder)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return True


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def list_reports(client: Client, index_url: str) -> list[str]:
    """Every report the listing links (a link one segment below the listing's path), across
    its pages (links to the listing's own path with a `page=` query)."""
    index = urlsplit(index_url)
    base = index.path.rstrip("/")
    queue, seen, reports = deque([index_url]), set(), []
    while queue:
        url = queue.popleft()
        if url in seen or not client.allowed(url):
            continue
        seen.add(url)
        if len(seen) > MAX_LISTING_PAGES:
            raise FetchError(f"{index_url}: listing has more than {MAX_LISTING_PAGES} pages")
        for link, _ in page_links(client.get(url)):
            parts = urlsplit(link)
            path = parts.path.rstrip("/")
            if origin(link) != origin(index_url):
                continue
            if path == base and _PAGINATION.search(parts.query):
                queue.append(link)
            elif path.startswith(base + "/") and "/" not in path[len(base) + 1:]:
                report = f"{parts.scheme}://{parts.netloc}{path}"
                if report not in reports:
                    reports.append(report)
    return reports


def target_url(target: str, base: str) -> str:
    """A report URL as given, or a bare slug expanded against the base URL."""
    if "://" in target:
        return urldefrag(target).url
    return f"{base.rstrip('/')}/{target}"


@dataclass
class Tally:
    """Counts for the summary."""

    saved: int = 0
    unchanged: int = 0
    failed: int = 0
    pages_failed: int = 0

    @property
    def ok(self) -> bool:
        return self.failed == 0


def folder_name(scope: ReportScope) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", scope.slug).strip("-.") or "report"


def fetch_report(client: Client, url: str, raw_dir: Path, tally: Tally) -> str:
    """Fetch one report into RAW_DIR/<slug>/ and return its progress line; a failure leaves
    the folder as it was."""
    before = (client.fetched, client.not_modified)
    try:
        crawl = crawl_report(client, url)
        files = report_files(crawl)
        changed = save_report(raw_dir / folder_name(crawl.scope), {n: d for n, (_, d) in files.items()},
                              manifest(crawl, files))
    except FetchError as err:
        tally.failed += 1
        tally.pages_failed += 1
        return f"{url}: ERROR {err.reason} (report left as it was)"
    except OSError as err:
        tally.failed += 1
        return f"{url}: ERROR cannot write the report ({err.strerror or err}; left as it was)"
    fetched, not_modified = client.fetched - before[0], client.not_modified - before[1]
    tally.saved += changed
    tally.unchanged += not changed
    skipped = f", {len(crawl.skipped)} links skipped" if crawl.skipped else ""
    return (f"{folder_name(crawl.scope)}: {len(files)} files ({fetched} fetched, {not_modified} not modified"
            f"{skipped}) {'saved' if changed else 'unchanged'}")


def summary_lines(client: Client, tally: Tally, raw_dir: Path) -> list[str]:
    total = tally.saved + tally.unchanged + tally.failed
    return [f"reports: {total} ({tally.saved} saved, {tally.unchanged} unchanged, {tally.failed} failed) in {raw_dir}",
            f"pages: {client.fetched} fetched, {client.not_modified} not modified, {tally.pages_failed} failed"]


def add_fetch_parser(commands: argparse._SubParsersAction) -> None:
    """Register `fetch` and its options."""
    fetch = commands.add_parser(
        "fetch", help="download reports from the CQC website into a raw folder",
        description="Download each report (overview page and every page it links under its own path) into "
                    "RAW_DIR/<slug>/ as HTML pages in report order, with a .manifest.json. Politely: robots.txt "
                    "honoured, one request at a time with a delay, retries with backoff honouring Retry-After, "
                    "conditional requests on a re-run (unchanged files are not rewritten). Needs internet "
                    "access. Exit status: 0 all fetched, 1 some report failed (left as it was), 2 bad arguments.")
    fetch.add_argument("targets", nargs="*", metavar="TARGET",
                       help="a report URL, or a bare slug such as westminster-1124 (expanded against --base)")
    fetch.add_argument("--all", action="store_true", help="fetch every report the listing page links")
    fetch.add_argument("--index", metavar="URL", help="listing page for --all (default: --base)")
    fetch.add_argument("--base", default=BASE_URL, metavar="URL", help=f"base URL for slugs (default: {BASE_URL})")
    fetch.add_argument("--out", type=Path, default=Path("raw"), metavar="RAW_DIR", help="folder to save to (default: raw)")
    fetch.add_argument("--delay", type=float, default=DEFAULT_DELAY, metavar="SECONDS",
                       help=f"wait between requests (default: {DEFAULT_DELAY:g}; robots.txt Crawl-delay can raise it)")
    fetch.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"connect and read timeout (default: {DEFAULT_TIMEOUT:g})")
    fetch.add_argument("--retries", type=int, default=DEFAULT_RETRIES, metavar="N",
                       help=f"retries on connection errors, timeouts, 429 and 5xx (default: {DEFAULT_RETRIES})")
    fetch.add_argument("--backoff", type=float, default=DEFAULT_BACKOFF, metavar="SECONDS",
                       help=f"exponential backoff factor between retries (default: {DEFAULT_BACKOFF:g})")
    fetch.add_argument("--pdf", action="store_true", help="also save the report's PDF download")
    fetch.add_argument("--quiet", action="store_true", help="print only errors and the final summary")


def _bad_arguments(args: argparse.Namespace) -> str | None:
    if not args.targets and not args.all:
        return "give a report URL or slug, or --all"
    if min(args.delay, args.backoff) < 0 or args.timeout <= 0 or args.retries < 0:
        return "--delay and --backoff must be at least 0, --timeout above 0, --retries at least 0"
    if urlsplit(args.index or args.base).scheme not in SCHEMES:
        return "--index and --base must be http(s) URLs"
    for target in args.targets:
        if "://" in target and urlsplit(target).scheme not in SCHEMES:
            return f"{target}: only http(s) URLs can be fetched"
        if "://" not in target and not _SLUG.match(target):
            return f"{target}: neither a URL nor a report slug (such as westminster-1124)"
    return None


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings(delay=args.delay, timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                    pdf=args.pdf, cache=args.out / HTTP_CACHE)


def _report_urls(client: Client, args: argparse.Namespace) -> list[str]:
    """The targets as URLs, then (with --all) every report on the listing, without repeats."""
    urls = [target_url(target, args.base) for target in args.targets]
    if args.all:
        urls += list_reports(client, args.index or args.base)
    return list(dict.fromkeys(urls))


def run_fetch(args: argparse.Namespace) -> int:
    """`fetch`: download the reports, print a line per report and a summary; exit 0 or 1."""
    from .cli import ProgressPrinter

    problem = _bad_arguments(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    try:
        with Client(settings_from(args)) as client, ProgressPrinter(args.quiet) as progress:
            try:
                urls = _report_urls(client, args)
            except FetchError as err:
                print(f"ERROR {err.reason}", file=sys.stderr)
                return 1
            for number, url in enumerate(urls, 1):
                progress(number, len(urls), fetch_report(client, url, args.out, tally))
            progress.close()
            print("\n".join(summary_lines(client, tally, args.out)))
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM where the CLI turns it into this
        print("\ninterrupted: each report folder is replaced whole, so saved reports are complete; "
              "run again to finish", file=sys.stderr)
        return 128 + int(getattr(stop, "signum", SIGINT))
    return 0 if tally.ok and urls else 1
