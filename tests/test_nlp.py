"""The spaCy pipeline's own components (pipeline/nlp.py) against the spaCy behaviour they replace."""
from __future__ import annotations

import spacy

from pipeline.atoms import paragraphs
from pipeline.nlp import build_nlp

from conftest import WESTMINSTER

ODD_TEXTS = ["", ".", ". . .", "...", "a", ". a", "a . b", "!! a ? b", "\n\n. x", " ", "a.b. c", "(1.) 2 .",
             '"Yes." She left. ', "It rose to 74.8%.This was lower than 80% (ASCS, 2024). Next!"]


def _opening_words(doc) -> set[int]:
    """Where each sentence's first word starts (a line break before it aside)."""
    return {s.start_char + len(s.text) - len(s.text.lstrip()) for s in doc.sents if s.text.strip()}


def test_sentence_starts_are_spacys_sentencizers():
    """punct_sentencizer gives every token the sentence start spaCy's Sentencizer gives it, in text
    without line breaks; with them, every sentence spaCy's starts starts too (and a line opening on a
    label, and a line break before a sentence stays with the sentence before)."""
    nlp = build_nlp()
    reference = spacy.blank("en").add_pipe("sentencizer")
    ours = nlp.get_pipe("sentencizer")
    texts = [*ODD_TEXTS, *(block for _, block in paragraphs(WESTMINSTER.read_text(encoding="utf-8")))]
    for text in texts:
        expected, got = reference(nlp.make_doc(text)), ours(nlp.make_doc(text))
        if "\n" in text:
            assert _opening_words(expected) <= _opening_words(got), text[:80]
        else:
            assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected], text[:80]
    doc = ours(nlp.make_doc("Total budget: £231.9m\nShare of budget spent: 31%\nThe rate\nwas 61%.\nEngland was 70%."))
    assert [s.text for s in doc.sents] == ["Total budget: £231.9m\n", "Share of budget spent: 31%\nThe rate\nwas 61%.\n",
                                           "England was 70%."]
    doc = ours(nlp.make_doc("The rate was 61%. England was 70%."))
    assert [s.text for s in doc.sents] == ["The rate was 61%.", "England was 70%."]


def test_the_report_tokenizer_is_built_once_with_its_own_infixes_and_exceptions():
    """spaCy's English tokenizer, with a split after a full stop or a comma that lost its space and without the 'm.'
    exception, with 'sq.' as one: built in one go by its registered factory (the pipeline's tokenizer is that one)."""
    from pipeline.nlp import build_nlp, report_tokenizer
    tokenizer = build_nlp().tokenizer
    assert [t.text for t in tokenizer("74.8%.This was lower (ASC-WDS,2024), £412.6m.")] == \
        ["74.8", "%", ".", "This", "was", "lower", "(", "ASC", "-", "WDS", ",", "2024", ")", ",", "£", "412.6", "m", "."]
    fresh = report_tokenizer()(build_nlp())
    assert "m." not in fresh.rules and "M." not in fresh.rules and "Mr." in fresh.rules
    assert [t.text for t in tokenizer("covering 141 sq. miles")] == ["covering", "141", "sq.", "miles"]  # no sentence end
    assert [t.text for t in tokenizer("an average of 64.4%(ASCS) and 12.5(SALT)")] == \
        ["an", "average", "of", "64.4", "%", "(", "ASCS", ")", "and", "12.5", "(", "SALT", ")"]  # a citation's bracket, no space
