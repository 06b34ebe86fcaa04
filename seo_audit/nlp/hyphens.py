"""Keeping hyphenated French words whole in the parse.

spaCy's French tokenizer keeps the compounds it knows (« porte-parole », « États-Unis »)
but splits the others into three tokens: « week-end » → week / - / end, « start-up »,
« data-scientist », « là-bas ». A reader sees one word, the word counter counts one, and
keywords built from the split tokens come out as « week » or « OTAN ce week ». This
component, run first, merges such triples back; verb–pronoun inversions (« dis-le »,
« a-t-il ») and locutions (« c’est-à-dire ») are left as the tokenizer made them, since the
parser was trained on them split.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "seo_audit_hyphen_words"
HYPHENS = {"-", "\u2010", "\u2011"}
#: Right-hand parts that make an inversion or a locution, not a compound.
_KEEP_SPLIT = {"le", "la", "les", "lui", "leur", "moi", "toi", "nous", "vous", "y", "en", "il", "elle",
               "on", "ils", "elles", "je", "tu", "ce", "t", "à", "de", "du", "des", "et", "dire"}


def _word(token) -> bool:
    return token.text.isalnum()


@Language.component(NAME)
def merge_hyphenated(doc: Doc) -> Doc:
    spans = []
    i = 0
    while i + 2 < len(doc):
        left, hyphen, right = doc[i], doc[i + 1], doc[i + 2]
        if (hyphen.text in HYPHENS and not left.whitespace_ and not hyphen.whitespace_
                and _word(left) and _word(right)
                and left.lower_ not in _KEEP_SPLIT and right.lower_ not in _KEEP_SPLIT):
            end = i + 3
            while (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in HYPHENS
                   and not doc[end].whitespace_ and _word(doc[end + 1])
                   and doc[end + 1].lower_ not in _KEEP_SPLIT):
                end += 2  # « peer-to-peer » style chains
            spans.append(doc[i:end])
            i = end
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def install(nlp: Language) -> Language:
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, first=True)
    return nlp
