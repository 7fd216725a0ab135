"""Hostile and very large inputs, built on demand, to measure what they cost.

    python -m simplifier.io.hostile OUT_DIR [--measure] [--only NAME...] [--timeout 300]

writes each file into OUT_DIR (never into the repository; files already there are reused)
and, with `--measure`, runs `python -m simplifier check` on each in its own process under
`/usr/bin/time -v` (from the current folder: run it from the code to measure), printing the
exit code, the peak memory and the wall time as a Markdown table (figures in
docs/robustness.md). The builders take their sizes as arguments so that the tests can build
the same shapes, smaller.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
SENTENCE = "Nous vous prions de bien vouloir nous renvoyer le formulaire."
DOCUMENT_START = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
)
DOCUMENT_END = "<w:sectPr/></w:body></w:document>"


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _package_parts(archive: zipfile.ZipFile) -> None:
    archive.writestr(
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_MAIN}"/></Types>',
    )
    archive.writestr(
        "_rels/.rels",
        f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>',
    )


def write_docx(path: Path, chunks, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal package whose word/document.xml is the concatenation of `chunks` (str or
    bytes, streamed: the part is never held whole in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _package_parts(archive)
        with archive.open("word/document.xml", "w", force_zip64=True) as handle:
            for chunk in chunks:
                handle.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def empty_paragraphs(path: Path, count: int = 16_600_000) -> Path:
    """One paragraph of text and `count` empty `<w:p/>`: tiny on disk, huge as a tree."""

    def chunks():
        yield DOCUMENT_START + paragraph(SENTENCE)
        batch = "<w:p/>" * 100_000
        for _ in range(count // 100_000):
            yield batch
        yield "<w:p/>" * (count % 100_000)
        yield DOCUMENT_END

    return write_docx(path, chunks())


def short_paragraphs_text(count: int = 100_000) -> list[str]:
    """`count` distinct short French paragraphs of about 14 characters."""
    return [f"Il est {number} h." for number in range(count)]


def many_paragraphs_docx(path: Path, count: int = 100_000) -> Path:
    def chunks():
        yield DOCUMENT_START
        for text in short_paragraphs_text(count):
            yield paragraph(text)
        yield DOCUMENT_END

    return write_docx(path, chunks())


def many_paragraphs_txt(path: Path, count: int = 100_000) -> Path:
    path.write_text("\n\n".join(short_paragraphs_text(count)) + "\n", encoding="utf-8")
    return path


def brochure_docx(path: Path, pages: int = 100, lang: str = "fr") -> Path:
    """A long legitimate document: the sample letters of `lang` repeated to about 500 words a
    page (a dense brochure; most have fewer words and more pictures)."""
    from simplifier.bench import corpus

    blocks = corpus(lang, pages * 500)

    def chunks():
        yield DOCUMENT_START
        for block in blocks:
            yield paragraph(block.text.replace("&", "&amp;").replace("<", "&lt;"))
        yield DOCUMENT_END

    return write_docx(path, chunks())


def at_the_limits_docx(
    path: Path, lang: str = "nl", paragraphs: int | None = None, chars: int | None = None
) -> Path:
    """The costliest document the limits let through: as many paragraphs and characters as
    allowed (default: just under `DEFAULT_LIMITS`), real sentences of the samples of `lang`
    cut into paragraphs of equal length (Dutch: the slower pipeline)."""
    from simplifier.bench import corpus
    from simplifier.io.limits import DEFAULT_LIMITS

    paragraphs = paragraphs or DEFAULT_LIMITS.max_paragraphs
    chars = chars or DEFAULT_LIMITS.max_text_chars - 1_000
    words = " ".join(block.text for block in corpus(lang, chars // 4)).split()
    size = chars // paragraphs
    texts, current, total = [], "", 0
    for word in words:
        current = f"{current} {word}" if current else word
        if len(current) >= size - 3:
            if total + len(current) > chars or len(texts) == paragraphs:
                break
            texts.append(current)
            total += len(current)
            current = ""

    def chunks():
        yield DOCUMENT_START
        for text in texts:
            yield paragraph(text.replace("&", "&amp;").replace("<", "&lt;"))
        yield DOCUMENT_END

    return write_docx(path, chunks())


_RUN_PROPERTIES = (
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:i/><w:color w:val="1F3864"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fr-BE"/><w:u w:val="single"/></w:rPr>'
)
_PARAGRAPH_PROPERTIES = (
    '<w:pPr><w:pStyle w:val="Corps"/><w:spacing w:after="120"/><w:ind w:left="0"/>'
    '<w:jc w:val="both"/><w:rPr><w:lang w:val="fr-BE"/></w:rPr></w:pPr>'
)


def formatted_docx(path: Path, lang: str = "fr") -> Path:
    """Paragraphs as a heavily formatted Word document writes them (a run for every word,
    each with eight properties): as many elements the limits allow, in as many paragraphs
    and characters as they allow (the costliest tree, then the costliest analysis)."""
    from simplifier.bench import corpus
    from simplifier.io.limits import DEFAULT_LIMITS as LIMITS

    words = " ".join(block.text for block in corpus(lang, LIMITS.max_text_chars // 5)).split()
    per_paragraph = 7
    run_elements = 11  # w:r, w:rPr and its 8 children, w:t

    def chunks():
        yield DOCUMENT_START
        elements = chars = 0
        for number, start in enumerate(range(0, len(words), per_paragraph)):
            piece = words[start : start + per_paragraph]
            body = "".join(
                f'<w:r>{_RUN_PROPERTIES}<w:t xml:space="preserve">{escape(word)} </w:t></w:r>'
                for word in piece
            )
            elements += 8 + run_elements * len(piece)
            chars += sum(len(word) + 1 for word in piece)
            if (
                number >= LIMITS.max_paragraphs
                or elements > LIMITS.max_elements - 1_000
                or chars > LIMITS.max_text_chars
            ):
                break
            yield f"<w:p>{_PARAGRAPH_PROPERTIES}{body}</w:p>"
        yield DOCUMENT_END

    return write_docx(path, chunks())


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def one_paragraph_docx(path: Path, lang: str = "fr", chars: int | None = None) -> Path:
    """All the text the limits allow in one paragraph: the sample letters of `lang` with
    their full stops taken out, so that the parse sees one endless sentence."""
    from simplifier.bench import corpus
    from simplifier.io.limits import DEFAULT_LIMITS

    chars = chars or DEFAULT_LIMITS.max_text_chars - 1_000
    text = " ".join(block.text for block in corpus(lang, chars // 4)).replace(".", "")
    text = text[:chars].replace("&", "&amp;").replace("<", "&lt;")
    return write_docx(path, [DOCUMENT_START, paragraph(text), DOCUMENT_END])


def long_paragraphs_docx(
    path: Path, lang: str = "fr", paragraphs: int = 64, chars: int | None = None
) -> Path:
    """All the text the limits allow in a few long paragraphs of real sentences: as many as
    the parse takes at once (64), so that a whole batch is long."""
    return at_the_limits_docx(path, lang, paragraphs=paragraphs, chars=chars)


def jargon_docx(path: Path, paragraphs: int | None = None, chars: int | None = None) -> Path:
    """As many paragraphs and characters as the limits allow, every sentence full of words
    the French rules flag and rewrite (many findings, each with its rewrites), and each
    sentence different (a number in it), so that no work done for one serves another."""
    from simplifier.io.limits import DEFAULT_LIMITS

    paragraphs = paragraphs or DEFAULT_LIMITS.max_paragraphs
    chars = chars or DEFAULT_LIMITS.max_text_chars - 1_000
    sentence = (
        "Veuillez trouver ci-joint le document {n} susmentionné, nonobstant le délai afférent."
    )
    texts, total = [], 0
    while len(texts) < paragraphs:
        text = sentence.format(n=len(texts))
        if total + len(text) > chars:
            break
        texts.append(text)
        total += len(text)

    def chunks():
        yield DOCUMENT_START
        for text in texts:
            yield paragraph(text)
        yield DOCUMENT_END

    return write_docx(path, chunks())


def huge_bookmark_id(path: Path, digits: int = 5000) -> Path:
    """A bookmark whose id is a number of `digits` nines."""
    body = (
        f'<w:p><w:bookmarkStart w:id="{"9" * digits}" w:name="x"/>'
        f'<w:r><w:t xml:space="preserve">{SENTENCE}</w:t></w:r></w:p>'
    )
    return write_docx(path, [DOCUMENT_START, body, DOCUMENT_END])


def escaping_names(path: Path) -> Path:
    """A good document with extra zip entries whose names climb out of, or start outside,
    the folder they would be unpacked into."""
    return write_docx(
        path,
        [DOCUMENT_START, paragraph(SENTENCE), DOCUMENT_END],
        extra={"../../x": b"climbs out", "/tmp/x": b"absolute", "word/../../y": b"climbs"},
    )


def utf16_entities(path: Path) -> Path:
    """Billion laughs in a part encoded in UTF-16 (its bytes never contain '<!ENTITY')."""
    lol = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        f"<!DOCTYPE w:document [{lol}]>"
        f'<w:document xmlns:w="{W_NS}"><w:body>{paragraph("&lol9;")}</w:body></w:document>'
    )
    return write_docx(path, [xml.encode("utf-16")])


def deep_nesting(path: Path, depth: int = 300) -> Path:
    """A paragraph inside `depth` nested content controls (deeper than lxml's 256 levels)."""
    opening = "<w:sdt><w:sdtContent>" * depth
    closing = "</w:sdtContent></w:sdt>" * depth
    return write_docx(path, [DOCUMENT_START, opening, paragraph(SENTENCE), closing, DOCUMENT_END])


BUILDERS = {
    "empty_paragraphs.docx": empty_paragraphs,
    "many_paragraphs.docx": many_paragraphs_docx,
    "many_paragraphs.txt": many_paragraphs_txt,
    "brochure_100_pages.docx": brochure_docx,
    "brochure_100_pages_nl.docx": lambda path: brochure_docx(path, lang="nl"),
    "at_the_limits_nl.docx": at_the_limits_docx,
    "at_the_limits_fr.docx": lambda path: at_the_limits_docx(path, "fr"),
    "one_paragraph_fr.docx": one_paragraph_docx,
    "jargon_fr.docx": jargon_docx,
    "long_paragraphs_fr.docx": long_paragraphs_docx,
    "formatted_fr.docx": formatted_docx,
    "longest_paragraphs_fr.docx": lambda path: long_paragraphs_docx(path, paragraphs=5),
    "huge_bookmark_id.docx": huge_bookmark_id,
    "escaping_names.docx": escaping_names,
    "utf16_entities.docx": utf16_entities,
    "deep_nesting.docx": deep_nesting,
}
MEASURED = (
    "empty_paragraphs.docx",
    "many_paragraphs.docx",
    "many_paragraphs.txt",
    "brochure_100_pages.docx",
    "brochure_100_pages_nl.docx",
    "at_the_limits_nl.docx",
    "at_the_limits_fr.docx",
    "one_paragraph_fr.docx",
    "jargon_fr.docx",
    "long_paragraphs_fr.docx",
    "longest_paragraphs_fr.docx",
    "formatted_fr.docx",
)


def measure(command: list[str], timeout: float) -> dict[str, object]:
    """Exit code, peak memory (MB) and wall time (s) of `command` under /usr/bin/time -v."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            ["/usr/bin/time", "-v", *command], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"exit": "killed", "peak_mb": None, "seconds": timeout, "stderr": ""}
    seconds = time.perf_counter() - start
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    message = [
        line for line in done.stderr.splitlines() if line.startswith(("simplifier:", "Trace"))
    ]
    return {
        "exit": done.returncode,
        "peak_mb": int(peak.group(1)) // 1024 if peak else None,
        "seconds": round(seconds, 1),
        "stderr": message[0] if message else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--measure", action="store_true")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    names = args.only or list(BUILDERS)
    for name in names:
        target = args.out / name
        if not target.exists():
            BUILDERS[name](target)
        print(f"{name}: {target.stat().st_size / 1024:.0f} KB", file=sys.stderr)
    if not args.measure:
        return
    print("| file | exit | peak memory (MB) | wall time (s) | message |")
    print("|---|---|---|---|---|")
    for name in names:
        if name not in MEASURED and args.only is None:
            continue
        command = [sys.executable, "-m", "simplifier", "check", str(args.out / name)]
        report = args.out / f"{name}.json"
        result = measure([*command, "--format", "json", "--output", str(report)], args.timeout)
        print(
            f"| {name} | {result['exit']} | {result['peak_mb']} | {result['seconds']} "
            f"| {result['stderr'][:120]} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
