"""The letter card on letters as people paste them: one line per paragraph (single line
breaks), salutations and closings in their many forms, the message said by a first-person
performative ("je sollicite", "deel ik u mee"), requests as actions, and contact slots of
model letters. Every letter here is written for these tests."""

from __future__ import annotations

import pytest

from simplifier.engine import analyze
from simplifier.letter.data import words
from simplifier.letter.detect import greeting


def _card(text: str, lang: str, **kw):
    return analyze(text, lang, **kw).card


@pytest.mark.parametrize(
    "line",
    [
        "Madame, Monsieur,",
        "Madame/Monsieur,",
        "Madame, ou Monsieur, (à compléter)",
        "Monsieur le Bourgmestre,",
        "Madame la Directrice,",
        "[Madame / Monsieur],",
    ],
)
def test_french_salutations(line):
    assert greeting(line, words("fr"))


@pytest.mark.parametrize(
    "line", ["Geachte heer/mevrouw,", "[Mevrouw/Mijnheer],", "Mevrouw of mijnheer,", "Beste,"]
)
def test_dutch_salutations(line):
    assert greeting(line, words("nl"))


@pytest.mark.parametrize(
    "line",
    ["Monsieur le Bourgmestre", "Madame la Directrice de l'école primaire communale de Namur"],
)
def test_a_recipient_line_is_not_a_salutation(line):
    assert not greeting(line, words("fr"))


SINGLE_LINES_FR = """Jeanne Lambert
rue des Tilleuls 4
5000 Namur
Objet : aide pour les frais de chauffage
Monsieur le Président,
Depuis janvier, je vis seule avec deux enfants et mon salaire a baissé.
Mes factures de chauffage ont doublé cet hiver.
Par la présente, je sollicite une aide financière de votre centre pour payer ces factures.
Je joins à cette lettre mes trois dernières fiches de paie.
En vous remerciant de l'attention que vous porterez à ma demande, je vous prie d'agréer, Monsieur le Président, l'expression de mes sentiments respectueux.
Jeanne Lambert
"""


def test_a_letter_with_single_line_breaks_has_its_parts_and_message():
    card = _card(SINGLE_LINES_FR, "fr")
    assert card.letter
    assert {"salutation", "subject", "closing"} <= set(card.parts)
    assert card.subject == "aide pour les frais de chauffage"
    assert len(card.message) == 1 and "je sollicite" in card.message[0].text
    # each line is a paragraph: the message is in the third of four
    assert (card.paragraph, card.paragraphs) == (3, 4)
    assert card.late
    assert not any("agréer" in line.text for line in card.message)


INLINE_SUBJECT_NL = """[Uw naam] [Straat en huisnummer] [Postcode en gemeente] [Plaats], [datum] Onderwerp: einde van de huur van de garage

[Mevrouw/Mijnheer],

Hierbij deel ik u mee dat ik de huur van de garage in de Kerkstraat stop op 30 juni 2026.

Ik geef u de sleutels terug op de laatste dag van de huur.

De garage is dan leeg en proper.

Met vriendelijke groet,

[Handtekening]
"""


def test_an_inline_subject_a_bracketed_salutation_and_an_early_message():
    card = _card(INLINE_SUBJECT_NL, "nl")
    assert card.letter and {"salutation", "subject", "closing"} <= set(card.parts)
    assert card.subject == "einde van de huur van de garage"
    assert "deel ik u mee" in card.message[0].text
    assert card.paragraph == 1 and not card.late
    # the sender's slots of a model letter: the writer fills in how to reach them
    assert not card.no_contact


WEAK_LATE_FR = """Madame,

Nous avons bien reçu votre courrier du 3 février.

Nous avons examiné votre dossier avec attention.

Nous avons lu les pièces que vous avez jointes.

La décision vous sera envoyée : vous devez attendre notre prochain courrier.

Veuillez agréer, Madame, nos salutations distinguées.
"""


def test_a_message_found_without_confidence_is_not_said_to_come_late():
    card = _card(WEAK_LATE_FR, "fr")
    assert card.letter
    assert not card.late
    assert not any(f.rule_id == "FR.LettreMessageTard" for f in card.findings)


DEMAND_FR = """Madame, Monsieur,

Votre facture du 2 mars 2026 n'est toujours pas payée.

Par la présente, nous vous mettons en demeure de payer la somme de 240 euros dans un délai de 10 jours à compter de la réception de cette lettre.

Par la présente, nous vous mettons en demeure de payer la somme de 240 euros dans un délai de 10 jours à compter de la réception de cette lettre.

Si vous avez déjà payé, ne tenez pas compte de cette lettre et veuillez nous excuser.

Pour toute question, appelez notre service contentieux au 081 22 33 44.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
"""


def test_a_formal_notice_is_the_message_and_an_action_with_its_deadline():
    card = _card(DEMAND_FR, "fr")
    assert "mettons en demeure" in card.message[0].text
    assert len(card.actions) == 1  # the same task twice, and "ignore if paid": one action
    assert card.actions[0].text.startswith("payer la somme")
    assert card.actions[0].deadline_kind == "relative_from"
    # "notre service contentieux": words of a sentence, not a named service
    assert [c.kind for c in card.contacts] == ["phone"]


REQUEST_NL = """Geachte mevrouw,

Wij hebben uw aanvraag voor een parkeerkaart ontvangen.

Ik verzoek u het ingevulde formulier aan ons terug te sturen.

Uiterlijk op 15 mei 2026.

U kunt ons bellen op 02 123 45 67.

Met vriendelijke groeten,

Jan Peeters
"""


def test_a_request_is_an_action_and_takes_the_date_on_the_next_line():
    card = _card(REQUEST_NL, "nl")
    assert card.letter
    assert "verzoek u" in card.message[0].text
    assert len(card.actions) == 1
    assert card.actions[0].deadline_kind == "date"
    assert not card.no_deadline


INVITE_FR = """Madame,

Nous regrettons de vous informer que votre demande de prime ne peut être acceptée.

Nous vous invitons à introduire une nouvelle demande avec un plan signé.

Vous pouvez écrire au service Logement, rue Haute 12, 5000 Namur.

Veuillez agréer, Madame, nos salutations distinguées.
"""


def test_an_invitation_asks_no_date_and_a_named_service_is_a_contact():
    card = _card(INVITE_FR, "fr")
    assert "regrettons de vous informer" in card.message[0].text
    assert len(card.actions) == 1 and card.actions[0].conditional
    assert not any(f.rule_id == "FR.LettreSansDelai" for f in card.findings)
    assert ("service", "service Logement") in [(c.kind, c.text) for c in card.contacts]


MODEL_NL = """[Naam van de dienst]

Geachte mevrouw, geachte heer,

Om uw aanvraag te kunnen behandelen, hebben wij nog een attest van uw werkgever nodig.

Wij verzoeken u dit attest tegen [datum] aan ons te bezorgen.

U kunt terecht bij de afdeling Sociale Zaken van ons bestuur op maandag en dinsdag.

Met vriendelijke groeten,
"""


def test_a_model_letters_date_slot_is_a_deadline_and_a_service_keeps_its_name():
    card = _card(MODEL_NL, "nl")
    assert len(card.actions) == 1 and card.actions[0].deadline_kind == "date"
    assert not any(f.rule_id == "NL.BriefGeenTermijn" for f in card.findings)
    services = [c.text for c in card.contacts if c.kind == "service"]
    assert services == ["afdeling Sociale Zaken"]


SLOTS_FR = """Siège social : ....
Tél. : {telephone}

Madame, Monsieur,

Nous vous demandons de nous renvoyer le formulaire signé avant le (date limite).

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
"""


def test_a_model_letters_contact_slots_mean_a_contact():
    card = _card(SLOTS_FR, "fr")
    assert card.letter and not card.no_contact
    assert card.actions and card.actions[0].deadline_kind == "date"


CITIZEN_FR = """Madame, Monsieur,

Je suis affiliée à votre caisse depuis 2019.

J'ai quitté la Belgique en janvier et je n'ai plus besoin de mon assurance.

Pour cette raison, je suis obligée de demander le remboursement de ma cotisation de février.

Je joins une copie de mon attestation de départ.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.
"""


def test_the_writers_own_request_is_the_message_but_not_sure_enough_to_be_late():
    card = _card(CITIZEN_FR, "fr")
    assert card.letter
    assert "demander le remboursement" in card.message[0].text
    assert (card.paragraph, card.paragraphs) == (3, 4)
    assert not card.late  # the cue is weak: no item that says the message comes late


def test_a_templates_phone_with_x_placeholders_is_a_contact_slot():
    text = SLOTS_FR.replace(
        "Siège social : ....\nTél. : {telephone}\n", "Appelez le 04X XX XX XX.\n"
    )
    card = _card(text, "fr")
    assert ("slot", "04X XX XX XX") in [(c.kind, c.text) for c in card.contacts]
    assert not card.no_contact


FAILING_NL = """Geachte heer,

Uw factuur van maart is nog niet betaald.

Wij vragen u het bedrag van 85 euro op onze rekening te storten.

Indien het bedrag niet binnen 14 dagen na deze brief op onze rekening staat, sturen wij het dossier naar ons incassobureau.

U kunt ons bellen op 09 876 54 32.

Met vriendelijke groeten,
"""


def test_the_term_of_a_later_if_not_in_time_sentence_is_the_actions_deadline():
    card = _card(FAILING_NL, "nl")
    assert len(card.actions) == 1
    assert card.actions[0].deadline == "binnen 14 dagen"
    assert not any(f.rule_id == "NL.BriefGeenTermijn" for f in card.findings)


NEXT_DAYS_NL = """Geachte mevrouw,

Op 3 februari bestelde ik bij u een wasmachine. Ze is nog altijd niet geleverd.

Ik verzoek u de wasmachine te leveren binnen de 10 volgende dagen.

Met vriendelijke groeten,
"""


@pytest.mark.parametrize(
    "term",
    ["binnen de 10 volgende dagen", "binnen de volgende 10 dagen", "binnen de volgende … dagen"],
)
def test_within_the_next_days_is_a_deadline_that_says_its_start(term):
    card = _card(NEXT_DAYS_NL.replace("binnen de 10 volgende dagen", term), "nl")
    assert len(card.actions) == 1
    assert card.actions[0].deadline == term
    assert card.actions[0].deadline_kind == "relative_from"  # "volgende": from now
    assert not any(f.rule_id.startswith("NL.BriefTermijn") for f in card.findings)
    assert not any(f.rule_id == "NL.BriefGeenTermijn" for f in card.findings)


PENALTIES_FR = """Madame, Monsieur,

Notre facture du 4 mars n'est toujours pas payée.

Nous vous mettons en demeure de nous verser la somme de 240 euros. Des intérêts de retard courent dès réception de ce courrier.

Si, dans les huit jours qui suivent cette lettre, la somme ne nous est pas parvenue, nous confierons le dossier à un huissier.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
"""


def test_the_term_is_not_taken_from_the_sentence_about_interest():
    card = _card(PENALTIES_FR, "fr")
    assert len(card.actions) == 1
    assert card.actions[0].deadline == "dans les huit jours"
    assert card.actions[0].deadline_kind == "relative_from"


REFER_BACK_NL = """Beste mevrouw,

Wij maken de klassen voor volgend schooljaar.

Gelieve ons het aantal vrije plaatsen te mailen. U moet dat doen ten laatste op:
{datum}

Met vriendelijke groeten,
"""


def test_do_that_by_gives_its_date_to_the_task_asked_before():
    card = _card(REFER_BACK_NL, "nl")
    assert len(card.actions) == 1  # "dit doen" is no second task
    assert "mailen" in card.actions[0].text
    assert card.actions[0].deadline == "ten laatste op: {datum}"
    assert card.actions[0].deadline_kind == "date"
    assert not any(f.rule_id == "NL.BriefGeenTermijn" for f in card.findings)


SENDER_SLOTS_NL = """Aangetekend

{sender}
Naam en adres van de verhuurder

Betreft: teruggave van de huurwaarborg

Geachte,

Ik vraag u de waarborg van 900 euro terug te storten.

Hoogachtend,
"""


@pytest.mark.parametrize(
    "sender", ["Naam en adres van de afzender", "Uw naam en adres – Plaats en datum"]
)
def test_the_senders_name_and_address_slot_is_a_contact(sender):
    card = _card(SENDER_SLOTS_NL.format(sender=sender), "nl")
    assert card.letter and not card.no_contact
    assert [c.kind for c in card.contacts] == ["slot"]
    assert not any(f.rule_id == "NL.BriefGeenContact" for f in card.findings)


RECIPIENT_SLOTS = {
    "fr": """Nom du client
Adresse
(Adresse du destinataire)

Objet : facture impayée

Madame, Monsieur,

Nous vous prions de payer la facture de 120 euros avant le 30 juin 2026.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
""",
    "nl": """Naam en adres van de geadresseerde
Adres

Betreft: onbetaalde factuur

Geachte heer,

Wij vragen u de factuur van 120 euro te betalen vóór 30 juni 2026.

Met vriendelijke groeten,
""",
}


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_recipients_address_slots_are_no_contact(lang):
    card = _card(RECIPIENT_SLOTS[lang], lang)
    assert card.letter
    assert not card.contacts
    assert card.no_contact


NEED_NL = """Geachte heer Janssens,

Op 2 mei vroeg u ons of u een carport mag bouwen naast uw huis.

U hebt een omgevingsvergunning nodig voor die carport. Uw perceel ligt namelijk in een beschermd gebied.

De aanvraag doet u bij de dienst Omgeving.

Binnen 60 dagen na uw aanvraag krijgt u een brief met onze beslissing.

Hebt u nog vragen? Bel ons op 050 12 34 56.

Met vriendelijke groet,
"""


def test_you_need_a_permit_is_the_message_and_a_letter_to_come_is_none():
    card = _card(NEED_NL, "nl")
    assert card.message[0].text.startswith("U hebt een omgevingsvergunning nodig")
    assert not card.late
    assert not any(f.rule_id == "NL.BriefBoodschapLaat" for f in card.findings)


EARLY_SECOND_FR = """Madame, Monsieur,

Votre loyer de mai n'est pas payé.

Par la présente, nous vous mettons en demeure de nous verser la somme de 650 euros avant le 20 juin 2026.

Nous vous rappelons que le contrat de bail prévoit le paiement du loyer au début de chaque mois. Un loyer payé en retard nous oblige à avancer les charges de l'immeuble, et nous ne pouvons pas le faire longtemps.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
"""

LATE_LINES_FR = """Madame, Monsieur,
Je vis seule avec mes deux enfants depuis le mois de mars et mon salaire ne couvre plus le loyer, l'école et les soins de ma fille, qui est souvent malade cet hiver.
J'ai déjà demandé un plan de paiement à mon propriétaire. Je travaille à mi-temps comme…
C'est pourquoi je sollicite une aide financière de votre centre pour payer les frais de chauffage.
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.
"""


def test_a_message_in_the_second_paragraph_but_within_the_first_third_is_not_late():
    card = _card(EARLY_SECOND_FR, "fr")
    assert "mettons en demeure" in card.message[0].text
    assert card.paragraph == 2
    assert not card.late


def test_a_line_ending_with_an_ellipsis_ends_a_paragraph_and_a_late_message_is_said():
    card = _card(LATE_LINES_FR, "fr")
    assert "je sollicite" in card.message[0].text
    assert (card.paragraph, card.paragraphs) == (3, 3)
    assert card.late


REQUESTS_FR = """Madame, Monsieur,

Notre association a organisé un stage d'été pour trente enfants du quartier.

Les frais de transport ont été plus élevés que prévu. Je sollicite pour notre association un subside exceptionnel de 500 euros qui couvrirait ces frais.

Nous vous serions reconnaissants de nous faire connaître votre réponse avant le 15 juillet 2026.

Si vous avez déjà versé un acompte, nous vous prions de ne pas le verser une seconde fois.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.
"""


def test_requests_to_the_reader_are_actions_and_a_grant_asks_no_date():
    card = _card(REQUESTS_FR, "fr")
    kinds = [(a.how, a.text.split()[0]) for a in card.actions]
    assert kinds == [("request", "sollicite"), ("polite", "faire")]
    assert "subside exceptionnel" in card.actions[0].text
    assert card.actions[1].deadline_kind == "date"
    assert not any(f.rule_id == "FR.LettreSansDelai" for f in card.findings)


def test_a_polite_demand_not_to_do_something_is_no_action():
    text = REQUESTS_FR.replace("Si vous avez déjà versé un acompte, n", "N")
    card = _card(text, "fr")
    assert not any("verser" in a.text for a in card.actions)


PLAN_NL = """Geachte heer,

Door mijn ziekte kan ik de factuur van 1.200 euro niet in één keer betalen.

Daarom verzoek ik u om een afbetalingsplan van zes maanden.

Met vriendelijke groeten,
"""


def test_a_dutch_request_for_a_payment_plan_is_an_action_that_asks_no_date():
    card = _card(PLAN_NL, "nl")
    assert [a.how for a in card.actions] == ["request"]
    assert not card.no_deadline
    assert not any(f.rule_id == "NL.BriefGeenTermijn" for f in card.findings)
