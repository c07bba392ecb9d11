"""The spaCy pipeline: blank English, sentencizer and a SpanRuler of atoms kept as data."""
from __future__ import annotations

from functools import lru_cache

import spacy
import srsly
from spacy.language import Language
from spacy.util import compile_infix_regex

from .rules import RULES_DIR, RuleError

ATOM_LABELS = {"PERCENT", "QUANTITY", "MONEY", "BENCHMARK", "RELATION", "SOURCE"}
ATOMS_KEY = "atoms"


def load_atom_patterns() -> list[dict]:
    """Atom patterns from rules/atoms.jsonl, checked for a known label and a pattern."""
    path = RULES_DIR / "atoms.jsonl"
    patterns = list(srsly.read_jsonl(path))
    for line, pattern in enumerate(patterns, 1):
        if pattern.get("label") not in ATOM_LABELS or not pattern.get("pattern") or "id" not in pattern \
                or not isinstance(pattern["pattern"], (str, list)):
            raise RuleError(f"{path}:{line}: needs a label in {sorted(ATOM_LABELS)}, an id and a pattern "
                            "(a phrase string, matched case-insensitively, or a list of token patterns)")
    return patterns


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The one spaCy pipeline (built once per process): tokenizer, sentencizer, atom SpanRuler."""
    nlp = spacy.blank("en")
    # Real reports drop the space after a full stop ("74.8%.This was lower", "in 1996.Labour"):
    # split there so the figure and the sentence boundary are both seen. The text is unchanged.
    infixes = [*nlp.Defaults.infixes, r"(?<=[%a-z0-9)])\.(?=[A-Z][a-z])", r"(?<=[0-9])%(?=\.[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.max_length = 50_000_000  # inputs are capped at 20 MiB; a wrapped page can be one paragraph
    nlp.add_pipe("sentencizer")
    # Phrase patterns (strings) go to the fast PhraseMatcher on lower-cased text; token
    # patterns (figures, case-sensitive acronyms) to the Matcher. Every token pattern starts
    # with a required token, which keeps the Matcher cheap.
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": ATOMS_KEY, "overwrite": True,
                                               "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(load_atom_patterns())  # type: ignore[attr-defined]
    return nlp
