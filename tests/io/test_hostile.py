"""Hostile and very large documents: refused early, with one clear line, within the budget
(no input under the limits costs more than 2 GB or 60 s), whatever the encoding of the XML.

The files are built in tmp_path by `simplifier.io.hostile`, the generator the measurements in
docs/robustness.md use; most are scaled down with a lower limit passed in, and the two worst
real-size inputs of issue 16 go through the real command line in a subprocess."""

from __future__ import annotations

import json
import time
import zipfile

import pytest
from docx_builder import build_docx, p
from lxml import etree
from run_measured import run_measured

from simplifier.errors import InputError
from simplifier.io import docx_reader, docx_writer, read_file, read_text
from simplifier.io.hostile import (
    DOCUMENT_END,
    DOCUMENT_START,
    SENTENCE,
    deep_nesting,
    empty_paragraphs,
    escaping_names,
    huge_bookmark_id,
    many_paragraphs_docx,
    many_paragraphs_txt,
    short_paragraphs_text,
    utf16_entities,
    write_docx,
)
from simplifier.io.limits import DEFAULT_LIMITS, Limits
from simplifier.io.xmlsafe import markup_count

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
UNLIMITED = Limits(max_elements=10**9, max_paragraphs=10**9, max_text_chars=10**10)


def refusal(path, limits=DEFAULT_LIMITS) -> InputError:
    with pytest.raises(InputError) as caught:
        read_file(path, limits)
    return caught.value


# --- elements, paragraphs and characters are bounded --------------------------------------


def test_empty_paragraphs_are_refused_before_any_tree_is_built(tmp_path, monkeypatch):
    path = empty_paragraphs(tmp_path / "vides.docx", count=20_000)

    parse = docx_reader.parse

    def no_tree_of_the_body(data, source, part):
        assert part != "word/document.xml", "the body's tree was built"
        return parse(data, source, part)

    monkeypatch.setattr(docx_reader, "parse", no_tree_of_the_body)
    error = refusal(path, Limits(max_elements=10_000))
    assert error.code == "err.too_many_elements"
    assert "more than 10 000" in error.describe("en")


def test_elements_are_counted_across_chunk_boundaries(tmp_path, monkeypatch):
    body = "".join(p(f"Paragraphe {n}.") for n in range(50)) + "<w:p/>" * 30
    path = build_docx(tmp_path / "d.docx", body)
    monkeypatch.setattr(docx_reader, "CHUNK", 7)  # every "</" has a chance to be cut in two
    with zipfile.ZipFile(path) as archive:
        package = docx_reader._Package(path, archive, UNLIMITED)
        data = package.read("word/document.xml")
    assert package.elements == markup_count(data)
    elements = sum(1 for _ in etree.fromstring(data).iter())
    assert package.elements == elements + 1  # the XML declaration "<?xml" counts too


def test_a_document_just_under_the_element_limit_is_read(tmp_path):
    path = empty_paragraphs(tmp_path / "juste.docx", count=900)
    blocks = read_file(path, Limits(max_elements=1_000))
    assert [b.text[:4] for b in blocks] == ["Nous"]


def test_too_many_paragraphs_are_refused_while_reading(tmp_path):
    docx = many_paragraphs_docx(tmp_path / "lignes.docx", count=60)
    txt = many_paragraphs_txt(tmp_path / "lignes.txt", count=60)
    for path in (docx, txt):
        error = refusal(path, Limits(max_paragraphs=50))
        assert error.code == "err.too_many_paragraphs"
        assert "more than 50" in error.describe("en")
    assert len(read_file(docx, Limits(max_paragraphs=60))) == 60


def test_too_much_text_says_how_much_not_megabytes(tmp_path):
    error = refusal(
        many_paragraphs_txt(tmp_path / "long.txt", count=200), Limits(max_text_chars=1_000)
    )
    assert error.code == "err.too_long"
    assert error.describe("fr").startswith("le document est trop long")
    assert "1 000 caractères" in error.describe("fr") and "Mo" not in error.describe("fr")
    docx = many_paragraphs_docx(tmp_path / "long.docx", count=200)
    assert refusal(docx, Limits(max_text_chars=1_000)).code == "err.too_long"


def test_one_endless_paragraph_is_refused_with_what_to_do(tmp_path):
    """450,000 characters without a paragraph break took 1.8 GB to parse."""
    text = "Nous avons bien reçu votre demande. " * 10
    for path in (
        write_docx(tmp_path / "long.docx", [DOCUMENT_START, p(text), DOCUMENT_END]),
        tmp_path / "long.txt",
    ):
        if path.suffix == ".txt":
            # lines cut in the middle of sentences (hard wrapping) stay one paragraph
            path.write_text(text.replace("reçu ", "reçu\n"), encoding="utf-8")
        error = refusal(path, Limits(max_paragraph_chars=200))
        assert error.code == "err.paragraph_too_long"
        assert "blank line" in error.describe("en") and "200" in error.describe("en")
    assert len(read_file(path, Limits(max_paragraph_chars=len(text)))) == 1


def test_reading_many_paragraphs_of_text_is_linear():
    """Line numbers were counted from the start of the text for every paragraph: 100,000
    paragraphs took tens of seconds before the analysis even began."""
    text = "\n\n".join(short_paragraphs_text(100_000))
    start = time.perf_counter()
    blocks = read_text(text, UNLIMITED)
    assert time.perf_counter() - start < 3
    assert len(blocks) == 100_000
    assert (blocks[-1].line, blocks[-1].text) == (199_999, "Il est 99999 h.")


# --- the same refusals whatever the encoding ----------------------------------------------


def test_entities_in_a_utf16_part_are_refused_like_in_utf8(tmp_path):
    error = refusal(utf16_entities(tmp_path / "utf16.docx"))
    assert error.code == "err.xml_entities"
    assert "word/document.xml" in error.describe("en")


def test_entities_in_a_utf7_part_are_refused(tmp_path):
    """libxml2 honours a declared UTF-7, where "+ADw-" is "<": the bytes never show "<!"."""
    xml = (
        '<?xml version="1.0" encoding="UTF-7"?>'
        "+ADwAIQ-DOCTYPE d +AFsAPAAh-ENTITY a +ACI-b+ACIAPgBd-+AD4-"
        f'<w:document xmlns:w="{W}"><w:body>{p("Bonjour")}</w:body></w:document>'
    )
    path = write_docx(tmp_path / "utf7.docx", [xml.encode("ascii")])
    assert refusal(path).code == "err.xml_entities"


def test_a_clean_utf16_part_is_still_read(tmp_path):
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        f'<w:document xmlns:w="{W}"><w:body>{p("Réponse à votre demande.")}</w:body></w:document>'
    )
    path = write_docx(tmp_path / "utf16_propre.docx", [xml.encode("utf-16")])
    assert [b.text for b in read_file(path)] == ["Réponse à votre demande."]


def test_a_part_in_an_unknown_encoding_is_damaged(tmp_path):
    xml = f'<?xml version="1.0" encoding="x-martian"?><w:document xmlns:w="{W}"/>'
    error = refusal(write_docx(tmp_path / "martien.docx", [xml.encode("ascii")]))
    assert error.code == "err.corrupt"
    assert "x-martian" in error.describe("en")


# --- nesting ------------------------------------------------------------------------------


def test_nesting_deeper_than_the_parser_allows_says_so(tmp_path):
    error = refusal(deep_nesting(tmp_path / "profond.docx", depth=300))
    assert error.code == "err.too_deep"
    message = error.describe("en")
    assert "nested too deeply" in message and "damaged" not in message
    assert "imbriqué trop profondément" in error.describe("fr")


def test_deep_but_allowed_nesting_is_read(tmp_path):
    assert len(read_file(deep_nesting(tmp_path / "profond.docx", depth=100))) == 1


# --- writing back: `simplifier apply` on hostile packages -----------------------------------


def apply_one_change(tmp_path, source):
    """`simplifier apply` in a subprocess, taking "bien vouloir " out of the one sentence."""
    start = SENTENCE.index("bien vouloir ")
    decision = {
        "id": "FR.Jargon@0",
        "status": "accepted",
        "start": start,
        "end": start + len("bien vouloir "),
        "original": "bien vouloir ",
        "text": "",
        "reason": "Plus court.",
    }
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"version": 1, "decisions": [decision]}), encoding="utf-8")
    output = tmp_path / "nouveau.docx"
    done, _, _ = run_measured(
        ["-m", "simplifier", "apply", str(source), "-d", str(decisions), "-o", str(output)],
        env={"SIMPLIFIER_LANG": "en"},
    )
    return done, output


def test_apply_survives_a_bookmark_id_of_5000_digits(tmp_path):
    """`int()` of the id raised ValueError (Python refuses over 4,300 digits): a traceback."""
    done, output = apply_one_change(tmp_path, huge_bookmark_id(tmp_path / "signet.docx"))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with zipfile.ZipFile(output) as archive:
        xml = archive.read("word/document.xml")
    marks = "//w:bookmarkStart/@w:id | //w:del/@w:id | //w:ins/@w:id | //w:commentRangeStart/@w:id"
    ids = etree.fromstring(xml).xpath(marks, namespaces={"w": W})
    assert "9" * 5000 in ids  # the bookmark is kept as it was
    assert len(ids) == len(set(ids)) >= 2  # the new revision and comment ids are fresh
    assert [b.text for b in read_file(output)] == [SENTENCE.replace("bien vouloir ", "")]


def test_entries_outside_the_package_are_not_copied(tmp_path):
    source = escaping_names(tmp_path / "evasion.docx")
    with zipfile.ZipFile(source) as archive:
        assert {"../../x", "/tmp/x", "word/../../y"} <= set(archive.namelist())
    done, output = apply_one_change(tmp_path, source)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
    assert not [name for name in names if name.startswith("/") or ".." in name.split("/")]
    assert {"word/document.xml", "[Content_Types].xml", "_rels/.rels"} <= set(names)
    assert len(names) == len(set(names))
    assert [b.text for b in read_file(output)] == [SENTENCE.replace("bien vouloir ", "")]


def test_changes_to_many_paragraphs_list_the_paragraphs_once(tmp_path, monkeypatch):
    """The writer listed every paragraph of the part again for each changed paragraph: 3,900
    changes in a 10,000-paragraph document took a minute."""
    path = many_paragraphs_docx(tmp_path / "lignes.docx", count=300)
    blocks = read_file(path)
    listed = []
    all_paragraphs = docx_writer.all_paragraphs
    monkeypatch.setattr(
        docx_writer, "all_paragraphs", lambda root: listed.append(1) or all_paragraphs(root)
    )
    changes = [docx_writer.Change(block, 0, 2, "Elle") for block in blocks[::2]]
    assert docx_writer.write_changes(path, changes, tmp_path / "nouveau.docx") == 150
    assert len(listed) == 1
    assert [b.text for b in read_file(tmp_path / "nouveau.docx")][:2] == [
        "Elle est 0 h.",
        "Il est 1 h.",
    ]


# --- the real sizes of issue 16, through the command line ---------------------------------


@pytest.mark.parametrize(
    "build, expected",
    [
        (lambda path: empty_paragraphs(path / "vides.docx"), "too many pieces"),
        (lambda path: many_paragraphs_docx(path / "lignes.docx"), "too many paragraphs"),
        (lambda path: many_paragraphs_txt(path / "lignes.txt"), "too long"),
    ],
    ids=["16.6-million-empty-paragraphs", "100000-paragraphs-docx", "100000-paragraphs-txt"],
)
def test_the_worst_files_of_issue_16_are_refused_at_once(tmp_path, build, expected):
    """Before: 6.1 GB and about a minute (empty paragraphs), minutes for the others."""
    path = build(tmp_path)
    done, peak_mb, seconds = run_measured(
        ["-m", "simplifier", "check", str(path)], env={"SIMPLIFIER_LANG": "en"}, timeout=60
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"simplifier: {path}: ")
    assert expected in lines[0]
    assert peak_mb < 500, peak_mb
    assert seconds < 20, seconds
