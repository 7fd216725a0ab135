"""Wheel build hook: compile the interface catalogues (simplifier/locale/*/LC_MESSAGES/*.po)
into the .mo files simplifier.i18n reads, so that `pip install .` works without `make`.

The .mo files are build output (gitignored, hence left out of the wheel by hatchling unless
force-included); the .po sources stay out of the wheel, so an installed copy always reads its
.mo and never needs Babel at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for po in sorted(root.glob("simplifier/locale/*/LC_MESSAGES/*.po")):
            with po.open("rb") as handle:
                catalog = read_po(handle)
            mo = po.with_suffix(".mo")
            with mo.open("wb") as handle:
                write_mo(handle, catalog)
            if version != "editable":  # an editable install reads them from the source tree
                build_data["force_include"][str(mo)] = mo.relative_to(root).as_posix()
