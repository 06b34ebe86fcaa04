"""LNG001 (the article is French) and LNG002 (foreign passages inside it)."""

from __future__ import annotations

import pytest

from conftest import annotated_from, problems
from seo_audit.checks import Context, NotApplicable
from seo_audit.measures.language import cues, foreign_passages

FRENCH = (
    "Nous avons passé le week-end à relire la newsletter avant son envoi.",
    "Un responsable a confirmé le backchanneling avec Moscou vers West Wing Playbook.",
    "Blinken a été interrogé mardi sur « Morning Joe » de MSNBC.",
    "Le New York Times et le Washington Post ont publié la même information.",
    "Elle a lu « The Art of War » pendant ses vacances d’été.",
    "Le product owner anime le daily meeting chaque matin avec l’équipe.",
    "Cette start-up propose un outil de big data pour les collectivités.",
    "Le stand-up du lundi dure un quart d’heure, pas plus.",
    "Selon The Guardian, le sommet se tiendra à Vilnius en juillet.",
    "Le rapport a été rendu in extremis, a priori sans erreur.",
    "Les analystes de l’OTAN (NATO en anglais) restent prudents.",
    "Le marketing digital et le storytelling ne remplacent pas un bon produit.",
    "Ursula von der Leyen a rencontré Joe Biden à la Maison-Blanche.",
    "Il a regardé « Game of Thrones » tout le week-end.",
    "Le slogan « Make America Great Again » a marqué la campagne.",
    "Notre équipe utilise Slack, Trello et GitHub au quotidien.",
    "C’est un best-seller dont on parle dans toutes les newsletters.",
)

FOREIGN = (
    "C’est toujours une barre haute [for Ukraine’s potential NATO membership] pour Kiev.",
    "Il a répondu : « we are not going to do that ».",
    "Le ministre a conclu (according to the White House) que rien ne changeait.",
    "This is a developing story and will be updated.",
    "Click here to subscribe to our newsletter.",
    "Le texte dit « the decision has been made by the council ».",
    "La devise de l’équipe est « You see it, you own it ».",
    "Il cite Edwards Deming : « In God we trust, all others must bring data ».",
    "Le message d’erreur était « is not a valid value for this field ».",
    "Elle a ajouté [que no hay nada que hacer para ellos] avant de partir.",
)


@pytest.mark.parametrize("sentence", FRENCH)
def test_french_sentences_do_not_trigger_lng002(sentence):
    text = "Un titre d’article\n\n" + sentence + " La suite du texte est écrite en français, comme il se doit."
    assert problems("LNG002", text) == []


@pytest.mark.parametrize("sentence", FOREIGN)
def test_foreign_fragments_trigger_lng002(sentence):
    text = "Un titre d’article\n\n" + sentence + " La suite du texte est écrite en français, comme il se doit."
    found = problems("LNG002", text)
    assert len(found) == 1, found


def test_cues_count_elisions_and_possessives():
    found = cues("l’Ukraine et Ukraine’s friends don’t")
    assert found.french == 2              # l’, et
    assert found.foreign["anglais"] == 2  # Ukraine’s, don’t


def test_mission_article_english_fragment_with_exact_column(mission_text):
    found = problems("LNG002", mission_text)
    assert [p.excerpt for p in found] == ["for Ukraine’s potential NATO membership", "NATO"]  # « tous 31 [NATO] »
    location = found[0].location
    line = mission_text.splitlines()[location.line - 1]
    assert line[location.column - 1 : location.end_column - 1] == "for Ukraine’s potential NATO membership"
    assert line[location.column - 2] == "["


def test_mission_article_is_french(mission_text):
    assert problems("LNG001", mission_text) == []


ENGLISH_ARTICLE = """Inside Biden's dramatic back channel to Russia

Everything was done to make sure that Russia did not see the American hand in all of this, said Ian Bremmer, the president of the Eurasia Group, who was the first to write about it in his weekly newsletter.

A senior administration official confirmed the backchanneling with Moscow to West Wing Playbook, noting that such open channels are regularly used when officials on each side have important messages to pass along.

And Biden, in his conversations with other NATO leaders over the weekend, sought to agree that the West would be better served by staying essentially silent.
"""

ARABIC_ARTICLE = """داخل قناة بايدن الخلفية إلى روسيا

قال إيان بريمر رئيس مجموعة أوراسيا إن كل شيء تم للتأكد من أن روسيا لا ترى اليد الأمريكية في كل هذا، وكان أول من كتب عن المحادثة في نشرته الأسبوعية.

وأكد مسؤول في الإدارة القناة الخلفية مع موسكو، مشيرا إلى أن مثل هذه القنوات المفتوحة تستخدم بانتظام عندما يكون لدى المسؤولين رسائل مهمة.
"""


@pytest.mark.parametrize("text, language", [(ENGLISH_ARTICLE, "anglais"), (ARABIC_ARTICLE, "connaît pas")])
def test_lng001_fires_on_non_french_articles(text, language):
    found = problems("LNG001", text)
    assert len(found) == 1
    assert language in found[0].message
    assert "ignorées" in found[0].message


def test_require_french_skips_french_measurements():
    context = Context(annotated_from(ENGLISH_ARTICLE))
    with pytest.raises(NotApplicable):
        context.require_french()
    assert problems("LNG002", ENGLISH_ARTICLE) == []   # skipped, not a flood of findings
    Context(annotated_from("Titre\n\nUn texte bien en français, qui parle de la Russie.")).require_french()


def test_consecutive_english_sentences_make_one_passage():
    text = ("Titre en français\n\nLe texte commence en français. This is a test of the system. "
            "It was written for the occasion. Puis il reprend en français.")
    passages = foreign_passages(annotated_from(text))
    assert len(passages) == 1 and passages[0].kind == "phrase"
    assert passages[0].text == "This is a test of the system. It was written for the occasion."


def test_one_english_name_in_brackets_is_a_trace_of_translation():
    text = ("« C’est toujours une barre haute parce que tous 31 [NATO] les pays doivent dire oui », "
            "a déclaré Bremmer devant les journalistes réunis à Paris.")
    found = problems("LNG002", text)
    assert len(found) == 1
    assert found[0].excerpt == "NATO" and "« OTAN »" in found[0].message
    assert text[found[0].location.column - 1 : found[0].location.end_column - 1] == "NATO"


@pytest.mark.parametrize("sentence", [
    "Le secrétaire général de l’OTAN (NATO en anglais) a parlé hier devant les députés.",  # a gloss
    "Il a écrit que la réunion « aurait lieu demain » [sic] selon ses collaborateurs.",
    "Le rapport [Dupont] a été remis au ministre de la Santé hier soir à Paris.",
])
def test_other_bracketed_words_are_left_alone(sentence):
    assert problems("LNG002", sentence) == []
