"""Render a markdown-like report as the other two layouts real reports arrive in (test helpers).

Page text: what a browser's 'save as text' gives: no '#', bullets as '  • ', summary
scores on the line after the statement name. HTML: a CQC-style page with site chrome.
"""
from __future__ import annotations

import html
import re

_HEADING = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^[-*]\s+")


def _clean(md: str) -> list[str]:
    md = re.sub(r"<sup>(.*?)</sup>", r"\1", md).replace("**", "")
    return [line.rstrip() for line in md.splitlines() if line.strip() != "---"]


def to_pagetext(md: str) -> str:
    out: list[str] = []
    in_scores = False
    for line in _clean(md):
        bare = _HEADING.sub("", line).strip()
        if bare.lower() == "quality statement scores":
            in_scores = True
        elif bare.lower().startswith("summary of people"):
            in_scores = False
        if not bare:
            if not in_scores:
                out.append("")
            continue
        if in_scores and bare.lower().startswith("score:"):
            out.append(f"    {bare}")
        elif in_scores and bare.lower() != "quality statement scores":
            out.append(f"  \u2022 {bare}")
        elif _BULLET.match(line):
            out.append("  \u2022 " + _BULLET.sub("", line))
        else:
            out.append(bare)
    return "\n".join(out) + "\n"


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False).replace("\u00a3", "&pound;").replace("'", "&rsquo;")
    return re.sub(r"(\d)%", r"\1&nbsp;%", escaped)


def to_html(md: str) -> str:
    body: list[str] = []
    in_list = False
    for line in _clean(md):
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        bullet = _BULLET.match(line)
        if in_list and not bullet:
            body.append("</ul>")
            in_list = False
        if heading:
            level = len(heading.group(1))
            body.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif bullet:
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{_inline(_BULLET.sub('', line))}</li>")
        elif line.strip():
            body.append(f"<p>{_inline(line.strip())}</p>")
    if in_list:
        body.append("</ul>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Assessment - Care Quality Commission</title>
<script>var views = 1200; window.track(55);</script><style>.x{{width:100%}}</style></head>
<body>
<div id="cookie-banner" class="cookie-banner"><p>We use 4 cookies. Some last 365 days.</p><button>Accept 100%</button></div>
<header class="site-header"><a href="/">Care Quality Commission</a><nav class="site-nav"><ul><li>Find care (12,000 services)</li><li>About us</li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li>Home</li><li>Local authorities</li><li>Assessment 2024</li></ol></nav>
<main id="main-content">
{chr(10).join(body)}
<div class="feedback-widget"><p>Was this page useful? 87% of people found this useful.</p></div>
</main>
<footer class="site-footer"><p>National Customer Service Centre, Citygate, Gallowgate, Newcastle upon Tyne, NE1 4PA</p>
<p>Telephone 03000 616161</p><p>&copy; Care Quality Commission 2025</p></footer>
</body></html>
"""
