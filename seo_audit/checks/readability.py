"""RDB: readability of French prose — Flesch (Kandel & Moles), long sentences, passive
voice, transition words, repeated sentence beginnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..measures.passive import passive_phrase, passives, verb_group_range
from ..measures.counts import WORD
from ..measures.readability import beginning, readability, repeated_beginnings
from ..measures.transitions import transitions
from . import (Context, Finding, NotApplicable, Params, Problem, lines_text, param, plural, quote,
               quote_around, rule, shown)


def _percent(value: float) -> str:
    return f"{value:.0f} %".replace(".", ",")


@dataclass(frozen=True)
class FleschParams(Params):
    min_score: float = param(60.0, "Yoast SEO, Flesch pour le français (Kandel & Moles 1958) : "
                                   "60 et plus est bon", minimum=0, maximum=100)


@rule("RDB001", "flesch-trop-bas", "L’indice de Flesch (Kandel & Moles) atteint au moins {min_score}.",
      FleschParams, severity="warning",
      what="Indice de lisibilité de Flesch adapté au français par Kandel et Moles (1958) : 207 − "
           "1,015 × (mots / phrases) − 73,6 × (syllabes / mots). 100 est très facile, 60 à 70 du "
           "français courant, moins de 30 très difficile. Les mots sont comptés comme les voit "
           "un lecteur (« l’Ukraine », « a-t-il », « 31 000 », « patient·e·s », « InfoMedicament.gouv.fr » "
           "font un mot ; les adresses web ne sont pas lues), les phrases s’arrêtent où un "
           "lecteur les arrête (pas après « p. », « art. » ni « av. J.-C. », mais après « ! » » "
           "devant une majuscule), les syllabes sont celles de l’oral (« table » 1, « américaine » "
           "4) ; un nombre en chiffres compte pour les mots et syllabes qu’on prononce (« 2023 "
           "», « deux mille vingt-trois » : 3 mots, 4 syllabes ; « 2,5 », « deux virgule cinq » : "
           "3 mots, 4 syllabes). Le constat cite la phrase la plus difficile (de 5 mots au "
           "moins) et, quand il y a des nombres, ce qu’ils apportent (mots et syllabes) et le "
           "score sans eux — Yoast SEO les laisse de côté.",
      why="Les phrases longues et les mots longs rendent un texte plus difficile. Yoast SEO "
          "applique Kandel et Moles au français et demande au moins 60. Les nombres sont lus à "
          "voix haute parce que Kandel et Moles ont adapté la formule pour des textes à entendre "
          "(la radio) et que l’effort du lecteur devant « 1 347 » est celui de « mille trois "
          "cent quarante-sept » : ni celui d’un mot d’une syllabe (les laisser de côté), ni "
          "celui d’un seul mot de six syllabes (d’où le compte des mots prononcés aussi). Sur "
          "une page pleine de dates et de montants, l’écart avec Yoast SEO vient de là : le "
          "constat le chiffre.")
def flesch_score(ctx: Context, p: Params) -> Iterator[Finding]:
    """Flesch reading ease for French, Kandel & Moles (1958):
    207 − 1,015 × (mots / phrases) − 73,6 × (syllabes / mots). 100 is very easy, 60–70
    plain French, below 30 very hard. Words as `counts.py` counts them, sentences from the
    parse (headings excluded), oral syllables (`measures/syllables.py`, which explains why
    textstat's French syllables are not used). The finding quotes the hardest sentence
    (lowest score among those of 5 words or more).

    What is counted. A word is what a reader sees as one: « l’Ukraine », « a-t-il »,
    « patient·e·s », « 31 000 » and « InfoMedicament.gouv.fr » are one word each; web
    addresses are left out. Sentences end where a reader ends them, not after « p. »,
    « art. » or « av. J.-C. ». Syllables are spoken ones (« table » 1, « américaine » 4).
    Numbers written in digits are read aloud as a reader says them, words and syllables
    both: « 2023 » is « deux mille vingt-trois », 3 words and 4 syllables; « 2,5 » is
    « deux virgule cinq », 3 words and 4 syllables. Kandel & Moles adapted Flesch for texts
    to be heard (radio), and a reader's effort on « 1 347 » is that of « mille trois cent
    quarante-sept », not of a one-syllable word — nor of one six-syllable word, which is
    why the spoken words are counted too (the length rules still count « 1 347 » as one
    written word).
    Yoast SEO leaves numbers out of Flesch, so on a page full of dates and amounts the two
    scores differ: the finding says how many words and syllables numbers contribute and
    what the score would be without them.

    Why: long sentences and long words make a text harder to read. Yoast SEO applies
    Kandel & Moles to French and asks for at least 60.
    """
    ctx.require_french()
    figures = ctx.measure(readability)
    score = figures.flesch
    if score is None:
        raise NotApplicable
    if score >= p.min_score:
        return
    candidates = [s for s in figures.sentences if s.word_count >= 5] or figures.sentences
    hardest = min(candidates, key=lambda s: s.flesch)
    yield Problem(
        f"Indice de lisibilité de Flesch : {shown(score, p.min_score, 'below')} (minimum {p.min_score:.0f}) — "
        f"{figures.spoken_words / len(figures.sentences):.1f} mots par phrase, "
        f"{figures.syllables / figures.spoken_words:.2f} syllabes par mot{_numbers_note(figures)}. "
        f"Phrase la plus difficile ({plural(hardest.word_count, 'mot')}) :".replace(".", ",", 2),
        "Raccourcissez les phrases et préférez les mots courts et courants.",
        ctx.locate_sentence(hardest.sentence), quote(hardest.sentence.text),
        round(score, 1), p.min_score)


def _numbers_note(figures) -> str:
    """« (nombres lus en toutes lettres : 20 mots, 42 syllabes ; sans eux, l’indice serait 56) »."""
    if not figures.number_syllables:
        return ""
    without = figures.flesch_without_numbers
    rest = f" ; sans eux, l’indice serait {without:.0f}" if without is not None else ""
    return (f" (nombres lus en toutes lettres : {plural(figures.number_spoken_words, 'mot')}, "
            f"{plural(figures.number_syllables, 'syllabe')}{rest})")


@dataclass(frozen=True)
class LongSentencesParams(Params):
    max_words: int = param(20, "Yoast SEO : une phrase française est longue au-delà de 20 mots", minimum=1)
    max_share: float = param(25.0, "Yoast SEO : au plus 25 % de phrases longues", minimum=0, maximum=100)


@rule("RDB002", "phrases-trop-longues",
      "Au plus {max_share} % des phrases dépassent {max_words} mots.",
      LongSentencesParams, severity="warning",
      what="Une phrase est longue au-delà de `max_words` mots (20 : la limite de Yoast SEO pour "
           "le français). La règle échoue quand plus de `max_share` % des phrases sont longues : "
           "elle donne la part pour tout le fichier, puis chaque phrase longue avec sa place (le "
           "terminal montre les premières ; JSON, SARIF, GitHub et JUnit les donnent toutes).",
      why="Une phrase longue oblige le lecteur à retenir davantage. Yoast SEO : au plus 25 % de "
          "phrases de plus de 20 mots en français.")
def long_sentences(ctx: Context, p: Params) -> Iterator[Finding]:
    """A sentence is long above `max_words` words (20: Yoast SEO's limit for French). The
    rule fails when more than `max_share` % of the sentences are long: it reports that
    share for the whole file, then every long sentence with its place (the terminal
    shows the first ones; JSON, SARIF, GitHub and JUnit carry them all).

    Why: a long sentence makes the reader hold more in memory. Yoast SEO: at most 25 % of
    sentences over 20 words in French.
    """
    ctx.require_french()
    figures = ctx.measure(readability)
    if not figures.sentences:
        raise NotApplicable
    long = figures.long_sentences(p.max_words)
    share = figures.long_share(p.max_words)
    if share <= p.max_share:
        return
    advice = "Coupez les phrases les plus longues là où une idée s’achève."
    yield Problem(
        f"{shown(share, p.max_share, 'above', '%')} des phrases dépassent {p.max_words} mots "
        f"({len(long)} sur {len(figures.sentences)} ; maximum {_percent(p.max_share)}).",
        advice, None, None, round(share, 1), p.max_share)
    for item in long:
        yield Problem(f"Phrase de {plural(item.word_count, 'mot')}.", advice,
                      ctx.locate_sentence(item.sentence), quote(item.sentence.text),
                      item.word_count, p.max_words)


@dataclass(frozen=True)
class PassiveParams(Params):
    max_share: float = param(10.0, "Yoast SEO : au plus 10 % de phrases au passif", minimum=0, maximum=100)


@rule("RDB003", "voix-passive", "Au plus {max_share} % des phrases sont à la voix passive.",
      PassiveParams, severity="warning",
      what="Une phrase est au passif quand « être » accompagne le participe passé d’un verbe, "
           "avec ou sans complément d’agent (« La décision a été prise par le ministre », « L’accès "
           "est réglementé »), y compris inversé (« était employé le terme », « est-elle "
           "identifiée »). Le participe est reconnu par les tables du lemmatiseur, pas par "
           "l’étiquette de l’analyse : « chronophage », « déployables », « bienvenu » ne sont "
           "pas des participes. Ne comptent pas : les verbes qui se conjuguent avec « être » (« Il "
           "est arrivé hier » est actif), les pronominaux (« Elle s’est levée »), les participes "
           "devenus adjectifs d’état (« la commune est située », « très élevée »), le passif "
           "pronominal (« Ce livre se vend bien »). La règle donne la part pour tout le fichier, "
           "puis chaque phrase au passif, placée sur son groupe verbal (« a été prise »).",
      why="L’actif nomme qui agit et se lit plus vite. Yoast SEO : au plus 10 % de phrases au "
          "passif.")
def passive_voice(ctx: Context, p: Params) -> Iterator[Finding]:
    """A sentence is passive when the parse attaches « être » to a past participle as a
    passive auxiliary (« La décision a été prise par le ministre »), with corrections for
    the verbs conjugated with « être » (« Il est arrivé hier » is active) and reflexives
    (« Elle s’est levée »). The pronominal passive (« Ce livre se vend bien ») is not
    counted: see `measures/passive.py`. The rule reports the share for the whole file,
    then every passive sentence, located on its (first) passive verb group.

    Why: the active voice names who acts, and reads faster. Yoast SEO: at most 10 % of
    passive sentences.
    """
    ctx.require_french()
    found = ctx.measure(passives)
    if not found.sentences:
        raise NotApplicable
    share = found.share
    if share <= p.max_share:
        return
    count = len(found.passive_sentences)
    advice = ("Tournez la phrase à l’actif en nommant qui agit "
              "(« le ministre a pris la décision » plutôt que « la décision a été prise »).")
    yield Problem(f"{shown(share, p.max_share, 'above', '%')} des phrases sont au passif "
                  f"({count} sur {len(found.sentences)} ; maximum {_percent(p.max_share)}).",
                  advice, None, None, round(share, 1), p.max_share)
    for sentence, verbs in zip(found.sentences, found.verbs):
        if not verbs:
            continue
        start, end = verb_group_range(sentence, verbs[0])
        excerpt, highlight = quote_around(sentence.text, start - sentence.start, end - sentence.start)
        phrases = ", ".join(f"« {passive_phrase(v)} »" for v in verbs)
        yield Problem(f"Passif : {phrases}.", advice, ctx.locate(sentence.block, start, end),
                      excerpt, len(verbs), None, highlight)


@dataclass(frozen=True)
class TransitionsParams(Params):
    min_share: float = param(30.0, "Yoast SEO : au moins 30 % de phrases avec un mot de liaison",
                             minimum=0, maximum=100)


@rule("RDB004", "mots-de-liaison", "Au moins {min_share} % des phrases contiennent un mot de liaison.",
      TransitionsParams, severity="warning",
      what="Un mot de liaison (« cependant », « en effet », « par conséquent », « tout d’abord "
           "», « lorsque », « plutôt que », « d’une part… d’autre part »…) relie une phrase à ce "
           "qui précède ; les mots ambigus sont vérifiés sur l’analyse (« or » la conjonction, "
           "pas le métal ; « alors » dans « alors étudiante » n’est qu’un adverbe de temps). « Selon » "
           "suivi d’un nom, « en tant que » et « de plus en plus » ne sont pas des mots de "
           "liaison. Le constat montre le plus long passage sans aucun.",
      why="Les connecteurs montrent le raisonnement et mènent le lecteur d’une idée à la "
          "suivante. Yoast SEO : au moins 30 % de phrases avec un mot de liaison.")
def transition_words(ctx: Context, p: Params) -> Iterator[Finding]:
    """A transition word (« cependant », « en effet », « par conséquent », « tout
    d’abord », « d’une part … d’autre part »…) links a sentence to what precedes it. The
    list is `lang/fr/transitions.py`; ambiguous words are checked against the
    parse (« or » the conjunction, not the metal). The finding points at the longest run
    of sentences without any.

    Why: connectors show the reasoning and carry the reader from one idea to the next.
    Yoast SEO: at least 30 % of sentences with a transition word.
    """
    ctx.require_french()
    found = ctx.measure(transitions)
    if not found.sentences:
        raise NotApplicable
    share = found.share
    if share >= p.min_share:
        return
    run = found.longest_run_without()
    first = run[0] if run else found.sentences[0]
    where = ctx.locate_sentence(first)
    if run and len(run) > 1:
        last_line = ctx.locate_sentence(run[-1]).end_line
        detail = (f" Passage le plus long sans mot de liaison : {len(run)} phrases, "
                  f"{lines_text(where.line, last_line)}, à partir de :")
    else:
        detail = ""
    yield Problem(
        f"{shown(share, p.min_share, 'below', '%')} des phrases contiennent un mot de liaison "
        f"({found.with_transition} sur {len(found.sentences)} ; minimum {_percent(p.min_share)}).{detail}",
        "Reliez les phrases par des mots de liaison (« en effet », « cependant », "
        "« par conséquent », « ensuite »…).",
        where, quote(first.text), round(share, 1), p.min_share)


@dataclass(frozen=True)
class BeginningsParams(Params):
    max_run: int = param(2, "Yoast SEO : 3 phrases de suite ou plus avec le même début sont "
                            "signalées", minimum=1)


@rule("RDB005", "debuts-de-phrase-repetes",
      "Pas plus de {max_run} phrases de suite ne commencent par le même mot.", BeginningsParams,
      severity="warning",
      what="Des phrases consécutives sont comparées par leur premier mot ; après un article, un "
           "démonstratif ou un numéral (« le », « l’ », « une », « deux », « cette »…) par leurs "
           "deux premiers, comme le fait Yoast SEO pour le français : « Le président… Le "
           "ministre… » n’est pas une répétition, « Il… Il… Il… » en est une. Un titre remet le "
           "compte à zéro.",
      why="Le même début, phrase après phrase, rend la prose monotone. Yoast SEO signale trois "
          "phrases de suite ou plus qui commencent par le même mot.")
def sentence_beginnings(ctx: Context, p: Params) -> Iterator[Finding]:
    """Consecutive sentences are compared by their first word; after an article, a
    demonstrative or a numeral (« le », « l’ », « une », « deux », « cette »…) by their
    first two, as Yoast SEO does for French: « Le président… Le ministre… » is no
    repetition, « Il… Il… Il… » is. A heading starts afresh.

    Why: the same opening, sentence after sentence, makes prose monotonous. Yoast SEO
    flags three or more consecutive sentences starting with the same word.
    """
    ctx.require_french()
    if not ctx.measure(readability).sentences:
        raise NotApplicable
    for run in repeated_beginnings(ctx.annotated, p.max_run + 1):
        first = run[0]
        words = list(WORD.finditer(first.text))[: max(len((beginning(first) or "").split()), 1)]
        opening = " ".join(w.group() for w in words)
        lines = sorted({ctx.locate_sentence(s).line for s in run})
        where_lines = f"ligne{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}"
        excerpt = quote(" … ".join(quote(s.text, 50) for s in run), 200)
        start, end = (words[0].start(), words[-1].end()) if words else (0, 0)
        # the span is the repeated opening of the first sentence, not the whole sentence
        where = ctx.locate(first.block, first.start + start, first.start + end) if words else \
            ctx.locate_sentence(first)
        raw = first.text[start:end]
        highlight = (excerpt.find(raw), excerpt.find(raw) + len(raw)) if raw and raw in excerpt else None
        yield Problem(
            f"{len(run)} phrases de suite commencent par « {opening} » ({where_lines}).",
            "Variez les débuts de phrase : changez l’ordre des mots ou reliez deux phrases.",
            where, excerpt, len(run), p.max_run, highlight)
