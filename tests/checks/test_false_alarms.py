"""False alarms that blind readers of real Belgian texts pointed at (issue 17, tune half), on
sentences of our own written in the same style: a word of an official name, brackets that only
introduce an abbreviation or give examples, the numbers of a legal reference, everyday
phrases taken for nominal style."""

from __future__ import annotations

import simplifier


def _rules(text: str, lang: str = "fr") -> dict[str, list[str]]:
    """Matched words -> the rules that flag them."""
    found: dict[str, list[str]] = {}
    for finding in simplifier.analyze(text, lang=lang).findings:
        found.setdefault(finding.match, []).append(finding.rule_id)
    return found


def _by_rule(text: str, rule: str, lang: str = "fr") -> list[str]:
    return [f.match for f in simplifier.analyze(text, lang=lang).findings if f.rule_id == rule]


def test_a_word_of_an_official_name_is_not_replaced() -> None:
    """« bénéficiaire » in « bénéficiaire de l'intervention majorée » (the full form of BIM)
    is part of the status's name: « vous » would break it. Alone, it is still flagged."""
    in_name = "Depuis le mois de mars, votre fils est bénéficiaire de l’intervention majorée."
    assert "FR.Jargon" not in _rules(in_name).get("bénéficiaire", [])
    alone = "Votre fils est bénéficiaire depuis le mois de mars."
    assert "FR.Jargon" in _rules(alone).get("bénéficiaire", [])


def test_brackets_that_introduce_an_abbreviation_do_not_count() -> None:
    abbreviation = (
        "Votre carte européenne d'assurance maladie (CEAM) couvre vos soins (médecin, hôpital)."
    )
    assert not _by_rule(abbreviation, "FR.Parentheses")
    two_asides = "Votre carte (celle de la mutualité) couvre vos soins (chez le médecin)."
    assert _by_rule(two_asides, "FR.Parentheses")


def test_brackets_of_a_word_or_two_are_labels_not_asides() -> None:
    """Real texts: sentences whose brackets held five words or fewer in all were judged not
    hard 5 times in 6; from six words on, the reader holds the sentence while reading them."""
    labels = "Inscrivez-vous chez Actiris (Bruxelles), au Forem (Wallonie) ou au VDAB (Flandre)."
    assert not _by_rule(labels, "FR.Parentheses")
    asides = "Inscrivez-vous chez Actiris (si vous habitez à Bruxelles) ou au Forem (en Wallonie)."
    assert _by_rule(asides, "FR.Parentheses")


def test_a_list_between_brackets_is_still_a_list() -> None:
    # Leaving such commas out was tried on the tune half and undone: on the half held out,
    # readers had judged every list it hid hard to read.
    examples = (
        "Vous payez une partie des frais pour les soins techniques (prises de sang, "
        "radios, kinésithérapie, plâtres, attelles, etc.) ;"
    )
    assert _by_rule(examples, "FR.Enumeration")


def test_the_numbers_of_a_legal_reference_are_not_figures_to_keep_apart() -> None:
    references = (
        "L'article 12 de la loi du 3 avril 1997 relative aux aides et l'article 40 de "
        "l'arrêté royal du 9 mai 2001 règlent ce point."
    )
    assert not _by_rule(references, "FR.TropDeChiffres")
    amounts = "Vous recevez 120 euros le 3 mars, 80 euros le 5 avril et 40 euros le 7 mai."
    assert _by_rule(amounts, "FR.TropDeChiffres")


def test_everyday_phrases_are_not_nominal_style() -> None:
    assert not _by_rule("La commission va prendre une décision en juin.", "FR.StyleNominal")
    assert not _by_rule("Vous avez fait une déclaration inexacte.", "FR.StyleNominal")
    assert _by_rule("Nous allons procéder à la vérification de votre dossier.", "FR.StyleNominal")
    assert _by_rule("Le service va prendre la gestion de votre dossier.", "FR.StyleNominal")


def test_an_advice_given_as_a_recommendation_stays_a_recommendation() -> None:
    findings = [
        f
        for f in simplifier.analyze(
            "Il est vivement recommandé d'en parler à votre médecin.", lang="fr"
        ).findings
        if f.rule_id == "FR.Impersonnel"
    ]
    assert findings and "Nous vous conseillons" in findings[0].message


def test_dutch_verb_bracket_stays_inside_one_clause() -> None:
    """Real texts: pairs across a second clause or an adjective read as a verb were judged
    "wrong words" 3 times in 3."""
    other_clause = (
        "Maar u kunt ook wachten tot de uitbetaler van de Vlaamse overheid de gegevens heeft"
        " ontvangen."
    )
    assert not _by_rule(other_clause, "NL.Tangconstructie", "nl")
    adjective = (
        "Wij stellen alles in het werk om u uw aanslagbiljet zo snel mogelijk en binnen de"
        " vastgestelde termijn te bezorgen."
    )
    assert not _by_rule(adjective, "NL.Tangconstructie", "nl")
    om_te = "Nadien heb je twee maanden de tijd om de volgende documenten binnen te brengen."
    assert not _by_rule(om_te, "NL.Tangconstructie", "nl")
    bracket = (
        "Wij hebben uw aanvraag voor een tegemoetkoming in de kosten van de kinderopvang van"
        " uw dochter op 12 maart ontvangen."
    )
    assert _by_rule(bracket, "NL.Tangconstructie", "nl")


def test_the_far_apart_words_are_named_in_reading_order() -> None:
    text = "Je hoeft tijdens de rest van het jaar geen remgeld meer te betalen."
    findings = simplifier.analyze(text, lang="nl").findings
    messages = [f.message for f in findings if f.rule_id == "NL.Tangconstructie"]
    assert messages and messages[0].index("hoeft") < messages[0].index("betalen")


def test_vous_etes_with_a_participle_says_what_the_reader_is() -> None:
    assert not _by_rule("Si vous êtes hospitalisé, envoyez le certificat.", "FR.Passif")
    assert _by_rule("Vous allez être convoqué à un entretien.", "FR.Passif")


def test_an_abbreviation_that_opens_a_bracket_of_names_is_introduced() -> None:
    text = (
        "Les allocations familiales supplémentaires (AFS ou allocations majorées) sont payées"
        " chaque mois. Les AFS dépendent de vos revenus."
    )
    assert not _by_rule(text, "FR.Abreviations")
    assert _by_rule("Les AFS dépendent de vos revenus.", "FR.Abreviations")


def test_the_employment_services_of_other_regions_are_names() -> None:
    """Readers judged writing out VDAB, ADG or FOREM in a list of regions wrong 4 times in 4."""
    fr = "Inscrivez-vous auprès d'Actiris à Bruxelles, du VDAB en Flandre ou de l'ADG."
    assert not _by_rule(fr, "FR.Abreviations")
    nl = "Schrijf je in bij Actiris in Brussel, bij Le FOREM in Wallonië of bij de ADG."
    assert not _by_rule(nl, "NL.Afkortingen", "nl")
