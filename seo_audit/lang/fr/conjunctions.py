"""French subordinating conjunctions, folded (`fold`), with their elided forms.

A clause they open does not stand alone (« Alors que les troupes traversaient Rostov… »):
the description, the meta title and the headings each test for one, and each adds the
words its own test needs (a verb's infinitive marks, relative pronouns…) to this core.
"""

from __future__ import annotations

#: Open an adverbial clause: « si », « lorsque », « quand », « comme », « puisque »,
#: « alors (que) », « tandis (que) ».
SUBORDINATING = frozenset("si lorsque lorsqu' quand comme puisque puisqu' alors tandis".split())
