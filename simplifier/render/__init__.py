"""Report renderers: plain text like a linter, a stable JSON document, a standalone HTML page."""

from simplifier.render.html import render_html
from simplifier.render.json_report import SCHEMA_ID, render_json, report_to_dict
from simplifier.render.text import render_text

RENDERERS = {"text": render_text, "json": render_json, "html": render_html}

__all__ = ["RENDERERS", "SCHEMA_ID", "render_html", "render_json", "render_text", "report_to_dict"]
