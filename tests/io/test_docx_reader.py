"""The .docx reader finds every piece of text a reader sees, once, with its place."""

from __future__ import annotations

import zipfile

import docx
from docx_builder import build_docx, p, runs, table, text_box
from lxml import etree

from simplifier.io import read_file
from simplifier.io.ooxml import all_paragraphs, paragraph_text


def texts(path):
    return [b.text for b in read_file(path)]


def test_body_paragraphs_split_into_runs_are_joined(tmp_path):
    path = build_docx(
        tmp_path / "a.docx", runs("Votre demande ", "d'intervention majorée", " est acceptée.")
    )
    assert texts(path) == ["Votre demande d'intervention majorée est acceptée."]


def test_nested_tables_keep_their_place(tmp_path):
    inner = table([["binnen A", "binnen B"]])
    body = p("Voor de tabel.") + table([["cel 1", "cel 2"], ["cel 3", inner]]) + p("Na de tabel.")
    blocks = read_file(build_docx(tmp_path / "t.docx", body))
    assert [b.text for b in blocks] == [
        "Voor de tabel.",
        "cel 1",
        "cel 2",
        "cel 3",
        "binnen A",
        "binnen B",
        "Na de tabel.",
    ]
    nested = blocks[4]
    assert nested.kind == "table_cell"
    assert nested.location == "body > table 1, row 2, column 2 > table 2, row 1, column 1"


def test_headers_footers_and_footnotes_are_read_in_reading_order(tmp_path):
    path = build_docx(
        tmp_path / "h.docx",
        p("Corps de la lettre."),
        header=p("Mutualité Saint-Michel"),
        footer=p("Tél. 02 123 45 67"),
        footnotes=p("Voir l'article 37."),
    )
    blocks = read_file(path)
    assert [(b.kind, b.text) for b in blocks] == [
        ("header", "Mutualité Saint-Michel"),
        ("body", "Corps de la lettre."),
        ("footnote", "Voir l'article 37."),
        ("footer", "Tél. 02 123 45 67"),
    ]
    assert blocks[0].part == "word/header1.xml"


def test_text_python_docx_misses_is_found(tmp_path):
    hyperlink = (
        '<w:p><w:r><w:t xml:space="preserve">Voir </w:t></w:r><w:hyperlink r:id="x">'
        "<w:r><w:t>le site</w:t></w:r></w:hyperlink></w:p>"
    )
    smart_tag = (
        '<w:p><w:smartTag w:element="place"><w:r><w:t>Bruxelles</w:t></w:r></w:smartTag></w:p>'
    )
    inline_sdt = (
        '<w:p><w:r><w:t xml:space="preserve">Nom : </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="nom"/>'
        "</w:sdtPr><w:sdtContent><w:r><w:t>Jan Peeters</w:t></w:r></w:sdtContent></w:sdt></w:p>"
    )
    block_sdt = (
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        + p("Dans un contrôle de contenu.")
        + "</w:sdtContent></w:sdt>"
    )
    field = (
        '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr="PAGE">'
        "<w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>"
    )
    complex_field = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12 mars 2025</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    tracked = (
        '<w:p><w:r><w:t xml:space="preserve">Le montant </w:t></w:r><w:del w:id="1" w:author="a">'
        '<w:r><w:delText>ancien </w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>nouveau</w:t>'
        "</w:r></w:ins></w:p>"
    )
    body = hyperlink + smart_tag + inline_sdt + block_sdt + field + complex_field + tracked
    path = build_docx(tmp_path / "x.docx", body)
    assert texts(path) == [
        "Voir le site",
        "Bruxelles",
        "Nom : Jan Peeters",
        "Dans un contrôle de contenu.",
        "Page 3",
        "12 mars 2025",
        "Le montant nouveau",
    ]
    python_docx_view = [para.text for para in docx.Document(str(path)).paragraphs]
    assert "Nom : Jan Peeters" not in python_docx_view  # the gap this reader exists for


def test_text_box_read_once_not_twice(tmp_path):
    body = p("Avant.") + text_box(p("Attention : date limite.")) + p("Après.")
    blocks = read_file(build_docx(tmp_path / "b.docx", body))
    assert [b.text for b in blocks] == ["Avant.", "Attention : date limite.", "Après."]
    assert blocks[1].kind == "textbox"


def test_tabs_and_line_breaks_become_whitespace(tmp_path):
    body = "<w:p><w:r><w:t>Rue de la Loi 12</w:t><w:br/><w:t>1000 Bruxelles</w:t><w:tab/><w:t>Belgique</w:t></w:r></w:p>"
    assert texts(build_docx(tmp_path / "br.docx", body)) == [
        "Rue de la Loi 12\n1000 Bruxelles\tBelgique"
    ]


def test_block_points_back_to_its_paragraph(tmp_path):
    body = p("Un.") + p("") + table([["Deux."]]) + p("Trois.")
    path = build_docx(tmp_path / "o.docx", body)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    paragraphs = all_paragraphs(root)
    for block in read_file(path):
        assert paragraph_text(paragraphs[block.paragraph])[0] == block.text


def test_real_word_document_made_by_python_docx(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "SPF Finances"
    para = document.add_paragraph("Votre ")
    para.add_run("avertissement-extrait de rôle").bold = True
    para.add_run(" est joint.")
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text, cells[1].text = "Montant", "1.234,56 EUR"
    document.save(tmp_path / "real.docx")
    blocks = read_file(tmp_path / "real.docx")
    assert [b.text for b in blocks] == [
        "SPF Finances",
        "Votre avertissement-extrait de rôle est joint.",
        "Montant",
        "1.234,56 EUR",
    ]
    assert [b.index for b in blocks] == [0, 1, 2, 3]
    assert blocks[2].start == len("SPF Finances") + 2 + len(blocks[1].text) + 2


def test_every_sample_docx_reads_like_its_text_version(samples):
    docx_files = sorted(samples.rglob("*.docx"))
    assert len(docx_files) >= 14
    for path in docx_files:
        blocks = read_file(path)
        words_docx = " ".join(b.text for b in blocks).split()
        words_txt = path.with_suffix(".txt").read_text(encoding="utf-8").split()
        assert len(words_docx) > 100, path  # the shortest, samples/card: about 130 words
        # the same letter: nearly all words of the .txt are in the .docx view
        common = len(set(words_docx) & set(words_txt)) / len(set(words_txt))
        assert common > 0.9, (path, common)
