"""Dump rows of every fixture input: python snap.py <checkout> out.jsonl [extra blind dirs...]"""
from __future__ import annotations
import json, sys
from pathlib import Path
checkout = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(checkout)); sys.path.insert(0, str(checkout / "tests"))
from pipeline.extract import extract_path
from pipeline.records import InputError
from test_blind_pages import _input
dirs = sorted((checkout / "tests").glob("pages_round*")) + sorted((checkout / "tests").glob("holdout*")) + [checkout / "tests" / "fixtures"] + [Path(d) for d in sys.argv[3:]]
CMP = ("value", "unit", "comparator", "comparator_value", "stated_relation", "source", "source_year", "char_start", "char_end")
with open(sys.argv[2], "w") as out:
    for folder in dirs:
        for case in sorted(folder.glob("*.expected.json")):
            key = f"{folder.name}/{case.name.removesuffix('.expected.json')}"
            try:
                r = extract_path(_input(folder, case), folder)
            except InputError as e:
                out.write(json.dumps({"k": key, "error": str(e)}) + "\n"); continue
            rep = {k: (str(v) if v is not None else None) for k, v in r.tables["reports"][0].items() if k not in ("extracted_at", "n_warnings")}
            row = {"k": key, "report": rep,
                   "cmp": [[c.get(f) for f in CMP] for c in r.tables["comparisons"]],
                   "pct": [p["value"] for p in r.tables["percentages"]],
                   "scores": {s["quality_statement"]: s["score"] for s in r.tables["scores"]},
                   "warn": sorted(w["code"] for w in r.tables["warnings"]),
                   "fig": len(r.tables["figures"])}
            out.write(json.dumps(row, default=str) + "\n")
