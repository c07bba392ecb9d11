"""The spaCy pipeline's own components (pipeline/nlp.py) against the spaCy behaviour they replace."""
from __future__ import annotations

import spacy

from pipeline.atoms import paragraphs
from pipeline.nlp import build_nlp

from conftest import WESTMINSTER

ODD_TEXTS = ["", ".", ". . .", "...", "a", ". a", "a . b", "!! a ? b", "\n\n. x", " ", "a.b. c", "(1.) 2 .",
             '"Yes." She left. ', "It rose to 74.8%.This was lower than 80% (ASCS, 2024). Next!"]


def test_sentence_starts_are_spacys_sentencizers():
    """punct_sentencizer gives every token the sentence start spaCy's Sentencizer gives it."""
    nlp = build_nlp()
    reference = spacy.blank("en").add_pipe("sentencizer")
    ours = nlp.get_pipe("sentencizer")
    texts = [*ODD_TEXTS, *(block for _, block in paragraphs(WESTMINSTER.read_text(encoding="utf-8")))]
    for text in texts:
        expected = [t.is_sent_start for t in reference(nlp.make_doc(text))]
        assert [t.is_sent_start for t in ours(nlp.make_doc(text))] == expected, text[:80]
    doc = ours(nlp.make_doc("The rate was 61%. England was 70%."))
    assert [s.text for s in doc.sents] == ["The rate was 61%.", "England was 70%."]
