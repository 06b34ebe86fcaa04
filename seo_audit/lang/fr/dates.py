"""French month and day names, folded (`fold`: no accents, lower case), as the measures
and the structurer compare words: « février » is `fevrier`, « août » `aout`.

A date is never what a page should rank for, nor what sets a block apart; the keyphrase
suggestion (`measures/keywords.py`) and the outline's word lists draw on these.
"""

from __future__ import annotations

MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: Month and day names together.
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
#: Units of the calendar: a time named (« cette année », `outline.anaphora.TIME_NOUNS`) or
#: measured (« les 6 mois », `outline.statement.DURATIONS`).
CALENDAR_UNITS = frozenset("jour semaine mois trimestre semestre an annee".split())
