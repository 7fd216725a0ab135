"""The parity result as text, JSON and a standalone HTML page, in the reviewer's language."""

from __future__ import annotations

import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from simplifier.i18n import plain_number, t
from simplifier.parity.compare import Difference, ParityResult

SCHEMA_ID = "simplifier.parity/1"


def places(numbers: tuple[int, ...], ui: str) -> str:
    """ "3", "3 et 4", "3, 4 et 5"."""
    shown = [str(n) for n in numbers]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + f" {t('parity.and', ui)} {shown[-1]}"


def difference_text(d: Difference, ui: str) -> str:
    """One plain sentence naming both places."""
    other = "nl" if d.side == "fr" else "fr"
    here_places, there_places = (d.fr, d.nl) if d.side == "fr" else (d.nl, d.fr)
    common = {
        "here_lang": t(f"parity.lang.{d.side}", ui),
        "there_lang": t(f"parity.lang.{other}", ui),
        "here_place": places(here_places, ui),
        "there_place": places(there_places, ui),
        "fr_lang": t("parity.lang.fr", ui),
        "nl_lang": t("parity.lang.nl", ui),
        "fr_place": places(d.fr, ui),
        "nl_place": places(d.nl, ui),
    }
    if d.kind == "fact":
        here, there = (d.fr_text, d.nl_text) if d.side == "fr" else (d.nl_text, d.fr_text)
        kind = t(f"parity.kind.{d.fact_kind}", ui)
        if not there_places:
            key = "parity.fact.nowhere"
        elif there:
            key = "parity.fact.differs"
        else:
            key = "parity.fact.missing"
        text = t(key, ui, kind=kind, here=here, there=there, **common)
    elif d.kind == "paragraph":
        text = t("parity.paragraph", ui, **common)
    else:
        text = t(f"parity.{d.kind}", ui, fr_count=d.fr_count, nl_count=d.nl_count, **common)
        text += _sentences_note(d, ui, common)
    return text[:1].upper() + text[1:]


def excerpt(sentence: str, words: int = 10) -> str:
    """The first words of a sentence, "…" when cut."""
    shown = sentence.split()
    return " ".join(shown[:words]) + (" …" if len(shown) > words else "")


def _sentences_note(d: Difference, ui: str, common: dict[str, str]) -> str:
    """Where negations or obligations were counted in some sentences only: which."""
    if not d.fr_at and not d.nl_at:
        return ""
    if not d.fr_at or not d.nl_at:
        here = d.fr_sentence or d.nl_sentence
        return " " + t("parity.sentence_alone", ui, here_start=excerpt(here), **common)
    return " " + t(
        "parity.sentences",
        ui,
        fr_start=excerpt(d.fr_sentence),
        nl_start=excerpt(d.nl_sentence),
        **common,
    )


def _levels(result: ParityResult, ui: str) -> str:
    fr, nl = result.levels.get("fr"), result.levels.get("nl")
    if fr is None or nl is None:
        return ""
    return t(
        "parity.levels",
        ui,
        fr_level=fr.level,
        fr_score=plain_number(fr.score, 0, ui),
        nl_level=nl.level,
        nl_score=plain_number(nl.score, 0, ui),
    )


def render_text(result: ParityResult, ui: str = "en") -> str:
    lines = [
        t("parity.title", ui),
        t(
            "parity.versions",
            ui,
            fr=result.fr_source or "-",
            nl=result.nl_source or "-",
            fr_paragraphs=result.fr_paragraphs,
            nl_paragraphs=result.nl_paragraphs,
        ),
    ]
    levels = _levels(result, ui)
    if levels:
        lines.append(levels)
    lines.append("")
    for number, d in enumerate(result.differences, 1):
        lines.append(f"{number}. {difference_text(d, ui)}")
    if result.differences:
        lines += ["", t("parity.found", ui, n=len(result.differences))]
    else:
        lines.append(t("parity.agree", ui))
    if not result.markers_compared:
        lines.append(t("parity.markers_partly", ui))
    return "\n".join(lines) + "\n"


def _side(result: ParityResult, lang: str, source: str, paragraphs: int) -> dict[str, Any]:
    """One version in the JSON: where it comes from, its paragraphs and, if made, its level."""
    level = result.levels.get(lang)
    shown = {"score": level.score, "level": level.level} if level is not None else {}
    return {"source": source, "paragraphs": paragraphs, **shown}


def result_to_dict(result: ParityResult, ui: str = "en") -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "fr": _side(result, "fr", result.fr_source, result.fr_paragraphs),
        "nl": _side(result, "nl", result.nl_source, result.nl_paragraphs),
        "swapped": result.swapped,
        "markers_compared": result.markers_compared,
        "agree": result.agree,
        "alignment": [
            {
                "fr": [result.fr_paragraph_numbers[i] for i in unit.fr],
                "nl": [result.nl_paragraph_numbers[i] for i in unit.nl],
            }
            for unit in result.units
        ],
        "differences": [
            {
                "kind": d.kind,
                "fact_kind": d.fact_kind or None,
                "side": d.side,
                "fr_paragraphs": list(d.fr),
                "nl_paragraphs": list(d.nl),
                "fr_text": d.fr_text,
                "nl_text": d.nl_text,
                "fr_count": d.fr_count if d.kind in ("negation", "obligation") else None,
                "nl_count": d.nl_count if d.kind in ("negation", "obligation") else None,
                "key": d.key,
                # sentences counted alone: [paragraph, sentence] each side (else none)
                "fr_sentences": [list(at) for at in d.fr_at] or None,
                "nl_sentences": [list(at) for at in d.nl_at] or None,
                "message": difference_text(d, ui),
            }
            for d in result.differences
        ],
    }


def render_json(result: ParityResult, ui: str = "en") -> str:
    return json.dumps(result_to_dict(result, ui), ensure_ascii=False, indent=2) + "\n"


_ENV = Environment(
    loader=PackageLoader("simplifier.parity", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def side_by_side(result: ParityResult) -> list[dict[str, Any]]:
    """The aligned paragraphs, each row with the numbers (1-based, in the report's list) of
    the differences found there."""
    rows = []
    for unit in result.units:
        fr = tuple(result.fr_paragraph_numbers[i] for i in unit.fr)
        nl = tuple(result.nl_paragraph_numbers[i] for i in unit.nl)
        rows.append(
            {
                "fr": [(n, result.fr_texts[i]) for n, i in zip(fr, unit.fr, strict=True)],
                "nl": [(n, result.nl_texts[i]) for n, i in zip(nl, unit.nl, strict=True)],
                "differences": [
                    number
                    for number, d in enumerate(result.differences, 1)
                    if (d.fr == fr and d.nl == nl) or _within(d, fr, nl)
                ],
            }
        )
    return rows


def _within(d: Difference, fr: tuple[int, ...], nl: tuple[int, ...]) -> bool:
    """A difference found in some sentences of the row's paragraphs (its paragraphs are
    among the row's; a side it has none on is taken from the row)."""
    if not d.fr_at and not d.nl_at:
        return False
    return set(d.fr) <= set(fr) and set(d.nl) <= set(nl) and bool(set(d.fr) | set(d.nl))


def render_html(result: ParityResult, ui: str = "en") -> str:
    return _ENV.get_template("parity.html.j2").render(
        result=result,
        ui=ui,
        rows=side_by_side(result) if result.fr_texts else [],
        differences=[difference_text(d, ui) for d in result.differences],
        note="" if result.markers_compared else t("parity.markers_partly", ui),
        t=lambda key, **kw: t(key, ui, **kw),
    )


RENDERERS = {"text": render_text, "json": render_json, "html": render_html}
