"""Bar charts as inline SVG: the report is one self-contained page, nothing is fetched."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"'


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    note: str = ""  # written after the bar (horizontal) or above it (vertical)
    colour: str = "#457b9d"
    title: str = ""  # tooltip


def columns(bars: list[Bar], *, width: int = 520, height: int = 220, caption: str = "") -> Markup:
    """Vertical bars with their label below and their value above."""
    top, bottom, side = 24, 28, 8
    highest = max((b.value for b in bars), default=0) or 1
    slot = (width - 2 * side) / max(len(bars), 1)
    bar_width = slot * 0.7
    plot = height - top - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" style="max-width:100%;height:auto" role="img" '
        f'aria-label="{escape(caption)}" {FONT} font-size="13">'
    ]
    parts.append(
        f'<line x1="{side}" y1="{top + plot}" x2="{width - side}" y2="{top + plot}" '
        'stroke="#adb5bd"/>'
    )
    for i, bar in enumerate(bars):
        x = side + i * slot + (slot - bar_width) / 2
        h = plot * bar.value / highest
        y = top + plot - h
        centre = x + bar_width / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" height="{h:.1f}" rx="3" '
            f'fill="{bar.colour}"><title>{escape(bar.title or bar.label)}</title></rect>'
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{y - 6:.1f}" text-anchor="middle" fill="#1d1d1f">'
            f"{escape(bar.note or _number(bar.value))}</text>"
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{height - 8}" text-anchor="middle" fill="#495057">'
            f"{escape(bar.label)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def rows(
    bars: list[Bar], *, width: int = 1100, label_width: int = 230, caption: str = ""
) -> Markup:
    """Horizontal bars, one per row: label, bar, note."""
    row_height, gap = 24, 8
    note_width = 170
    height = len(bars) * (row_height + gap) + gap
    highest = max((b.value for b in bars), default=0) or 1
    span = width - label_width - note_width - 16
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" style="max-width:100%;height:auto" role="img" '
        f'aria-label="{escape(caption)}" {FONT} font-size="13">'
    ]
    for i, bar in enumerate(bars):
        y = gap + i * (row_height + gap)
        length = max(span * bar.value / highest, 2)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + row_height * 0.68:.1f}" text-anchor="end" '
            f'fill="#1d1d1f">{escape(_shorten(bar.label, 34))}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{row_height}" rx="3" '
            f'fill="{bar.colour}"><title>{escape(bar.title or bar.label)}</title></rect>'
        )
        parts.append(
            f'<text x="{label_width + length + 8:.1f}" y="{y + row_height * 0.68:.1f}" '
            f'fill="#495057">{escape(bar.note or _number(bar.value))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
