"""Hostile input stays inert (issue 14, point 5): script tags, event-handler attributes,
`javascript:` links and remote images in a markdown and an HTML report appear in the review
pages as text only, and every page carries a Content-Security-Policy that would stop them anyway."""
from __future__ import annotations

import base64
import hashlib
import re

import pytest
from bs4 import BeautifulSoup

from conftest import mini_report, statement_section
from pipeline.run import run_extract

HOSTILE = ('<script>alert("md")</script> <img src="https://evil.example/md.png" onerror="alert(1)"> '
           '[click me](javascript:alert(2)) ![pixel](https://evil.example/pixel.png) '
           '<a href="JaVaScRiPt:alert(3)" onmouseover="alert(4)">here</a> <svg onload="alert(5)"></svg> '
           '<iframe src="https://evil.example/frame"></iframe> '
           '&lt;script&gt;alert("md-escaped")&lt;/script&gt; &lt;img src=x onerror=alert(12)&gt;')

MARKDOWN = mini_report(
    "Foxton District Council", rating="Good", scores={"Assessing needs": 3},
    statements=[statement_section("Assessing needs", 3, f"Around 61% of carers felt supported, compared with "
                                                        f"45% across England. {HOSTILE}")])

HTML = """<html><head><script>alert("head")</script><meta http-equiv="refresh" content="0;url=https://evil.example">
</head><body onload="alert(6)"><main>
<h1>Wexcombe District Council: local authority assessment</h1>
<p>Assessment published: 4 March 2025</p>
<h2>Local authority rating and score</h2><p>Wexcombe District Council</p><p>Good</p>
<h2>Quality statement scores</h2><ul><li>Assessing needs<br>Score: 3</li></ul>
<h1>Theme 1: How Wexcombe District Council works with people</h1>
<h2>Assessing needs</h2><p>Score: 3</p>
<p onclick="alert(7)">Around 58% of people <a href="javascript:alert(8)">said</a> they were supported
<img src="https://evil.example/track.png" onerror="alert(9)">, compared with 50% across England.
&lt;script&gt;alert("escaped")&lt;/script&gt; &lt;img src=x onerror=alert(10)&gt;
&lt;a href="javascript:alert(11)"&gt;link&lt;/a&gt;</p>
<script>alert("body")</script>
</main></body></html>
"""

REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "xlink:href")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    raw = tmp_path_factory.mktemp("hostile_raw")
    (raw / "foxton.md").write_text(MARKDOWN, encoding="utf-8")
    (raw / "wexcombe.html").write_text(HTML, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_out")
    result = run_extract(raw, out, workers=1)
    assert result.ok and result.n_reports == 2, result.failures
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((out / "review").glob("*.html"))}


def _policy(page: BeautifulSoup) -> dict[str, list[str]]:
    meta = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None and meta.parent.name == "head"
    return {d.split()[0]: d.split()[1:] for d in meta["content"].split(";") if d.strip()}


def test_every_page_has_a_content_security_policy_that_loads_nothing(pages):
    assert set(pages) == {"index.html", "foxton.html", "wexcombe.html"}
    for name, html in pages.items():
        policy = _policy(BeautifulSoup(html, "html.parser"))
        assert policy["default-src"] == ["'none'"] and policy["img-src"] == ["data:"], name
        assert all(source.startswith("'sha256-") for source in policy["script-src"]), name
        assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"], name


def test_the_only_scripts_are_ours_and_allowed_by_hash(pages):
    for name, html in pages.items():
        page = BeautifulSoup(html, "html.parser")
        allowed = {s.strip("'") for s in _policy(page)["script-src"]}
        for script in page.find_all("script"):
            digest = "sha256-" + base64.b64encode(hashlib.sha256(script.string.encode()).digest()).decode()
            assert digest in allowed, f"{name}: a script the policy does not allow"
            assert "alert(" not in script.string, name


def test_no_hostile_markup_is_live(pages):
    for name, html in pages.items():
        page = BeautifulSoup(html, "html.parser")
        for tag in page.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], f"{name}: event handler on <{tag.name}>"
            for attribute in URL_ATTRIBUTES:
                value = str(tag.get(attribute, ""))
                assert not value.strip().lower().startswith("javascript:"), f"{name}: {tag}"
                assert not REMOTE.match(value), f"{name}: remote {attribute} on <{tag.name}>"
        assert not page.find_all(["iframe", "object", "embed", "svg", "img", "form", "base"]), name
        assert not page.find("meta", attrs={"http-equiv": re.compile("refresh", re.I)}), name


def test_hostile_text_is_shown_as_text(pages):
    foxton = BeautifulSoup(pages["foxton.html"], "html.parser").get_text()  # inline tags are dropped as markup
    assert "[click me](javascript:alert(2))" in foxton and "![pixel](https://evil.example/pixel.png)" in foxton
    assert '<script>alert("md-escaped")</script>' in foxton and "<img src=x onerror=alert(12)>" in foxton
    wexcombe = BeautifulSoup(pages["wexcombe.html"], "html.parser").get_text()
    assert '<script>alert("escaped")</script>' in wexcombe and "<img src=x onerror=alert(10)>" in wexcombe
    assert "&lt;script&gt;" in pages["foxton.html"]  # escaped in the markup, not dropped
