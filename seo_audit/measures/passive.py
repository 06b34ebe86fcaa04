"""Passive voice, read from the dependency parse.

A sentence is passive when the parser attaches a form of « être » to a past participle
as its passive auxiliary (`aux:pass`): « La décision a été prise par le ministre »,
« Les résultats seront publiés demain », « La porte est fermée ». Being structural, it
does not share the word-list false positives of Yoast SEO's French check (« est » inside
« s’est », « être » inside « peut-être »): « Il s’est levé » has `aux:tense`, « peut-être »
is one adverb.

Corrections to the parser, which labels `aux:pass` on every « être » + participle:

* verbs that build their compound tenses with « être » (« il est arrivé », « elle est
  devenue célèbre », « ils sont partis par le train ») are active; they are passive only
  with « été » (« il a été sorti de l’eau »). The rare transitive use with « par »
  (« le colis est monté par le livreur ») is missed: « par » after a verb of movement is
  far more often a place (« ils sont passés par Paris »);
* « été » that the parser attaches to the participle as a copula (« aucune décision n’a
  été prise ») is a passive auxiliary all the same;
* a participle that is a reflexive verb's (« s’est … ») is never passive.

Not counted, on purpose:

* the pronominal passive (« Ce livre se vend bien », « La question s’est posée »): the
  sentence is active in form, which is what the readability advice is about, and Yoast
  SEO does not count it either;
* the bare participle without auxiliary (« la décision, prise hier, … »): no passive
  verb phrase, and no advice to give.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import AnnotatedArticle, Sentence
from .counts import text_sentences

#: Their past participles, masculine singular: the lemmatizer often leaves a participle as
#: its own lemma (« partis », « levée »).
ETRE_PARTICIPLES = frozenset("""
allé arrivé advenu apparu décédé demeuré descendu devenu entré éclos mort monté né parti
parvenu passé provenu rentré reparti ressorti resté retombé retourné revenu redescendu
remonté rené sorti survenu tombé venu intervenu redevenu accouru convenu
""".split())

#: Verbs conjugated with « être » in compound tenses (and their usual derivatives).
ETRE_VERBS = frozenset("""
aller arriver advenir apparaître décéder demeurer descendre devenir entrer éclore mourir
monter naître partir parvenir passer provenir rentrer repartir ressortir rester retomber
retourner revenir redescendre remonter renaître sortir survenir tomber venir intervenir
redevenir accourir convenir
""".split())


@dataclass(frozen=True)
class PassiveVerb:
    auxiliary: "object"   # spaCy Token: the form of « être »
    participle: "object"  # spaCy Token: the past participle


def _is_passive(aux, participle) -> bool:
    if participle.morph.get("VerbForm") != ["Part"]:
        return False
    children = list(participle.children)
    if any(c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "expl") or
           (c.lower_ in ("se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous")
            and c.dep_.startswith(("expl", "obj", "iobj"))) for c in children):
        return False  # reflexive: « elle s'est levée »
    if _conjugated_with_etre(participle):
        return aux.lower_ == "été"
    return True


def _conjugated_with_etre(participle) -> bool:
    if participle.lemma_.lower() in ETRE_VERBS:
        return True
    form = participle.lower_
    return bool({form, form[:-1], form[:-2]} & ETRE_PARTICIPLES)


def passive_verbs(sentence: Sentence) -> list[PassiveVerb]:
    span = sentence.span
    if span is None:
        return []
    found = []
    for token in span:
        if token.lemma_ != "être" or token.head.i == token.i or token.head.pos_ != "VERB":
            continue
        if token.dep_ == "aux:pass" or (token.dep_ == "cop" and token.lower_ == "été"):
            if _is_passive(token, token.head):
                found.append(PassiveVerb(token, token.head))
    return found


@dataclass(frozen=True)
class Passives:
    sentences: list[Sentence]
    #: passive verb phrases of each sentence, parallel to `sentences`
    verbs: list[list[PassiveVerb]]

    @property
    def passive_sentences(self) -> list[Sentence]:
        return [s for s, v in zip(self.sentences, self.verbs) if v]

    @property
    def share(self) -> float:
        """Percentage of sentences with at least one passive verb phrase."""
        return 100 * len(self.passive_sentences) / len(self.sentences) if self.sentences else 0.0


def passives(annotated: AnnotatedArticle) -> Passives:
    sentences = text_sentences(annotated)
    return Passives(sentences, [passive_verbs(s) for s in sentences])


def passive_phrase(verb: PassiveVerb) -> str:
    """« a été prise »: from the auxiliaries to the participle, as written."""
    participle = verb.participle
    auxes = [c for c in participle.children if c.dep_ in ("aux:tense", "aux:pass") and c.i < participle.i]
    words = [a.text for a in sorted(set(auxes) | {verb.auxiliary}, key=lambda t: t.i)]
    return " ".join(words + [participle.text])
