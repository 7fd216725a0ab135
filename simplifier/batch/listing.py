"""The batch's files in the report's order and where each one's result is: enough to read all
the results again, in the main process or in another one (the workbook is written by an idle
worker while the main process writes the other tables)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from simplifier.batch.cache import ResultCache
from simplifier.batch.discovery import Item
from simplifier.batch.output import PAGES, annotated_name
from simplifier.batch.results import DocResult, failure


@dataclass
class Listing:
    out: Path  # the report folder
    ui_lang: str | None  # the pages' language (the report's, once the run has chosen it)
    annotate: bool
    items: list[Item] = field(default_factory=list)
    digests: dict[int, str] = field(default_factory=dict)  # item index -> content hash
    inline: dict[int, DocResult] = field(default_factory=dict)  # failures that are not cached

    def page_name(self, digest: str, lang: str) -> str:
        return f"{digest[:16]}-{self.ui_lang or lang}.html"

    def find_page(self, result: DocResult) -> str | None:
        """The document's page in the wanted language, else in another one (a rerun with
        another --ui-lang does not analyse everything again for the pages' labels)."""
        wanted = self.page_name(result.digest, result.lang)
        if (self.out / PAGES / wanted).is_file():
            return wanted
        others = sorted((self.out / PAGES).glob(f"{result.digest[:16]}-*.html"))
        return others[0].name if others else None

    def wants_annotation(self, item: Item) -> bool:
        return self.annotate and item.path.suffix.lower() == ".docx"

    def results(self, cache: ResultCache) -> Iterator[tuple[str, DocResult, str]]:
        """(name in the report, result, name of the annotated copy or "") for every file."""
        for item in self.items:
            result = self.inline.get(item.index)
            if result is None:
                result = cache.get(self.digests[item.index])
                if result is None:  # cannot happen: every digest was cached this run
                    result = failure("", "batch.err.internal", reason="result lost")
                elif result.ok:
                    result.page = self.find_page(result) or ""
            annotated = ""
            if (
                result.ok
                and self.wants_annotation(item)
                and cache.annotated_from(item.rel) == result.digest
            ):
                annotated = annotated_name(item.rel)
            yield item.rel, result, annotated
