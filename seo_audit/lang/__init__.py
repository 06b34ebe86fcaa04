"""Language data, in the manner of spaCy's `lang/`: word lists and the functions that only
read them, no measurement. `fr/` holds French (folding, function words and elisions,
transition words, abbreviations); `function_words.py` the function words of French and
of the languages an untranslated passage is most often left in, for telling them apart."""
