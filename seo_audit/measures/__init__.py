"""Measurements: pure functions of the annotated article; they know nothing of thresholds."""
