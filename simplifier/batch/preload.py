"""Imported once by the process pool's fork server: it loads the pipelines, the rules and the
language detector's models before the workers are forked from it, so that every worker starts
at once and shares those hundreds of megabytes with the others (copy-on-write) instead of
loading its own copy.

Only single-threaded calls are made here (lingua's parallel detection would start threads,
and a process must not fork while other threads run).
"""

from __future__ import annotations

import gc

from simplifier.batch.worker import warm_up
from simplifier.language import LONG_TEXT_CHARS, _detector, _fast_detector

warm_up()
_detector().compute_language_confidence_values("Bonjour, voici votre lettre. Dit is uw brief.")
_fast_detector().compute_language_confidence_values(
    "Bonjour, voici votre lettre. Dit is uw brief. " * (LONG_TEXT_CHARS // 40 + 1)
)
# Objects that exist now are never collected: the collector then leaves their memory pages
# alone, and the forked workers keep sharing them.
gc.collect()
gc.freeze()
