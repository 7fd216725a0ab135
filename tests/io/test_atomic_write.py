from pathlib import Path

import pytest

from simplifier.io.atomic import write_atomically


def test_text_that_cannot_be_written_leaves_no_temporary_file(tmp_path: Path):
    with pytest.raises(UnicodeEncodeError):
        write_atomically(tmp_path / "page.html", "lettre_\udce9.txt")  # a name not in UTF-8
    assert list(tmp_path.iterdir()) == []
