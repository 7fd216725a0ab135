"""Tell the languages of blocks in a fresh Python process (`python -I language_child.py`):
texts as JSON on stdin, languages as JSON on stdout.

Why a fresh process rather than a fork: a fork of the command line after spaCy is imported
shares some 300 MB with it, and every page the parent then writes while it loads its pipeline
is copied (about 0.3 s of a 3 s check). This script loads `language.py` by its path, so that
the package (and spaCy) are not imported: only lingua and the standard library."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path


def main() -> None:
    spec = importlib.util.spec_from_file_location(
        "_simplifier_language", Path(__file__).with_name("language.py")
    )
    assert spec is not None and spec.loader is not None
    language = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(language)
    language.use_threads(False)  # one core: the other is loading the pipeline
    request = json.loads(sys.stdin.read())
    found = language.detect_blocks(request["texts"], tuple(request["supported"]))
    sys.stdout.write(json.dumps(found))


if __name__ == "__main__":
    main()
