"""Interface text in French, Dutch and English, in one table.

The language of the interface is the user's choice (not the document's); rule messages are in
the document's language and live in the rule files.
"""

from __future__ import annotations

import os

UI_LANGS = ("fr", "nl", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # organisation settings (simplifier.toml): "<file>: <key>: <problem>"
    "err.settings": {"en": "{key}", "fr": "{key}", "nl": "{key}"},
    "settings.syntax": {
        "en": "not valid TOML ({reason}). Correct the file.",
        "fr": "ce n'est pas du TOML valide ({reason}). Corrigez le fichier.",
        "nl": "dit is geen geldige TOML ({reason}). Verbeter het bestand.",
    },
    "settings.not_utf8": {
        "en": "not UTF-8 text. Save the file as UTF-8.",
        "fr": "ce n'est pas du texte UTF-8. Enregistrez le fichier en UTF-8.",
        "nl": "dit is geen UTF-8-tekst. Bewaar het bestand als UTF-8.",
    },
    "settings.unknown_key": {
        "en": "unknown key. Check its spelling in the README's example.",
        "fr": "clé inconnue. Vérifiez son orthographe dans l'exemple du README.",
        "nl": "onbekende sleutel. Controleer de spelling in het voorbeeld van de README.",
    },
    "settings.whole_number": {
        "en": "must be a whole number",
        "fr": "doit être un nombre entier",
        "nl": "moet een geheel getal zijn",
    },
    "settings.number": {
        "en": "must be a number",
        "fr": "doit être un nombre",
        "nl": "moet een getal zijn",
    },
    "settings.text": {
        "en": "must be text in quotes",
        "fr": "doit être un texte entre guillemets",
        "nl": "moet tekst tussen aanhalingstekens zijn",
    },
    "settings.list": {
        "en": 'must be a list: ["…", "…"]',
        "fr": 'doit être une liste : ["…", "…"]',
        "nl": 'moet een lijst zijn: ["…", "…"]',
    },
    "settings.list_of_text": {
        "en": 'must be a list of rule names: ["FR.Passif"]',
        "fr": 'doit être une liste de noms de règles : ["FR.Passif"]',
        "nl": 'moet een lijst van regelnamen zijn: ["NL.Passief"]',
    },
    "settings.table": {
        "en": "must be a table of keys and values",
        "fr": "doit être une table de clés et de valeurs",
        "nl": "moet een tabel van sleutels en waarden zijn",
    },
    "settings.one_of": {
        "en": "must be one of: {expected}",
        "fr": "doit être l'une de ces valeurs : {expected}",
        "nl": "moet een van deze waarden zijn: {expected}",
    },
    "settings.at_least": {
        "en": "must be at least {limit}",
        "fr": "doit valoir au moins {limit}",
        "nl": "moet minstens {limit} zijn",
    },
    "settings.above": {
        "en": "must be more than {limit}",
        "fr": "doit valoir plus de {limit}",
        "nl": "moet meer dan {limit} zijn",
    },
    "settings.at_most": {
        "en": "must be at most {limit}",
        "fr": "doit valoir au plus {limit}",
        "nl": "mag hoogstens {limit} zijn",
    },
    "settings.below": {
        "en": "must be less than {limit}",
        "fr": "doit valoir moins de {limit}",
        "nl": "moet minder dan {limit} zijn",
    },
    "settings.invalid": {
        "en": "not accepted ({reason})",
        "fr": "valeur refusée ({reason})",
        "nl": "waarde niet aanvaard ({reason})",
    },
    "settings.unknown_rule": {
        "en": "no rule is called '{rule}'. The rule names are the 'id' of the files in rules/fr "
        "and rules/nl, e.g. FR.PhraseLongue.",
        "fr": "aucune règle ne s'appelle '{rule}'. Les noms des règles sont les 'id' des "
        "fichiers de rules/fr et rules/nl, par exemple FR.PhraseLongue.",
        "nl": "geen enkele regel heet '{rule}'. De namen van de regels zijn de 'id' van de "
        "bestanden in rules/fr en rules/nl, bijvoorbeeld NL.LangeZin.",
    },
    "settings.unknown_threshold": {
        "en": "this rule has no such number. It has: {keys}",
        "fr": "cette règle n'a pas ce nombre. Elle a : {keys}",
        "nl": "deze regel heeft dit getal niet. Ze heeft: {keys}",
    },
    "settings.no_folder": {
        "en": "the folder '{folder}' does not exist (folders are relative to the settings file)",
        "fr": "le dossier '{folder}' n'existe pas (les dossiers partent du dossier du fichier "
        "de réglages)",
        "nl": "de map '{folder}' bestaat niet (mappen gaan uit van de map van het "
        "instellingenbestand)",
    },
    "label.target_level": {
        "en": "Target: level {level} or easier.",
        "fr": "Objectif : niveau {level} ou plus facile.",
        "nl": "Doel: niveau {level} of makkelijker.",
    },
    "label.address": {
        "en": "Your organisation addresses the reader with « {address} » ({file}).",
        "fr": "Votre organisation s'adresse au lecteur avec « {address} » ({file}).",
        "nl": "Uw organisatie spreekt de lezer aan met ‘{address}’ ({file}).",
    },
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
    "err.too_many_elements": {
        "en": "the document is made of too many pieces (more than {limit} paragraphs, "
        "pieces of text, table cells and other layout elements). It is refused so that it "
        "cannot block the computer; split it into smaller documents.",
        "fr": "le document est fait de trop de morceaux (plus de {limit} paragraphes, "
        "morceaux de texte, cases de tableau et autres éléments de mise en page). Il est "
        "refusé pour ne pas bloquer l'ordinateur ; coupez-le en plus petits documents.",
        "nl": "het document bestaat uit te veel onderdelen (meer dan {limit} alinea's, "
        "stukjes tekst, tabelcellen en andere opmaakelementen). Het wordt geweigerd zodat het "
        "de computer niet blokkeert; verdeel het in kleinere documenten.",
    },
    "err.too_many_paragraphs": {
        "en": "the document has too many paragraphs to check at once (more than {limit}, "
        "table cells included). Split it into smaller documents.",
        "fr": "le document a trop de paragraphes pour être vérifié en une fois (plus de "
        "{limit}, cases de tableau comprises). Coupez-le en plus petits documents.",
        "nl": "het document heeft te veel alinea's om in één keer na te kijken (meer dan "
        "{limit}, tabelcellen meegeteld). Verdeel het in kleinere documenten.",
    },
    "err.too_long": {
        "en": "the document is too long to check at once (more than {limit} characters, "
        "about {pages} pages). Split it into smaller documents.",
        "fr": "le document est trop long pour être vérifié en une fois (plus de {limit} "
        "caractères, environ {pages} pages). Coupez-le en plus petits documents.",
        "nl": "het document is te lang om in één keer na te kijken (meer dan {limit} tekens, "
        "ongeveer {pages} bladzijden). Verdeel het in kleinere documenten.",
    },
    "err.paragraph_too_long": {
        "en": "one paragraph is too long to check (more than {limit} characters without a "
        "paragraph break). Separate the paragraphs with a blank line in a "
        "text file, or with Enter in Word.",
        "fr": "un paragraphe est trop long pour être vérifié (plus de {limit} caractères sans "
        "changement de paragraphe). Séparez les paragraphes par une ligne "
        "vide dans un fichier texte, ou par Entrée dans Word.",
        "nl": "één alinea is te lang om na te kijken (meer dan {limit} tekens zonder nieuwe "
        "alinea). Scheid de alinea's met een lege regel in een "
        "tekstbestand, of met Enter in Word.",
    },
    "err.too_deep": {
        "en": "the document is nested too deeply: more than {limit} levels of pieces inside "
        "each other ({part}). Word never writes this; it is refused for safety. Copy the "
        "text into a new Word document.",
        "fr": "le document est imbriqué trop profondément : plus de {limit} niveaux de "
        "morceaux les uns dans les autres ({part}). Word n'écrit jamais cela ; il est refusé "
        "par sécurité. Copiez le texte dans un nouveau document Word.",
        "nl": "het document is te diep genest: meer dan {limit} niveaus van onderdelen in "
        "elkaar ({part}). Word schrijft dat nooit; het wordt geweigerd voor de veiligheid. "
        "Kopieer de tekst naar een nieuw Word-document.",
    },
    "err.not_document": {
        "en": "this is neither a Word document (.docx) nor text{what}. Give a .docx file or text.",
        "fr": "ce n'est ni un document Word (.docx) ni du texte{what}. "
        "Donnez un fichier .docx ou du texte.",
        "nl": "dit is geen Word-document (.docx) en geen tekst{what}. "
        "Geef een .docx-bestand of tekst.",
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
        "fr": "les modifications {other} et {id} touchent les mêmes mots. Acceptez-en une seule.",
        "nl": "wijzigingen {other} en {id} raken dezelfde woorden. Aanvaard er maar één.",
    },
    "err.changed_since": {
        "en": "the document changed since it was checked ({where}). Check it again.",
        "fr": "le document a changé depuis la vérification ({where}). Vérifiez-le à nouveau.",
        "nl": "het document is veranderd sinds het nagekeken werd ({where}). Kijk het opnieuw na.",
    },
    "note.check_grammar": {
        "en": "Check the grammar: the word is given in its base form.",
        "fr": "Vérifiez la forme du mot : il est écrit comme dans le dictionnaire.",
        "nl": "Kijk de vorm na: het woord staat er zoals in het woordenboek.",
    },
    "note.check_order": {
        "en": "Check the word order: some words may have to move.",
        "fr": "Vérifiez l'ordre des mots : certains mots doivent peut-être changer de place.",
        "nl": "Kijk de volgorde van de woorden na: sommige woorden moeten misschien op een "
        "andere plaats.",
    },
    "note.check_person": {
        "en": "Check who is meant: the new words speak to the reader.",
        "fr": "Vérifiez de qui on parle : les nouveaux mots parlent au lecteur (« vous »).",
        "nl": "Kijk na over wie het gaat: de nieuwe woorden spreken de lezer aan (‘u’).",
    },
    "note.check_pair": {
        "en": "This word goes with another one in the sentence: change both.",
        "fr": "Ce mot va avec un autre mot de la phrase : changez les deux.",
        "nl": "Dit woord hoort bij een ander woord in de zin: verander ze allebei.",
    },
    "note.check_meaning": {
        "en": "This word can mean several things: choose the one that says the same here.",
        "fr": "Ce mot peut vouloir dire plusieurs choses : choisissez le mot qui dit la "
        "même chose ici.",
        "nl": "Dit woord kan verschillende dingen betekenen: kies het woord dat hier hetzelfde "
        "zegt.",
    },
    "note.check_letterhead": {
        "en": "Check: in the letterhead, this may be the name of a service.",
        "fr": "Vérifiez : en haut de la lettre, c'est peut-être le nom d'un service.",
        "nl": "Kijk na: bovenaan de brief is dit misschien de naam van een dienst.",
    },
    "note.check_grammar_opinion": {
        "en": "Check the sentence: a grammar checker sees a mistake after this change.",
        "fr": "Vérifiez la phrase : après ce changement, un programme qui corrige les "
        "fautes y voit une faute.",
        "nl": "Kijk de zin na: na deze verandering ziet een programma dat fouten zoekt er "
        "een fout in.",
    },
    "note.check_long_explanation": {
        "en": "The explanation is long: check that it helps here, and make it shorter or put "
        "it in a sentence of its own.",
        "fr": "L'explication est longue : vérifiez qu'elle aide ici, et raccourcissez-la ou "
        "mettez-la dans une phrase à part.",
        "nl": "De uitleg is lang: kijk na of hij hier helpt, en maak hem korter of zet hem in "
        "een aparte zin.",
    },
    "note.check_said_already": {
        "en": "Check: the sentence may already say what the word means; then the explanation "
        "is not needed.",
        "fr": "Vérifiez : la phrase dit peut-être déjà ce que le mot veut dire ; alors "
        "l'explication n'est pas utile.",
        "nl": "Kijk na: de zin zegt misschien al wat het woord betekent; dan is de uitleg niet "
        "nodig.",
    },
    "note.check_explanation": {
        "en": "Check that the explanation says what the word means in this letter.",
        "fr": "Vérifiez que l'explication dit ce que le mot veut dire dans cette lettre.",
        "nl": "Kijk na of de uitleg zegt wat het woord in deze brief betekent.",
    },
    "note.check_heading": {
        "en": "Check: this is a heading; the text below may depend on its words.",
        "fr": "Vérifiez : c'est un titre ; le texte en dessous dépend peut-être de ses mots.",
        "nl": "Kijk na: dit is een titel; de tekst eronder hangt misschien van die woorden af.",
    },
    "note.check_brackets": {
        "en": "Check: there is already a bracket or a quotation here. Perhaps explain the "
        "word in a sentence of its own.",
        "fr": "Vérifiez : il y a déjà une parenthèse ( ) ou des guillemets « » ici. "
        "Expliquez peut-être le mot dans une phrase à part.",
        "nl": "Kijk na: hier staat al een haakje ( ) of een aanhalingsteken ‘ ’. Leg het "
        "woord misschien uit in een aparte zin.",
    },
    "note.check_name": {
        "en": "Check: these words may be part of a name (a service, a law, a form).",
        "fr": "Vérifiez : ces mots font peut-être partie d'un nom (un service, une loi, "
        "un formulaire).",
        "nl": "Kijk na: deze woorden horen misschien bij een naam (een dienst, een wet, "
        "een formulier).",
    },
    "note.check_register": {
        "en": "Check: the new words speak to the reader (« vous » / « u »), the rest of the "
        "text does not.",
        "fr": "Vérifiez : les nouveaux mots disent « vous », mais le reste du texte ne dit "
        "pas « vous » au lecteur.",
        "nl": "Kijk na: de nieuwe woorden zeggen ‘u’, maar de rest van de tekst zegt geen "
        "‘u’ tegen de lezer.",
    },
    "note.check_repeat": {
        "en": "Check: the new words repeat words that are right next to them.",
        "fr": "Vérifiez : les nouveaux mots répètent des mots qui sont juste à côté.",
        "nl": "Kijk na: de nieuwe woorden herhalen woorden die er vlak naast staan.",
    },
    "note.check_word": {
        "en": "Check the spelling: one of the new words is not a word we know.",
        "fr": "Vérifiez l'orthographe : un des nouveaux mots n'est pas un mot connu.",
        "nl": "Kijk de spelling na: een van de nieuwe woorden is geen bekend woord.",
    },
    "note.check_contrast": {
        "en": "Check: another term of this paragraph would get the same words. If the text "
        "makes a difference between them, keep it.",
        "fr": "Vérifiez : un autre mot de ce paragraphe serait remplacé par les mêmes mots. "
        "Si le texte fait une différence entre les deux, gardez cette différence.",
        "nl": "Kijk na: een ander woord in deze alinea zou door dezelfde woorden vervangen "
        "worden. Als de tekst een verschil maakt tussen de twee, houd dat verschil.",
    },
    "note.check_notion": {
        "en": "Check that the plain words name the same thing here: a word of the law or of "
        "a service often has a precise meaning.",
        "fr": "Vérifiez que les mots simples disent la même chose ici : un mot de la loi ou "
        "d'un service a souvent un sens précis.",
        "nl": "Kijk na of de eenvoudige woorden hier hetzelfde zeggen: een woord uit de wet "
        "of van een dienst heeft vaak een precieze betekenis.",
    },
    "note.check_place": {
        "en": "Check where the explanation goes: it may cut a group of words. Perhaps put it "
        "after the group, or in a sentence of its own.",
        "fr": "Vérifiez l'endroit de l'explication : elle coupe peut-être un groupe de mots. "
        "Mettez-la après le groupe, ou dans une phrase à part.",
        "nl": "Kijk na waar de uitleg staat: misschien knipt ze een woordgroep in twee. Zet ze "
        "na de groep, of in een aparte zin.",
    },
    "note.check_split_condition": {
        "en": "Check: the sentence has a condition (if…, when…); after the cut, each part "
        "must still say under which condition.",
        "fr": "Vérifiez : la phrase dit dans quel cas (si…, quand…). Après la coupure, "
        "chaque partie doit encore dire dans quel cas.",
        "nl": "Kijk na: de zin zegt in welk geval (als…, wanneer…). Na het knippen moet elk "
        "deel nog zeggen in welk geval.",
    },
    "note.check_split": {
        "en": "Read both sentences again: do they still say the same?",
        "fr": "Relisez les deux phrases : disent-elles toujours la même chose ?",
        "nl": "Lees beide zinnen opnieuw: zeggen ze nog hetzelfde?",
    },
    "note.check_rephrase": {
        "en": "Read the new sentence again: does it still say the same?",
        "fr": "Relisez la nouvelle phrase : dit-elle toujours la même chose ?",
        "nl": "Lees de nieuwe zin opnieuw: zegt hij nog hetzelfde?",
    },
    "status.pending": {"en": "to decide", "fr": "à décider", "nl": "nog te beslissen"},
    "status.accepted": {"en": "accepted", "fr": "accepté", "nl": "aanvaard"},
    "status.edited": {"en": "changed", "fr": "changé", "nl": "aangepast"},
    "status.rejected": {"en": "rejected", "fr": "refusé", "nl": "geweigerd"},
    "log.title": {"en": "Changes", "fr": "Modifications", "nl": "Wijzigingen"},
    "log.summary": {
        "en": "{applied} of {total} changes made",
        "fr": "{applied} modifications faites sur {total}",
        "nl": "{applied} van de {total} wijzigingen gemaakt",
    },
    "log.decision": {"en": "Decision", "fr": "Décision", "nl": "Beslissing"},
    "log.who": {"en": "Who, when", "fr": "Qui, quand", "nl": "Wie, wanneer"},
    "log.change": {"en": "Before / after", "fr": "Avant / après", "nl": "Voor / na"},
    "log.why": {"en": "Why", "fr": "Pourquoi", "nl": "Waarom"},
    "log.comment": {"en": "Comment", "fr": "Commentaire", "nl": "Opmerking"},
    "log.rule": {"en": "Rule", "fr": "Règle", "nl": "Regel"},
    "apply.done": {
        "en": "{count} changes written to {output}.",
        "fr": "{count} modifications écrites dans {output}.",
        "nl": "{count} wijzigingen geschreven in {output}.",
    },
    # the HTTP API (`simplifier serve`): errors sent back as {"error": "<one line>"}
    "api.no_input": {
        "en": "nothing to check. Send a text (JSON with a 'text' field) or a document "
        "(multipart field 'file').",
        "fr": "rien à vérifier. Envoyez un texte (JSON avec un champ 'text') ou un document "
        "(champ multipart 'file').",
        "nl": "niets om na te kijken. Stuur een tekst (JSON met een veld 'text') of een "
        "document (multipart-veld 'file').",
    },
    "api.apply_input": {
        "en": "send the document (multipart field 'file') and its decisions file "
        "(field 'decisions').",
        "fr": "envoyez le document (champ multipart 'file') et son fichier de décisions "
        "(champ 'decisions').",
        "nl": "stuur het document (multipart-veld 'file') en zijn beslissingenbestand "
        "(veld 'decisions').",
    },
    "api.bad_option": {
        "en": "'{name}' must be one of: {choices}.",
        "fr": "'{name}' doit être l'un de : {choices}.",
        "nl": "'{name}' moet een van deze zijn: {choices}.",
    },
    "api.bad_request": {
        "en": "the request cannot be read ({problem}). Check its format against /docs.",
        "fr": "la demande ne peut pas être lue ({problem}). Comparez son format avec /docs.",
        "nl": "het verzoek kan niet gelezen worden ({problem}). Vergelijk het formaat met /docs.",
    },
    "api.unauthorized": {
        "en": "this server needs an API token: send 'Authorization: Bearer <token>'. "
        "Ask the person who manages the accounts for one.",
        "fr": "ce serveur demande un jeton d'API : envoyez 'Authorization: Bearer <jeton>'. "
        "Demandez-en un à la personne qui gère les comptes.",
        "nl": "deze server vraagt een API-token: stuur 'Authorization: Bearer <token>'. "
        "Vraag er een aan de persoon die de accounts beheert.",
    },
    "api.internal": {
        "en": "something went wrong on the server; nothing was kept. Try again, or tell the "
        "person who runs the server.",
        "fr": "un problème est survenu sur le serveur ; rien n'a été gardé. Réessayez, ou "
        "prévenez la personne qui gère le serveur.",
        "nl": "er ging iets mis op de server; er werd niets bewaard. Probeer opnieuw, of meld "
        "het aan de persoon die de server beheert.",
    },
    "serve.needs_accounts": {
        "en": "to listen on {host}, give an accounts file with API tokens (--accounts FILE); "
        "without one the server only listens on 127.0.0.1.",
        "fr": "pour écouter sur {host}, donnez un fichier de comptes avec des jetons d'API "
        "(--accounts FICHIER) ; sans lui, le serveur n'écoute que sur 127.0.0.1.",
        "nl": "om op {host} te luisteren, geef een accountbestand met API-tokens "
        "(--accounts BESTAND); zonder dat luistert de server alleen op 127.0.0.1.",
    },
    "serve.no_tokens": {
        "en": "{path} holds no API token, so every request would be refused. Add one made by "
        "`python -m simplifier.api.tokens`.",
        "fr": "{path} ne contient aucun jeton d'API : toutes les demandes seraient refusées. "
        "Ajoutez-en un créé par `python -m simplifier.api.tokens`.",
        "nl": "{path} bevat geen API-token, dus elk verzoek zou geweigerd worden. Voeg er een "
        "toe, gemaakt met `python -m simplifier.api.tokens`.",
    },
    "glossary.title": {"en": "Difficult words", "fr": "Mots difficiles", "nl": "Moeilijke woorden"},
    "app.title": {
        "en": "Simplifier – review letters",
        "fr": "Simplifier – relire les lettres",
        "nl": "Simplifier – brieven nalezen",
    },
    "app.language": {"en": "Language", "fr": "Langue", "nl": "Taal"},
    "app.your_name": {"en": "Your name", "fr": "Votre nom", "nl": "Uw naam"},
    "app.name_needed": {
        "en": "Write your name first, at the top of the page.",
        "fr": "Écrivez d'abord votre nom, en haut de la page.",
        "nl": "Schrijf eerst uw naam, bovenaan de pagina.",
    },
    "app.start": {"en": "My letters", "fr": "Mes lettres", "nl": "Mijn brieven"},
    "app.new": {
        "en": "Check a new letter",
        "fr": "Vérifier une nouvelle lettre",
        "nl": "Een nieuwe brief nakijken",
    },
    "app.upload": {
        "en": "Choose a file (.docx or .txt)",
        "fr": "Choisissez un fichier Word (.docx) ou texte (.txt)",
        "nl": "Kies een Word-bestand (.docx) of tekstbestand (.txt)",
    },
    "app.paste": {
        "en": "Or paste the text here",
        "fr": "Ou collez le texte ici",
        "nl": "Of plak de tekst hier",
    },
    "app.check": {
        "en": "Check this letter",
        "fr": "Vérifier cette lettre",
        "nl": "Deze brief nakijken",
    },
    "app.nothing": {
        "en": "Choose a file or paste a text.",
        "fr": "Choisissez un fichier ou collez un texte.",
        "nl": "Kies een bestand of plak een tekst.",
    },
    "app.reviews": {
        "en": "Letters already started",
        "fr": "Lettres déjà commencées",
        "nl": "Brieven die al begonnen zijn",
    },
    "app.no_reviews": {
        "en": "No letter yet.",
        "fr": "Pas encore de lettre.",
        "nl": "Nog geen brief.",
    },
    "app.open": {"en": "Open", "fr": "Ouvrir", "nl": "Openen"},
    "app.review_line": {
        "en": "{document} – {reviewer} – {date} – {done} of {total} decided",
        "fr": "{document} – {reviewer} – {date} – déjà décidé : {done} sur {total}",
        "nl": "{document} – {reviewer} – {date} – al beslist: {done} van {total}",
    },
    "app.progress": {
        "en": "{done} of {total} decided",
        "fr": "Déjà décidé : {done} sur {total}",
        "nl": "Al beslist: {done} van {total}",
    },
    "app.score_before": {"en": "Score before", "fr": "Score avant", "nl": "Score vooraf"},
    "app.score_after": {
        "en": "Score with your changes",
        "fr": "Score avec vos changements",
        "nl": "Score met uw wijzigingen",
    },
    "app.score_help": {
        "en": "From 0 (very hard) to 100 (very easy). Level B1 is the usual goal.",
        "fr": "De 0 (très difficile) à 100 (très facile). En général, on vise le niveau B1 : "
        "la plupart des adultes le comprennent.",
        "nl": "Van 0 (heel moeilijk) tot 100 (heel makkelijk). Meestal is niveau B1 het doel: "
        "de meeste volwassenen begrijpen dat.",
    },
    "app.hard": {
        "en": "What makes this letter hard",
        "fr": "Ce qui rend cette lettre difficile",
        "nl": "Wat deze brief moeilijk maakt",
    },
    "app.letter": {"en": "The letter", "fr": "La lettre", "nl": "De brief"},
    "app.suggestion": {
        "en": "Suggestion {n} of {total}",
        "fr": "Proposition {n} sur {total}",
        "nl": "Voorstel {n} van {total}",
    },
    "app.was": {"en": "Now:", "fr": "Maintenant :", "nl": "Nu:"},
    "app.becomes": {"en": "Proposal:", "fr": "Proposition :", "nl": "Voorstel:"},
    "app.in_sentence": {"en": "The sentence:", "fr": "La phrase :", "nl": "De zin:"},
    "app.status": {
        "en": "Decision: {status}",
        "fr": "Décision : {status}",
        "nl": "Beslissing: {status}",
    },
    "app.accept": {"en": "Accept", "fr": "Accepter", "nl": "Aanvaarden"},
    "app.reject": {"en": "Reject", "fr": "Refuser", "nl": "Weigeren"},
    "app.edit_label": {"en": "Your version", "fr": "Votre version", "nl": "Uw versie"},
    "app.save_edit": {
        "en": "Use my version",
        "fr": "Choisir ma version",
        "nl": "Mijn versie gebruiken",
    },
    "app.comment_label": {
        "en": "Comment (optional)",
        "fr": "Commentaire (si vous voulez)",
        "nl": "Opmerking (als u wilt)",
    },
    "app.save_comment": {
        "en": "Save the comment",
        "fr": "Enregistrer le commentaire",
        "nl": "Opmerking bewaren",
    },
    "app.places": {
        "en": "These words come back {n} times in the letter: Accept or Refuse counts for "
        "every time (below, one by one).",
        "fr": "Ces mots sont {n} fois dans la lettre. Accepter ou Refuser vaut pour toutes "
        "les fois. Pour choisir endroit par endroit, regardez plus bas.",
        "nl": "Deze woorden staan {n} keer in de brief. Aanvaarden of Weigeren geldt voor "
        "elke keer. Wilt u een voor een kiezen? Kijk dan hieronder.",
    },
    "app.place_by_place": {
        "en": "Decide place by place",
        "fr": "Choisir endroit par endroit",
        "nl": "Een voor een beslissen",
    },
    "app.also": {
        "en": "Also in this sentence:",
        "fr": "Aussi dans cette phrase :",
        "nl": "Ook in deze zin:",
    },
    "app.undo": {"en": "Undo", "fr": "Annuler", "nl": "Ongedaan maken"},
    "app.delete": {"en": "🗑 Delete", "fr": "🗑 Supprimer", "nl": "🗑 Verwijderen"},
    "app.delete_ask": {
        "en": "Delete « {document} » and all its decisions?",
        "fr": "Supprimer « {document} » et toutes ses décisions ?",
        "nl": "‘{document}’ en al zijn beslissingen verwijderen?",
    },
    "app.delete_yes": {
        "en": "Yes, delete",
        "fr": "Oui, supprimer",
        "nl": "Ja, verwijderen",
    },
    "app.delete_no": {"en": "No, keep it", "fr": "Non, garder", "nl": "Nee, houden"},
    "app.deleted": {
        "en": "« {document} » is deleted. You can still bring it back for {minutes} minutes.",
        "fr": "La lettre « {document} » est supprimée. Vous pouvez encore la récupérer "
        "pendant {minutes} minutes.",
        "nl": "De brief ‘{document}’ is verwijderd. U kunt hem nog {minutes} minuten terughalen.",
    },
    "app.restore": {"en": "Bring it back", "fr": "Récupérer la lettre", "nl": "Terughalen"},
    "app.restored": {
        "en": "The letter is back.",
        "fr": "La lettre est revenue.",
        "nl": "De brief is terug.",
    },
    "app.restore_late": {
        "en": "Too late: the letter is deleted for good.",
        "fr": "Trop tard : la lettre est supprimée pour de bon.",
        "nl": "Te laat: de brief is voorgoed verwijderd.",
    },
    "app.paragraph": {"en": "Go to paragraph", "fr": "Aller au paragraphe", "nl": "Naar alinea"},
    "app.previous": {"en": "Previous", "fr": "Précédente", "nl": "Vorige"},
    "app.next": {"en": "Next", "fr": "Suivante", "nl": "Volgende"},
    "app.all_done": {
        "en": "Everything is decided. You can download the letter below.",
        "fr": "Tout est décidé. Vous pouvez télécharger la lettre plus bas.",
        "nl": "Alles is beslist. U kunt de brief hieronder downloaden.",
    },
    "app.hint_only": {
        "en": "No ready-made change here: write your own version if you want.",
        "fr": "Pas de changement tout prêt ici : écrivez votre version si vous voulez.",
        "nl": "Hier is geen kant-en-klare wijziging: schrijf uw eigen versie als u wilt.",
    },
    "app.not_sure": {
        "en": "Check this proposal:",
        "fr": "Vérifiez cette proposition :",
        "nl": "Kijk dit voorstel na:",
    },
    "app.conflict": {
        "en": "{who} already changed these words: «{original}» becomes «{text}». "
        "Undo that change first, or keep it.",
        "fr": "{who} a déjà changé ces mots : « {original} » devient « {text} ». "
        "Annulez d'abord ce changement, ou gardez-le.",
        "nl": "{who} heeft deze woorden al veranderd: ‘{original}’ wordt ‘{text}’. "
        "Maak die wijziging eerst ongedaan, of houd ze.",
    },
    "app.taken": {
        "en": "{who} decided this suggestion in the meantime ({status}). "
        "Their decision is shown; you can still change it.",
        "fr": "Entre-temps, {who} a décidé pour cette proposition ({status}). "
        "Vous voyez sa décision ; vous pouvez encore la changer.",
        "nl": "{who} heeft intussen over dit voorstel beslist ({status}). "
        "U ziet nu die beslissing; u kunt ze nog veranderen.",
    },
    "app.withdrawn": {
        "en": "Someone took back this decision in the meantime. Look at it again.",
        "fr": "Entre-temps, quelqu'un a annulé cette décision. Regardez-la à nouveau.",
        "nl": "Iemand heeft deze beslissing intussen ongedaan gemaakt. Bekijk ze opnieuw.",
    },
    "app.undo_refused": {
        "en": "{who} changed this decision since ({status}): your change is not undone.",
        "fr": "Entre-temps, {who} a changé cette décision ({status}) : votre changement "
        "n'est donc pas annulé.",
        "nl": "{who} heeft deze beslissing intussen veranderd ({status}): uw wijziging "
        "is dus niet ongedaan gemaakt.",
    },
    "app.not_saved": {
        "en": "Not saved: the database does not answer. Your choice is still here: "
        "try again in a moment.",
        "fr": "Pas enregistré : l'ordinateur qui garde les lettres ne répond pas. Votre "
        "choix est encore ici : réessayez dans un instant.",
        "nl": "Niet bewaard: de computer met de brieven antwoordt niet. Uw keuze staat er "
        "nog: probeer het zo meteen opnieuw.",
    },
    "app.store_down": {
        "en": "The database does not answer. Nothing is lost: reload the page in a moment.",
        "fr": "L'ordinateur qui garde les lettres ne répond pas. Rien n'est perdu : "
        "rechargez la page dans un instant.",
        "nl": "De computer met de brieven antwoordt niet. Er gaat niets verloren: laad de "
        "pagina zo meteen opnieuw.",
    },
    "app.store_stale": {
        "en": "The database does not answer: what you see may not be up to date, and "
        "nothing can be saved for now.",
        "fr": "L'ordinateur qui garde les lettres ne répond pas. Ce que vous voyez n'est "
        "peut-être plus à jour. Pour l'instant, rien ne peut être enregistré.",
        "nl": "De computer met de brieven antwoordt niet. Wat u ziet, is misschien niet het "
        "nieuwste. Voorlopig kan er niets bewaard worden.",
    },
    "app.others_decided": {
        "en": "{who} decided {n} suggestion(s) in the meantime.",
        "fr": "Entre-temps, {who} a décidé pour {n} proposition(s).",
        "nl": "{who} heeft intussen over {n} voorstel(len) beslist.",
    },
    "app.in_conflict": {
        "en": "This decision clashes with the one of {who} («{original}» becomes «{text}»): "
        "only that one counts. Change one of the two.",
        "fr": "Cette décision ne va pas avec celle de {who} (« {original} » devient "
        "« {text} ») : seule la décision de {who} compte. Changez l'une des deux.",
        "nl": "Deze beslissing botst met die van {who} (‘{original}’ wordt ‘{text}’): "
        "alleen die van {who} telt. Verander een van de twee.",
    },
    "app.conflicts_found": {
        "en": "{n} decision(s) clash with another one (saved by an older version) and are "
        "not applied. See suggestion(s) {numbers}.",
        "fr": "{n} décision(s) ne vont pas avec une autre décision et ne comptent pas "
        "(elles viennent d'une ancienne version du programme). Regardez la ou les "
        "propositions {numbers}.",
        "nl": "{n} beslissing(en) botsen met een andere beslissing en tellen niet mee "
        "(ze komen van een oudere versie van het programma). Kijk naar voorstel(len) "
        "{numbers}.",
    },
    "app.mark_title": {
        "en": "I don't understand this",
        "fr": "Je ne comprends pas",
        "nl": "Ik begrijp dit niet",
    },
    "app.mark_words": {
        "en": "Hard words or passage",
        "fr": "Mots ou bout de texte difficiles",
        "nl": "Moeilijke woorden of stuk tekst",
    },
    "app.mark_comment": {
        "en": "Why is it hard? (optional)",
        "fr": "Pourquoi est-ce difficile ? (si vous voulez)",
        "nl": "Waarom is het moeilijk? (als u wilt)",
    },
    "app.mark_save": {
        "en": "Send to the word list team",
        "fr": "Envoyer à l'équipe des listes de mots",
        "nl": "Naar het team van de woordenlijsten sturen",
    },
    "app.marked": {
        "en": "Thank you. The words are on the list of proposals.",
        "fr": "Merci. Vos mots sont sur la liste « Mots que des personnes n'ont pas compris ».",
        "nl": "Dank u. Uw woorden staan nu op de lijst ‘Woorden die mensen niet begrepen’.",
    },
    "app.downloads": {"en": "Download", "fr": "Télécharger", "nl": "Downloaden"},
    "app.prepare": {
        "en": "Prepare the files",
        "fr": "Préparer les fichiers",
        "nl": "De bestanden klaarmaken",
    },
    "app.glossary_option": {
        "en": "Put explanations in a 'difficult words' box at the end",
        "fr": "Mettre les explications dans un cadre « mots difficiles » à la fin",
        "nl": "De uitleg in een kader ‘moeilijke woorden’ op het einde zetten",
    },
    "app.download_tracked": {
        "en": "Letter with changes to check (Word)",
        "fr": "Lettre avec les changements à vérifier (Word)",
        "nl": "Brief met na te kijken wijzigingen (Word)",
    },
    "app.download_clean": {
        "en": "Letter with the changes made",
        "fr": "Lettre avec les changements faits",
        "nl": "Brief met de wijzigingen erin",
    },
    "app.download_log_csv": {
        "en": "List of changes (spreadsheet)",
        "fr": "Liste des changements (tableau)",
        "nl": "Lijst van wijzigingen (tabel)",
    },
    "app.download_log_html": {
        "en": "List of changes (web page)",
        "fr": "Liste des changements (page web)",
        "nl": "Lijst van wijzigingen (webpagina)",
    },
    "app.download_decisions": {
        "en": "Your decisions, to use them again later (for the IT team)",
        "fr": "Vos décisions, pour les réutiliser plus tard (pour le service informatique)",
        "nl": "Uw beslissingen, om ze later opnieuw te gebruiken (voor de informaticadienst)",
    },
    "app.proposals": {
        "en": "Words people did not understand",
        "fr": "Mots que des personnes n'ont pas compris",
        "nl": "Woorden die mensen niet begrepen",
    },
    "app.proposals_none": {
        "en": "No proposal yet.",
        "fr": "Pas encore de mots.",
        "nl": "Nog geen woorden.",
    },
    "app.proposals_export": {
        "en": "Download the list for the word list team",
        "fr": "Télécharger la liste pour l'équipe des listes de mots",
        "nl": "De lijst downloaden voor het team van de woordenlijsten",
    },
    "app.sign_in": {"en": "Sign in", "fr": "Se connecter", "nl": "Aanmelden"},
    "app.user": {"en": "User name", "fr": "Nom d'utilisateur", "nl": "Gebruikersnaam"},
    "app.password": {"en": "Password", "fr": "Mot de passe", "nl": "Wachtwoord"},
    "app.sign_in_failed": {
        "en": "Wrong user name or password.",
        "fr": "Nom d'utilisateur ou mot de passe incorrect.",
        "nl": "Verkeerde gebruikersnaam of wachtwoord.",
    },
    "app.sign_in_wait": {
        "en": "Too many attempts. Try again after {time}.",
        "fr": "Trop d'essais. Réessayez après {time}.",
        "nl": "Te veel pogingen. Probeer opnieuw na {time}.",
    },
    "app.sign_in_locked": {
        "en": "Too many attempts. Try again after {time}. If it was not you, tell the person "
        "who manages the accounts.",
        "fr": "Trop d'essais. Réessayez après {time}. Si ce n'était pas vous, prévenez la "
        "personne qui gère les comptes.",
        "nl": "Te veel pogingen. Probeer opnieuw na {time}. Was u het niet? Meld het dan aan "
        "de persoon die de wachtwoorden beheert.",
    },
    "app.sign_out": {"en": "Sign out", "fr": "Se déconnecter", "nl": "Afmelden"},
    "app.back": {
        "en": "Back to my letters",
        "fr": "Retour à mes lettres",
        "nl": "Terug naar mijn brieven",
    },
    "app.not_allowed": {
        "en": "This letter does not exist or belongs to another team.",
        "fr": "Cette lettre n'existe pas ou appartient à une autre équipe.",
        "nl": "Deze brief bestaat niet of hoort bij een ander team.",
    },
    "app.too_large": {
        "en": "The file is too large ({size} MB, maximum {limit} MB).",
        "fr": "Le fichier est trop grand ({size} Mo, maximum {limit} Mo).",
        "nl": "Het bestand is te groot ({size} MB, maximum {limit} MB).",
    },
    "app.privacy": {
        "en": "Letters stay on this computer and are deleted after {days} days.",
        "fr": "Les lettres restent sur cet ordinateur et sont effacées après {days} jours.",
        "nl": "De brieven blijven op deze computer en worden na {days} dagen gewist.",
    },
    "app.comment_saved": {
        "en": "Comment saved.",
        "fr": "Commentaire enregistré.",
        "nl": "Opmerking bewaard.",
    },
    "app.draft_kept": {
        "en": "Not saved yet: your text stays here until you choose.",
        "fr": "Pas encore enregistré : votre texte reste ici jusqu'à votre choix.",
        "nl": "Nog niet bewaard: uw tekst blijft hier tot u kiest.",
    },
    "app.saved": {
        "en": "Saved: {status}.",
        "fr": "Enregistré : {status}.",
        "nl": "Bewaard: {status}.",
    },
    "app.preparing": {
        "en": "One moment: the language tools are getting ready (the first time only).",
        "fr": "Un instant : le programme se prépare (seulement la première fois).",
        "nl": "Even geduld: het programma maakt zich klaar (alleen de eerste keer).",
    },
    "app.reading": {
        "en": "Reading the letter…",
        "fr": "Le programme lit la lettre…",
        "nl": "Het programma leest de brief…",
    },
    "app.score_line": {
        "en": "Score {before} out of 100, level {level_before}. With your changes: {after}, "
        "level {level_after}.",
        "fr": "Score {before} sur 100, niveau {level_before}. Avec vos changements : {after}, "
        "niveau {level_after}.",
        "nl": "Score {before} op 100, niveau {level_before}. Met uw wijzigingen: {after}, "
        "niveau {level_after}.",
    },
    "app.skip_notes": {
        "en": "Skip the remarks without a ready change",
        "fr": "Passer les remarques sans changement tout prêt",
        "nl": "De opmerkingen zonder kant-en-klare wijziging overslaan",
    },
    "app.reviewer_line": {
        "en": "Reviewer: {name}",
        "fr": "Relu par : {name}",
        "nl": "Nagelezen door: {name}",
    },
    "app.pasted_name": {"en": "text.txt", "fr": "texte-colle.txt", "nl": "geplakte-tekst.txt"},
    "app.file_tracked": {
        "en": "{stem}-changes-to-check{suffix}",
        "fr": "{stem}-changements-a-verifier{suffix}",
        "nl": "{stem}-na-te-kijken{suffix}",
    },
    "app.file_clean": {
        "en": "{stem}-simple{suffix}",
        "fr": "{stem}-version-simple{suffix}",
        "nl": "{stem}-eenvoudige-versie{suffix}",
    },
    "app.file_log": {
        "en": "{stem}-list-of-changes{suffix}",
        "fr": "{stem}-liste-des-changements{suffix}",
        "nl": "{stem}-lijst-van-wijzigingen{suffix}",
    },
    "app.file_decisions": {
        "en": "{stem}-decisions{suffix}",
        "fr": "{stem}-decisions{suffix}",
        "nl": "{stem}-beslissingen{suffix}",
    },
    "app.legend_pending": {
        "en": "coloured: to decide",
        "fr": "en couleur : à décider",
        "nl": "in kleur: te beslissen",
    },
    "app.legend_accepted": {
        "en": "✓ underlined: accepted",
        "fr": "✓ souligné : accepté",
        "nl": "✓ onderlijnd: aanvaard",
    },
    "app.legend_rejected": {
        "en": "✗ no colour: refused",
        "fr": "✗ sans couleur : refusé",
        "nl": "✗ zonder kleur: geweigerd",
    },
    "app.legend_current": {
        "en": "blue frame: the suggestion shown",
        "fr": "cadre bleu : la proposition que vous voyez",
        "nl": "blauw kader: het voorstel dat u nu ziet",
    },
    "widget.drop": {
        "en": "Drag and drop the file here",
        "fr": "Glissez le fichier ici",
        "nl": "Sleep het bestand hierheen",
    },
    "widget.limit": {
        "en": "{n} MB at most",
        "fr": "{n} Mo au maximum",
        "nl": "Maximaal {n} MB",
    },
    "widget.browse": {"en": "Choose a file", "fr": "Choisir un fichier", "nl": "Kies een bestand"},
    "widget.skip": {
        "en": "Go to the page's content",
        "fr": "Aller au contenu de la page",
        "nl": "Naar de inhoud van de pagina",
    },
    "widget.running": {"en": "One moment…", "fr": "Un instant…", "nl": "Even geduld…"},
    "widget.stop": {"en": "Stop", "fr": "Arrêter", "nl": "Stoppen"},
    "widget.connecting": {"en": "Connecting…", "fr": "Connexion…", "nl": "Verbinding maken…"},
    "widget.wait": {"en": "One moment…", "fr": "Un instant…", "nl": "Even geduld…"},
    "widget.close": {"en": "Close", "fr": "Fermer", "nl": "Sluiten"},
    "widget.remove_file": {
        "en": "Remove the file",
        "fr": "Retirer le fichier",
        "nl": "Het bestand weghalen",
    },
    "widget.clear": {"en": "Clear", "fr": "Effacer", "nl": "Wissen"},
    "widget.show_password": {
        "en": "Show the password",
        "fr": "Montrer le mot de passe",
        "nl": "Het wachtwoord tonen",
    },
    "widget.hide_password": {
        "en": "Hide the password",
        "fr": "Cacher le mot de passe",
        "nl": "Het wachtwoord verbergen",
    },
    "widget.open": {"en": "Open", "fr": "Ouvrir", "nl": "Openen"},
    "widget.help": {"en": "Help", "fr": "Aide", "nl": "Hulp"},
    "what.pdf": {"en": " (it is a PDF)", "fr": " (c'est un PDF)", "nl": " (het is een pdf)"},
    "what.rtf": {
        "en": " (it is an RTF file)",
        "fr": " (c'est un fichier RTF)",
        "nl": " (het is een RTF-bestand)",
    },
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
    "reason.longest_sentence": {
        "en": "One sentence has {value:.0f} words: readers meet it whatever the average.",
        "fr": "Une phrase compte {value:.0f} mots : le lecteur la rencontre, quelle que soit "
        "la moyenne.",
        "nl": "Eén zin telt {value:.0f} woorden: de lezer komt hem tegen, wat het gemiddelde "
        "ook is.",
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
        "en": "Sentences with many parts: {commas} per sentence.",
        "fr": "Des phrases en plusieurs morceaux : {commas} par phrase.",
        "nl": "Zinnen met veel stukken: {commas} per zin.",
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
    # the measures in the report's "Measures" list: what each figure counts, in plain words
    "measure.words": {"en": "Words", "fr": "Mots", "nl": "Woorden"},
    "measure.sentences": {"en": "Sentences", "fr": "Phrases", "nl": "Zinnen"},
    "measure.words_per_sentence": {
        "en": "Words per sentence, on average",
        "fr": "Mots par phrase, en moyenne",
        "nl": "Woorden per zin, gemiddeld",
    },
    "measure.longest_sentence": {
        "en": "Words in the longest sentence",
        "fr": "Mots dans la phrase la plus longue",
        "nl": "Woorden in de langste zin",
    },
    "measure.long_sentence_word_share": {
        "en": "Words that stand in a long sentence (more than 20 words)",
        "fr": "Mots qui sont dans une longue phrase (plus de 20 mots)",
        "nl": "Woorden die in een lange zin staan (meer dan 20 woorden)",
    },
    "measure.syllables_per_word": {
        "en": "Syllables per word, on average",
        "fr": "Syllabes par mot, en moyenne",
        "nl": "Lettergrepen per woord, gemiddeld",
    },
    "measure.letters_per_word": {
        "en": "Letters per word, on average",
        "fr": "Lettres par mot, en moyenne",
        "nl": "Letters per woord, gemiddeld",
    },
    "measure.long_word_share": {
        "en": "Long words (more than 6 letters)",
        "fr": "Mots longs (plus de 6 lettres)",
        "nl": "Lange woorden (meer dan 6 letters)",
    },
    "measure.polysyllable_share": {
        "en": "Words of 4 syllables or more",
        "fr": "Mots de 4 syllabes ou plus",
        "nl": "Woorden van 4 lettergrepen of meer",
    },
    "measure.uncommon_word_share": {
        "en": "Uncommon words",
        "fr": "Mots peu courants",
        "nl": "Weinig gebruikte woorden",
    },
    "measure.rare_word_share": {
        "en": "Rare words (most readers do not know them)",
        "fr": "Mots rares (la plupart des lecteurs ne les connaissent pas)",
        "nl": "Zeldzame woorden (de meeste lezers kennen ze niet)",
    },
    "measure.mean_zipf": {
        "en": "How common the words are, from 1 to 7 (7: very common)",
        "fr": "Les mots sont-ils courants ? De 1 à 7 (7 : très courants)",
        "nl": "Hoe gewoon zijn de woorden? Van 1 tot 7 (7: heel gewoon)",
    },
    "measure.content_word_zipf": {
        "en": "How common the words that carry the meaning are, from 1 to 7 (7: very common)",
        "fr": "Les mots qui portent le sens sont-ils courants ? De 1 à 7 (7 : très courants)",
        "nl": "Hoe gewoon zijn de woorden die de inhoud dragen? Van 1 tot 7 (7: heel gewoon)",
    },
    "measure.jargon_per_word": {
        "en": "Difficult words and old-fashioned phrases",
        "fr": "Mots difficiles et formules anciennes",
        "nl": "Moeilijke woorden en ouderwetse formules",
    },
    "measure.abbreviations_per_word": {
        "en": "Abbreviations",
        "fr": "Abréviations",
        "nl": "Afkortingen",
    },
    "measure.commas_per_sentence": {
        "en": "Commas per sentence",
        "fr": "Virgules par phrase",
        "nl": "Komma's per zin",
    },
    "measure.subordinates_per_sentence": {
        "en": "Sentences inside the sentence (who, that, because…), per sentence",
        "fr": "Petites phrases dans la phrase (qui, que, parce que…), par phrase",
        "nl": "Bijzinnen (die, dat, omdat…), per zin",
    },
    "measure.verbs_per_sentence": {
        "en": "Verbs per sentence",
        "fr": "Verbes par phrase",
        "nl": "Werkwoorden per zin",
    },
    "measure.depth_per_sentence": {
        "en": "Parts of a sentence inside each other, on average",
        "fr": "Parties de phrase emboîtées les unes dans les autres, en moyenne",
        "nl": "Zinsdelen die in elkaar zitten, gemiddeld",
    },
    "measure.dependency_length_per_word": {
        "en": "Distance between words that go together, in words",
        "fr": "Distance entre les mots qui vont ensemble, en mots",
        "nl": "Afstand tussen woorden die bij elkaar horen, in woorden",
    },
    "measure.passives_per_sentence": {
        "en": "Passive forms (who does it?), per sentence",
        "fr": "Formes passives (qui agit ?), par phrase",
        "nl": "Lijdende vorm (wie doet het?), per zin",
    },
    "measure.nominal_per_sentence": {
        "en": "Heavy or impersonal phrasing, per sentence",
        "fr": "Tournures lourdes ou impersonnelles, par phrase",
        "nl": "Zware of onpersoonlijke zinnen, per zin",
    },
    "measure.negations_per_sentence": {
        "en": "Negations (not, never…), per sentence",
        "fr": "Négations (ne… pas, jamais…), par phrase",
        "nl": "Ontkenningen (niet, geen, nooit…), per zin",
    },
    "measure.numbers_per_sentence": {
        "en": "Numbers per sentence",
        "fr": "Nombres par phrase",
        "nl": "Getallen per zin",
    },
    "measure.parentheses_per_sentence": {
        "en": "Brackets per sentence",
        "fr": "Parenthèses par phrase",
        "nl": "Haakjes per zin",
    },
    "measure.noun_share": {
        "en": "Nouns, among all words",
        "fr": "Noms, parmi tous les mots",
        "nl": "Dingwoorden, van alle woorden",
    },
    "measure.lexical_density": {
        "en": "Words that carry the meaning (nouns, verbs, adjectives)",
        "fr": "Mots qui portent le sens (noms, verbes, adjectifs)",
        "nl": "Woorden die de inhoud dragen (dingwoorden, werkwoorden, bijvoeglijke naamwoorden)",
    },
    "measure.proper_noun_share": {
        "en": "Names (of people, places, services)",
        "fr": "Noms propres (de personnes, de lieux, de services)",
        "nl": "Namen (van personen, plaatsen, diensten)",
    },
    "measure.lix": {
        "en": "LIX index: long sentences and long words (lower is easier)",
        "fr": "Indice LIX : phrases longues et mots longs (plus bas = plus facile)",
        "nl": "LIX-index: lange zinnen en lange woorden (lager = makkelijker)",
    },
    "measure.kandel_moles": {
        "en": "Kandel and Moles formula (higher is easier)",
        "fr": "Formule de Kandel et Moles (plus haut = plus facile)",
        "nl": "Formule van Kandel en Moles (hoger = makkelijker)",
    },
    "measure.flesch_douma": {
        "en": "Flesch-Douma formula (higher is easier)",
        "fr": "Formule de Flesch-Douma (plus haut = plus facile)",
        "nl": "Formule van Flesch-Douma (hoger = makkelijker)",
    },
    # the counts are written by `counted` ("1 erreur", "3 erreurs")
    "label.summary": {
        "en": "{n}: {errors}, {warnings}, {suggestions}.",
        "fr": "{n} : {errors}, {warnings}, {suggestions}.",
        "nl": "{n}: {errors}, {warnings}, {suggestions}.",
    },
    "label.items": {
        "en": "{n} to look at, {ready} of them with a ready change.",
        "fr": "{n} à revoir, dont {ready} avec un changement prêt.",
        "nl": "{n} om na te kijken, waarvan {ready} met een klare wijziging.",
    },
    "label.measures_head": {"en": "Measures:", "fr": "Mesures :", "nl": "Metingen:"},
    "label.measure_row": {
        "en": "  {name}: {value}",
        "fr": "  {name} : {value}",
        "nl": "  {name}: {value}",
    },
    "label.places": {
        "en": "{n} times in the text: lines {lines}",
        "fr": "{n} fois dans le texte : lignes {lines}",
        "nl": "{n} keer in de tekst: regels {lines}",
    },
    # what each level means for the people who get the letter (plain words, no figures we
    # could not justify)
    "level.A1": {
        "en": "very easy: almost everyone understands it",
        "fr": "très facile : presque tout le monde comprend",
        "nl": "heel makkelijk: bijna iedereen begrijpt het",
    },
    "level.A2": {
        "en": "easy: most readers understand it",
        "fr": "facile : la plupart des lecteurs comprennent",
        "nl": "makkelijk: de meeste lezers begrijpen het",
    },
    "level.B1": {
        "en": "plain: the level to aim for, most adults can follow it",
        "fr": "simple : c'est le but, la plupart des adultes comprennent",
        "nl": "eenvoudig: dit is het doel, de meeste volwassenen begrijpen het",
    },
    "level.B2": {
        "en": "hard for many readers",
        "fr": "difficile pour beaucoup de lecteurs",
        "nl": "moeilijk voor veel lezers",
    },
    "level.C1": {
        "en": "very hard: only practised readers follow it",
        "fr": "très difficile : seulement pour les personnes qui lisent beaucoup",
        "nl": "heel moeilijk: alleen voor mensen die veel lezen",
    },
    "level.C2": {
        "en": "extremely hard: written for specialists",
        "fr": "très, très difficile : écrit pour des spécialistes",
        "nl": "heel erg moeilijk: geschreven voor specialisten",
    },
    "label.target": {
        "en": "Target: level B1 or easier.",
        "fr": "Objectif : niveau B1 ou plus facile.",
        "nl": "Doel: niveau B1 of makkelijker.",
    },
    "severity.suggestion": {"en": "suggestion", "fr": "suggestion", "nl": "suggestie"},
    "severity.warning": {"en": "warning", "fr": "attention", "nl": "let op"},
    "severity.error": {"en": "error", "fr": "erreur", "nl": "fout"},
    # batch checks (simplifier batch): console, report, tables
    "batch.err.internal": {
        "en": "the check stopped on this file ({reason}). The other files were checked; "
        "please tell the team that maintains simplifier.",
        "fr": "la vérification s'est arrêtée sur ce fichier ({reason}). Les autres fichiers "
        "ont été vérifiés ; signalez-le à l'équipe qui gère simplifier.",
        "nl": "het nakijken is op dit bestand vastgelopen ({reason}). De andere bestanden zijn "
        "nagekeken; meld het aan het team dat simplifier beheert.",
    },
    "batch.err.crashed": {
        "en": "checking this file stopped the program twice. The other files were checked; "
        "open it in Word, save it again and retry, or send it to the simplifier team.",
        "fr": "la vérification de ce fichier a arrêté le programme deux fois. Les autres "
        "fichiers ont été vérifiés ; ouvrez-le dans Word, enregistrez-le à nouveau et "
        "réessayez, ou envoyez-le à l'équipe de simplifier.",
        "nl": "het nakijken van dit bestand heeft het programma twee keer doen stoppen. De "
        "andere bestanden zijn nagekeken; open het in Word, bewaar het opnieuw en probeer "
        "opnieuw, of stuur het naar het team van simplifier.",
    },
    "batch.err.stuck": {
        "en": "checking this file did not end (nothing happened for {minutes} minutes), twice. "
        "The other files were checked; open it in Word, save it again and retry, or send it "
        "to the simplifier team.",
        "fr": "la vérification de ce fichier ne s'est pas terminée (rien ne s'est passé pendant "
        "{minutes} minutes), deux fois. Les autres fichiers ont été vérifiés ; ouvrez-le dans "
        "Word, enregistrez-le à nouveau et réessayez, ou envoyez-le à l'équipe de simplifier.",
        "nl": "het nakijken van dit bestand stopte niet (er gebeurde {minutes} minuten niets), "
        "twee keer. De andere bestanden zijn nagekeken; open het in Word, bewaar het opnieuw "
        "en probeer nog eens, of stuur het naar het team van simplifier.",
    },
    "batch.err.folder": {
        "en": "this folder cannot be opened ({reason}); the files in it were not checked. "
        "Check that you may read it.",
        "fr": "ce dossier ne s'ouvre pas ({reason}) ; les fichiers qu'il contient n'ont pas "
        "été vérifiés. Vérifiez que vous pouvez le lire.",
        "nl": "deze map gaat niet open ({reason}); de bestanden erin zijn niet nagekeken. "
        "Controleer of u ze mag lezen.",
    },
    "batch.skip.not_a_file": {
        "en": "this is not an ordinary file but a pipe, a socket or a device: it was left out.",
        "fr": "ce n'est pas un fichier ordinaire, mais un tube, une prise ou un périphérique : "
        "il a été laissé de côté.",
        "nl": "dit is geen gewoon bestand, maar een pipe, een socket of een apparaat: het is "
        "overgeslagen.",
    },
    "batch.skip.link_outside": {
        "en": "this is a link to a place outside the folders you gave: it was not followed. "
        "To check what it leads to, copy that into the folder.",
        "fr": "c'est un lien vers un endroit hors des dossiers donnés : il n'a pas été suivi. "
        "Pour vérifier ce vers quoi il mène, copiez-le dans le dossier.",
        "nl": "dit is een koppeling naar een plaats buiten de opgegeven mappen: ze is niet "
        "gevolgd. Kopieer waar ze naar leidt naar de map om het na te kijken.",
    },
    "batch.skip.broken_link": {
        "en": "this link leads nowhere (what it points to is gone, or it points back to "
        "itself): it was left out.",
        "fr": "ce lien ne mène nulle part (ce qu'il désigne n'existe plus, ou il renvoie à "
        "lui-même) : il a été laissé de côté.",
        "nl": "deze koppeling leidt nergens heen (waar ze naar wijst bestaat niet meer, of ze "
        "wijst naar zichzelf): ze is overgeslagen.",
    },
    "batch.skip.not_letter": {
        "en": "most of this file is not in French or Dutch: it does not look like a letter, "
        "so it was left out. To check it anyway, give --lang fr or --lang nl.",
        "fr": "ce fichier n'est pas surtout en français ou en néerlandais : il ne ressemble "
        "pas à une lettre et a été laissé de côté. Pour le vérifier quand même, ajoutez "
        "--lang fr ou --lang nl.",
        "nl": "dit bestand is niet vooral in het Nederlands of het Frans: het lijkt geen brief "
        "en is overgeslagen. Wilt u het toch laten nakijken, geef dan --lang nl of --lang fr.",
    },
    "batch.nothing": {
        "en": "no .docx or .txt file found in {folders}.",
        "fr": "aucun fichier .docx ou .txt trouvé dans {folders}.",
        "nl": "geen .docx- of .txt-bestand gevonden in {folders}.",
    },
    "batch.scanning": {
        "en": "Looking at the files",
        "fr": "Lecture des fichiers",
        "nl": "Bestanden bekijken",
    },
    "batch.analysing": {"en": "Checking", "fr": "Vérification", "nl": "Nakijken"},
    "batch.writing": {
        "en": "Writing the report",
        "fr": "Écriture du rapport",
        "nl": "Rapport schrijven",
    },
    "batch.writing_xlsx": {
        "en": "Finishing the Excel file",
        "fr": "Fin du fichier Excel",
        "nl": "Excel-bestand afwerken",
    },
    "batch.starting": {
        "en": "{todo} documents to check ({reused} already checked in an earlier run); "
        "starting {workers} workers...",
        "fr": "{todo} documents à vérifier ({reused} déjà vérifiés lors d'un passage "
        "précédent) ; démarrage de {workers} processus...",
        "nl": "{todo} documenten na te kijken ({reused} al nagekeken bij een vorige keer); "
        "{workers} processen starten...",
    },
    "batch.per_second": {"en": "docs/s", "fr": "doc/s", "nl": "doc/s"},
    "batch.done": {
        "en": "{total} files: {ok} checked ({reused} from an earlier run), {failed} could "
        "not be read.",
        "fr": "{total} fichiers : {ok} vérifiés (dont {reused} lors d'un passage précédent), "
        "{failed} illisibles.",
        "nl": "{total} bestanden: {ok} nagekeken (waarvan {reused} bij een vorige keer), "
        "{failed} onleesbaar.",
    },
    "batch.done_skipped": {
        "en": "{skipped} left out (see the report).",
        "fr": "{skipped} laissés de côté (voir le rapport).",
        "nl": "{skipped} overgeslagen (zie het rapport).",
    },
    "batch.report_at": {"en": "Report: {path}", "fr": "Rapport : {path}", "nl": "Rapport: {path}"},
    "batch.interrupted": {
        "en": "Stopped. {done} of {total} documents are checked and kept; run the same "
        "command again to finish.",
        "fr": "Arrêté. {done} documents sur {total} sont vérifiés et gardés ; relancez la "
        "même commande pour terminer.",
        "nl": "Gestopt. {done} van de {total} documenten zijn nagekeken en bewaard; start "
        "hetzelfde commando opnieuw om af te werken.",
    },
    "batch.title": {
        "en": "Readability of {n} documents",
        "fr": "Lisibilité de {n} documents",
        "nl": "Leesbaarheid van {n} documenten",
    },
    "batch.generated": {
        "en": "Report made on {date} from {folders}.",
        "fr": "Rapport créé le {date} à partir de {folders}.",
        "nl": "Rapport gemaakt op {date} uit {folders}.",
    },
    "batch.card.checked": {
        "en": "documents checked",
        "fr": "documents vérifiés",
        "nl": "documenten nagekeken",
    },
    "batch.card.failed": {
        "en": "files could not be read",
        "fr": "fichiers illisibles",
        "nl": "bestanden onleesbaar",
    },
    "batch.card.skipped": {
        "en": "files left out",
        "fr": "fichiers laissés de côté",
        "nl": "bestanden overgeslagen",
    },
    "batch.card.average": {
        "en": "average score out of 100",
        "fr": "score moyen sur 100",
        "nl": "gemiddelde score op 100",
    },
    "batch.card.on_target": {
        "en": "of the documents are at level B1 or easier (the target)",
        "fr": "des documents sont au niveau B1 ou plus facile (l'objectif)",
        "nl": "van de documenten zit op niveau B1 of makkelijker (het doel)",
    },
    "batch.card.words": {"en": "words read", "fr": "mots lus", "nl": "woorden gelezen"},
    "batch.levels": {
        "en": "How hard are the documents?",
        "fr": "Quel est le niveau des documents ?",
        "nl": "Hoe moeilijk zijn de documenten?",
    },
    "batch.levels_help": {
        "en": "Number of documents per level, from A1 (very easy) to C2 (very hard). "
        "Green: the target is reached.",
        "fr": "Nombre de documents par niveau, de A1 (très facile) à C2 (très difficile). "
        "En vert : l'objectif est atteint.",
        "nl": "Aantal documenten per niveau, van A1 (heel makkelijk) tot C2 (heel moeilijk). "
        "In het groen: het doel is gehaald.",
    },
    "batch.scores": {
        "en": "Scores of the documents",
        "fr": "Scores des documents",
        "nl": "Scores van de documenten",
    },
    "batch.scores_help": {
        "en": "Number of documents per score, from 0 (very hard) to 100 (very easy). "
        "From 50 on, the target is reached.",
        "fr": "Nombre de documents par score, de 0 (très difficile) à 100 (très facile). "
        "À partir de 50, l'objectif est atteint.",
        "nl": "Aantal documenten per score, van 0 (heel moeilijk) tot 100 (heel makkelijk). "
        "Vanaf 50 is het doel gehaald.",
    },
    "batch.problems": {
        "en": "The problems that come back most",
        "fr": "Les problèmes qui reviennent le plus",
        "nl": "De problemen die het vaakst terugkomen",
    },
    "batch.problems_help": {
        "en": "In how many documents each kind of problem appears (and how many times in all).",
        "fr": "Dans combien de documents chaque problème apparaît (et combien de fois en tout).",
        "nl": "In hoeveel documenten elk probleem voorkomt (en hoe vaak in totaal).",
    },
    "batch.problem_row": {
        "en": "{docs} documents · {count} times",
        "fr": "{docs} documents · {count} fois",
        "nl": "{docs} documenten · {count} keer",
    },
    "batch.signals": {
        "en": "Signals: the same difficult words everywhere",
        "fr": "Signaux : les mêmes mots difficiles partout",
        "nl": "Signalen: overal dezelfde moeilijke woorden",
    },
    "batch.signals_help": {
        "en": "Official terms, abbreviations and old phrases found in many documents. "
        "Explaining or replacing them once, in every template, helps all readers.",
        "fr": "Termes officiels, abréviations et formules anciennes trouvés dans beaucoup de "
        "documents. Les expliquer ou les remplacer dans tous les modèles aide tous les lecteurs.",
        "nl": "Officiële termen, afkortingen en ouderwetse formules die in veel documenten "
        "staan. Ze in elk sjabloon uitleggen of vervangen helpt alle lezers.",
    },
    "batch.signal": {
        "en": "« {term} » appears in {docs} of {total} documents, explained in {explained}.",
        "fr": "« {term} » apparaît dans {docs} des {total} documents, expliqué dans {explained}.",
        "nl": "‘{term}’ staat in {docs} van de {total} documenten, uitgelegd in {explained}.",
    },
    "batch.signal_never": {
        "en": "« {term} » appears in {docs} of {total} documents, never explained.",
        "fr": "« {term} » apparaît dans {docs} des {total} documents, jamais expliqué.",
        "nl": "‘{term}’ staat in {docs} van de {total} documenten, nergens uitgelegd.",
    },
    "batch.no_signals": {
        "en": "No word comes back in several documents.",
        "fr": "Aucun mot ne revient dans plusieurs documents.",
        "nl": "Geen woord komt in meerdere documenten terug.",
    },
    "batch.hardest": {
        "en": "The hardest documents",
        "fr": "Les documents les plus difficiles",
        "nl": "De moeilijkste documenten",
    },
    "batch.hardest_help": {
        "en": "Start with these. Click a name to see its text with the problems marked. "
        "Documents of fewer than {words} words are not listed.",
        "fr": "Commencez par ceux-ci. Cliquez sur un nom pour voir le texte avec les problèmes "
        "marqués. Les documents de moins de {words} mots ne sont pas repris.",
        "nl": "Begin met deze. Klik op een naam om de tekst te zien met de problemen "
        "aangeduid. Documenten van minder dan {words} woorden staan er niet in.",
    },
    "batch.failed": {
        "en": "Files that could not be read",
        "fr": "Fichiers qui n'ont pas pu être lus",
        "nl": "Bestanden die niet gelezen konden worden",
    },
    "batch.skipped": {
        "en": "Files left out",
        "fr": "Fichiers laissés de côté",
        "nl": "Overgeslagen bestanden",
    },
    "batch.files": {
        "en": "Tables and copies",
        "fr": "Tableaux et copies",
        "nl": "Tabellen en kopieën",
    },
    "batch.file.documents_csv": {
        "en": "one row per document (CSV)",
        "fr": "une ligne par document (CSV)",
        "nl": "één rij per document (CSV)",
    },
    "batch.file.findings_csv": {
        "en": "one row per problem found (CSV)",
        "fr": "une ligne par problème trouvé (CSV)",
        "nl": "één rij per gevonden probleem (CSV)",
    },
    "batch.file.xlsx": {
        "en": "everything in one Excel workbook",
        "fr": "tout dans un classeur Excel",
        "nl": "alles in één Excel-werkmap",
    },
    "batch.file.json": {
        "en": "data for other programs (JSON)",
        "fr": "données pour d'autres programmes (JSON)",
        "nl": "gegevens voor andere programma's (JSON)",
    },
    "batch.file.annotated": {
        "en": "copies of the Word documents with the problems as comments",
        "fr": "copies des documents Word avec les problèmes en commentaires",
        "nl": "kopieën van de Word-documenten met de problemen als opmerkingen",
    },
    "batch.history": {
        "en": "Earlier reports in this folder",
        "fr": "Rapports précédents dans ce dossier",
        "nl": "Vorige rapporten in deze map",
    },
    "batch.col.date": {"en": "Date", "fr": "Date", "nl": "Datum"},
    "batch.col.document": {"en": "Document", "fr": "Document", "nl": "Document"},
    "batch.col.status": {"en": "Status", "fr": "État", "nl": "Status"},
    "batch.col.error": {
        "en": "Why it was not checked",
        "fr": "Pourquoi il n'a pas été vérifié",
        "nl": "Waarom het niet nagekeken is",
    },
    "batch.col.language": {"en": "Language", "fr": "Langue", "nl": "Taal"},
    "batch.col.words": {"en": "Words", "fr": "Mots", "nl": "Woorden"},
    "batch.col.score": {"en": "Score (0-100)", "fr": "Score (0-100)", "nl": "Score (0-100)"},
    "batch.col.level": {"en": "Level", "fr": "Niveau", "nl": "Niveau"},
    "batch.col.findings": {"en": "Problems", "fr": "Problèmes", "nl": "Problemen"},
    "batch.col.errors": {
        "en": "of which errors",
        "fr": "dont erreurs",
        "nl": "waarvan fouten",
    },
    "batch.col.warnings": {
        "en": "of which warnings",
        "fr": "dont « attention »",
        "nl": "waarvan ‘let op’",
    },
    "batch.col.suggestions": {
        "en": "of which suggestions",
        "fr": "dont suggestions",
        "nl": "waarvan suggesties",
    },
    "batch.col.hard_because": {
        "en": "What makes it hard",
        "fr": "Ce qui le rend difficile",
        "nl": "Wat het moeilijk maakt",
    },
    "batch.col.main_problems": {
        "en": "Most frequent problems",
        "fr": "Problèmes les plus fréquents",
        "nl": "Vaakste problemen",
    },
    "batch.col.page": {
        "en": "Page with the problems marked",
        "fr": "Page avec les problèmes marqués",
        "nl": "Pagina met de problemen aangeduid",
    },
    "batch.col.annotated": {
        "en": "Annotated copy",
        "fr": "Copie annotée",
        "nl": "Kopie met opmerkingen",
    },
    "batch.col.line": {
        "en": "Line or paragraph",
        "fr": "Ligne ou paragraphe",
        "nl": "Regel of alinea",
    },
    "batch.col.column": {"en": "Column", "fr": "Colonne", "nl": "Kolom"},
    "batch.col.category": {"en": "Problem", "fr": "Problème", "nl": "Probleem"},
    "batch.col.severity": {"en": "Severity", "fr": "Gravité", "nl": "Ernst"},
    "batch.col.rule": {"en": "Rule", "fr": "Règle", "nl": "Regel"},
    "batch.col.match": {"en": "Words", "fr": "Mots concernés", "nl": "Woorden"},
    "batch.col.message": {"en": "Advice", "fr": "Conseil", "nl": "Advies"},
    "batch.col.suggestion": {"en": "Suggestion", "fr": "Proposition", "nl": "Voorstel"},
    "batch.col.why": {"en": "Why", "fr": "Pourquoi", "nl": "Waarom"},
    "batch.col.term": {
        "en": "Word or phrase",
        "fr": "Mot ou expression",
        "nl": "Woord of uitdrukking",
    },
    "batch.col.in_documents": {
        "en": "In how many documents",
        "fr": "Dans combien de documents",
        "nl": "In hoeveel documenten",
    },
    "batch.col.of_documents": {
        "en": "Out of (documents in this language)",
        "fr": "Sur (documents dans cette langue)",
        "nl": "Op (documenten in deze taal)",
    },
    "batch.col.explained_in": {
        "en": "Explained in",
        "fr": "Expliqué dans",
        "nl": "Uitgelegd in",
    },
    "batch.col.signal": {"en": "Signal", "fr": "Signal", "nl": "Signaal"},
    "batch.col.figure": {"en": "Figure", "fr": "Chiffre", "nl": "Cijfer"},
    "batch.col.value": {"en": "Value", "fr": "Valeur", "nl": "Waarde"},
    "batch.status.ok": {"en": "checked", "fr": "vérifié", "nl": "nagekeken"},
    "batch.status.failed": {"en": "not read", "fr": "illisible", "nl": "onleesbaar"},
    "batch.status.skipped": {"en": "left out", "fr": "laissé de côté", "nl": "overgeslagen"},
    "batch.sheet.summary": {"en": "Summary", "fr": "Résumé", "nl": "Samenvatting"},
    "batch.sheet.documents": {"en": "Documents", "fr": "Documents", "nl": "Documenten"},
    "batch.sheet.findings": {"en": "Problems", "fr": "Problèmes", "nl": "Problemen"},
    "batch.sheet.signals": {"en": "Signals", "fr": "Signaux", "nl": "Signalen"},
    "batch.sheet.truncated": {
        "en": "Excel holds at most {rows} rows: the other problems are in findings.csv.",
        "fr": "Excel ne peut pas contenir plus de {rows} lignes : les autres problèmes sont "
        "dans findings.csv.",
        "nl": "Excel kan niet meer dan {rows} rijen bevatten: de andere problemen staan in "
        "findings.csv.",
    },
    "batch.page.back": {
        "en": "Back to the report on all documents",
        "fr": "Retour au rapport sur tous les documents",
        "nl": "Terug naar het rapport over alle documenten",
    },
    "batch.lang.fr": {"en": "French", "fr": "français", "nl": "Frans"},
    "batch.lang.nl": {"en": "Dutch", "fr": "néerlandais", "nl": "Nederlands"},
    "batch.col.on_target": {
        "en": "At level B1 or easier",
        "fr": "Au niveau B1 ou plus facile",
        "nl": "Op niveau B1 of makkelijker",
    },
    # --- French / Dutch parity (simplifier/parity/): keys start with "parity." -----------
    "parity.lang.fr": {"en": "French", "fr": "français", "nl": "Franse"},
    "parity.lang.nl": {"en": "Dutch", "fr": "néerlandais", "nl": "Nederlandse"},
    "parity.and": {"en": "and", "fr": "et", "nl": "en"},
    "parity.kind.amount": {"en": "Amount", "fr": "Montant", "nl": "Bedrag"},
    "parity.kind.date": {"en": "Date", "fr": "Date", "nl": "Datum"},
    "parity.kind.deadline": {"en": "Time limit", "fr": "Délai", "nl": "Termijn"},
    "parity.kind.legal_reference": {
        "en": "Legal reference",
        "fr": "Référence légale",
        "nl": "Wettelijke verwijzing",
    },
    "parity.kind.iban": {"en": "Account number", "fr": "Numéro de compte", "nl": "Rekeningnummer"},
    "parity.kind.phone": {
        "en": "Phone number",
        "fr": "Numéro de téléphone",
        "nl": "Telefoonnummer",
    },
    "parity.kind.email": {"en": "E-mail address", "fr": "Adresse e-mail", "nl": "E-mailadres"},
    "parity.kind.url": {"en": "Website", "fr": "Site web", "nl": "Website"},
    "parity.kind.national_number": {
        "en": "National register number",
        "fr": "Numéro de registre national",
        "nl": "Rijksregisternummer",
    },
    "parity.kind.reference": {"en": "Reference", "fr": "Référence", "nl": "Referentie"},
    "parity.kind.number": {"en": "Number", "fr": "Nombre", "nl": "Getal"},
    "parity.fact.differs": {
        "en": "{kind} {here} in {here_lang} paragraph {here_place}; not in {there_lang} "
        "paragraph {there_place}, which says {there}.",
        "fr": "{kind} {here} au paragraphe {here_place} {here_lang} ; pas dans le paragraphe "
        "{there_place} {there_lang}, qui dit {there}.",
        "nl": "{kind} {here} in alinea {here_place} van de {here_lang} tekst; niet in alinea "
        "{there_place} van de {there_lang} tekst, die {there} vermeldt.",
    },
    "parity.fact.missing": {
        "en": "{kind} {here} in {here_lang} paragraph {here_place}; not in {there_lang} "
        "paragraph {there_place}, nor in the paragraphs around it.",
        "fr": "{kind} {here} au paragraphe {here_place} {here_lang} ; pas dans le paragraphe "
        "{there_place} {there_lang}, ni dans ceux qui l'entourent.",
        "nl": "{kind} {here} in alinea {here_place} van de {here_lang} tekst; niet in alinea "
        "{there_place} van de {there_lang} tekst, en ook niet in de alinea's ernaast.",
    },
    "parity.fact.nowhere": {
        "en": "{kind} {here} in {here_lang} paragraph {here_place}; the {there_lang} text has "
        "nothing at that place.",
        "fr": "{kind} {here} au paragraphe {here_place} {here_lang} ; le texte {there_lang} n'a "
        "rien à cet endroit.",
        "nl": "{kind} {here} in alinea {here_place} van de {here_lang} tekst; de {there_lang} "
        "tekst heeft op die plaats niets.",
    },
    "parity.negation": {
        "en": "Negations (ne … pas, aucun / niet, geen…): {fr_count} in {fr_lang} paragraph "
        "{fr_place}, {nl_count} in {nl_lang} paragraph {nl_place}; check that both say yes or "
        "no in the same places.",
        "fr": "Négations (ne … pas, aucun / niet, geen…) : {fr_count} au paragraphe {fr_place} "
        "{fr_lang}, {nl_count} au paragraphe {nl_place} {nl_lang} ; vérifiez que les deux "
        "disent oui ou non aux mêmes endroits.",
        "nl": "Ontkenningen (ne … pas, aucun / niet, geen…): {fr_count} in alinea {fr_place} "
        "van de {fr_lang} tekst, {nl_count} in alinea {nl_place} van de {nl_lang} tekst; "
        "controleer of beide op dezelfde plaatsen ja of nee zeggen.",
    },
    "parity.obligation": {
        "en": "What must or may not be done (doit, il faut, ne peut pas / moet, dient, mag "
        "niet…): {fr_count} in {fr_lang} paragraph {fr_place}, {nl_count} in {nl_lang} "
        "paragraph {nl_place}; check that both ask the same.",
        "fr": "Obligations et interdictions (doit, il faut, ne peut pas / moet, dient, mag "
        "niet…) : {fr_count} au paragraphe {fr_place} {fr_lang}, {nl_count} au paragraphe "
        "{nl_place} {nl_lang} ; vérifiez que les deux demandent la même chose.",
        "nl": "Wat moet of niet mag (doit, il faut, ne peut pas / moet, dient, mag niet…): "
        "{fr_count} in alinea {fr_place} van de {fr_lang} tekst, {nl_count} in alinea "
        "{nl_place} van de {nl_lang} tekst; controleer of beide hetzelfde vragen.",
    },
    "parity.paragraph": {
        "en": "{here_lang} paragraph {here_place} has nothing that matches it in the "
        "{there_lang} text.",
        "fr": "Le paragraphe {here_place} {here_lang} n'a pas d'équivalent dans le texte "
        "{there_lang}.",
        "nl": "Alinea {here_place} van de {here_lang} tekst heeft geen tegenhanger in de "
        "{there_lang} tekst.",
    },
    "parity.title": {
        "en": "French and Dutch versions compared",
        "fr": "Comparaison des versions française et néerlandaise",
        "nl": "Vergelijking van de Franse en de Nederlandse versie",
    },
    "parity.versions": {
        "en": "French: {fr} ({fr_paragraphs} paragraphs). Dutch: {nl} ({nl_paragraphs} "
        "paragraphs).",
        "fr": "Français : {fr} ({fr_paragraphs} paragraphes). Néerlandais : {nl} "
        "({nl_paragraphs} paragraphes).",
        "nl": "Frans: {fr} ({fr_paragraphs} alinea's). Nederlands: {nl} ({nl_paragraphs} "
        "alinea's).",
    },
    "parity.agree": {
        "en": "No difference found: the amounts, dates, time limits, references, numbers, "
        "negations and obligations match.",
        "fr": "Aucune différence trouvée : les montants, dates, délais, références, numéros, "
        "négations et obligations correspondent.",
        "nl": "Geen verschil gevonden: de bedragen, datums, termijnen, verwijzingen, nummers, "
        "ontkenningen en verplichtingen komen overeen.",
    },
    "parity.found": {
        "en": "Differences to check: {n}.",
        "fr": "Différences à vérifier : {n}.",
        "nl": "Verschillen om na te kijken: {n}.",
    },
    "parity.levels": {
        "en": "Level: French {fr_level} ({fr_score}/100), Dutch {nl_level} ({nl_score}/100).",
        "fr": "Niveau : français {fr_level} ({fr_score}/100), néerlandais {nl_level} "
        "({nl_score}/100).",
        "nl": "Niveau: Frans {fr_level} ({fr_score}/100), Nederlands {nl_level} ({nl_score}/100).",
    },
    "parity.markers_partly": {
        "en": "The two versions put their paragraphs in a different order: negations and "
        "obligations were compared only where a paragraph surely faces another.",
        "fr": "Les deux versions rangent leurs paragraphes dans un autre ordre : les négations "
        "et les obligations n'ont été comparées que là où un paragraphe correspond à coup sûr "
        "à un autre.",
        "nl": "De twee versies zetten hun alinea's in een andere volgorde: ontkenningen en "
        "verplichtingen zijn alleen vergeleken waar een alinea zeker met een andere "
        "overeenkomt.",
    },
    "parity.col.level": {"en": "Level", "fr": "Niveau", "nl": "Niveau"},
    "parity.col.version": {"en": "Version", "fr": "Version", "nl": "Versie"},
    "parity.col.differences": {"en": "Differences", "fr": "Différences", "nl": "Verschillen"},
    "parity.col.pair": {"en": "Letter", "fr": "Lettre", "nl": "Brief"},
    "parity.err.both_fr": {
        "en": "both versions are in French. Give the French version and the Dutch version.",
        "fr": "les deux versions sont en français. Donnez la version française et la version "
        "néerlandaise.",
        "nl": "beide versies zijn in het Frans. Geef de Franse en de Nederlandse versie.",
    },
    "parity.err.both_nl": {
        "en": "both versions are in Dutch. Give the French version and the Dutch version.",
        "fr": "les deux versions sont en néerlandais. Donnez la version française et la "
        "version néerlandaise.",
        "nl": "beide versies zijn in het Nederlands. Geef de Franse en de Nederlandse versie.",
    },
    "parity.app.title": {
        "en": "Compare the French and the Dutch version",
        "fr": "Comparer la version française et la version néerlandaise",
        "nl": "De Franse en de Nederlandse versie vergelijken",
    },
    "parity.app.fr_upload": {
        "en": "French version (.docx or .txt)",
        "fr": "Version française (.docx ou .txt)",
        "nl": "Franse versie (.docx of .txt)",
    },
    "parity.app.nl_upload": {
        "en": "Dutch version (.docx or .txt)",
        "fr": "Version néerlandaise (.docx ou .txt)",
        "nl": "Nederlandse versie (.docx of .txt)",
    },
    "parity.app.compare": {"en": "Compare", "fr": "Comparer", "nl": "Vergelijken"},
    "parity.app.need_both": {
        "en": "Add both versions first.",
        "fr": "Ajoutez d'abord les deux versions.",
        "nl": "Voeg eerst de twee versies toe.",
    },
    "parity.app.download": {
        "en": "Download the comparison (web page)",
        "fr": "Télécharger la comparaison (page web)",
        "nl": "De vergelijking downloaden (webpagina)",
    },
    "parity.batch.title": {
        "en": "French and Dutch versions",
        "fr": "Versions française et néerlandaise",
        "nl": "Franse en Nederlandse versies",
    },
    "parity.batch.help": {
        "en": "Letters found in both languages (x_fr / x_nl, or the same name in folders fr/ "
        "and nl/): the facts, negations and obligations that differ.",
        "fr": "Lettres trouvées dans les deux langues (x_fr / x_nl, ou le même nom dans des "
        "dossiers fr/ et nl/) : les faits, négations et obligations qui diffèrent.",
        "nl": "Brieven die in beide talen gevonden zijn (x_fr / x_nl, of dezelfde naam in "
        "mappen fr/ en nl/): de feiten, ontkenningen en verplichtingen die verschillen.",
    },
    "parity.batch.none": {
        "en": "no difference",
        "fr": "aucune différence",
        "nl": "geen verschil",
    },
    # --- end of parity ---------------------------------------------------------------------
    "store.too_late_to_restore": {
        "en": "Too late to bring this letter back: a deleted letter can be brought back "
        "for {minutes} minutes only.",
        "fr": "Trop tard pour récupérer cette lettre : une lettre effacée peut être récupérée "
        "pendant {minutes} minutes seulement.",
        "nl": "Te laat om deze brief terug te halen: een gewiste brief kan maar {minutes} "
        "minuten lang teruggehaald worden.",
    },
    # --- team lexicon (issue 21): the maintainer's page; keys prefixed teamlex. -------------
    "teamlex.open": {
        "en": "The team's word list",
        "fr": "La liste de mots de l'équipe",
        "nl": "De woordenlijst van het team",
    },
    "teamlex.open_waiting": {
        "en": "The team's word list ({n} word(s) to look at)",
        "fr": "La liste de mots de l'équipe ({n} mot(s) à regarder)",
        "nl": "De woordenlijst van het team ({n} woord(en) om te bekijken)",
    },
    "teamlex.intro": {
        "en": "Here you turn the words people of the team did not understand into advice. "
        "An approved word counts at once for the team's new letters.",
        "fr": "Ici, vous faites un conseil des mots que des personnes de l'équipe n'ont pas "
        "compris. Un mot approuvé compte tout de suite pour les nouvelles lettres de l'équipe.",
        "nl": "Hier maakt u een advies van de woorden die mensen van het team niet begrepen. "
        "Een goedgekeurd woord geldt meteen voor de nieuwe brieven van het team.",
    },
    "teamlex.back": {
        "en": "Back to the letters",
        "fr": "Retour aux lettres",
        "nl": "Terug naar de brieven",
    },
    "teamlex.proposals": {
        "en": "Words to look at ({n})",
        "fr": "Mots à regarder ({n})",
        "nl": "Woorden om te bekijken ({n})",
    },
    "teamlex.no_proposals": {
        "en": "No word to look at.",
        "fr": "Aucun mot à regarder.",
        "nl": "Geen woorden om te bekijken.",
    },
    "teamlex.asked": {
        "en": "Asked by {who}, {n} time(s), last on {date}",
        "fr": "Demandé par {who}, {n} fois, la dernière fois le {date}",
        "nl": "Gevraagd door {who}, {n} keer, het laatst op {date}",
    },
    "teamlex.in_letter": {"en": "In the letter:", "fr": "Dans la lettre :", "nl": "In de brief:"},
    "teamlex.remark": {"en": "Remark:", "fr": "Remarque :", "nl": "Opmerking:"},
    "teamlex.make_entry": {
        "en": "Write advice for this word",
        "fr": "Écrire un conseil pour ce mot",
        "nl": "Een advies voor dit woord schrijven",
    },
    "teamlex.reject": {"en": "Refuse", "fr": "Refuser", "nl": "Weigeren"},
    "teamlex.rejected": {
        "en": "Saved: the word «{term}» is refused.",
        "fr": "Enregistré : le mot « {term} » est refusé.",
        "nl": "Bewaard: het woord ‘{term}’ is geweigerd.",
    },
    "teamlex.new_word": {
        "en": "Add a word yourself",
        "fr": "Ajouter un mot vous-même",
        "nl": "Zelf een woord toevoegen",
    },
    "teamlex.lang": {
        "en": "Language of the word",
        "fr": "Langue du mot",
        "nl": "Taal van het woord",
    },
    "teamlex.lang_fr": {"en": "French", "fr": "français", "nl": "Frans"},
    "teamlex.lang_nl": {"en": "Dutch", "fr": "néerlandais", "nl": "Nederlands"},
    "teamlex.term": {
        "en": "The word or words",
        "fr": "Le mot ou les mots",
        "nl": "Het woord of de woorden",
    },
    "teamlex.kind": {
        "en": "What to do with it?",
        "fr": "Que faire de ce mot ?",
        "nl": "Wat doen met dit woord?",
    },
    "teamlex.kind_replace": {
        "en": "Replace it by simpler words",
        "fr": "Le remplacer par des mots simples",
        "nl": "Het vervangen door eenvoudige woorden",
    },
    "teamlex.kind_keep": {
        "en": "Keep it (an official name) and explain it",
        "fr": "Le garder (c'est un nom officiel) et l'expliquer",
        "nl": "Het houden (het is een officiële naam) en uitleggen",
    },
    "teamlex.alternatives": {
        "en": "Simpler words, one per line, the best first (to replace it)",
        "fr": "Mots plus simples, un par ligne, le meilleur d'abord (pour le remplacer)",
        "nl": "Eenvoudigere woorden, één per regel, het beste eerst (om het te vervangen)",
    },
    "teamlex.explanation": {
        "en": "Explanation in plain words",
        "fr": "Explication en mots simples",
        "nl": "Uitleg in eenvoudige woorden",
    },
    "teamlex.approve": {"en": "Approve", "fr": "Approuver", "nl": "Goedkeuren"},
    "teamlex.approved": {
        "en": "Saved: «{term}» now counts for the team's new letters.",
        "fr": "Enregistré : « {term} » compte maintenant pour les nouvelles lettres de l'équipe.",
        "nl": "Bewaard: ‘{term}’ geldt nu voor de nieuwe brieven van het team.",
    },
    "teamlex.need_lang": {
        "en": "Choose the language.",
        "fr": "Choisissez la langue.",
        "nl": "Kies de taal.",
    },
    "teamlex.need_term": {
        "en": "Write the word.",
        "fr": "Écrivez le mot.",
        "nl": "Schrijf het woord.",
    },
    "teamlex.need_alternative": {
        "en": "Write at least one simpler word, or choose to keep the word.",
        "fr": "Écrivez au moins un mot plus simple, ou choisissez de garder le mot.",
        "nl": "Schrijf minstens één eenvoudiger woord, of kies om het woord te houden.",
    },
    "teamlex.need_explanation": {
        "en": "Write an explanation.",
        "fr": "Écrivez une explication.",
        "nl": "Schrijf een uitleg.",
    },
    "teamlex.bad_entry": {
        "en": "This advice cannot be saved. Check the words you wrote.",
        "fr": "Ce conseil ne peut pas être enregistré. Vérifiez les mots écrits.",
        "nl": "Dit advies kan niet bewaard worden. Kijk de woorden na.",
    },
    "teamlex.gone": {
        "en": "Someone else already decided about this word. The list is now up to date.",
        "fr": "Quelqu'un d'autre a déjà décidé pour ce mot. La liste est maintenant à jour.",
        "nl": "Iemand anders heeft al over dit woord beslist. De lijst is nu bijgewerkt.",
    },
    "teamlex.not_maintainer": {
        "en": "Only the people who keep the team's word list can do this.",
        "fr": "Seules les personnes qui gèrent la liste de mots de l'équipe peuvent faire cela.",
        "nl": "Alleen wie de woordenlijst van het team beheert, kan dit doen.",
    },
    "teamlex.entries": {
        "en": "Approved words ({n})",
        "fr": "Mots approuvés ({n})",
        "nl": "Goedgekeurde woorden ({n})",
    },
    "teamlex.no_entries": {
        "en": "No approved word yet.",
        "fr": "Pas encore de mot approuvé.",
        "nl": "Nog geen goedgekeurde woorden.",
    },
    "teamlex.kept": {
        "en": "kept and explained",
        "fr": "gardé et expliqué",
        "nl": "gehouden en uitgelegd",
    },
    "teamlex.approved_by": {
        "en": "Approved by {who} on {date}",
        "fr": "Approuvé par {who} le {date}",
        "nl": "Goedgekeurd door {who} op {date}",
    },
    "teamlex.withdraw": {"en": "Take back", "fr": "Retirer", "nl": "Intrekken"},
    "teamlex.withdrawn": {
        "en": "Saved: «{term}» no longer counts for new letters.",
        "fr": "Enregistré : « {term} » ne compte plus pour les nouvelles lettres.",
        "nl": "Bewaard: ‘{term}’ geldt niet meer voor nieuwe brieven.",
    },
    "teamlex.download": {
        "en": "Download the word list (for the IT team)",
        "fr": "Télécharger la liste de mots (pour le service informatique)",
        "nl": "De woordenlijst downloaden (voor de informaticadienst)",
    },
    "teamlex.store_down": {
        "en": "The review database does not answer. Try again in a moment.",
        "fr": "La base de données des relectures ne répond pas. Réessayez dans un instant.",
        "nl": "De databank van de nalezingen antwoordt niet. Probeer het zo meteen opnieuw.",
    },
    # --- end of team lexicon ----------------------------------------------------------------
    # --- the letter card (simplifier/letter/, issue 22) --------------------------------------
    "card.title": {"en": "Letter card", "fr": "Fiche de la lettre", "nl": "De brief in het kort"},
    "card.not_letter": {
        "en": "This document does not look like a letter (no greeting, no closing): no letter "
        "card.",
        "fr": "Ce document ne ressemble pas à une lettre (pas de « Madame, Monsieur », pas de "
        "salutation à la fin) : pas de fiche de lettre.",
        "nl": "Dit document lijkt geen brief (geen aanhef, geen groet op het einde): dus "
        "geen overzicht van de brief.",
    },
    "card.user_letter": {
        "en": "You said this document is a letter.",
        "fr": "Vous avez dit que ce document est une lettre.",
        "nl": "U hebt gezegd dat dit document een brief is.",
    },
    "card.to_check": {
        "en": "{title}: {n} points to check",
        "fr": "{title} : {n} points à vérifier",
        "nl": "{title}: {n} punten na te kijken",
    },
    "card.to_check_one": {
        "en": "{title}: 1 point to check",
        "fr": "{title} : 1 point à vérifier",
        "nl": "{title}: 1 punt na te kijken",
    },
    "card.message": {"en": "The message", "fr": "Le message", "nl": "De boodschap"},
    "card.message_at": {
        "en": "paragraph {n} of {m}",
        "fr": "paragraphe {n} sur {m}",
        "nl": "alinea {n} van {m}",
    },
    "card.no_message": {
        "en": "No sentence clearly says the decision, the answer or the request.",
        "fr": "Aucune phrase ne dit clairement la décision, la réponse ou la demande.",
        "nl": "Geen zin zegt duidelijk de beslissing, het antwoord of de vraag.",
    },
    "card.late": {
        "en": "Start with what the letter means: the message comes late.",
        "fr": "Commencez par ce que la lettre veut dire : le message vient tard.",
        "nl": "Begin met wat de brief wil zeggen: de boodschap komt laat.",
    },
    "card.todo": {
        "en": "What the reader must do",
        "fr": "Ce que le lecteur doit faire",
        "nl": "Wat de lezer moet doen",
    },
    "card.nothing_to_do": {
        "en": "The letter asks nothing of the reader.",
        "fr": "La lettre ne demande rien au lecteur.",
        "nl": "De brief vraagt niets aan de lezer.",
    },
    "card.by": {
        "en": "by when: {deadline}",
        "fr": "pour quand : {deadline}",
        "nl": "tegen wanneer: {deadline}",
    },
    "card.no_date": {"en": "no date", "fr": "pas de date", "nl": "geen datum"},
    "card.no_start": {
        "en": "{deadline}: from when?",
        "fr": "{deadline} : à partir de quand ?",
        "nl": "{deadline}: vanaf wanneer?",
    },
    "card.if": {
        "en": "only in some cases",
        "fr": "seulement dans certains cas",
        "nl": "alleen in sommige gevallen",
    },
    "card.contact": {"en": "Whom to contact", "fr": "Qui contacter", "nl": "Wie contacteren"},
    "card.no_contact": {
        "en": "No phone, e-mail or address in the letter.",
        "fr": "Ni téléphone, ni e-mail, ni adresse dans la lettre.",
        "nl": "Geen telefoon, e-mail of adres in de brief.",
    },
    "card.kind.phone": {"en": "phone", "fr": "téléphone", "nl": "telefoon"},
    "card.kind.email": {"en": "e-mail", "fr": "e-mail", "nl": "e-mail"},
    "card.kind.url": {"en": "website", "fr": "site web", "nl": "website"},
    "card.kind.postal": {"en": "address", "fr": "adresse", "nl": "adres"},
    "card.kind.hours": {"en": "opening hours", "fr": "heures d'ouverture", "nl": "openingsuren"},
    "card.kind.service": {"en": "service", "fr": "service", "nl": "dienst"},
    "card.address": {
        "en": "How the letter speaks to the reader",
        "fr": "Comment la lettre parle au lecteur",
        "nl": "Hoe de brief de lezer aanspreekt",
    },
    "card.address_one": {
        "en": "always «{form}»",
        "fr": "toujours « {form} »",
        "nl": "altijd « {form} »",
    },
    "card.address_mixed": {
        "en": "mixed: «{formal}» {a} times, «{informal}» {b} times",
        "fr": "mélange : « {formal} » {a} fois, « {informal} » {b} fois",
        "nl": "gemengd: {a} keer « {formal} », {b} keer « {informal} »",
    },
    "card.address_none": {
        "en": "the letter does not speak to the reader directly",
        "fr": "la lettre ne parle pas directement au lecteur",
        "nl": "de brief spreekt de lezer niet rechtstreeks aan",
    },
    "card.third_person": {
        "en": "the reader is also called: {names}",
        "fr": "le lecteur est aussi appelé : {names}",
        "nl": "de lezer wordt ook genoemd: {names}",
    },
    "card.subject": {"en": "Subject line", "fr": "Objet", "nl": "Onderwerp"},
    "card.subject_ok": {
        "en": "says what the letter is about",
        "fr": "dit de quoi parle la lettre",
        "nl": "zegt waarover de brief gaat",
    },
    "card.subject_vague": {
        "en": "does not say the message",
        "fr": "ne dit pas le message",
        "nl": "zegt de boodschap niet",
    },
    "card.no_subject": {"en": "no subject line", "fr": "pas d'objet", "nl": "geen onderwerp"},
    "card.references": {
        "en": "Laws and rules cited",
        "fr": "Textes de loi cités",
        "nl": "Vermelde wetteksten",
    },
    "card.references_count": {
        "en": "{n}, of which {before} before or in the message",
        "fr": "{n}, dont {before} avant ou dans le message",
        "nl": "{n}, waarvan {before} voor of in de boodschap",
    },
    "card.move_note": {
        "en": "The message sentence is copied to the start: delete it further down.",
        "fr": "La phrase du message est copiée au début : supprimez-la plus bas.",
        "nl": "De zin met de boodschap staat nu ook vooraan: schrap hem verder in de brief.",
    },
    "card.category.letter": {"en": "letter", "fr": "lettre", "nl": "brief"},
    "card.batch.title": {"en": "Letters", "fr": "Lettres", "nl": "Brieven"},
    "card.batch.help": {
        "en": "What the letter cards say: how many letters leave the reader without a date, "
        "without a contact, or with the message late.",
        "fr": "Ce que disent les fiches des lettres : combien de lettres laissent le lecteur "
        "sans date, sans contact, ou donnent le message tard.",
        "nl": "Wat de overzichten van de brieven zeggen: hoeveel brieven de lezer zonder "
        "datum of zonder contact laten, of de boodschap laat geven.",
    },
    "card.batch.letters": {
        "en": "{n} of {total} documents are letters.",
        "fr": "{n} documents sur {total} sont des lettres.",
        "nl": "{n} van de {total} documenten zijn brieven.",
    },
    "card.batch.no_deadline": {
        "en": "{n} letters ask something without a clear date",
        "fr": "{n} lettres demandent quelque chose sans date claire",
        "nl": "{n} brieven vragen iets zonder duidelijke datum",
    },
    "card.batch.no_contact": {
        "en": "{n} letters give no phone, e-mail or address",
        "fr": "{n} lettres ne donnent ni téléphone, ni e-mail, ni adresse",
        "nl": "{n} brieven geven geen telefoon, e-mail of adres",
    },
    "card.batch.late": {
        "en": "{n} letters give the message late (after the first third)",
        "fr": "{n} lettres donnent le message tard (après le premier tiers)",
        "nl": "{n} brieven geven de boodschap laat (na het eerste derde)",
    },
    "card.batch.no_message": {
        "en": "{n} letters: no sentence clearly says the decision",
        "fr": "{n} lettres : aucune phrase ne dit clairement la décision",
        "nl": "{n} brieven: geen zin zegt duidelijk de beslissing",
    },
    # --- end of the letter card ----------------------------------------------------------------
}

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "jargon": {"en": "Difficult word", "fr": "Mot difficile", "nl": "Moeilijk woord"},
    "abbreviation": {
        "en": "Abbreviation",
        "fr": "Abréviation à écrire en entier",
        "nl": "Afkorting voluit schrijven",
    },
    "sentence_length": {"en": "Long sentence", "fr": "Phrase trop longue", "nl": "Te lange zin"},
    "paragraph_length": {
        "en": "Long paragraph",
        "fr": "Paragraphe trop long",
        "nl": "Te lange alinea",
    },
    "passive": {"en": "Who does it?", "fr": "Dites qui fait quoi", "nl": "Zeg wie wat doet"},
    "nominal_style": {
        "en": "Heavy phrasing",
        "fr": "Un seul verbe suffit",
        "nl": "Eén doe-woord is genoeg",
    },
    "impersonal": {
        "en": "Impersonal",
        "fr": "Écrivez « nous » et « vous »",
        "nl": "Schrijf ‘wij’ en ‘u’",
    },
    "formula": {
        "en": "Old-fashioned phrase",
        "fr": "Vieille expression",
        "nl": "Ouderwetse uitdrukking",
    },
    "rare_word": {"en": "Uncommon word", "fr": "Mot peu courant", "nl": "Weinig gebruikt woord"},
    "readability": {
        "en": "Hard to read",
        "fr": "Phrase difficile à lire",
        "nl": "Zin moeilijk te lezen",
    },
    "numbers": {"en": "Many numbers", "fr": "Trop de chiffres", "nl": "Te veel cijfers"},
    "parentheses": {
        "en": "Brackets",
        "fr": "Trop de parenthèses",
        "nl": "Te veel haakjes",
    },
    "enumeration": {"en": "Make a list", "fr": "Faites une liste", "nl": "Maak een lijst"},
    "third_person": {"en": "Say 'you'", "fr": "Dites « vous »", "nl": "Zeg ‘u’"},
    "negation": {"en": "Say it positively", "fr": "Dites-le en positif", "nl": "Zeg het positief"},
    "word_order": {
        "en": "Words far apart",
        "fr": "Mots trop séparés",
        "nl": "Woorden te ver uit elkaar",
    },
    "capitals": {"en": "Capitals", "fr": "Tout en majuscules", "nl": "Alles in hoofdletters"},
    "long_word": {"en": "Very long word", "fr": "Mot très long", "nl": "Heel lang woord"},
    "other": {"en": "Other", "fr": "Autre", "nl": "Andere"},
}


def ui_lang_from_env(preferred: str | None = None) -> str | None:
    """The interface language from SIMPLIFIER_LANG, else `preferred` (the organisation's
    settings: a team's choice outranks a machine's locale), else the locale; None when none
    says."""
    value = os.environ.get("SIMPLIFIER_LANG", "")[:2].lower()
    if value in UI_LANGS:
        return value
    if preferred in UI_LANGS:
        return preferred
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")[:2].lower()
        if value in UI_LANGS:
            return value
    return None


def t(key: str, lang: str = "en", **params: object) -> str:
    """The text for `key` in `lang` (falling back to English), with `params` filled in."""
    texts = MESSAGES[key]
    template = texts.get(lang) or texts["en"]
    return template.format(**params) if params else template


def plain_number(value: float, decimals: int, lang: str) -> str:
    """A number as the reader writes it: a decimal comma in French and Dutch, none for 0."""
    text = f"{value:.{decimals if value else 0}f}"
    return text.replace(".", ",") if lang in ("fr", "nl") else text


# Nouns written with a number (`counted`): singular and plural in each language.
COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "finding": {
        "en": ("finding", "findings"),
        "fr": ("remarque", "remarques"),
        "nl": ("opmerking", "opmerkingen"),
    },
    "error": {"en": ("error", "errors"), "fr": ("erreur", "erreurs"), "nl": ("fout", "fouten")},
    "warning": {
        "en": ("warning", "warnings"),
        "fr": ("avertissement", "avertissements"),
        "nl": ("waarschuwing", "waarschuwingen"),
    },
    "suggestion": {
        "en": ("suggestion", "suggestions"),
        "fr": ("suggestion", "suggestions"),
        "nl": ("suggestie", "suggesties"),
    },
    "point": {"en": ("point", "points"), "fr": ("point", "points"), "nl": ("punt", "punten")},
    "comma": {"en": ("comma", "commas"), "fr": ("virgule", "virgules"), "nl": ("komma", "komma's")},
}


def is_singular(value: float, lang: str, decimals: int = 0) -> bool:
    """French puts 0, 1 and 1,5 in the singular ("1,5 virgule"); English and Dutch only a
    plain 1 ("1.0 commas", "1,0 komma's")."""
    if lang == "fr":
        return abs(round(value, decimals)) < 2
    return decimals == 0 and round(value) == 1


def counted(noun: str, value: float, lang: str, decimals: int = 0) -> str:
    """A number with its noun, agreeing, and a decimal comma in French and Dutch: "1 erreur",
    "3 erreurs", "3,0 virgules", "1 fout", "3 fouten"."""
    forms = COUNTED[noun].get(lang) or COUNTED[noun]["en"]
    number = f"{value:.{decimals}f}"
    if lang in ("fr", "nl"):
        number = number.replace(".", ",")
    return f"{number} {forms[0] if is_singular(value, lang, decimals) else forms[1]}"


class Figure(float):
    """A number that writes itself with the reader's decimal mark in any format ("{value:.1f}"
    gives "3,0" in French and Dutch), for messages whose figures are formatted in the template."""

    lang: str

    def __new__(cls, value: float, lang: str) -> Figure:
        figure = super().__new__(cls, value)
        figure.lang = lang
        return figure

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        return text.replace(".", ",") if self.lang in ("fr", "nl") else text


def reason_text(key: str, value: float, lang: str = "en") -> str:
    """A readability reason (`reason.*`) in `lang`, its figure with the reader's decimal mark
    and its noun agreeing ("3,0 virgules")."""
    commas = counted("comma", value, lang, decimals=1)
    return t(key, lang, value=Figure(value, lang), commas=commas)


def category_label(category: str, lang: str = "en") -> str:
    if category not in CATEGORY_LABELS and f"card.category.{category}" in MESSAGES:
        return t(f"card.category.{category}", lang)
    labels = CATEGORY_LABELS.get(category, CATEGORY_LABELS["other"])
    return labels.get(lang) or labels["en"]
