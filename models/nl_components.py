"""Custom code for the Dutch pipeline nl_simplifier_ud.

This file is shipped inside the packaged pipeline (``spacy package --code``),
so that loading the pipeline needs nothing but spaCy.  It defines:

* ``simplifier.time_budget.v1`` -- a training callback (``[training.before_update]``)
  that stops training after a wall-time budget (used only by models/train_nl.py);
* ``nl_pos_from_tag`` -- copies the UPOS predicted by the ``tagger`` (``token.tag_``)
  to ``token.pos_``;
* ``nl_lemma_combiner`` -- a Dutch rule/lookup lemmatizer (spaCy's DutchLemmatizer,
  tables stored inside the pipeline) that can be combined with the trained
  edit-tree lemmatizer that runs before it.
"""
import time
from collections.abc import Callable

from spacy.lang.nl.lemmatizer import DutchLemmatizer
from spacy.language import Language
from spacy.util import registry


class TimeBudgetExceeded(Exception):
    """Raised between two training steps when the time budget is spent."""


@registry.callbacks("simplifier.time_budget.v1")
def make_time_budget(max_minutes: float = 0.0) -> Callable:
    start = [None]

    def before_update(nlp, args):
        if start[0] is None:
            start[0] = time.time()
        if max_minutes and time.time() - start[0] > max_minutes * 60:
            raise TimeBudgetExceeded(
                f"time budget of {max_minutes} min reached at step {args['step']}"
            )

    return before_update


OPEN_POS = {"noun", "verb", "aux", "adj", "adv", "pron", "det", "adp", "num"}


class CombinedDutchLemmatizer(DutchLemmatizer):
    """spaCy's Dutch rule lemmatizer plus strategies to combine it with the
    lemma already set by a trained lemmatizer earlier in the pipeline.

    strategy:
      "rule"        -- plain spaCy Dutch rule lemmatizer (overwrites everything)
      "lookup"      -- plain lookup table (lowercased form)
      "known_rule"  -- rule lemma when the form is known to the tables
                       (form is a lemma, an exception, a lookup entry whose lemma
                       is a known lemma, or a suffix rule yields a known lemma),
                       otherwise keep the trained lemma; PROPN/X/SYM/PUNCT keep
                       the trained lemma
      "trained"     -- keep the trained lemma (component does nothing)
    """

    def __init__(self, vocab, model, name="lemma_combiner", *, mode="rule",
                 overwrite=True, scorer=None, strategy="known_rule"):
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite,
                         scorer=scorer)
        self.strategy = strategy

    def _index(self, univ_pos: str) -> frozenset[str]:
        """The table's known lemmas of a part of speech, as a set: the table holds lists
        (160,000 words), and looking a word up in a list costs more than the parse."""
        cache = self.__dict__.setdefault("_index_sets", {})
        if univ_pos not in cache:
            table = self.lookups.get_table("lemma_index", {})
            cache[univ_pos] = frozenset(table.get(univ_pos, ()))
        return cache[univ_pos]

    def known_rule_lemma(self, token) -> tuple[str | None, bool]:
        univ_pos = token.pos_.lower()
        if univ_pos not in OPEN_POS:
            return None, False
        string = token.text.lower()
        index = self._index(univ_pos)
        exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos, {})
        rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
        lookup = self.lookups.get_table("lemma_lookup", {})
        if string in index:
            return string, True
        if string in exceptions:
            return exceptions[string][0], True
        looked_up = lookup.get(string)
        if looked_up and looked_up in index:
            return looked_up, True
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if form and form in index:
                    return form, True
        return None, False

    def __call__(self, doc):
        if self.strategy == "trained":
            return doc
        if self.strategy == "rule":
            for token in doc:
                token.lemma_ = self.rule_lemmatize(token)[0]
            return doc
        if self.strategy == "lookup":
            for token in doc:
                token.lemma_ = self.lookup_lemmatize(token)[0]
            return doc
        # known_rule
        for token in doc:
            lemma, known = self.known_rule_lemma(token)
            if known:
                token.lemma_ = lemma
            elif not token.lemma_:
                token.lemma_ = token.text
        return doc


@Language.factory(
    "nl_lemma_combiner",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": True,
                    "strategy": "known_rule",
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
    default_score_weights={"lemma_acc": 1.0},
)
def make_nl_lemma_combiner(nlp, model, name, mode, overwrite, strategy, scorer):
    return CombinedDutchLemmatizer(nlp.vocab, model, name, mode=mode,
                                   overwrite=overwrite, scorer=scorer,
                                   strategy=strategy)


class PosFromTag:
    """Set ``token.pos_`` from ``token.tag_`` (the ``tagger`` of this pipeline is
    trained on UPOS tags), overriding the POS part of the morphologizer's joint
    POS+features label; ``token.morph`` (features) is left as the morphologizer
    set it."""

    def __init__(self, name="nl_pos_from_tag"):
        self.name = name

    def __call__(self, doc):
        for token in doc:
            if token.tag_:
                token.pos_ = token.tag_
        return doc

    def to_disk(self, path, *, exclude=tuple()):
        pass

    def from_disk(self, path, *, exclude=tuple()):
        return self


@Language.factory("nl_pos_from_tag", assigns=["token.pos"],
                  requires=["token.tag"])
def make_nl_pos_from_tag(nlp, name):
    return PosFromTag(name)
