"""French agreement of counted nouns: the plural starts at 2 (« 0 sous-titre inséré »)."""

from seo_audit.checks import plural as rules_plural
from seo_audit.lang.fr.grammar import plural


def test_zero_and_one_are_singular_in_french() -> None:
    assert plural(0, "sous-titre inséré", "sous-titres insérés") == "0 sous-titre inséré"
    assert plural(1, "mot") == "1 mot"
    assert plural(1.5, "mot") == "1.5 mot"


def test_two_and_more_are_plural() -> None:
    assert plural(2, "sous-titre inséré", "sous-titres insérés") == "2 sous-titres insérés"
    assert plural(12, "phrase") == "12 phrases"
    assert plural(-3, "point") == "-3 points"


def test_rules_use_the_same_agreement() -> None:
    assert rules_plural is plural
