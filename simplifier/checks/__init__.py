"""Rule types: one module each; a rule file `extends:` one of them by name."""

from __future__ import annotations

from simplifier.checks.abbreviation import AbbreviationCheck
from simplifier.checks.base import Check, Context, placeholders_of
from simplifier.checks.distance import DistanceCheck
from simplifier.checks.existence import ExistenceCheck
from simplifier.checks.occurrence import OccurrenceCheck
from simplifier.checks.pattern import PatternCheck
from simplifier.checks.rare import RareCheck
from simplifier.checks.readability import ReadabilityCheck
from simplifier.checks.substitution import SubstitutionCheck

CHECK_TYPES: dict[str, type[Check]] = {
    "existence": ExistenceCheck,
    "substitution": SubstitutionCheck,
    "occurrence": OccurrenceCheck,
    "pattern": PatternCheck,
    "readability": ReadabilityCheck,
    "abbreviation": AbbreviationCheck,
    "distance": DistanceCheck,
    "rare": RareCheck,
}

__all__ = ["CHECK_TYPES", "Check", "Context", "placeholders_of"]
