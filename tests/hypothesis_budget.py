"""Hypothesis budgets: small in CI, larger on demand.

    pytest tests/test_properties_audit.py                          # CI budget (default)
    SEO_AUDIT_HYPOTHESIS=long pytest tests/test_properties_*.py    # 20 × the examples

Profiles (docs/hardening.md):

- `ci` (default): each property test runs the number of examples it names, with a fixed
  seed (`derandomize`), so a CI run is reproducible and never flaky;
- `long`: 20 times as many examples, random seed, examples saved in `.hypothesis/` so a
  failure found once is replayed first next time.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE = os.environ.get("SEO_AUDIT_HYPOTHESIS", "ci").strip().lower() or "ci"
if PROFILE not in ("ci", "long"):
    raise RuntimeError(f"SEO_AUDIT_HYPOTHESIS={PROFILE!r}: use 'ci' or 'long'")
FACTOR = 20 if PROFILE == "long" else 1


def budget(examples: int) -> settings:
    """Settings for a property test worth `examples` examples in CI."""
    return settings(
        max_examples=examples * FACTOR,
        deadline=None,  # spaCy's first call in a process is slow; timings are not asserted
        derandomize=PROFILE == "ci",
        database=None if PROFILE == "ci" else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much],
        print_blob=True,
    )
