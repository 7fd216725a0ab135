"""Bar charts as HTML rows in the one self-contained page (nothing is fetched). Real text, not
SVG: an SVG drawn 1,100 units wide and scaled down to a phone's width had labels 4 px high,
while HTML labels keep the page's 16 px, wrap, and are read by screen readers."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    note: str = ""  # written after the bar; the value when empty
    colour: str = "#457b9d"


def bars(items: list[Bar], *, caption: str = "", long_labels: bool = False) -> Markup:
    """One row per bar: label, bar, note. A bar's length is its share of the largest value;
    the layout is the page's CSS (`ul.bars`), which puts long labels above their bar on a
    phone (`long_labels`)."""
    highest = max((b.value for b in items), default=0) or 1
    kind = "bars long" if long_labels else "bars"
    parts = [f'<ul class="{kind}" aria-label="{escape(caption)}">']
    for bar in items:
        share = 100 * bar.value / highest
        least = "min-width:2px;" if bar.value > 0 else ""
        parts.append(
            f'<li><span class="bar-label">{escape(bar.label)}</span>'
            '<span class="bar-track"><span class="bar" '
            f'style="width:{share:.1f}%;{least}background:{escape(bar.colour)}"></span></span>'
            f'<span class="bar-note">{escape(bar.note or _number(bar.value))}</span></li>'
        )
    parts.append("</ul>")
    return Markup("".join(parts))


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
