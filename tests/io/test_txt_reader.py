from __future__ import annotations

import codecs

import pytest

from simplifier.errors import InputError
from simplifier.io import read_file, read_text
from simplifier.io.txt_reader import split_blocks

LETTER = "Madame,\n\nNous avons reçu votre demande d'intervention majorée.\nElle est complète.\n\nÀ bientôt."


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_encodings_are_read(tmp_path, encoding, prefix):
    path = tmp_path / "lettre.txt"
    path.write_bytes(prefix + LETTER.encode(encoding))
    blocks = read_file(path)
    assert [b.text for b in blocks] == [
        "Madame,",
        "Nous avons reçu votre demande d'intervention majorée.\nElle est complète.",
        "À bientôt.",
    ]


def test_windows_line_ends_and_line_numbers(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(LETTER.replace("\n", "\r\n").encode())
    blocks = read_file(path)
    assert [b.line for b in blocks] == [1, 3, 6]
    second = blocks[1]
    assert second.position(second.start + second.text.index("Elle")) == (4, 1)


def test_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "bizarre.txt"
    path.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.code in ("err.encoding", "err.binary")


def test_pasted_text_offsets_point_into_document_text():
    blocks = read_text("Un.\n\n\n  Deux trois.  \n\nQuatre.")
    text = "\n\n".join(b.text for b in blocks)
    for block in blocks:
        assert text[block.start : block.end] == block.text


def test_lines_of_a_copied_page_are_paragraphs_and_wrapped_lines_are_not() -> None:
    """A page copied from the web puts each paragraph on one line: a long line that ends a
    sentence ends its paragraph. Text wrapped by hand at a fixed width stays one paragraph."""
    long_one = (
        "Le CPAS examine votre demande dans le mois qui suit, et il vous écrit pour vous dire "
        "ce qu'il a décidé et pourquoi."
    )
    copied = f"{long_one}\nVous pouvez contester cette décision devant le tribunal du travail."
    assert [chunk[:6] for _, chunk, _ in split_blocks(copied)] == ["Le CPA", "Vous p"]
    wrapped = (
        "Le CPAS examine votre demande dans le mois.\n"
        "Il vous écrit pour vous dire ce qu'il a décidé\n"
        "et pourquoi."
    )
    assert len(split_blocks(wrapped)) == 1


def test_a_long_first_line_alone_is_the_title() -> None:
    """A page's title may be long (« Recours contre la décision … / au crédit-temps », 15
    words): alone on the first line it is a heading, so nothing sure is put inside it."""
    text = (
        "Recours contre la décision de votre caisse relative à votre allocation de rentrée"
        " scolaire / au supplément\n\n"
        "Vous pouvez contester la décision devant le tribunal du travail.\n"
    )
    assert [role for _, _, role in split_blocks(text)] == ["heading", ""]
    sentence = "Vous pouvez contester la décision devant le tribunal du travail dans le mois.\n\n"
    assert [role for _, _, role in split_blocks(sentence + "Merci.\n")] == ["", ""]
