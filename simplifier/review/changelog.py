"""The change log: every suggestion, what was decided, by whom and when, the text before and
after and why — as CSV for spreadsheets and as a standalone HTML page."""

from __future__ import annotations

import csv
import io

from jinja2 import Environment, select_autoescape

from simplifier.i18n import t
from simplifier.review.decisions import DecisionSet

COLUMNS = (
    "id",
    "rule_id",
    "category",
    "status",
    "reviewer",
    "time",
    "original",
    "text",
    "suggested",
    "reason",
    "comment",
)


def changelog_rows(decisions: DecisionSet) -> list[dict[str, str]]:
    return [
        {column: str(getattr(decision, column)) for column in COLUMNS}
        for decision in sorted(decisions.decisions, key=lambda d: (d.start, d.end))
    ]


def changelog_csv(decisions: DecisionSet) -> str:
    """UTF-8 CSV with a header row; spreadsheet programs open it as it is."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(changelog_rows(decisions))
    return "\ufeff" + buffer.getvalue()  # the BOM tells Excel it is UTF-8


_TEMPLATE = Environment(autoescape=select_autoescape(default=True)).from_string(
    """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<title>{{ title }} – {{ source }}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;line-height:1.45}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}del{color:#a00}ins{color:#060;text-decoration:none}
.rejected{color:#777}.accepted,.edited{font-weight:600}
</style></head><body>
<h1>{{ title }}</h1>
<p>{{ source }} · {{ summary }}</p>
<table><thead><tr>{% for h in headers %}<th>{{ h }}</th>{% endfor %}</tr></thead><tbody>
{% for row in rows %}<tr>
<td class="{{ row.status }}">{{ row.status_label }}</td>
<td>{{ row.reviewer }}<br>{{ row.time }}</td>
<td><del>{{ row.original }}</del><br><ins>{{ row.text }}</ins></td>
<td>{{ row.reason }}</td><td>{{ row.comment }}</td><td>{{ row.rule_id }}</td>
</tr>{% endfor %}
</tbody></table></body></html>
"""
)


def changelog_html(decisions: DecisionSet, lang: str = "fr") -> str:
    rows = changelog_rows(decisions)
    for row in rows:
        row["status_label"] = t(f"status.{row['status']}", lang)
    applied = sum(1 for d in decisions.decisions if d.applied)
    return _TEMPLATE.render(
        lang=lang,
        title=t("log.title", lang),
        source=decisions.source,
        summary=t("log.summary", lang, applied=applied, total=len(decisions.decisions)),
        headers=[
            t(f"log.{key}", lang) for key in ("decision", "who", "change", "why", "comment", "rule")
        ],
        rows=rows,
    )
