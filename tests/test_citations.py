"""A long quotation (the words of a law) gets no finding; a short quoted label does not
protect the sentence around it (real pipelines)."""

from __future__ import annotations

from simplifier import analyze
from simplifier.citations import citations

LAW = (
    "De wet omschrijft het zo:\n\n"
    "« elk product dat wordt aangeboden als middel met genezende of voorkomende eigenschappen "
    "ten aanzien van ziekten bij de mens, of dat bij de mens kan worden gebruikt of aan de mens "
    "kan worden toegediend om een diagnose te stellen of om fysiologische functies te "
    "herstellen, te verbeteren of te wijzigen »\n\n"
    "Uw aanvraag wordt binnen de maand door ons behandeld en daarna wordt het bedrag gestort."
)


def test_a_quoted_law_gets_no_finding_and_the_text_after_it_does():
    report = analyze(LAW, lang="nl")
    (quote,) = citations(report.text)
    assert not [f for f in report.findings if quote[0] <= f.start < quote[1]]
    assert [f for f in report.findings if f.start >= quote[1]]


def test_the_same_words_unquoted_are_checked():
    report = analyze(LAW.replace("« ", "").replace(" »", ""), lang="nl")
    rules = {f.rule_id for f in report.findings if f.start < report.text.index("Uw aanvraag")}
    assert {"NL.ZeerLangeZin", "NL.Passief"} & rules


def test_a_short_quoted_label_is_no_citation():
    assert citations("Cliquez sur « Envoyer » puis sur « Suivant ».") == []
    assert citations('Il a dit "nous avons reçu votre demande de remboursement complète hier".')
