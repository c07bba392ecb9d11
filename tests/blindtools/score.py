"""Score a blind round: python score.py <checkout> <blinddir> [-v]. Prints per input and totals."""
from __future__ import annotations
import json, sys
from collections import Counter
from pathlib import Path

checkout, folder = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
verbose = "-v" in sys.argv
sys.path.insert(0, str(checkout))
sys.path.insert(0, str(checkout / "tests"))
from pipeline.extract import extract_path  # noqa: E402
from pipeline.records import InputError  # noqa: E402
from test_blind_pages import FACTS, _deprivation, _input  # noqa: E402

KEY = ("value", "comparator", "comparator_value", "stated_relation", "source")
tot = Counter()
for case in sorted(folder.glob("*.expected.json")):
    exp = json.loads(case.read_text(encoding="utf-8"))
    name = case.name.removesuffix(".expected.json")
    try:
        rows = extract_path(_input(folder, case), folder)
    except InputError as err:
        rows = err
    ok = isinstance(rows, InputError) != exp["is_report"]
    tot["inputs"] += 1; tot["accepted_ok"] += ok
    if not ok or not exp["is_report"]:
        print(f"{name}: accepted={'OK' if ok else 'WRONG'} {rows if isinstance(rows, InputError) else ''}")
        continue
    report, want = rows.tables["reports"][0], exp["report"]
    fw = fg = 0
    for field, got, wanted in [(f, report.get(f), want.get(f)) for f in FACTS] + _deprivation(report, want):
        got = got.isoformat() if field == "published" and got is not None else got
        if wanted is None:
            if got is not None and field not in ("local_authority",):
                print(f"{name}: fact EXTRA {field}={got!r}")
            continue
        fw += 1
        if got == wanted:
            fg += 1
        else:
            print(f"{name}: fact {field}: got {got!r} want {wanted!r}")
    scores = {r["quality_statement"]: r["score"] for r in rows.tables["scores"]}
    sc_ok = sum(scores.get(k) == v for k, v in exp["scores"].items())
    if scores != exp["scores"]:
        print(f"{name}: score got {scores} want {exp['scores']}")
    got_p = Counter(r["value"] for r in rows.tables["percentages"])
    want_p = Counter(float(p.removesuffix(" per cent").rstrip("%").replace(",", "")) for p in exp["percentages"])
    if got_p != want_p:
        print(f"{name}: pct missing {dict(want_p - got_p)} extra {dict(got_p - want_p)}")
    wanted = Counter(tuple(c[k] for k in KEY) for c in exp["comparisons"])
    found = [(tuple(c[k] for k in KEY), c) for c in rows.tables["comparisons"]]
    left = wanted.copy(); wrong = 0; hit = 0
    for t, c in found:
        if left[t] > 0:
            left[t] -= 1; hit += 1
        else:
            near = [w for w in left if left[w] > 0 and w[0] == t[0] and w[2] == t[2]]
            kind = "rel " if near else "EXTRA"
            wrong += 1
            print(f"{name}: {kind} got {t} {('want ' + str(near[0])) if near else ''} | {c.get('sentence', '')[:200]!r}")
    for t, n in left.items():
        for _ in range(n):
            if verbose:
                print(f"{name}: MISSED {t}")
    tot["facts"] += fg; tot["facts_of"] += fw; tot["scores"] += sc_ok; tot["scores_of"] += len(exp["scores"])
    tot["pct"] += sum((got_p & want_p).values()); tot["pct_of"] += sum(want_p.values())
    tot["cmp"] += hit; tot["cmp_of"] += sum(wanted.values()); tot["wrong"] += wrong
    print(f"{name}: accepted=OK facts {fg}/{fw} cmp {hit}/{sum(wanted.values())} wrong {wrong}")
t = tot
print(f"TOTAL inputs {t['accepted_ok']}/{t['inputs']} facts {t['facts']}/{t['facts_of']} scores {t['scores']}/{t['scores_of']} "
      f"pct {t['pct']}/{t['pct_of']} cmp {t['cmp']}/{t['cmp_of']} ({100*t['cmp']/max(t['cmp_of'],1):.1f}%) wrong {t['wrong']} "
      f"(precision {100*t['cmp']/max(t['cmp']+t['wrong'],1):.1f}%)")
