"""Function-word lists used to tell French from other languages (data, no logic).

Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) make up
about 40 % of the running words of any text and are almost never borrowed: a French
sentence full of « newsletter » or « week-end » keeps its « le », « de », « qui »; an
English one has « the », « of », « to ». The lists below are the most frequent function
words of each language, minus every word that is also a French word or a common
French abbreviation (e.g. English « a », « on », « or », « an », « as », « but », « son »,
« me », « us », « if », « are »; Spanish « y », « es », « su », « con », « son »), so that
a French text can never score as foreign.

Words are compared lower-cased, with the typographic apostrophe ’ replaced by '.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: French function words; elided forms end with an apostrophe (« l' », « qu' »).
FRENCH = _words("""
    le la les l' un une des du de d' au aux ce cet cette ces mon ma mes ton ta tes son sa ses
    notre nos votre vos leur leurs quel quelle quels quelles
    je j' tu il elle on nous vous ils elles me m' te t' se s' lui eux moi toi soi y en
    qui que qu' quoi dont où lequel laquelle lesquels duquel auquel
    et ou mais donc or ni car si comme quand lorsque lorsqu' puisque puisqu' quoique
    parce jusqu' jusque
    à dans par pour sur sous avec sans chez entre vers contre depuis pendant selon avant après
    derrière devant malgré parmi envers hormis
    ne n' pas plus moins très trop aussi encore déjà toujours jamais rien personne aucun aucune
    est sont était étaient été être sera seront serait seraient soit
    a ont avait avaient avoir aura auront aurait auraient ai as avons avez
    fait faire peut peuvent pourrait doit doivent
    tout tous toute toutes autre autres même mêmes chaque plusieurs certains certaines
    c' ça cela ceci celui celle ceux celles ici là
""")

#: English function words that are not French words.
ENGLISH = _words("""
    the this that these those of to in into onto for from with without within by at about
    over under between through during before after against among upon
    and nor yet so because although though while whether than then
    is isn't was wasn't were weren't be been being am are
    have has had having haven't hasn't hadn't do does did doesn't didn't don't done
    will would shall should can could may might must won't wouldn't can't couldn't shouldn't
    i you he she it we they him her them my your his its our their mine yours hers ours theirs
    it's that's there's what's let's i'm you're we're they're i've you've we've they've
    i'll you'll he'll she'll we'll they'll i'd you'd he'd she'd we'd they'd
    who whom whose which what where when why how
    not no all any some each every both other such only just also very more most much many
    here there now
""")

#: Spanish function words that are not French words.
SPANISH = _words("""
    el los las del una unos unas lo al
    este esta estos estas ese esa esos esas eso esto aquel
    yo él ella nosotros nosotras vosotros ellos ellas usted ustedes le les nos
    que quien cuando donde como porque pero también muy más
    para por sin sobre hasta desde entre hacia según
    está están estaba fue ser estar hay tiene tienen ha han había
    mi sus nuestro nuestra
""") - FRENCH

#: German function words that are not French words.
GERMAN = _words("""
    der die das den dem des ein eine einen einem einer eines
    und oder aber nicht auch noch nur schon sehr wie als wenn dass weil
    ich du er sie wir ihr mich dich sich uns euch ihn ihm ihnen
    mein dein unser euer
    ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können muss müssen
    mit zu zum zur bei nach aus auf für über unter vor durch gegen ohne um
""") - FRENCH

#: Foreign function-word lists by language name (as the reports print it).
FOREIGN: dict[str, frozenset[str]] = {
    "anglais": ENGLISH,
    "espagnol": SPANISH,
    "allemand": GERMAN,
}

#: English contractions and the possessive: « Ukraine’s », « don’t », « we’re ».
ENGLISH_SUFFIXES = ("'s", "n't", "'re", "'ve", "'ll", "'m", "'d")

#: Latin and other fixed phrases common in French prose that use English-looking words.
FRENCH_FIXED = (
    "in fine", "in extremis", "in situ", "in vitro", "in vivo", "in memoriam", "in petto",
    "post mortem", "de facto", "de jure", "a priori", "a posteriori", "statu quo",
    "et al", "by night", "made in", "all inclusive", "to do list", "to do", "must have",
    "nice to have", "self made man", "happy end", "stand by",
)
