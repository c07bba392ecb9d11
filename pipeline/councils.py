"""Council reference data: a report's council name to its ONS code, region and council type.

`rules/councils.json` lists the 153 English councils with adult social care duties (sources
cited in the file). A name matches when its *key* equals a council's: lower case, '&' as
'and', punctuation and 'the' dropped, and a council-form prefix ('London Borough of', 'Royal
Borough of', 'City of', 'Council of the') and suffix ('Council', 'County Council', 'City
Council', 'Borough Council', ...) removed. Keys are compared whole, never as substrings, so a
fictional 'North Oakshire Council' matches nothing. An unmatched name is an info finding
(`COUNCIL_UNMATCHED`), not a failure.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator

from .records import Finding
from .rules import _Rule, load_model
from .vocab import Code

CouncilType = Literal["county", "unitary", "metropolitan district", "London borough"]
Region = Literal["North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
                 "East of England", "London", "South East", "South West"]
_CODE_PREFIX = {"county": "E10", "unitary": "E06", "metropolitan district": "E08", "London borough": "E09"}
_PREFIXES = re.compile(r"^(?:london borough of|royal borough of|metropolitan borough of|borough of|city and county of|"
                       r"city of|county of|council of the|council of)\s+")
_SUFFIXES = re.compile(r"\s+(?:metropolitan district council|metropolitan borough council|county borough council|"
                       r"county council|city council|borough council|district council|corporation|council)$")


class Council(_Rule):
    name: str
    ons_code: str = Field(pattern=r"^E(06|08|09|10)\d{6}$")
    region: Region
    council_type: CouncilType
    variants: list[str] = []

    @model_validator(mode="after")
    def _code_fits_type(self) -> "Council":
        if not self.ons_code.startswith(_CODE_PREFIX[self.council_type]):
            raise ValueError(f"{self.name}: {self.ons_code} is not a {self.council_type} code")
        return self


class CouncilList(_Rule):
    doc: str = Field(alias="_doc")
    councils: list[Council]

    @model_validator(mode="after")
    def _unique(self) -> "CouncilList":
        codes = [c.ons_code for c in self.councils]
        if len(set(codes)) != len(codes):
            raise ValueError("an ONS code is listed twice")
        return self


def name_key(name: str) -> str:
    """A council name reduced for matching: 'Royal Borough of Windsor & Maidenhead' -> 'windsor and maidenhead'."""
    key = re.sub(r"[^a-z0-9 ]+", " ", name.lower().replace("&", " and ").replace("st.", "st"))
    key = " ".join(w for w in key.split() if w != "the")
    key = _SUFFIXES.sub("", _PREFIXES.sub("", key))
    return key.strip()


@lru_cache(maxsize=None)
def councils() -> CouncilList:
    """councils.json as its typed model."""
    return load_model("councils.json", CouncilList)


@lru_cache(maxsize=None)
def _by_key() -> dict[str, Council]:
    table: dict[str, Council] = {}
    for council in councils().councils:
        for name in (council.name, *council.variants):
            other = table.setdefault(name_key(name), council)
            if other is not council:
                raise ValueError(f"councils.json: {name!r} names both {other.name} and {council.name}")
    return table


def match_council(name: str | None) -> Council | None:
    """The council a report names, or None when the name is not one of the 153."""
    return _by_key().get(name_key(name)) if name else None


def council_columns(name: str | None) -> tuple[dict, Finding | None]:
    """The reports row's ons_code, region and council_type, and an info finding when unmatched."""
    council = match_council(name)
    if council is None:
        note = None if not name else Finding(Code.COUNCIL_UNMATCHED, f"council {name!r} is not in rules/councils.json")
        return {"ons_code": None, "region": None, "council_type": None}, note
    return {"ons_code": council.ons_code, "region": council.region, "council_type": council.council_type}, None


def council_findings(name: str | None) -> list[Finding]:
    """COUNCIL_UNMATCHED (info) when the report names a council that is not one of the 153."""
    note = council_columns(name)[1]
    return [note] if note else []
