"""Stage 3c: overview facts (demographics, financial facts) from rules/facts.json."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .atoms import paragraphs
from .numbers import SCALES, parse_count, parse_money, parse_number
from .vocab import Code
from .records import Finding
from .rules import RuleError, compile_pattern, load_json

_DIGIT = re.compile(r"\d")

PARSERS = {
    "count": parse_count,
    "number": parse_number,
    "money": parse_money,
    "percent": parse_number,
    "text": lambda s: " ".join(s.split()),
}


@dataclass(frozen=True)
class FactRule:
    fact: str
    parser: str
    patterns: tuple[re.Pattern[str], ...]
    also: dict[str, dict[str, str]]  # named group -> {"fact": ..., "parser": ...}
    difference_from: str | None
    cues: tuple[str, ...]


@dataclass
class FactValue:
    fact: str
    value: float | int | str | None
    text: str
    char_start: int
    char_end: int


@lru_cache(maxsize=1)
def fact_rules() -> tuple[FactRule, ...]:
    data = load_json("facts.json")
    macros = data["macros"]
    rules = []
    for rule in data["rules"]:
        parsers = [rule.get("parser"), *(extra.get("parser") for extra in rule.get("also", {}).values())]
        if any(parser not in PARSERS for parser in parsers):
            raise RuleError(f"facts.json: {rule.get('fact')}: unknown parser in {parsers}")
        patterns = []
        for pattern in rule["patterns"]:
            for name, macro in macros.items():
                pattern = pattern.replace("{" + name + "}", f"(?:{macro})")
            pattern = _flexible_spaces(pattern)
            compiled = compile_pattern(pattern, f"facts.json: {rule['fact']}")
            if "value" not in compiled.groupindex:
                raise RuleError(f"facts.json: {rule['fact']}: pattern has no 'value' group")
            patterns.append(compiled)
        rules.append(FactRule(rule["fact"], rule["parser"], tuple(patterns), rule.get("also", {}),
                              rule.get("difference_from"), tuple(c.lower() for c in rule.get("cues", [""]))))
    return tuple(rules)


def _flexible_spaces(pattern: str) -> str:
    """A literal space in a rule matches any run of whitespace (page text wraps lines),
    except inside a character class."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        else:
            out.append(r"\s+" if ch == " " and not in_class else ch)
    return "".join(out)


def _parse(fact: str, parser: str, printed: str, start: int, end: int,
           findings: list[Finding]) -> FactValue:
    value = PARSERS[parser](printed)
    if value is None:
        findings.append(Finding(Code.MALFORMED_NUMBER, f"{fact}: {printed!r} is not a well-formed figure; recorded as null",
                                char_start=start, char_end=end))
    return FactValue(fact, value, printed, start, end)


def extract_facts(text: str, regions: list[tuple[int, int]] | None = None
                  ) -> tuple[dict[str, FactValue], list[Finding]]:
    """Each fact's first stated value within the regions (character spans; default all text);
    conflicts, malformed figures, impossible ranks and bad differences as findings."""
    found: dict[str, FactValue] = {}
    findings: list[Finding] = []
    regions = regions if regions is not None else [(0, len(text))]
    blocks = [(start, start + len(block), block.lower()) for start, block in paragraphs(text)
              if _DIGIT.search(block) and any(lo <= start < hi for lo, hi in regions)]
    for rule in fact_rules():
        spans = [(start, end) for start, end, lower in blocks if any(cue in lower for cue in rule.cues)]
        matches = sorted((m for p in rule.patterns for start, end in spans for m in p.finditer(text, start, end)),
                         key=lambda m: m.start())
        for match in matches:
            parsed = {rule.fact: _parse(rule.fact, rule.parser, match.group("value"),
                                        match.start("value"), match.end("value"), findings)}
            scale = match.groupdict().get("scale")
            if scale and parsed[rule.fact].value is not None:
                parsed[rule.fact].value = type(parsed[rule.fact].value)(
                    parsed[rule.fact].value * SCALES[scale.strip().lower()])
            for group, extra in rule.also.items():
                if match.groupdict().get(group):
                    parsed[extra["fact"]] = _parse(extra["fact"], extra["parser"], match.group(group),
                                                   match.start(group), match.end(group), findings)
            for fact, fv in parsed.items():
                first = found.get(fact)
                if first is None:
                    found[fact] = fv
                elif first.value != fv.value and fv.char_start != first.char_start:
                    findings.append(Finding(Code.FACT_CONFLICT, f"{fact} stated as {first.text!r} and later as {fv.text!r}; kept the first",
                        char_start=fv.char_start, char_end=fv.char_end, sentence=match.group(0)))
            if rule.difference_from and "difference" in match.groupdict() and match.group("difference"):
                _check_difference(rule, match, found, findings)
    _check_rank(found, findings)
    return found, findings


def _check_rank(found: dict[str, FactValue], findings: list[Finding]) -> None:
    """A deprivation rank cannot exceed the number of councils ranked."""
    rank, of = found.get("imd_rank"), found.get("imd_rank_of")
    if rank and of and rank.value is not None and of.value is not None and rank.value > of.value:
        findings.append(Finding(Code.VALUE_OUT_OF_RANGE, f"deprivation rank {rank.text} out of {of.text} is impossible; both recorded as null",
                                char_start=rank.char_start, char_end=of.char_end))
        rank.value = of.value = None


def _check_difference(rule: FactRule, match: re.Match[str], found: dict[str, FactValue],
                      findings: list[Finding]) -> None:
    """'actual ... which was £X more than estimated': X must equal actual minus estimate."""
    estimate = found.get(rule.difference_from or "")
    actual = parse_money(match.group("value"))
    stated = parse_money(match.group("difference"))
    if estimate is None or estimate.value is None or actual is None or stated is None:
        return
    signed = stated if match.group("direction").lower() == "more" else -stated
    if abs((actual - float(estimate.value)) - signed) > 0.5:
        findings.append(Finding(Code.DIFFERENCE_MISMATCH, f"{rule.fact}: stated difference {match.group('difference')} {match.group('direction')} than estimated, "
            f"but actual minus estimate is £{actual - float(estimate.value):,.0f}",
            char_start=match.start(), char_end=match.end(), sentence=match.group(0)))
