"""How the work runs, apart from what it judges: which files (`paths`), in what order and
with how many workers (`parallel`), the result cache (`cache`), the per-file time bound
(`timelimit`), the progress bar (`progress`) and every write to disk (`files`).

Nothing here knows a rule or a measure; the domain (readers → Article → measures →
checks → FileReport → renderers) lives in the sibling packages."""
