"""The JSON form of a Report. The layout is versioned by `schema`; it is described in
README.md and checked against `simplifier/data/report.schema.json` by the tests."""

from __future__ import annotations

import json
from typing import Any

from simplifier.i18n import t
from simplifier.items import group
from simplifier.models import Finding, Readability, Report

SCHEMA_ID = "simplifier.report/1"


def readability_to_dict(readability: Readability, ui_lang: str) -> dict[str, Any]:
    return {
        "score": readability.score,
        "level": readability.level,
        "measures": {key: round(value, 4) for key, value in readability.measures.items()},
        "reasons": [
            {"key": r.key, "value": round(r.value, 2), "text": r.text(ui_lang)}
            for r in readability.reasons
        ],
    }


def finding_to_dict(finding: Finding, report: Report, ui_lang: str = "en") -> dict[str, Any]:
    block = report.blocks[finding.block]
    line, column = block.position(finding.start)
    return {
        "rule_id": finding.rule_id,
        "category": finding.category,
        "severity": finding.severity,
        "lang": finding.lang,
        "start": finding.start,
        "end": finding.end,
        "block": finding.block,
        "line": line,
        "column": column,
        "match": finding.match,
        "message": finding.message,
        "explanation": finding.explanation,
        "replacements": list(finding.replacements),
        "action": finding.action,
        "source": finding.source,
        "id": finding.id,
        "rewrites": [
            {
                "start": r.start,
                "end": r.end,
                "text": r.text,
                "confident": r.confident and not finding.choose,
                "note": t(r.note, ui_lang) if r.note else "",  # in the reader's language
                "note_key": r.note,
            }
            for r in finding.rewrites
        ],
    }


def report_to_dict(report: Report, ui_lang: str = "en") -> dict[str, Any]:
    index = {id(f): i for i, f in enumerate(report.findings)}
    return {
        "schema": SCHEMA_ID,
        "source": report.source,
        "lang": report.lang,
        "readability": readability_to_dict(report.readability, ui_lang),
        "blocks": [
            {
                "index": b.index,
                "kind": b.kind,
                "location": b.location,
                "style": b.style,
                "lang": b.lang,
                "start": b.start,
                "end": b.end,
                "line": b.line,
                "part": b.part,
                "paragraph": b.paragraph,
                "text": b.text,
                "readability": (
                    readability_to_dict(report.block_readability[b.index], ui_lang)
                    if b.index in report.block_readability
                    else None
                ),
            }
            for b in report.blocks
        ],
        "findings": [finding_to_dict(f, report, ui_lang) for f in report.findings],
        "items": [
            {
                "id": item.id,
                "kind": item.kind,
                "findings": [f.id for f in item.findings],
                "places": [f.id for f in item.places],
                "ready": item.ready,
                "sure": item.sure,
            }
            for item in group(report)
        ],
        "sentences": [
            {
                "start": s.start,
                "end": s.end,
                "block": s.block,
                "text": s.text,
                "readability": readability_to_dict(s.readability, ui_lang),
                "findings": [index[id(f)] for f in s.findings],
            }
            for s in report.sentences
        ],
        "protected": [
            {"start": p.start, "end": p.end, "kind": p.kind, "text": p.text}
            for p in report.protected
        ],
        "skipped": [{"block": s.block, "lang": s.lang, "reason": s.reason} for s in report.skipped],
        "card": report.card.to_dict() if report.card is not None else None,
        "settings": {
            "file": report.settings_file,
            "target_level": report.target_level,
            "address": report.address,
        },
    }


def render_json(report: Report, ui_lang: str = "en") -> str:
    return json.dumps(report_to_dict(report, ui_lang), ensure_ascii=False, indent=2) + "\n"
