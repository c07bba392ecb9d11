"""Is an input a CQC local authority assessment, or a saved part of one?

An input is a report when it shows any one of the signals in rules/detect.json: the report's
title line, its 'Assessment published' line, the 'About <Council>' overview, the summary's
rating or score-list headings, a quality statement with its score line, or the 'How we assess
local authorities' link over a publication line. A single sub-page (an overview alone, a
summary, one statement) is therefore a report; minutes, news and a care service's inspection
report are not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterator

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .records import InputError
from .rules import RULES_DIR, RuleError, compile_pattern, lexicon, lexicon_model, list_mark, load_json, section_rules

RULE_FILE = "detect.json"
NOT_A_REPORT = "not a CQC local authority assessment report"
_MARKUP = re.compile(rf"^[#>\s]*(?:{list_mark()}\s+)?")  # heading marks, quotes, a bullet
_MARKS = set("#>" + lexicon_model().list_marks)  # a line starting with one of these may carry markup
_HEAD_CHARS = 2048  # where a saved page's title is
_MACRO = re.compile(r"\{([A-Z_]+)\}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SignalRule(_Model):
    name: str = Field(min_length=1)
    why: str = Field(min_length=1)
    line: str = Field(min_length=1)
    name_not: str | None = None
    followed_by: str | None = None
    within: int = Field(0, ge=0, le=50)
    near: str | None = None
    window: int = Field(0, ge=0, le=200)
    vetoable: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> "SignalRule":
        if (self.followed_by is None) != (self.within == 0):
            raise ValueError("'followed_by' and 'within' (1 or more lines) go together")
        if self.near is None and self.window:
            raise ValueError("'window' without 'near'")
        return self


class DetectRules(_Model):
    doc: str = Field(alias="_doc")
    max_line_chars: int = Field(gt=0)
    macros: dict[str, str]
    not_council: list[str]
    signals: list[SignalRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> "DetectRules":
        names = [s.name for s in self.signals]
        if len(set(names)) != len(names):
            raise ValueError(f"signal names repeat: {names}")
        return self


@dataclass(frozen=True)
class Signal:
    name: str
    line: re.Pattern[str]
    name_not: re.Pattern[str] | None
    followed_by: re.Pattern[str] | None
    within: int
    near: re.Pattern[str] | None
    window: int
    vetoable: bool


@dataclass(frozen=True)
class Detector:
    signals: tuple[Signal, ...]
    not_council: tuple[re.Pattern[str], ...]
    max_line_chars: int


def _expander(macros: dict[str, str]):
    """Expand {MACRO}s: the file's own, every statement name and alias, the four ratings."""
    table = {**macros,
             "STATEMENT": "|".join(map(re.escape, section_rules().aliases_longest_first)),
             "RATING": "|".join(map(re.escape, lexicon()["ratings"]))}

    def expand(pattern: str, where: str) -> re.Pattern[str]:
        def one(match: re.Match[str]) -> str:
            if match.group(1) not in table:
                raise RuleError(f"{RULE_FILE}: {where}: unknown macro {match.group(0)}")
            return f"(?:{table[match.group(1)]})"
        return compile_pattern(_MACRO.sub(one, pattern), f"{RULE_FILE}: {where}")
    return expand


def _signal(rule: SignalRule, expand) -> Signal:
    where = f"signal {rule.name!r}"
    line = expand(rule.line, where)
    if rule.name_not and "name" not in line.groupindex:
        raise RuleError(f"{RULE_FILE}: {where}: 'name_not' needs a (?P<name>...) group in 'line'")
    optional = {key: expand(getattr(rule, key), where) if getattr(rule, key) else None
                for key in ("name_not", "followed_by", "near")}
    return Signal(rule.name, line, within=rule.within, window=rule.window, vetoable=rule.vetoable, **optional)


def build_detector(data: dict) -> Detector:
    """Signals from rule data shaped like rules/detect.json, validated and compiled; a RuleError
    names the file, the key and the problem."""
    try:
        rules = DetectRules.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        raise RuleError(f"{RULES_DIR / RULE_FILE}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from err
    expand = _expander(rules.macros)
    return Detector(tuple(_signal(rule, expand) for rule in rules.signals),
                    tuple(expand(p, "not_council") for p in rules.not_council), rules.max_line_chars)


@lru_cache(maxsize=1)
def detector() -> Detector:
    """The signals of rules/detect.json (loaded once)."""
    return build_detector(load_json(RULE_FILE))


def _clean_lines(text: str) -> list[str]:
    """Each line without heading marks, quote marks, a leading bullet or surrounding spaces."""
    lines = [line.strip() for line in text.split("\n")]
    return [_MARKUP.sub("", line).strip() if line[:1] in _MARKS else line for line in lines]


def _next_lines(lines: list[str], index: int, count: int) -> list[str]:
    """Up to `count` non-blank lines after lines[index]."""
    found: list[str] = []
    for line in islice(lines, index + 1, None):
        if len(found) == count:
            break
        if line:
            found.append(line)
    return found


def _holds(signal: Signal, match: re.Match[str], lines: list[str], index: int, text: str, limit: int) -> bool:
    """Whether a line matching the signal meets its other conditions."""
    if signal.name_not and signal.name_not.search(match.group("name")):
        return False
    if signal.followed_by and not any(len(line) <= limit and signal.followed_by.fullmatch(line)
                                      for line in _next_lines(lines, index, signal.within)):
        return False
    if signal.near:
        around = text if signal.window == 0 else "\n".join(lines[max(0, index - signal.window):index + signal.window + 1])
        return bool(signal.near.search(around))
    return True


def _found(signal: Signal, lines: list[str], text: str, limit: int) -> bool:
    for index, line in enumerate(lines):
        if line and len(line) <= limit and (match := signal.line.fullmatch(line)):
            if _holds(signal, match, lines, index, text, limit):
                return True
    return False


def _signals(text: str, vetoable: bool = True) -> Iterator[str]:
    """The names of the signals the text shows, in rule order (lazily: callers may stop early);
    with vetoable=False only the signals no care-service marker can cancel."""
    rules = detector()
    lines = _clean_lines(text)
    care_service: bool | None = None
    for signal in rules.signals:
        if signal.vetoable:
            if not vetoable:
                continue
            if care_service is None:
                care_service = any(p.fullmatch(line) for line in lines if line for p in rules.not_council)
            if care_service:
                continue
        if _found(signal, lines, text, rules.max_line_chars):
            yield signal.name


def report_signals(text: str) -> list[str]:
    """Every signal (rules/detect.json names) showing that the text is, or is part of, a CQC
    local authority assessment; empty when it is neither."""
    return list(_signals(text))


def require_report(text: str, source_file: str) -> str:
    """The first signal found; an InputError (one line) when the text shows none. A report's
    title is on its first lines, so those are tried alone first (a full report costs little)."""
    head = text[:text.rfind("\n", 0, _HEAD_CHARS) + 1]
    first = next(_signals(head, vetoable=False), None) or next(_signals(text), None)
    if first is None:
        raise InputError(source_file, f"{NOT_A_REPORT} (no report title, 'Assessment published' line, "
                                      "'About' overview, rating or score list, or scored quality statement found)")
    return first
