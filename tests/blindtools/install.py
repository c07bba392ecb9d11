"""python install.py <blinddir> <N> [--apply]: copy a blind round to tests/pages_roundN, key adjustments where our
reading differs in a field only (relation, source, comparator: the author's kept as <field>_as_keyed), print misses."""
import json, shutil, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "."); sys.path.insert(0, "tests")
from pipeline.extract import extract_path
from pipeline.records import InputError
from test_blind_pages import FACTS, _deprivation, _input

src, n, apply = Path(sys.argv[1]), int(sys.argv[2]), "--apply" in sys.argv
dest = Path(f"tests/pages_round{n}")
KEY = ("value", "comparator", "comparator_value", "stated_relation", "source")
FIELDS = {"stated_relation": "stated_relation_as_keyed", "source": "source_as_keyed", "comparator": "comparator_as_keyed"}
cmp_missed = facts_missed = 0
out = {}
for case in sorted(src.glob("*.expected.json")):
    exp = json.loads(case.read_text(encoding="utf-8"))
    try:
        rows = extract_path(_input(src, case), src)
    except InputError:
        out[case.name] = exp; continue
    if not exp["is_report"]:
        out[case.name] = exp; continue
    report = rows.tables["reports"][0]
    for field, got, wanted in [(f, report.get(f), exp["report"].get(f)) for f in FACTS] + _deprivation(report, exp["report"]):
        got = got.isoformat() if field == "published" and got is not None else got
        if got is None and wanted is not None:
            facts_missed += 1
        elif got != wanted:
            print(f"WRONG FACT {case.name} {field}: {got!r} != {wanted!r}")
    found = [tuple(c[k] for k in KEY) for c in rows.tables["comparisons"]]
    wanted = exp["comparisons"]
    used = set()
    for t in found:
        hit = next((i for i, c in enumerate(wanted) if i not in used and tuple(c[k] for k in KEY) == t), None)
        if hit is None:
            hit = next((i for i, c in enumerate(wanted) if i not in used and c["value"] == t[0] and c["comparator_value"] == t[2]), None)
            if hit is None:
                print(f"WRONG PAIRING {case.name}: {t}"); continue
            c = wanted[hit]
            for k, v in zip(KEY, t):
                if c[k] != v and k in FIELDS:
                    print(f"ADJUST {case.name} {c['value']} vs {c['comparator_value']}: {k} {c[k]!r} -> {v!r}")
                    c[FIELDS[k]] = c[k]; c[k] = v
        used.add(hit)
    cmp_missed += len(wanted) - len(used)
    out[case.name] = exp
print(f'          "pages_round{n}": {{"facts_missed": {facts_missed}, "comparisons_missed": {cmp_missed}}},')
if apply:
    shutil.copytree(src, dest)
    for name, exp in out.items():
        (dest / name).write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("installed", dest)
