"""Rules are data with one source of truth: rule files validated on load, vocabularies expanded
into spaCy patterns, fixed names defined once (pipeline/vocab.py) and documented as in code."""
from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT
from pipeline import rules
from pipeline.atoms import analyse
from pipeline.patterns import atom_rules, cue_patterns
from pipeline.rules import AtomVocabulary, RuleError, load_model
from pipeline.schemas import ARROW_SCHEMAS
from pipeline.vocab import SEVERITY, STATEMENTS, TABLES, THEMES, Code


def _readme_warning_table() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Warning codes", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| `([A-Z0-9_]+)` \| (\w+) \|", section, re.MULTILINE))


def test_readme_warning_table_matches_the_codes():
    assert _readme_warning_table() == {str(code): str(SEVERITY[code]) for code in Code}


def test_every_code_has_a_severity():
    assert set(SEVERITY) == set(Code)


def test_tables_documented_in_schema_order():
    assert tuple(ARROW_SCHEMAS) == TABLES
    docs = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert re.findall(r"^## (\w+)\.parquet", docs, re.MULTILINE) == list(TABLES)


def test_statements_and_themes_come_from_the_rules():
    data = json.loads((ROOT / "pipeline" / "rules" / "sections.json").read_text(encoding="utf-8"))
    assert STATEMENTS == tuple(s["name"] for s in data["statements"])
    assert THEMES == {int(k): v["name"] for k, v in data["themes"].items()}
    assert len(STATEMENTS) == 9 and sorted(THEMES) == [1, 2, 3, 4]


def test_unknown_key_in_a_rule_file_is_refused(tmp_path, monkeypatch):
    data = json.loads((ROOT / "pipeline" / "rules" / "atoms.json").read_text(encoding="utf-8"))
    data["benchmarks"][0]["phrazes"] = ["England average"]
    (tmp_path / "atoms.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    with pytest.raises(RuleError, match=r"atoms\.json: benchmarks\.0\.phrazes: Extra inputs"):
        load_model("atoms.json", AtomVocabulary)


def test_a_key_given_twice_in_a_rule_file_is_refused(tmp_path, monkeypatch):
    text = (ROOT / "pipeline" / "rules" / "atoms.json").read_text(encoding="utf-8")
    (tmp_path / "atoms.json").write_text(text.replace('{', '{"units": [], ', 1), encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    with pytest.raises(RuleError, match=r"atoms\.json: key given twice in one object: units"):
        load_model("atoms.json", AtomVocabulary)


def test_bad_token_pattern_is_refused_by_spacy():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    with pytest.raises(ValueError):
        ruler.add_patterns([{"label": "PERCENT", "pattern": [{"LIKE_NUMBER": True}]}])


def _phrases(label: str) -> dict[str, set[str]]:
    rule_table, patterns = atom_rules()
    out: dict[str, set[str]] = {}
    for p in patterns:
        rule = rule_table[int(p["id"])]
        if rule.label == label and isinstance(p["pattern"], str):
            out.setdefault(f"{rule.key}/{rule.form}", set()).add(p["pattern"])
    return out


def test_vocabularies_expand_into_phrases_without_nonsense_combinations():
    relations = _phrases("RELATION")
    assert {"lower than", "fewer than", "a lower proportion", "a similar share"} <= relations["lower/phrase"] | relations["similar/phrase"]
    assert not {"below than", "a fewer proportion", "exceeds than"} & set().union(*relations.values())
    benchmarks = _phrases("BENCHMARK")
    assert {"north-west average", "east midlands rate", "eastern region average"} <= benchmarks["regional average/phrase"]
    assert "eastern region region average" not in benchmarks["regional average/phrase"]
    assert "england (" in benchmarks["England average/bare"] and "england averages" in benchmarks["England average/plural"]
    sources = _phrases("SOURCE")
    assert {"asc-wds", "ascwds", "asc wds"} <= sources["ASC-WDS/acronym"]


def test_every_cue_role_has_words():
    phrases, tokens = cue_patterns()
    assert all(phrases[kind] or tokens[kind] for kind in phrases)


def test_atoms_and_cues_on_a_sentence():
    text = "In 2023, 61.5% of carers were satisfied, slightly lower than the England average of 64.2% (SACE, 2023)."
    sentences, atoms = analyse(text)
    found = {(a.label, a.key, a.text) for a in atoms}
    assert {("PERCENT", "%", "61.5%"), ("RELATION", "lower", "slightly lower than"),
            ("BENCHMARK", "England average", "England average"), ("PERCENT", "%", "64.2%"),
            ("SOURCE", "SACE", "SACE")} <= found
    cues = {(c.kind, c.text) for c in sentences[0].cues}
    assert {("benchmark_figure_after", "of"), ("population_group", "carers"), ("metric_after_opener", "of")} <= cues
