"""French: folding (`folding.py`), function words and elisions (`stop_words.py`),
transition words (`transitions.py`), abbreviations that do not end a sentence
(`abbreviations.py`), month and day names and calendar units (`dates.py`), pronouns (`pronouns.py`),
subordinating conjunctions (`conjunctions.py`). Syllable counting stays with its rules in `measures/syllables.py`."""

from .folding import WORD_PART, fold
from .stop_words import ELISIONS, FUNCTION_WORDS, is_function_word

__all__ = ["ELISIONS", "FUNCTION_WORDS", "WORD_PART", "fold", "is_function_word"]
