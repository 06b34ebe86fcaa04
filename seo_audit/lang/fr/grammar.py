"""French agreement of a counted noun: one rule for every message, report and page."""


def plural(count: int | float, singular: str, plural_form: str | None = None) -> str:
    """« 0 mot », « 1 mot », « 2 mots »: in French the plural starts at 2."""
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{count} {word}"
