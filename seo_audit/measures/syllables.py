"""French syllables, counted the way the words are spoken.

Oral or written syllables?
    Written (orthographic) syllabification counts every mute « e »: « a-mé-ri-cai-ne »
    has 5 syllables on paper, « ta-ble » 2. Spoken French drops the final mute « e »:
    « a-mé-ri-caine » 4, « table » 1. We count **oral syllables**, because

    * Kandel & Moles (1958) adapted Flesch's formula for French in the *Cahiers d'études
      de radio-télévision*: for texts to be heard, and Flesch himself counted spoken
      syllables in English;
    * Yoast SEO, whose French thresholds (Flesch ≥ 60) we follow, counts vowel groups and
      then removes the mute endings (-e, -es, -ent): oral counting, and its thresholds
      are calibrated on it;
    * a reader's effort follows the spoken chain, not the spelling convention.

    The final mute « e » is dropped (« -e », « -es », and « -ent » of a verb in the 3rd
    person plural: « ils aimaient » → ai-maient, 2). An inner « e » caduc is dropped where
    the law of three consonants lets every speaker drop it — after a vowel and one
    consonant sound, before one consonant and a vowel (« clai-r(e)-ment » 2,
    « sam(e)-di » 2, « chang(e)-ment » 2) — and kept after two consonant sounds
    (« sim-ple-ment » 3, « gou-ver-ne-ment » 4) and in a first syllable (« se-maine »).

    The issue that asked for this counter gives « ukrainienne » 4 syllables: that is the
    written count (u-krai-nien-ne); spoken, it has 3 (/y.kʁɛ.njɛn/, the « i » before a
    vowel is a glide), and 3 is what we count, consistently with « chien » 1 and
    « nation » 2.

How
    Vowel groups, after rewriting the letters that do not sound as vowels
    (« qu », « gu » before e/i), with these corrections:

    * a letter with an accent that breaks a group (é, è, ê, ë, ï, ü) starts a new syllable
      after another vowel: « po-é-sie », « a-é-ro-port », « ma-ïs », « No-ël »;
    * « i » before a vowel is a glide, one syllable with it (« chien », « na-tion »,
      « u-krai-nienne »), except after a consonant + l/r cluster where French keeps two
      (« cli-ent », « ou-vri-er »);
    * « y » between vowels is two « i »: « voy-age » → voi-ya-ge, « ay-ant »;
    * an elided article or pronoun (« l’ », « d’ », « qu’ ») has no vowel of its own;
    * a form of inclusive writing is read as its first form (« patient·e·s » 2,
      « étudiant-e-s » 3); a domain or e-mail address part by part, with « point » and
      « arobase » (« service-public.fr » 6);
    * numbers in digits are spelt out (« 2024 » → deux mille vingt-quatre, 4); an
      acronym without vowels is spelt letter by letter (« PS » 2, « RN » 2);
    * a short list of exceptions (``EXCEPTIONS``) for words the rules get wrong.

Why not textstat
    textstat 0.7.13 (``textstat/backend/counts/_count_syllables.py``) counts French
    syllables as Pyphen hyphenation points + 1. Hyphenation is not syllabification: Pyphen
    never leaves one letter alone at a word edge (« été » 1, « américaine » 3, « poésie »
    2, « aéroport » 3) and does not split vowel groups (« ukrainienne » 2). Its word list
    (``list_words``) deletes every apostrophe that is not part of an English contraction
    and every hyphen, so « l’orage » becomes « lorage » and « peut-être » « peutêtre »;
    numbers count 1 syllable (« 2024 » 1). Its ``flesch_reading_ease`` with ``lang="fr"``
    does use Kandel & Moles' constants (207, 1.015, 73.6 in
    ``backend/utils/constants.py``), but its sentence counter (a regular expression on
    .!?) ignores every sentence of two words or fewer. Its other formulas (Flesch-Kincaid,
    SMOG, Gunning fog…) keep English constants. So we use none of it: we feed the
    Kandel & Moles formula (``measures/readability.py``) with our own words (counts.py),
    sentences (the parse) and syllables (this module).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

VOWELS = "aàâäeéèêëiîïoôöuùûüyÿœæ"
APOSTROPHES = "'\u2019\u02bc"
HYPHENS = "\u2010\u2011-"  # the ASCII hyphen last: literal in a character class

#: Words whose oral syllables the rules miscount (lower case).
EXCEPTIONS: dict[str, int] = {
    "pays": 2, "paysage": 3, "paysan": 3, "paysans": 3, "paysanne": 3, "abbaye": 3,
    "chaos": 2, "zoo": 2, "coopération": 5, "coordination": 5, "coopérer": 4,
    "alcool": 2, "monsieur": 2, "messieurs": 2, "femme": 1, "femmes": 1,
    "oignon": 2, "août": 1, "aout": 1, "faon": 1, "paon": 1, "taon": 1,
    "fuel": 1, "week": 1, "end": 1, "joe": 1, "mike": 1, "steve": 1,
}

#: French number words from 0 to 16, the one table of them (`spell_number`, and the counts
#: of items the outline's labels read, « trois obstacles : »).
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_LETTER_SYLLABLES = {"w": 3}  # « double-vé »; every other letter name has one syllable


def spell_number(n: int) -> str:
    """French words for a non-negative integer (« 2024 » → « deux mille vingt-quatre »)."""
    if n < 17:
        return UNITS[n]
    if n < 20:
        return "dix-" + UNITS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        if tens in (7, 9):
            base = "soixante" if tens == 7 else "quatre-vingt"
            rest = n - (60 if tens == 7 else 80)
            joiner = " et " if rest == 11 and tens == 7 else "-"
            return base + joiner + spell_number(rest)
        base = "quatre-vingt" if tens == 8 else _TENS[tens]
        if unit == 0:
            return base + ("s" if tens == 8 else "")
        return base + (" et " if unit == 1 and tens != 8 else "-") + UNITS[unit]
    for size, name in ((10**9, "milliard"), (10**6, "million"), (1000, "mille"), (100, "cent")):
        if n >= size:
            head, rest = divmod(n, size)
            if size in (1000, 100) and head == 1:
                words = name
            else:
                words = spell_number(head)
                if size == 1000 and words.endswith(("cents", "vingts")):
                    words = words[:-1]  # « cinq cent mille », « quatre-vingt mille »
                words += " " + name
                if head > 1 and (size >= 10**6 or size == 100 and not rest):
                    words += "s"  # deux millions, deux cents (but deux cent un)
            return words + (" " + spell_number(rest) if rest else "")
    raise AssertionError(n)


def _after_cluster(w: str, start: int) -> bool:
    """Whether the vowel group at `start` follows a consonant + l/r cluster (« cli-ent »)."""
    return start >= 2 and w[start - 1] in "lr" and w[start - 2] in "bcdfgkptv"


def _core_syllables(word: str, plural_verb: bool = False) -> int:
    """Oral syllables of one alphabetic word without apostrophe or hyphen, lower case."""
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    if not _has_vowel(word):
        return 0
    w = word.replace("qu", "k")
    w = re.sub(r"gu(?=[eéèêiîy])", "g", w)
    # mute endings: « -ent » of a verb in the 3rd person plural, « -es », « -e »
    if plural_verb and w.endswith("ent") and _has_vowel(w[:-3]):
        w = w[:-3]
    elif re.search(r"[aeo]ient$", w) and _has_vowel(w[:-4]):  # -aient, -oient: no noun ends so
        w = w[:-3]
    if w.endswith("es") and _has_vowel(w[:-2]):
        w = w[:-2]
    elif w.endswith("e") and _has_vowel(w[:-1]):
        w = w[:-1]
    count = 0
    for match in re.finditer(f"[{VOWELS}]+", w):
        group, start = match.group(), match.start()
        count += 1
        for i in range(1, len(group)):
            previous, char = group[i - 1], group[i]
            if char in "ëïü":
                count += 1  # the diaeresis marks a hiatus: ma-ïs, No-ël
            elif char in "éèê":
                # po-é-sie, a-é-ro-port; after i/u a glide (a-mi-tié, tué) unless a
                # consonant + l/r precedes (ou-vri-ère)
                if previous not in "iu" or _after_cluster(w, start + i - 1):
                    count += 1
            elif previous in "éè":
                count += 1  # ré-u-nion, gé-ant, thé-âtre
            elif char == "y" and i + 1 < len(group):
                count += 1  # y between vowels is two i: voi-ya-ge, pa-yer
            elif previous in "iu" and i == 1 and char in "aâeoôu" and _after_cluster(w, start):
                count += 1  # cli-ent, ou-bli-er, cru-el; elsewhere a glide (na-tion, nua-ge)
    count -= _mute_inner_e(w)
    return max(count, 1) if _has_vowel(w) else 0


_DIGRAPHS = re.compile(r"ch|ph|th|gn|([b-df-hj-np-tv-xz])\1")


def _mute_inner_e(w: str) -> int:
    """Inner « e » caducs that speakers drop: a lone « e » between a vowel + one consonant
    sound and one consonant + vowel (« clai-r(e)-ment », « sam(e)di », « chang(e)ment »).
    After two consonant sounds it is heard (« sim-ple-ment », « gou-ver-ne-ment »)."""
    mute = 0
    groups = list(re.finditer(f"[{VOWELS}]+", w))
    for previous, group in zip(groups, groups[1:]):
        if group.group() != "e":
            continue
        before = _DIGRAPHS.sub("c", w[previous.end():group.start()])
        if len(before) > 1 and before[0] in "nm":
            before = before[1:]  # the n/m of a nasal vowel: « chan-g(e)ment »
        after = re.match(f"([^{VOWELS}])[{VOWELS}]", w[group.end():])
        if len(before) == 1 and after:
            mute += 1
    return mute


def _has_vowel(text: str) -> bool:
    return any(c in VOWELS for c in text)


_NUMBER = re.compile(r"(\d+)(?:[.,](\d+))?")
_ORDINAL = re.compile(r"(\d+)(?:er|re|e|ème|eme|nd|nde)")
#: XXe, XIXe, Ier, Ve; not « Le » nor « Ce » (L and C alone are words here)
_ROMAN_ORDINAL = re.compile(r"([IVXLC]{2,}|[IVX])(?:er|re|e|ème)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _spelt_digits(digits: str) -> int:
    """`_spelt(int(digits))` without Python's limit on long integers (4 300 digits): a
    number that long is read digit by digit anyway."""
    if len(digits) > 15:
        return sum(_spelt(int(d)) for d in digits)
    return _spelt(int(digits))


def _spelt(value: int) -> int:
    if value >= 10**12:  # a code or identifier rather than a quantity: read digit by digit
        return sum(_spelt(int(d)) for d in str(value))
    return sum(syllables(w) for w in spell_number(value).split())


_INCLUSIVE = re.compile(
    r"(.+?)(?:[·‧•⋅∙][^\W\d_]{1,6})+"
    r"|(.+?)(?:\.(?:e|es|le|les|ne|nes|se|ses|rice|rices|trice|trices|euse|euses|ve|ves|te|tes|ère|ères|x|s))+"
    r"|(.+?)[-\u2010\u2011](?:es?|(?:e|le|ne|se|rice|trice|euse|ve|te|ère)[-\u2010\u2011]s)")
_ADDRESS = re.compile(r"[^\s/]+[.@][^\s/]+")


def _address_syllables(word: str) -> int:
    """« contact@mairie.fr », « InfoMedicament.gouv.fr » as read aloud: each part, « point »
    for each dot, « arobase » for « @ », a part without vowel letter by letter (« fr »)."""
    total = 0
    for part in re.split(r"[.@]", word):
        if part:
            total += syllables(part) if _has_vowel(part.lower()) else len(part)
    return total + word.count(".") + 3 * word.count("@")


def spoken_words(word: str) -> int:
    """How many words a word stands for when read aloud: a number written in digits is
    as many words as its French reading (« 2023 » → deux mille vingt-trois, 3; « 2,5 » →
    deux virgule cinq, 3); any other word is one."""
    compact = re.sub(r"[ \u00a0\u202f]", "", unicodedata.normalize("NFC", word))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
        compact = compact.replace(".", "")
    number = _NUMBER.fullmatch(compact)
    if not number:
        return 1

    def count(digits: str) -> int:
        if len(digits) > 15:  # read digit by digit; int() refuses over 4 300 digits
            return len(digits)
        value = int(digits)
        return len(digits) if value >= 10**12 else len(spell_number(value).split())

    return count(number.group(1)) + (1 + count(number.group(2)) if number.group(2) else 0)


_PART = re.compile(f"([^{APOSTROPHES}{HYPHENS}]*)([{APOSTROPHES}{HYPHENS}]?)")


@lru_cache(maxsize=1 << 16)  # pure, and words repeat: most of a text's words come back
def syllables(word: str, plural_verb: bool = False) -> int:
    """Oral syllables of a word as `counts.words` cuts them (« l’Ukraine », « peut-être »,
    « 2,5 », « 31 000 »). `plural_verb`: the word is a verb in the 3rd person plural, so a
    final « -ent » is mute (« ils aiment » 1, but « moment » 2)."""
    word = unicodedata.normalize("NFC", word)
    compact = re.sub(r"[ \u00a0\u202f]", "", word)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):  # « 17.000 »: thousands, not a decimal
        compact = compact.replace(".", "")
    number = _NUMBER.fullmatch(compact)
    if number:
        total = _spelt_digits(number.group(1))
        if number.group(2):
            total += 2 + _spelt_digits(number.group(2))  # « virgule » …
        return total
    ordinal = _ORDINAL.fullmatch(compact.lower())
    if ordinal and len(ordinal.group(1)) <= 15:  # 1er premier, 2e deuxième
        value = int(ordinal.group(1))
        return 2 if value == 1 else _spelt(value) + 1
    roman = _ROMAN_ORDINAL.fullmatch(compact)
    if roman:  # XXe siècle: vingtième
        value = _roman(roman.group(1))
        return 2 if value == 1 else _spelt(value) + 1
    inclusive = _INCLUSIVE.fullmatch(word) if len(word) <= 64 else None  # quadratic on « a.a.a… »
    if inclusive:  # « patient·e·s » is read « patients »: the first form
        return syllables(next(g for g in inclusive.groups() if g), plural_verb)
    if _ADDRESS.fullmatch(word) and not any(c.isdigit() for c in word):
        return _address_syllables(word)
    total = 0
    parts = [(m.group(1), m.group(2)) for m in _PART.finditer(word) if m.group(1)]
    for index, (part, separator) in enumerate(parts):
        lower = part.lower()
        if lower.isdecimal():
            total += syllables(lower)
        elif any(c.isdigit() for c in lower):
            total += len(lower)  # superscripts and other non-decimal digits: « ¹ » is read « un »
        elif part.isupper() and len(part) > 1 and (not separator or separator not in APOSTROPHES) \
                and (not _has_vowel(lower) or re.search(f"[^{VOWELS}]{{2}}$", lower)):
            total += sum(_LETTER_SYLLABLES.get(c, 1) for c in lower)  # PS, SNCF, EDF
        elif not _has_vowel(lower) and part.isupper() and (not separator or separator not in APOSTROPHES):
            total += sum(_LETTER_SYLLABLES.get(c, 1) for c in lower)  # PS, RN, F-16
        else:
            total += _core_syllables(lower, plural_verb and index == len(parts) - 1)
    return total
