"""Errors a user can act on: they name the file and say what is wrong and what to do."""

from __future__ import annotations

from pathlib import Path

from simplifier.i18n import t


class SimplifierError(Exception):
    """Base class of the errors the CLI turns into one line and exit code 2."""


class InputError(SimplifierError):
    """A file (or pasted text) that cannot be analysed. `code` is an interface message key."""

    def __init__(self, path: str | Path, code: str, **params: object) -> None:
        self.path = str(path)
        self.code = code
        self.params = params
        super().__init__(self.describe("en"))

    def describe(self, lang: str = "en") -> str:
        params = dict(self.params)
        if "what" in params:  # an optional "(it is a PDF)" clause, itself translated
            params["what"] = t(f"what.{params['what']}", lang) if params["what"] else ""
        return " ".join(t(self.code, lang, **params).split())  # always one line

    def line(self, lang: str = "en") -> str:
        """The one-line form the CLI prints: `simplifier: <file>: <problem and fix>`."""
        return f"simplifier: {self.path}: {self.describe(lang)}"


class RuleError(SimplifierError):
    """A rule or lexicon file that does not validate; the message names the file and the key."""
