"""The report page a communication team opens: one standalone HTML file with its bar charts
inline, in plain French or Dutch (or English), readable on a phone."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from simplifier.batch import charts
from simplifier.batch.aggregate import LEVELS, MIN_WORDS_HARDEST, ON_TARGET, Corpus
from simplifier.batch.tables import language_name, signal_sentence
from simplifier.i18n import category_label, plain_number, t

LEVEL_COLOURS = {
    "A1": "#2d6a4f",
    "A2": "#40916c",
    "B1": "#52b788",
    "B2": "#f4a261",
    "C1": "#e76f51",
    "C2": "#c1121f",
}
LETTERS_NAMED = 20
SIGNALS_SHOWN = 15
PROBLEMS_SHOWN = 12

_ENV = Environment(
    loader=PackageLoader("simplifier.batch", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def letter_rows(corpus: Corpus, ui: str) -> dict[str, Any]:
    """The letter cards' signals: how many letters of the folder lack a deadline or a
    contact, put the message late, or have no sentence that says the decision."""
    return {
        "intro": t("card.batch.letters", ui, n=corpus.letters, total=corpus.checked),
        "rows": [
            {"text": t(f"card.batch.{key}", ui, n=len(names)), "names": names[:LETTERS_NAMED]}
            for key, names in corpus.card_signals.items()
        ],
    }


def _thousands(value: float, ui: str) -> str:
    text = f"{value:,.0f}"
    return text.replace(",", "\u202f" if ui == "fr" else "." if ui == "nl" else ",")


def render_report(
    corpus: Corpus,
    ui: str,
    *,
    created: str,
    inputs: list[str],
    files: list[tuple[str, str]],
    history: list[dict[str, Any]],
    parity: list[dict[str, Any]] | None = None,
) -> str:
    summary = corpus.summary()

    def tr(key: str, **values: Any) -> str:
        return t(key, ui, **values)

    def score(value: float | None) -> str:
        """An average score with one decimal, written with a comma in French and Dutch."""
        return "–" if value is None else plain_number(value, 1, ui)

    levels_chart = charts.bars(
        [
            charts.Bar(level, summary["levels"][level], colour=LEVEL_COLOURS[level])
            for level in LEVELS
        ],
        caption=tr("batch.levels"),
    )
    scores_chart = charts.bars(
        [
            charts.Bar(
                f"{low}–{low + 9 if low < 90 else 100}",
                count,
                colour="#52b788" if low >= 50 else "#e76f51",
            )
            for low, count in corpus.score_bins()
        ],
        caption=tr("batch.scores"),
    )
    problems_chart = charts.bars(
        [
            charts.Bar(
                category_label(category, ui),
                docs,
                note=tr("batch.problem_row", docs=docs, count=uses),
                colour="#457b9d",
            )
            for category, docs, uses in corpus.categories()[:PROBLEMS_SHOWN]
        ],
        caption=tr("batch.problems"),
        long_labels=True,
    )
    signals = [
        {
            "text": signal_sentence(s, corpus.lang_docs.get(s.lang, corpus.checked), ui),
            "kind": f"{category_label(s.category, ui)} · {language_name(s.lang, ui)}",
            "suggestion": s.suggestion,
        }
        for s in corpus.signals(limit=SIGNALS_SHOWN)
    ]
    hardest = [
        {
            "name": h.name,
            "page": h.page,
            "score": h.score,
            "level": h.level,
            "words": h.words,
            "findings": h.findings,
            "reason": t(h.reasons[0][0], ui, value=h.reasons[0][1]) if h.reasons else "",
            "problems": ", ".join(f"{category_label(c, ui)} ({n})" for c, n in h.categories),
        }
        for h in corpus.hardest()
    ]
    failed = [{"name": f.name, "text": f.result.error(f.name, ui)} for f in corpus.failed]
    left_out = [{"name": f.name, "text": f.result.error(f.name, ui)} for f in corpus.skipped]
    on_target = summary["on_target"]
    return _ENV.get_template("batch_report.html.j2").render(
        ui=ui,
        title=tr("batch.title", n=summary["files"]),
        created=created,
        inputs=inputs,
        summary=summary,
        average=score(summary["average_score"]),
        on_target=round(on_target * 100) if on_target is not None else None,
        words=_thousands(summary["words"], ui),
        levels_chart=levels_chart,
        scores_chart=scores_chart,
        problems_chart=problems_chart,
        signals=signals,
        letters=letter_rows(corpus, ui),
        hardest=hardest,
        min_words=MIN_WORDS_HARDEST,
        on_target_levels=ON_TARGET,
        failed=failed,
        left_out=left_out,
        files=files,
        history=history,
        parity=parity or [],
        score=score,
        t=tr,
    )
