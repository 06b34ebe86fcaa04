"""Passive voice, read from the dependency parse.

A sentence is passive when the parser attaches a form of « être » to a past participle
as its passive auxiliary (`aux:pass`): « La décision a été prise par le ministre »,
« Les résultats seront publiés demain », « La porte est fermée ». Being structural, it
does not share the word-list false positives of Yoast SEO's French check (« est » inside
« s’est », « être » inside « peut-être »): « Il s’est levé » has `aux:tense`, « peut-être »
is one adverb.

The parse alone misses real passives and finds false ones, so a participle is read from
the lemmatizer's tables (`participles.py`), not from its tag: the parser often tags it as
an adjective (« est réglementé », « soit isolée », « d'être limité », « sont rarement
croisées ») and tags adjectives that only look verbal as participles (« est chronophage »,
« sont déployables », « peut être bienvenu »). A word is a participle when it ends like
one and a verb known to the lemmatizer has it (« réglementé » → réglementer; nothing for
« chronophage » or « -able »). Its « être » is its child as passive auxiliary, copula or —
the parser's slip on inverted and literary passives, « était employé le terme »,
« elles furent nommées » — tense auxiliary; else the nearest « être » before it over
adverbs (« est-elle également identifiée »). Participles that read as adjectives of state
(« désolé », « située », « élevée », a degree adverb: « très variées ») are not passives
unless an agent « par » follows; a participle with a determiner is a noun (« un pré-requis »).

Corrections for the verbs and clitics around it:

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

import re
from dataclasses import dataclass

from ..article import AnnotatedArticle, Sentence
from .counts import text_sentences
from .participles import verb_of_participle

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


#: Participles that, after « être », read as adjectives of state, quality or feeling, not
#: as a passive: « je suis désolé », « il est censé venir », « la commune est située… »,
#: « la probabilité est élevée », « les activités sont variées », « le crash serait dû à… ».
ADJECTIVAL_PARTICIPLES = frozenset("""
désolé ravi fatigué doué habitué situé censé bienvenu malvenu élevé varié dû dépourvu
compliqué occupé erroné
""".split())

#: Degree adverbs that make a participle an adjective: « très élevée », « extrêmement variées ».
DEGREE_ADVERBS = frozenset("très trop si assez extrêmement particulièrement tellement".split())
_ADJECTIVAL_FORMS = frozenset(f + ending for f in ADJECTIVAL_PARTICIPLES for ending in ("", "e", "s", "es")) | {"due", "dus", "dues"}

#: « est-elle », « sont-ils », « était-il »… when the tokenizer keeps the inversion whole.
_INVERTED_ETRE = re.compile(
    r"^(?:est|sont|était|étaient|fut|furent|sera|seront|serait|seraient|soit|soient)"
    r"[-\u2010\u2011](?:t[-\u2010\u2011])?(?:il|elle|on|ils|elles)$", re.IGNORECASE)
_SUBJECT_CLITIC = re.compile(r"^[-\u2010\u2011](?:t[-\u2010\u2011])?(?:il|elle|on|ils|elles)$", re.IGNORECASE)


def _is_etre(token) -> bool:
    return ((token.lemma_ == "être" and token.pos_ in ("AUX", "VERB"))
            or bool(_INVERTED_ETRE.match(token.text)))


def _participle_verb(token) -> str | None:
    """The infinitive of `token` when it is a past participle (tagged as a verb, or as an
    adjective that is a verb's participle), else None."""
    if token.pos_ not in ("VERB", "ADJ"):
        return None
    children = list(token.children)
    agent = any(c.dep_ == "obl:agent" or any(g.lower_ == "par" for g in c.children if g.dep_ == "case")
                for c in children)
    if not agent and token.lower_ in _ADJECTIVAL_FORMS:
        return None  # « est occupé », but « est occupé par les habitants » is a passive
    if any(c.dep_ == "det" for c in children) and not any(c.lower_ in ("plus", "moins") for c in children):
        return None  # « un pré-requis » is a noun (but « les plus touchés par… » a participle)
    if not agent and any(c.pos_ == "ADV" and c.i < token.i and c.lower_ in DEGREE_ADVERBS for c in children):
        return None  # « très élevée »: an adjective
    return verb_of_participle(token.text)


def _auxiliary(participle):
    """The form of « être » that makes a passive with `participle`: its child as the
    passive auxiliary, copula or (parser's slip on an inverted passive, « était employé le
    terme ») tense auxiliary; else the nearest « être » before it over adverbs only
    (« sont rarement croisées », « est-elle également identifiée »)."""
    for child in participle.children:
        if child.i < participle.i and _is_etre(child) and child.dep_ in ("aux:pass", "cop", "aux:tense"):
            return child
    doc = participle.doc
    i = participle.i - 1
    while i >= 0 and (doc[i].pos_ == "ADV" or _SUBJECT_CLITIC.match(doc[i].text)):
        i -= 1
    if i >= 0 and _is_etre(doc[i]):
        return doc[i]
    return None


_REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
_OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la", "les", "en", "y", "lui", "leur"})


def _reflexive(participle, aux) -> bool:
    """« elle s'est levée », « on se l'est dit »: a reflexive verb's participle is never
    passive. The clitic is read on the parse, or just before the auxiliary."""
    i = aux.i - 1
    while i >= 0 and participle.doc[i].lower_ in _OBJECT_CLITICS:
        i -= 1
    if i >= 0 and participle.doc[i].pos_ == "PRON" and (
            participle.doc[i].lower_ in ("se", "s'", "s’")
            or participle.doc[i].lower_ in _REFLEXIVE_CLITICS and not participle.doc[i].dep_.startswith("nsubj")):
        return True  # « nous nous sommes levés », but not « nous sommes confrontés »
    return any(c.pos_ == "PRON" and (
        c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "expl")
        or c.lower_ in _REFLEXIVE_CLITICS and c.dep_.startswith(("obj", "iobj")))
        for c in participle.children)  # a clitic pronoun: the parse also hangs titles there


def _conjugated_with_etre(participle, verb: str) -> bool:
    if verb in ETRE_VERBS or participle.lemma_.lower() in ETRE_VERBS:
        return True
    form = participle.lower_
    return bool({form, form[:-1], form[:-2]} & ETRE_PARTICIPLES)


def passive_auxiliary(participle, aux) -> bool:
    """Whether the « être » `aux` makes `participle` a passive, which the parser's
    `aux:pass` alone does not tell: a reflexive verb's (« se sont rassemblées ») is not, nor
    the compound tense of a verb conjugated with « être » (« sont arrivés »), unless the
    auxiliary is « été » (« a été sorti de l'eau »)."""
    if _reflexive(participle, aux):
        return False
    return aux.lower_ == "été" or not _conjugated_with_etre(participle, verb_of_participle(participle.text))


def passive_verbs(sentence: Sentence) -> list[PassiveVerb]:
    span = sentence.span
    if span is None:
        return []
    found = []
    for token in span:
        verb = _participle_verb(token)
        if verb is None:
            continue
        aux = _auxiliary(token)
        if aux is None or not passive_auxiliary(token, aux):
            continue  # « elle s'est levée », « il est arrivé »: active
        if aux.lower_ == "étant" and token.lower_.startswith("donné"):
            continue  # « étant donné »: a preposition
        found.append(PassiveVerb(aux, token))
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
    auxes = [c for c in participle.children if c.dep_ in ("aux:tense", "aux:pass") and c.i < participle.i
             and c.lemma_ in ("être", "avoir")]
    words = [a.text for a in sorted(set(auxes) | {verb.auxiliary}, key=lambda t: t.i)]
    return " ".join(words + [participle.text])


def verb_group_range(sentence: Sentence, verb: PassiveVerb) -> tuple[int, int]:
    """[start, end) in the sentence's block text of the verb group, from its first
    auxiliary to its participle with what lies between (« sont régulièrement utilisés »)."""
    participle = verb.participle
    tokens = [c for c in participle.children if c.dep_ in ("aux:tense", "aux:pass")]
    tokens += [verb.auxiliary, participle]
    shift = sentence.start - sentence.span.start_char
    start = min(t.idx for t in tokens) + shift
    end = max(t.idx + len(t.text) for t in tokens) + shift
    return max(start, sentence.start), min(end, sentence.end)
