"""The Python API documented in the README."""

from __future__ import annotations

import simplifier


def test_analyze_text_finds_sorted_findings_and_scores():
    report = simplifier.analyze(
        "Nous vous prions de bien vouloir trouver ci-joint le formulaire relatif à votre demande "
        "d'intervention majorée, laquelle a été introduite auprès de l'INAMI en date du 12 mars 2025. "
        "Le montant de 1.234,56 EUR sera versé sur le compte BE68 5390 0754 7034."
    )
    assert report.lang == "fr"
    assert [f.start for f in report.findings] == sorted(f.start for f in report.findings)
    rules = {f.rule_id for f in report.findings}
    assert {"FR.Jargon", "FR.Abreviations", "FR.Passif", "FR.PhraseLongue"} <= rules
    assert 0 <= report.readability.score <= 100
    assert report.readability.level in {"A1", "A2", "B1", "B2", "C1", "C2"}
    assert {"words_per_sentence", "kandel_moles", "lix", "rare_word_share"} <= set(
        report.readability.measures
    )
    assert len(report.sentences) == 2
    assert all(s.readability.level for s in report.sentences)
    assert sum(len(s.findings) for s in report.sentences) == len(report.findings)


def test_keep_terms_are_explained_not_replaced():
    report = simplifier.analyze("Vous avez droit à l'intervention majorée.", lang="fr")
    [finding] = [f for f in report.findings if f.match == "intervention majorée"]
    assert finding.action == "explain"
    assert finding.replacements == ()
    assert "remboursement" in finding.message


def test_lemma_matching_finds_inflected_forms():
    report = simplifier.analyze("Les indemnités seront payées. Ladite somme est due.", lang="fr")
    matches = {f.match for f in report.findings if f.rule_id == "FR.Jargon"}
    assert {"indemnités", "Ladite"} <= matches
    capitalised = next(f for f in report.findings if f.match == "Ladite")
    assert capitalised.replacements[0][0].isupper()


def test_protected_spans_are_never_rewritten():
    report = simplifier.analyze(
        "Conformément à l'art. 37, § 19 de la loi, Monsieur Jan Peeters recevra 1.234,56 EUR le "
        "12 mars 2025 sur le compte BE68 5390 0754 7034 (numéro national 85.07.30-033.61).",
        lang="fr",
    )
    kinds = {p.kind for p in report.protected}
    assert {"legal_reference", "amount", "date", "iban", "national_number", "person"} <= kinds
    for finding in report.findings:
        if finding.action == "replace":
            assert not any(
                finding.start < p.end and p.start < finding.end for p in report.protected
            )
    assert len(report.sentences) == 1  # "art." does not end the sentence


def test_a_law_keeps_its_name():
    """No advice to reword the words of an act's official title; the rest of the sentence is
    checked as usual."""
    text = (
        "Overeenkomstig artikel 14 van de wet van 26 mei 2002 betreffende het recht op "
        "maatschappelijke integratie wordt het leefloon betreffende uw gezin herzien."
    )
    report = simplifier.analyze(text, lang="nl")
    [title] = [p for p in report.protected if "maatschappelijke integratie" in p.text]
    flagged = [f for f in report.findings if f.match == "betreffende"]
    assert len(flagged) == 1 and flagged[0].start > title.end  # the second one, outside
    assert not any(
        title.start <= f.start and f.end <= title.end
        for f in report.findings
        if f.action in ("replace", "rephrase")
    )


def test_analyze_file_keeps_block_places(samples):
    report = simplifier.analyze_file(samples / "fr" / "lettre_intervention_majoree.docx")
    assert report.source.endswith("lettre_intervention_majoree.docx")
    kinds = {b.kind for b in report.blocks}
    assert {"header", "body", "table_cell"} <= kinds
    for finding in report.findings:
        block = report.blocks[finding.block]
        assert block.start <= finding.start <= finding.end <= block.end
        assert block.part.startswith("word/")


def test_official_terms_are_explained_at_their_first_use_only():
    report = simplifier.analyze(
        "Vous avez droit à l'intervention majorée. L'intervention majorée commence en mars.",
        lang="fr",
    )
    explained = [f for f in report.findings if f.action == "explain" and "majorée" in f.match]
    assert len(explained) == 1 and explained[0].start < 40


def test_page_headers_and_footers_are_checked_but_not_scored(tmp_path):
    from docx_builder import build_docx, p

    path = build_docx(
        tmp_path / "l.docx",
        p("Nous avons bien reçu votre demande et nous la traitons."),
        header=p("Mutualité Saint-Michel") + p("Rue de la Loi 12") + p("1000 Bruxelles"),
        footer=p("Veuillez appeler le 02 123 45 67."),
    )
    report = simplifier.analyze_file(path, lang="fr")
    assert report.readability.measures["words"] == 10
    assert any(f.match == "Veuillez" for f in report.findings)  # the footer is still checked


def test_one_advice_per_word_when_two_rules_flag_the_same_words():
    report = simplifier.analyze("Le titulaire doit payer. L'assuré doit signer.", lang="fr")
    spans = [
        (f.start, f.end)
        for f in report.findings
        if f.category not in ("sentence_length", "readability")
    ]
    assert len(spans) == len(set(spans))


def test_official_terms_are_explained_in_the_letter_not_in_the_letterhead(tmp_path):
    from docx_builder import build_docx, p

    path = build_docx(
        tmp_path / "l.docx",
        p("Vous avez droit à l'intervention majorée dès janvier."),
        header=p("Service Intervention majorée"),
    )
    report = simplifier.analyze_file(path, lang="fr")
    [finding] = [
        f for f in report.findings if f.action == "explain" and "majorée" in f.match.lower()
    ]
    assert report.blocks[finding.block].kind == "body"
    assert "officiel" in finding.explanation and "remboursement" in finding.message
