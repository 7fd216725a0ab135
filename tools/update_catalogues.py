"""Merge the template (simplifier/locale/simplifier.pot) into every language's catalogue,
then copy the English source text into the English catalogue's empty entries.

Why the second step: English is an interface language read from its own catalogue like French
and Dutch, and its text is the msgid itself; without it every new message would wait for
someone to "translate" English into English. Run by `make locale-update`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "simplifier" / "locale"


def main() -> int:
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [
            str(pybabel),
            "update",
            "--input-file",
            str(LOCALE / "simplifier.pot"),
            "--output-dir",
            str(LOCALE),
            "--domain",
            "simplifier",
        ],
        check=True,
    )
    english = LOCALE / "en" / "LC_MESSAGES" / "simplifier.po"
    with english.open("rb") as handle:
        catalog = read_po(handle)
    filled = 0
    for message in catalog:
        if not message.id:  # the header
            continue
        source = message.id if isinstance(message.id, str) else tuple(message.id)
        empty = not message.string if isinstance(source, str) else not all(message.string)
        if empty or message.fuzzy:  # new, or its English changed since
            message.string = source
            message.flags.discard("fuzzy")
            filled += 1
    with english.open("wb") as handle:
        write_po(handle, catalog)
    print(f"{filled} English entries filled from their source text in {english}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
