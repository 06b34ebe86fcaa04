"""A sentence too long for a meta description, shortened by deleting what it sets apart.

Raters read « … » as a sentence cut short and give it 0, whatever the clause boundary
(« L'armée française vient de transférer … le contrôle de la province de la Kapisa… »).
A writer's own incidental segments can go instead, and what is left is a whole sentence:

- a segment between two commas that hangs on a word before it as a modifier (an
  apposition, a relative or participial clause: « …de la Kapisa, dernier territoire dont
  elle avait la responsabilité, aux forces de sécurité afghanes »);
- the segment after the last kept comma to the end, when it is such a modifier or a
  coordinated clause (« …vers West Wing Playbook, soulignant que de tels canaux… »);
- a coordinated clause on « et », « mais », « ou » to the end;
- the main verb's last adjunct, when it runs to the end (« …dans le centre de Téhéran
  [pour une manifestation anti-américaine à l'occasion du 33e anniversaire…] »);
- an opening phrase set apart by a comma (« Lancé en mai 2023, la plateforme… »), the
  next word then taking the capital;
- a parenthesis.

Nothing that the kept words need goes: a subject, an object, a complement the verb
requires, the main verb; never a comma of an enumeration. The words kept are the
sentence's own, in its order.
"""

from __future__ import annotations

from itertools import combinations

#: Relations by which a deleted segment may hang on a kept word: modifiers, not arguments.
DETACHABLE = frozenset({
    "appos", "acl", "acl:relcl", "advcl", "obl:mod", "nmod", "amod", "advmod", "dislocated", "parataxis",
    "conj",
})
#: An opening phrase hangs on the main clause by one of these.
OPENING = frozenset({"advcl", "obl:mod", "obl", "appos", "acl", "nmod", "advmod", "dislocated", "amod"})
COORDINATORS = frozenset({"et", "mais", "ou"})
#: At most this many segments go from one sentence.
MAX_DELETIONS = 2
#: A sentence of more tokens is not tried: two deletions would not bring it to a description's
#: length, and the pairs of segments grow with the square of its commas (one sentence of 80 000
#: characters, in tests/test_huge_articles.py).
MAX_TOKENS = 120


def _top_commas(tokens) -> list[int]:
    """Positions (in `tokens`) of the commas outside guillemets and brackets."""
    depth = 0
    found = []
    for k, t in enumerate(tokens):
        if t.text in ("«", "(", "[", "“"):
            depth += 1
        elif t.text in ("»", ")", "]", "”"):
            depth = max(0, depth - 1)
        elif t.text == "," and depth == 0:
            found.append(k)
    return found


def _detachable(tokens, gone: set[int], allowed: frozenset[str]) -> bool:
    """The tokens at `gone` hang on the kept ones only through `allowed` relations, and
    no kept token before them hangs on one of them (a kept word after may: a parse often
    hangs the words after an apposition's closing comma on the apposition)."""
    where = {t.i: k for k, t in enumerate(tokens)}
    first = min(gone)
    for k in gone:
        t = tokens[k]
        head = where.get(t.head.i)
        if head is None or head not in gone:
            if t.is_punct:
                continue
            if head is None or t.head == t or t.dep_ not in allowed:
                return False
            if allowed is DETACHABLE and (_dative(t) or (t.dep_ == "conj" and (not _verbal(t) or _listed(t)))):
                return False   # a verb's recipient; an enumeration's item
    for k, t in enumerate(tokens):
        if k in gone or t.is_punct or where.get(t.head.i) not in gone:
            continue
        # a prepositional phrase after the segment, which the parse hung on the apposition
        # (« …de la Kapisa, dernier territoire dont elle avait la responsabilité, aux forces… »)
        if k < first or t.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg") or not any(
                c.dep_ == "case" for c in t.children):
            return False
    return True


def _lead_word(tokens, start: int, stop: int) -> str:
    """The first word of tokens[start:stop], past a coordinator and « notamment », elision
    undone: what a series' items share (« à faciliter…, à encourager… et à mettre… »)."""
    words = [t.lower_ for t in tokens[start:stop] if not t.is_punct]
    while words and (words[0] in COORDINATORS or words[0] == "notamment"):
        words = words[1:]
    return words[0].rstrip("'’") if words else ""


def _listed(token) -> bool:
    """`token` is one of three coordinated members or more (« formés, outillés par l'ANSSI,
    rassemblés… »): deleting one leaves a list without its « et »."""
    return sum(1 for c in token.head.children if c.dep_ == "conj") > 1


def _dative(token) -> bool:
    """« à » + noun on a verb (« d'accorder l'asile politique, au fondateur de WikiLeaks »):
    whatever its label, the verb's recipient, which a sentence needs."""
    return (token.dep_ in ("obl", "obl:mod", "obl:arg") and token.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in token.children))


def _options(tokens, commas: list[int], end: int) -> list[tuple[str, set[int]]]:
    """Each single deletion: (kind, positions of the tokens it removes)."""
    found: list[tuple[str, set[int]]] = []
    bounds = [-1, *commas, end]
    opening = set(range(0, commas[0] + 1)) if commas else set()
    heads = [_lead_word(tokens, bounds[n] + 1, bounds[n + 1]) for n in range(len(bounds) - 1)]
    for n in range(1, len(bounds) - 1):   # a segment between two commas, with its opening comma
        start, stop = bounds[n], bounds[n + 1]
        if heads[n] and heads.count(heads[n]) > 1:
            continue   # an item of a series (« en amont de la visite, …, en aval avec les envois »)
        if stop == end:
            # not after an incise: what follows its closing comma resumes the clause (« rassembler et
            # ordonner, pour l'ensemble du territoire, les données archéologiques disponibles »)
            before = set(range(bounds[n - 1], start))
            if n < 2 or not (tokens[bounds[n - 1] + 1].pos_ == "ADP" or _detachable(tokens, before, DETACHABLE)):
                found.append(("tail", set(range(start, end))))
        elif stop - start > 2:
            # both commas go (« …de la Kapisa, dernier territoire…, aux forces »), but the comma
            # that closes an opening phrase or an incise before stays (« Selon François Dubet,
            # sociologue…, une personne… », « …français, M. Ayrault, sur le point…, a prononcé »)
            if n == 1:
                closes = tokens[0].pos_ == "ADP" or _detachable(tokens, opening, OPENING)
            else:
                closes = _detachable(tokens, set(range(bounds[n - 1], start)), DETACHABLE)
            after = tokens[stop + 1] if stop + 1 < end else None
            if not closes and after is not None and (after.pos_ == "ADJ" or "Part" in after.morph.get("VerbForm")):
                continue   # a series of modifiers (« …de confiance, formés, outillés par l'ANSSI, rassemblés… »)
            found.append(("middle", set(range(start, stop if closes else stop + 1))))
    if commas:   # the opening phrase and its comma
        found.append(("opening", opening))
    root = next((k for k, t in enumerate(tokens) if t.head == t), None)
    if root is not None:   # a closing adjunct of the main verb (« …à l'occasion du 33e anniversaire… »)
        last = [c for c in tokens[root].children if c.dep_ == "obl:mod" and c.i > tokens[root].i
                and any(g.dep_ == "case" for g in c.children)]
        where = {t.i: k for k, t in enumerate(tokens)}
        phrase = sorted(where[t.i] for t in last[-1].subtree if t.i in where) if last else []
        # (one set off by a comma is a segment: the comma rules above decide on it)
        if phrase and phrase == list(range(phrase[0], end)) and tokens[phrase[0] - 1].text != ",":
            found.append(("tail", set(phrase)))
    for k, t in enumerate(tokens[:end]):
        if (k > 2 and t.lower_ in COORDINATORS and t.pos_ == "CCONJ" and tokens[k - 1].text != ","
                and _lead_word(tokens, k, end) not in heads):   # not « …, à encourager… et à mettre… »
            found.append(("clause", set(range(k, end))))
        if t.text == "(":
            close = next((j for j in range(k + 1, end) if tokens[j].text == ")"), None)
            if close is not None and k > 0:
                found.append(("middle", set(range(k, close + 1))))
    return found


def _clause(tokens, gone: set[int]) -> bool:
    """What a coordinator opens is a clause (its words hang on the kept ones through a verb,
    « …et a pour vocation de référencer… »), not an enumeration's last item (« …, d'algues
    et de salmonidés »)."""
    where = {t.i: k for k, t in enumerate(tokens)}
    outer = [tokens[k] for k in gone if where.get(tokens[k].head.i) not in gone and not tokens[k].is_punct
             and tokens[k].pos_ != "CCONJ"]
    return bool(outer) and all(_verbal(t) for t in outer)


def _verbal(token) -> bool:
    """`token` heads a clause: a verb, or a copula's or an auxiliary's head."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in ("cop", "aux", "aux:tense", "aux:pass")
                                                for c in token.children)


def _render(tokens, gone: set[int], end: int) -> str:
    parts: list[str] = []
    last = None
    for k, t in enumerate(tokens[:end]):
        if k in gone:
            continue
        if (last is not None and last != k - 1 and parts and not parts[-1].endswith((" ", "\u00a0"))
                and t.text not in (",", ".", ")")):
            parts.append(" ")   # a gap where the deleted words were
        parts.append(t.text_with_ws)
        last = k
    text = "".join(parts).strip().rstrip(" ,;:–—-")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text + "."


def deletions(span, limit: int, floor: int) -> list[tuple[str, list]]:
    """Whole sentences made from `span` (a sentence ending on a full stop) by deleting one
    or two incidental segments, `floor`–`limit` characters, with the tokens kept; fewest
    deletions and longest first (so those of a higher floor are these, filtered)."""
    tokens = list(span)
    if not tokens or tokens[-1].text != "." or len(tokens) > MAX_TOKENS:
        return []
    end = len(tokens) - 1
    commas = _top_commas(tokens[:end])
    single = []
    roots = {k for k, t in enumerate(tokens) if t.head == t}
    for kind, gone in _options(tokens, commas, end):
        if gone & roots:
            continue   # the main clause stays
        allowed = OPENING if kind == "opening" else DETACHABLE
        if gone and _detachable(tokens, gone, allowed) and (kind != "clause" or _clause(tokens, gone)):
            single.append(gone)
    results: dict[str, tuple[int, int, list]] = {}
    for count in range(1, MAX_DELETIONS + 1):
        for chosen in combinations(single, count):
            gone = set().union(*chosen)
            if sum(len(g) for g in chosen) != len(gone):
                continue   # overlapping deletions
            text = _render(tokens, gone, end)
            if floor <= len(text) <= limit:
                results.setdefault(text, (count, -len(text), [t for k, t in enumerate(tokens) if k not in gone]))
    return [(t, results[t][2]) for t in sorted(results, key=lambda t: (results[t][:2], t))]
