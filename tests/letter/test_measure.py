"""`python -m simplifier.letter.measure`: figures from a folder and a verdicts file."""

from __future__ import annotations

from simplifier.letter.measure import main


def test_the_measure_prints_figures_from_the_verdicts(samples, tmp_path, capsys):
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text(
        "file\tletter\tcontact\tactions_right\tactions_found\n"
        "fr_carte_claire.docx\t1\t1\t1\t1\n"
        "fr_carte_floue.docx\t1\t0\t\t\n",
        encoding="utf-8",
    )
    dump = tmp_path / "actions.tsv"
    assert main([str(samples / "card"), "--verdicts", str(verdicts), "--dump", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "letter detection: precision 2/2 = 1.00, recall 2/2 = 1.00" in out
    assert "contact present/absent right: 2/2 = 1.00" in out
    assert "'no contact' said: 1, wrongly: 0" in out
    assert "actions that really ask something: 1/1 = 1.00" in out
    assert "fr_carte_claire.docx" in dump.read_text(encoding="utf-8")
