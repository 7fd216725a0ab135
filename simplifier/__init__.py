"""simplifier: a plain-language assistant for French and Dutch administrative documents.

import simplifier
report = simplifier.analyze("Texte de la lettre ...")       # language detected per paragraph
report = simplifier.analyze_file("lettre.docx")
"""

from simplifier.engine import analyze, analyze_blocks, analyze_file
from simplifier.errors import InputError, RuleError, SimplifierError
from simplifier.models import Block, Finding, Readability, Report, Sentence

__version__ = "0.1.0"

__all__ = [
    "Block",
    "Finding",
    "InputError",
    "Readability",
    "Report",
    "RuleError",
    "Sentence",
    "SimplifierError",
    "__version__",
    "analyze",
    "analyze_blocks",
    "analyze_file",
]
