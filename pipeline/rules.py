"""Load the rule files kept as data under pipeline/rules/, validating them on load."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).parent / "rules"


class RuleError(ValueError):
    """A rule file is malformed; names the file and the problem."""


def load_json(name: str) -> dict:
    """A rule file from pipeline/rules/, or a RuleError naming it."""
    path = RULES_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise RuleError(f"{path}: {err}") from err


def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """A case-insensitive regular expression, or a RuleError naming where it came from."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise RuleError(f"{where}: bad pattern {pattern!r}: {err}") from err


def squash(text: str) -> str:
    """Heading text for matching: no marks, bullets, or repeated spaces; lower case."""
    text = re.sub(r"^[#>\s]*(?:[-*\u2022\u25cf]\s+)?", "", text)
    return " ".join(text.split()).strip(" :").lower()


@dataclass(frozen=True)
class Statement:
    name: str
    short: str
    theme: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class HeadingRule:
    kind: str
    level: int
    pattern: re.Pattern[str]


MAX_HEADING = 160  # longer lines are paragraphs, never headings


@dataclass(frozen=True)
class SectionRules:
    statements: tuple[Statement, ...]
    themes: dict[int, str]
    theme_short: dict[int, str]
    headings: tuple[HeadingRule, ...]
    theme_number: re.Pattern[str]
    not_headings: tuple[re.Pattern[str], ...]
    by_alias: dict[str, Statement]
    aliases_longest_first: tuple[str, ...]

    def statement_for(self, heading: str) -> Statement | None:
        if len(heading) > MAX_HEADING:
            return None
        return self.by_alias.get(squash(heading))

    def statement_at_start(self, line: str) -> tuple[Statement, str] | None:
        """A statement name opening a line ('Assessing needs: Score 2', '| Assessing needs | 3 |'),
        with the rest of the line (lower case, table bars kept)."""
        if len(line) > MAX_HEADING:
            return None
        key = squash(line.replace("|", " | ").strip(" |"))
        for alias in self.aliases_longest_first:
            if key.startswith(alias) and not key[len(alias):len(alias) + 1].isalnum():
                return self.by_alias[alias], key[len(alias):]
        return None

    def heading_rule_for(self, heading: str) -> HeadingRule | None:
        if len(heading) > MAX_HEADING:
            return None
        key = squash(heading)
        return next((rule for rule in self.headings if rule.pattern.fullmatch(key)), None)

    def is_not_heading(self, line: str) -> bool:
        if len(line) > MAX_HEADING:
            return True  # a paragraph
        key = squash(line)
        return any(p.fullmatch(key) for p in self.not_headings)


@lru_cache(maxsize=None)
def section_rules() -> SectionRules:
    data = load_json("sections.json")
    statements = tuple(Statement(s["name"], s["short"], int(s["theme"]), tuple(s["aliases"])) for s in data["statements"])
    if len(statements) != 9 or sorted({s.theme for s in statements}) != [1, 2, 3, 4]:
        raise RuleError("sections.json: expected nine statements across themes 1-4")
    headings = tuple(HeadingRule(h["kind"], int(h["level"]), compile_pattern(h["pattern"], "sections.json"))
                     for h in data["headings"])
    return SectionRules(
        statements=statements,
        themes={int(k): v["name"] for k, v in data["themes"].items()},
        theme_short={int(k): v["short"] for k, v in data["themes"].items()},
        headings=headings,
        theme_number=compile_pattern(data["theme_number"], "sections.json"),
        not_headings=tuple(compile_pattern(p, "sections.json") for p in data["not_headings"]),
        by_alias={alias.lower(): s for s in statements for alias in s.aliases},
        aliases_longest_first=tuple(sorted((a.lower() for s in statements for a in s.aliases), key=len, reverse=True)),
    )


@lru_cache(maxsize=None)
def lexicon() -> dict:
    """Comparators, relation words, data sources, score labels, tolerances (lexicon.json)."""
    data = load_json("lexicon.json")
    for key in ("comparators", "relations", "sources", "score_labels", "ratings", "similar_tolerance"):
        if key not in data:
            raise RuleError(f"lexicon.json: missing {key!r}")
    return data
