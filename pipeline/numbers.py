"""Parse printed figures exactly, refusing malformed ones instead of repairing them."""
from __future__ import annotations

import re

import numpy

DIGIT = re.compile(r"\d")  # a digit anywhere: a text that may hold a figure
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")  # a year's shape, in citations, sentences and tokens
# A number as printed in prose, well formed: thousands in groups of three ('58,300', not '4,0'), a decimal part.
NUMBER_TEXT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# The same standing alone: no letter, digit, '%', '£', '/' or '-' glued to it, and no malformed group after it.
LONE_NUMBER = re.compile(rf"(?<![\w.,/\-£]){NUMBER_TEXT}(?![\w%/\-])(?!\.\d)(?!,\d)")
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_MONEY = re.compile(r"^£?\s*(?P<num>\d[\d,.]*)\s*(?P<scale>millions?|m|bn|billions?|k|thousand)?$", re.IGNORECASE)
SCALES = {"m": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9, "k": 1e3,
          "thousand": 1e3}
_ASCII_DIGITS = "0123456789"


def holds_digit(text: str) -> bool:
    """Does the text hold a digit (DIGIT: any decimal digit)? ASCII digits are looked for with
    `in` (a fast byte scan; the regular expression checks each character's Unicode category,
    several times slower over a whole report), other digits only in a text that is not all ASCII."""
    return any(digit in text for digit in _ASCII_DIGITS) or (not text.isascii() and DIGIT.search(text) is not None)


def parse_number(text: str) -> float | None:
    """'1,060' -> 1060.0, '55.98' -> 55.98; None for anything malformed ('382,390,0000', '5.5.3')."""
    text = text.strip()
    if _PLAIN.match(text):
        return float(text)
    if _GROUPED.match(text):
        return float(text.replace(",", ""))
    return None


def parse_count(text: str) -> int | None:
    """A head count: digits with optional thousands commas. '196.000' is malformed (None)."""
    text = text.strip()
    if "." in text or parse_number(text) is None:
        return None
    return int(text.replace(",", ""))


def parse_money(text: str) -> float | None:
    """'£363,119,000' -> 363119000.0; '£311.9 million' -> 311900000.0; None when malformed."""
    match = _MONEY.match("".join(text.split()))  # '£ 311.9 million', or wrapped over two lines
    if not match:
        return None
    value = parse_number(match.group("num"))
    if value is None:
        return None
    scale = match.group("scale")
    if scale:
        return round(value * SCALES[scale.lower()], 2)
    return value


def digit_offsets(text: str) -> list[int]:
    """Offsets of the text's digits (those DIGIT finds: Unicode category Nd, as str.isdecimal), by numpy
    over its code points; besides 0-9 only the characters beyond ASCII are looked at one by one."""
    codes = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
    found = numpy.flatnonzero(codes - numpy.uint32(ord("0")) < 10).tolist()
    other = [i for i in numpy.flatnonzero(codes > 127).tolist() if text[i].isdecimal()]
    return sorted(found + other) if other else found


_FINANCIAL_YEAR = re.compile(r"^((?:19|20)\d\d)\s*[/\-–]\s*(\d\d|(?:19|20)\d\d)$")


def is_year_span(text: str) -> bool:
    """Is the text a span of years ('2022/23', '2023-2024')?"""
    return _FINANCIAL_YEAR.match(" ".join(text.split())) is not None


def financial_year(text: str) -> str:
    """One form across councils, 'YYYY/YY': '2023/2024', '2023-24', '2023 – 2024' -> '2023/24'. A
    span that is not one year to the next ('2023/2025', '2023/21') is kept as printed, never repaired."""
    text = " ".join(text.split())
    match = _FINANCIAL_YEAR.match(text)
    if match is None:
        return text
    start, end = int(match.group(1)), match.group(2)
    end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return f"{start}/{end_year % 100:02d}" if end_year == start + 1 else text
