"""Large regular expressions compiled once and kept on disk.

spaCy's French tokenizer matches special words with one expression of 1.4 million characters;
Python compiles it at every start of the process, about 2.5 s of a 9 s `simplifier check`.
Python cannot keep a compiled expression, but what its compiler produces is a plain list of
numbers, which `_sre.compile` turns into the same pattern object at once. That list is kept in
the disk cache, keyed by the expression, its flags, the Python version and the engine's magic
number, and the pattern made from it is put in `re`'s own cache, where spaCy's
`re.compile(...)` of the same expression finds it. Patterns built so compare equal to those
`re.compile` makes (the code is compared); when anything about this is not as expected, the
expression is simply compiled as usual."""

from __future__ import annotations

import _sre
import importlib.util
import json
import re
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

from simplifier import diskcache

WORTH_CACHING = 20_000  # characters: shorter expressions compile in a few milliseconds


def _key(pattern: str, flags: int) -> str:
    return diskcache.fingerprint(
        "sre", sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), str(flags), pattern
    )


def _build(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple]:
    """What `re._compiler.compile` hands to `_sre.compile`, computed the same way."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the disk cache when it holds the compiled code."""
    try:
        parts = diskcache.cached("regex", _key(pattern, flags), lambda: _build(pattern, flags))
        all_flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)
    except Exception:  # an engine other than the one this was written for: compile as usual
        return re.compile(pattern, flags)


def seed(pattern: str, flags: int = 0) -> None:
    """Put the compiled pattern in `re`'s cache, so that the next `re.compile(pattern, flags)`
    anywhere in the process returns it instead of compiling again."""
    cache = getattr(re, "_cache", None)
    key = (str, pattern, flags)
    if not isinstance(cache, dict) or key in cache:
        return
    cache[key] = compiled(pattern, flags)


def seed_pipeline_tokenizer(package: str) -> None:
    """Seed the large expressions of an installed spaCy pipeline's tokenizer (read from its
    `tokenizer` file, as spaCy will), before spaCy imports the language that compiles them."""
    try:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return
        folder = Path(next(iter(spec.submodule_search_locations)))
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        data_dir = folder / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        import srsly

        settings = srsly.msgpack_loads((data_dir / "tokenizer").read_bytes())
    except (OSError, ValueError, KeyError, ImportError):
        return
    for value in settings.values():
        if isinstance(value, str) and len(value) >= WORTH_CACHING:
            seed(value)
