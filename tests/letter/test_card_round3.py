"""The letter card, third tuning round: a letter told by its letterhead, a date line with a
template's slot and a signature; the message in a main sentence rather than a case or a
list's bullet; refusals, withdrawals and formal notices as messages; requests with words
between; vague timing is no deadline; web links to read and the reader's own list of
details are no contacts. Every letter here is written for these tests."""

from __future__ import annotations

from simplifier.engine import analyze


def _card(text: str, lang: str, **kw):
    return analyze(text, lang, **kw).card


def test_french_letter_without_closing_told_by_letterhead_and_date_slot():
    text = (
        "Rue des Tilleuls 4\n1000 Bruxelles\n02/123.45.67\naccueil@ecole-exemple.be\n\n"
        "Bruxelles, le {date}\n\nMadame, Monsieur,\n\n"
        "Vous avez demandé une place pour votre enfant.\n\n"
        "J'ai le regret de vous annoncer que nous n'avons plus de place cette année.\n\n"
        "Votre demande reste sur notre liste d'attente.\n\n"
        "La direction\n"
    )
    card = _card(text, "fr")
    assert card.letter
    assert {"letterhead", "date_line", "salutation"} <= set(card.parts)
    assert "regret" in card.message[0].text


def test_closing_and_signature_make_a_letter():
    text = (
        "Demande de paiement\n\n"
        "Veuillez verser le montant de 40 € sur notre compte dans les 7 jours.\n\n"
        "Cordialement\n\nL'équipe du club\n"
    )
    card = _card(text, "fr")
    assert card.letter and "signature" in card.parts


def test_salutation_in_template_markup():
    text = (
        "<Var>Madame/Monsieur</Var>\n\nJe vous informe que je quitte le logement le 1er mai.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n"
    )
    assert "salutation" in _card(text, "fr").parts


def test_web_page_with_phone_but_no_salutation_or_closing_is_no_letter():
    text = (
        "Service Logement\n02/123.45.67\n\nLes primes au logement\n\n"
        "Vous pouvez demander une prime si vous rénovez votre maison.\n"
    )
    assert not _card(text, "fr").letter


def test_message_not_a_conditional_contact_line_dutch():
    text = (
        "Geachte heer,\n\n"
        "Ondanks onze herinneringen hebt u de factuur nog niet betaald.\n\n"
        "Ik stel u nogmaals in de gelegenheid om het bedrag binnen 8 dagen na heden te betalen.\n\n"
        "Indien u denkt dat dit een vergissing is, verzoek ik u contact op te nemen met mij.\n\n"
        "Met vriendelijke groet,\n\nJan Peeters\n"
    )
    card = _card(text, "nl")
    assert "gelegenheid" in card.message[0].text
    assert len(card.message) == 1
    pay = [a for a in card.actions if "bedrag" in a.text]
    assert pay and pay[0].deadline_kind == "relative_from"


def test_message_not_a_list_bullet_french():
    text = (
        "Madame, Monsieur,\n\n"
        "Nous avons le plaisir de vous informer qu'une place est libre pour votre fils.\n\n"
        "Merci de nous renvoyer :\n\n"
        "- le formulaire signé\n"
        "- une preuve de paiement de 50 € à payer sur notre compte\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n"
    )
    card = _card(text, "fr")
    assert "plaisir" in card.message[0].text


def test_refusal_and_withdrawal_are_messages():
    refusal = (
        "Madame,\n\nNous avons bien reçu votre dossier.\n\n"
        "Votre demande n'est donc pas recevable car elle est arrivée trop tard.\n\n"
        "Veuillez agréer, Madame, nos salutations distinguées.\n"
    )
    assert "recevable" in _card(refusal, "fr").message[0].text
    withdrawal = (
        "Geachte heer/mevrouw,\n\nOp 3 mei heb ik bij u een fiets gekocht.\n\n"
        "Met deze brief laat ik u weten dat ik de koop ongedaan maak.\n\n"
        "Met vriendelijke groet,\n\nAn Janssens\n"
    )
    assert "laat ik u weten" in _card(withdrawal, "nl").message[0].text
    refused = (
        "Geachte mevrouw,\n\nU vroeg ons om een afbetalingsplan.\n\n"
        "Helaas kunnen wij niet ingaan op uw verzoek.\n\n"
        "Met vriendelijke groet,\n\nDe dienst Financiën\n"
    )
    assert "niet ingaan" in _card(refused, "nl").message[0].text


def test_vague_timing_is_no_deadline():
    text = (
        "Madame,\n\nMerci de nous renvoyer le formulaire signé au plus vite.\n\n"
        "Veuillez agréer, Madame, nos salutations distinguées.\n"
    )
    card = _card(text, "fr", letter=True)
    assert card.actions and card.actions[0].deadline_kind == ""
    nl = (
        "Geachte heer,\n\nIk verzoek u het bedrag zo snel mogelijk terug te storten.\n\n"
        "Met vriendelijke groet,\n\nAn Janssens\n"
    )
    card = _card(nl, "nl", letter=True)
    assert card.actions and card.actions[0].deadline_kind == ""


def test_deadline_with_slot_and_confirmation_request_dutch():
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Wij verzoeken u het bedrag binnen <aantal> dagen over te maken.\n\n"
        "Graag ontvang ik een bevestiging van deze brief binnen twee weken.\n\n"
        "Met vriendelijke groet,\n\n[Uw naam]\n"
    )
    card = _card(text, "nl")
    kinds = {a.deadline_kind for a in card.actions}
    assert len(card.actions) == 2 and kinds == {"relative"}


def test_proposal_with_words_between_is_an_invitation():
    text = (
        "Madame,\n\nVotre demande a été refusée.\n\n"
        "Nous vous proposons, par conséquent, de déposer une nouvelle demande l'an prochain.\n\n"
        "Veuillez agréer, Madame, nos salutations distinguées.\n"
    )
    card = _card(text, "fr")
    asked = [a for a in card.actions if "déposer" in a.text]
    assert asked and not asked[0].needs_date


def test_reference_links_and_asked_details_are_no_contacts():
    text = (
        "Madame,\n\nVotre demande est refusée (cfr https://exemple.be/calendrier.html).\n\n"
        "Pour connaître la procédure, consultez le règlement disponible à l'adresse "
        "https://exemple.be/reglement.pdf.\n\n"
        "Pour une facture, merci de nous écrire en indiquant :\n\n- Nom\n- adresse\n- e-mail\n\n"
        "Veuillez agréer, Madame, nos salutations distinguées.\n\n"
        "https://exemple.be/contact.html\n"
    )
    card = _card(text, "fr")
    texts = [c.text for c in card.contacts]
    assert texts == ["https://exemple.be/contact.html"]


def test_recipient_company_slots_are_not_the_senders_dutch():
    text = (
        "Naam bedrijf\nAdres\nPostcode en woonplaats\n\nBetreft: terugbetaling\n\n"
        "Geachte heer/mevrouw,\n\nIk verzoek u het bedrag terug te storten.\n\n"
        "Met vriendelijke groet,\n\nAn Janssens\n"
    )
    card = _card(text, "nl")
    assert not [c for c in card.contacts if c.kind == "slot"]
    assert card.no_contact
