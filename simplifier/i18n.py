"""Interface text in French, Dutch and English, in one table.

The language of the interface is the user's choice (not the document's); rule messages are in
the document's language and live in the rule files.
"""

from __future__ import annotations

import os

UI_LANGS = ("fr", "nl", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # input errors: what is wrong, then what to do
    "err.not_found": {
        "en": "file not found. Check the name and the folder.",
        "fr": "fichier introuvable. Vérifiez le nom et le dossier.",
        "nl": "bestand niet gevonden. Controleer de naam en de map.",
    },
    "err.not_a_file": {
        "en": "this is a folder, not a file. Give a .docx or .txt file.",
        "fr": "c'est un dossier, pas un fichier. Donnez un fichier .docx ou .txt.",
        "nl": "dit is een map, geen bestand. Geef een .docx- of .txt-bestand.",
    },
    "err.unreadable": {
        "en": "the file cannot be opened ({reason}). Check that you may read it.",
        "fr": "le fichier ne s'ouvre pas ({reason}). Vérifiez que vous pouvez le lire.",
        "nl": "het bestand gaat niet open ({reason}). Controleer of u het mag lezen.",
    },
    "err.empty": {
        "en": "the file is empty. Choose the file that contains the letter.",
        "fr": "le fichier est vide. Choisissez le fichier qui contient la lettre.",
        "nl": "het bestand is leeg. Kies het bestand met de brief.",
    },
    "err.no_text": {
        "en": "the document contains no text to check.",
        "fr": "le document ne contient pas de texte à vérifier.",
        "nl": "het document bevat geen tekst om na te kijken.",
    },
    "err.too_large": {
        "en": "the file is too large ({size} MB, limit {limit} MB). Split it into smaller files.",
        "fr": "le fichier est trop grand ({size} Mo, maximum {limit} Mo). "
        "Coupez-le en plus petits fichiers.",
        "nl": "het bestand is te groot ({size} MB, maximum {limit} MB). "
        "Verdeel het in kleinere bestanden.",
    },
    "err.unsupported": {
        "en": "files of type '{ext}' cannot be read. Save the document as .docx or .txt.",
        "fr": "les fichiers de type '{ext}' ne peuvent pas être lus. "
        "Enregistrez le document en .docx ou .txt.",
        "nl": "bestanden van het type '{ext}' kunnen niet gelezen worden. "
        "Bewaar het document als .docx of .txt.",
    },
    "err.legacy_doc": {
        "en": "this is an old Word file (.doc). Open it in Word or LibreOffice "
        "and save it as .docx.",
        "fr": "c'est un ancien fichier Word (.doc). Ouvrez-le dans Word ou LibreOffice "
        "et enregistrez-le en .docx.",
        "nl": "dit is een oud Word-bestand (.doc). Open het in Word of LibreOffice "
        "en bewaar het als .docx.",
    },
    "err.encrypted": {
        "en": "the document is protected by a password. Remove the password in Word, "
        "then try again.",
        "fr": "le document est protégé par un mot de passe. Enlevez le mot de passe dans Word, "
        "puis réessayez.",
        "nl": "het document is beveiligd met een wachtwoord. Haal het wachtwoord weg in Word "
        "en probeer opnieuw.",
    },
    "err.not_docx": {
        "en": "this is not a Word .docx file although its name ends in .docx{what}. "
        "Save it as .docx from the program that made it.",
        "fr": "ce n'est pas un fichier Word .docx, même si son nom finit par .docx{what}. "
        "Enregistrez-le en .docx depuis le programme qui l'a créé.",
        "nl": "dit is geen Word-bestand (.docx), ook al eindigt de naam op .docx{what}. "
        "Bewaar het als .docx in het programma waarmee het gemaakt is.",
    },
    "err.corrupt": {
        "en": "the file is damaged and cannot be read ({reason}). "
        "Open it in Word to repair it, or ask for a new copy.",
        "fr": "le fichier est abîmé et ne peut pas être lu ({reason}). "
        "Ouvrez-le dans Word pour le réparer, ou demandez une nouvelle copie.",
        "nl": "het bestand is beschadigd en kan niet gelezen worden ({reason}). "
        "Open het in Word om het te herstellen, of vraag een nieuwe kopie.",
    },
    "err.zip_bomb": {
        "en": "the file unpacks to far too much data ({size} MB). It is refused for safety.",
        "fr": "le fichier contient beaucoup trop de données une fois ouvert ({size} Mo). "
        "Il est refusé par sécurité.",
        "nl": "het bestand bevat uitgepakt veel te veel gegevens ({size} MB). "
        "Het wordt geweigerd voor de veiligheid.",
    },
    "err.xml_entities": {
        "en": "the document contains XML declarations that Word never writes ({part}). "
        "It is refused for safety; save it again from Word.",
        "fr": "le document contient des déclarations XML que Word n'écrit jamais ({part}). "
        "Il est refusé par sécurité ; enregistrez-le à nouveau depuis Word.",
        "nl": "het document bevat XML-declaraties die Word nooit schrijft ({part}). "
        "Het wordt geweigerd voor de veiligheid; bewaar het opnieuw vanuit Word.",
    },
    "err.encoding": {
        "en": "the text's encoding cannot be recognised. Save the file as UTF-8 text.",
        "fr": "l'encodage du texte n'est pas reconnu. Enregistrez le fichier en texte UTF-8.",
        "nl": "de codering van de tekst wordt niet herkend. Bewaar het bestand als UTF-8-tekst.",
    },
    "err.binary": {
        "en": "this is not a text file although its name ends in .txt. Give a .txt or .docx file.",
        "fr": "ce n'est pas un fichier texte, même si son nom finit par .txt. "
        "Donnez un fichier .txt ou .docx.",
        "nl": "dit is geen tekstbestand, ook al eindigt de naam op .txt. "
        "Geef een .txt- of .docx-bestand.",
    },
    "err.lang": {
        "en": "no French or Dutch text was found. Only French and Dutch can be checked.",
        "fr": "aucun texte en français ou en néerlandais n'a été trouvé. "
        "Seuls le français et le néerlandais peuvent être vérifiés.",
        "nl": "er is geen Franse of Nederlandse tekst gevonden. "
        "Alleen Frans en Nederlands kunnen nagekeken worden.",
    },
    "err.output_is_input": {
        "en": "this is the document itself. Choose another name for the new document.",
        "fr": "c'est le document lui-même. Choisissez un autre nom pour le nouveau document.",
        "nl": "dit is het document zelf. Kies een andere naam voor het nieuwe document.",
    },
    "err.decisions": {
        "en": "the decisions file cannot be used ({problem}).",
        "fr": "le fichier des décisions ne peut pas être utilisé ({problem}).",
        "nl": "het bestand met de beslissingen kan niet gebruikt worden ({problem}).",
    },
    "err.decision_mismatch": {
        "en": "change {id} expects '{expected}' but the document has '{found}'. "
        "The decisions belong to another version of the document.",
        "fr": "la modification {id} attend « {expected} » mais le document contient "
        "« {found} ». Les décisions viennent d'une autre version du document.",
        "nl": "wijziging {id} verwacht '{expected}' maar in het document staat '{found}'. "
        "De beslissingen horen bij een andere versie van het document.",
    },
    "err.decision_crosses": {
        "en": "change {id} runs over two paragraphs. Make one change per paragraph.",
        "fr": "la modification {id} touche deux paragraphes. Faites une modification "
        "par paragraphe.",
        "nl": "wijziging {id} loopt over twee alinea's. Maak één wijziging per alinea.",
    },
    "err.decision_overlap": {
        "en": "changes {other} and {id} touch the same words. Accept only one of them.",
        "fr": "les modifications {other} et {id} touchent les mêmes mots. "
        "Acceptez-en une seule.",
        "nl": "wijzigingen {other} en {id} raken dezelfde woorden. Aanvaard er maar één.",
    },
    "err.changed_since": {
        "en": "the document changed since it was checked ({where}). Check it again.",
        "fr": "le document a changé depuis la vérification ({where}). Vérifiez-le à nouveau.",
        "nl": "het document is veranderd sinds het nagekeken werd ({where}). "
        "Kijk het opnieuw na.",
    },
    "what.pdf": {"en": " (it is a PDF)", "fr": " (c'est un PDF)", "nl": " (het is een pdf)"},
    "what.odt": {
        "en": " (it is an OpenDocument file)",
        "fr": " (c'est un fichier OpenDocument)",
        "nl": " (het is een OpenDocument-bestand)",
    },
    "what.xlsx": {
        "en": " (it is a spreadsheet)",
        "fr": " (c'est un tableur)",
        "nl": " (het is een rekenblad)",
    },
    "what.pptx": {
        "en": " (it is a presentation)",
        "fr": " (c'est une présentation)",
        "nl": " (het is een presentatie)",
    },
    "what.zip": {
        "en": " (it is a zip archive)",
        "fr": " (c'est une archive zip)",
        "nl": " (het is een zip-archief)",
    },
    # readability reasons
    "reason.long_sentences": {
        "en": "Sentences have {value:.0f} words on average.",
        "fr": "Vos phrases ont en moyenne {value:.0f} mots.",
        "nl": "Uw zinnen hebben gemiddeld {value:.0f} woorden.",
    },
    "reason.long_words": {
        "en": "Many long words: {value:.0f} % have more than three syllables.",
        "fr": "Beaucoup de mots longs : {value:.0f} % ont plus de trois syllabes.",
        "nl": "Veel lange woorden: {value:.0f} % heeft meer dan drie lettergrepen.",
    },
    "reason.rare_words": {
        "en": "Many uncommon words: {value:.0f} %.",
        "fr": "Beaucoup de mots peu courants : {value:.0f} %.",
        "nl": "Veel moeilijke woorden: {value:.0f} %.",
    },
    "reason.jargon": {
        "en": "Many official or difficult terms: {value:.0f} in 100 words.",
        "fr": "Beaucoup de mots administratifs ou difficiles : {value:.0f} sur 100 mots.",
        "nl": "Veel officiële of moeilijke woorden: {value:.0f} op 100 woorden.",
    },
    "reason.complex_sentences": {
        "en": "Sentences with many parts: {value:.1f} commas per sentence.",
        "fr": "Des phrases en plusieurs morceaux : {value:.1f} virgules par phrase.",
        "nl": "Zinnen met veel stukken: {value:.1f} komma's per zin.",
    },
    "reason.passives": {
        "en": "Often the text does not say who acts.",
        "fr": "Souvent, le texte ne dit pas qui agit.",
        "nl": "Vaak zegt de tekst niet wie iets doet.",
    },
    "reason.nominal": {
        "en": "Many nouns where an action word would be clearer: {value:.0f} % nouns.",
        "fr": "Beaucoup de noms là où un mot d'action serait plus clair : {value:.0f} % de noms.",
        "nl": "Veel dingwoorden waar een doe-woord duidelijker is: {value:.0f} %.",
    },
    "reason.numbers": {
        "en": "Many numbers or brackets in the sentences.",
        "fr": "Beaucoup de chiffres ou de parenthèses dans les phrases.",
        "nl": "Veel cijfers of haakjes in de zinnen.",
    },
    # report chrome
    "label.score": {"en": "Readability", "fr": "Lisibilité", "nl": "Leesbaarheid"},
    "label.level": {"en": "Level", "fr": "Niveau", "nl": "Niveau"},
    "label.findings": {"en": "Findings", "fr": "Remarques", "nl": "Opmerkingen"},
    "label.no_findings": {
        "en": "No findings.",
        "fr": "Aucune remarque.",
        "nl": "Geen opmerkingen.",
    },
    "label.suggestion": {"en": "Suggestion", "fr": "Proposition", "nl": "Voorstel"},
    "label.why": {"en": "Why", "fr": "Pourquoi", "nl": "Waarom"},
    "label.skipped": {
        "en": "Paragraph {block} was not checked (language: {lang}).",
        "fr": "Le paragraphe {block} n'a pas été vérifié (langue : {lang}).",
        "nl": "Alinea {block} is niet nagekeken (taal: {lang}).",
    },
    "label.what_makes_it_hard": {
        "en": "What makes this text hard",
        "fr": "Ce qui rend ce texte difficile",
        "nl": "Wat deze tekst moeilijk maakt",
    },
    "label.measures": {"en": "Measures", "fr": "Mesures", "nl": "Metingen"},
    "label.summary": {
        "en": "{n} findings: {errors} errors, {warnings} warnings, {suggestions} suggestions.",
        "fr": "{n} remarques : {errors} erreurs, {warnings} avertissements, "
        "{suggestions} suggestions.",
        "nl": "{n} opmerkingen: {errors} fouten, {warnings} waarschuwingen, "
        "{suggestions} suggesties.",
    },
    "label.target": {
        "en": "Target: level B1 or easier.",
        "fr": "Objectif : niveau B1 ou plus facile.",
        "nl": "Doel: niveau B1 of makkelijker.",
    },
    "severity.suggestion": {"en": "suggestion", "fr": "suggestion", "nl": "suggestie"},
    "severity.warning": {"en": "warning", "fr": "attention", "nl": "let op"},
    "severity.error": {"en": "error", "fr": "erreur", "nl": "fout"},
}

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "jargon": {"en": "Difficult word", "fr": "Mot difficile", "nl": "Moeilijk woord"},
    "abbreviation": {"en": "Abbreviation", "fr": "Abréviation", "nl": "Afkorting"},
    "sentence_length": {"en": "Long sentence", "fr": "Phrase longue", "nl": "Lange zin"},
    "paragraph_length": {"en": "Long paragraph", "fr": "Paragraphe long", "nl": "Lange alinea"},
    "passive": {"en": "Who does it?", "fr": "Qui agit ?", "nl": "Wie doet het?"},
    "nominal_style": {"en": "Heavy phrasing", "fr": "Tournure lourde", "nl": "Zware zinsbouw"},
    "impersonal": {"en": "Impersonal", "fr": "Tournure impersonnelle", "nl": "Onpersoonlijk"},
    "formula": {"en": "Old-fashioned phrase", "fr": "Formule ancienne", "nl": "Ouderwetse formule"},
    "rare_word": {"en": "Uncommon word", "fr": "Mot peu courant", "nl": "Weinig gebruikt woord"},
    "readability": {"en": "Hard to read", "fr": "Difficile à lire", "nl": "Moeilijk te lezen"},
    "numbers": {"en": "Many numbers", "fr": "Beaucoup de chiffres", "nl": "Veel cijfers"},
    "parentheses": {"en": "Brackets", "fr": "Parenthèses", "nl": "Haakjes"},
    "enumeration": {"en": "Make a list", "fr": "Faire une liste", "nl": "Maak een lijst"},
    "third_person": {"en": "Say 'you'", "fr": "Dites « vous »", "nl": "Zeg « u »"},
    "negation": {"en": "Say it positively", "fr": "Dites-le en positif", "nl": "Zeg het positief"},
    "word_order": {
        "en": "Words far apart",
        "fr": "Mots trop éloignés",
        "nl": "Woorden ver uit elkaar",
    },
    "capitals": {"en": "Capitals", "fr": "Majuscules", "nl": "Hoofdletters"},
    "long_word": {"en": "Very long word", "fr": "Mot très long", "nl": "Heel lang woord"},
    "other": {"en": "Other", "fr": "Autre", "nl": "Andere"},
}


def ui_lang_from_env() -> str | None:
    """The interface language from SIMPLIFIER_LANG or the locale; None when neither says."""
    for var in ("SIMPLIFIER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")[:2].lower()
        if value in UI_LANGS:
            return value
    return None


def t(key: str, lang: str = "en", **params: object) -> str:
    """The text for `key` in `lang` (falling back to English), with `params` filled in."""
    texts = MESSAGES[key]
    template = texts.get(lang) or texts["en"]
    return template.format(**params) if params else template


def category_label(category: str, lang: str = "en") -> str:
    labels = CATEGORY_LABELS.get(category, CATEGORY_LABELS["other"])
    return labels.get(lang) or labels["en"]
