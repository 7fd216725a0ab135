"""French inflection for fitting a replacement into its sentence: plural and feminine of nouns
and adjectives, verb conjugation, determiners, elision and contraction.

Written from the rules of French grammar; irregular verbs are described by their principal
parts (present forms, participle, future stem) from which the other tenses follow. Every form
that matters is also checked against word frequencies by the caller: a form that French
writing does not use is not offered with confidence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from simplifier.words import zipf

VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"
# Words starting with an aspirated h take no elision ("le handicap", "la hausse").
H_ASPIRE = frozenset(
    "hache haie haine hall halte hameau hamac hanche handicap handicapé handicapée hangar "
    "hardi hareng haricot harcèlement hasard hâte hausse haut haute hauteur hernie héros "
    "hiérarchie hibou hockey hollandais homard honte hors hotte housse hublot huit huitième "
    "hurler hutte".split()
)


def starts_with_vowel(word: str) -> bool:
    """True when a word takes elision before it: a vowel, or an h that is not aspirated."""
    lower = word.lower().lstrip("«\"' ")
    if not lower:
        return False
    if lower[0] == "h":
        first = re.split(r"[\s'-]", lower)[0]
        return first not in H_ASPIRE and first.rstrip("s") not in H_ASPIRE
    return lower[0] in VOWELS


# --- nouns and adjectives ---------------------------------------------------------------------

_PLURAL_X = {"bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou"}
_AL_S = {
    "bal",
    "carnaval",
    "chacal",
    "festival",
    "récital",
    "régal",
    "banal",
    "fatal",
    "final",
    "natal",
    "naval",
    "bancal",
    "idéal",
}
_AIL_AUX = {
    "travail": "travaux",
    "bail": "baux",
    "vitrail": "vitraux",
    "émail": "émaux",
    "corail": "coraux",
    "soupirail": "soupiraux",
    "vantail": "vantaux",
}
_EU_S = {"bleu", "pneu", "émeu", "landau", "sarrau"}
_PLURAL_IRREGULAR = {
    "œil": "yeux",
    "ciel": "cieux",
    "aïeul": "aïeux",
    "monsieur": "messieurs",
    "madame": "mesdames",
    "mademoiselle": "mesdemoiselles",
}


def plural(word: str) -> str:
    """Plural of one French noun or adjective."""
    lower = word.lower()
    if lower in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[lower]
    if lower in _AIL_AUX:
        return _AIL_AUX[lower]
    if lower.endswith(("s", "x", "z")):
        return word
    if lower.endswith(("eau", "au", "eu")) and lower not in _EU_S:
        return word + "x"
    if lower in _PLURAL_X:
        return word + "x"
    if lower.endswith("al") and lower not in _AL_S:
        return word[:-2] + "aux"
    return word + "s"


_FEMININE_IRREGULAR = {
    "beau": "belle",
    "bel": "belle",
    "nouveau": "nouvelle",
    "nouvel": "nouvelle",
    "vieux": "vieille",
    "vieil": "vieille",
    "fou": "folle",
    "mou": "molle",
    "long": "longue",
    "frais": "fraîche",
    "doux": "douce",
    "faux": "fausse",
    "roux": "rousse",
    "blanc": "blanche",
    "franc": "franche",
    "sec": "sèche",
    "public": "publique",
    "grec": "grecque",
    "gros": "grosse",
    "bas": "basse",
    "gras": "grasse",
    "las": "lasse",
    "épais": "épaisse",
    "gentil": "gentille",
    "nul": "nulle",
    "favori": "favorite",
    "bénin": "bénigne",
    "malin": "maligne",
    "complet": "complète",
    "incomplet": "incomplète",
    "concret": "concrète",
    "discret": "discrète",
    "inquiet": "inquiète",
    "secret": "secrète",
    "meilleur": "meilleure",
    "supérieur": "supérieure",
    "inférieur": "inférieure",
    "antérieur": "antérieure",
    "postérieur": "postérieure",
    "extérieur": "extérieure",
    "intérieur": "intérieure",
    "majeur": "majeure",
    "mineur": "mineure",
    "ultérieur": "ultérieure",
    "dû": "due",
    "absous": "absoute",
    "dissous": "dissoute",
    "tiers": "tierce",
    "aigu": "aiguë",
    "ambigu": "ambiguë",
    "exprès": "expresse",
    "hébreu": "hébraïque",
    "jumeau": "jumelle",
    "inclus": "incluse",
    "exclus": "exclue",
    "conclu": "conclue",
}


def feminine(word: str) -> str:
    """Feminine of one French adjective or past participle (masculine singular given)."""
    lower = word.lower()
    if lower in _FEMININE_IRREGULAR:
        return _match(_FEMININE_IRREGULAR[lower], word)
    if lower.endswith("e"):
        return word
    for ending, replacement in (
        ("eux", "euse"),
        ("teur", "trice"),
        ("eur", "euse"),
        ("if", "ive"),
        ("ier", "ière"),
        ("er", "ère"),
        ("el", "elle"),
        ("eil", "eille"),
        ("ien", "ienne"),
        ("en", "enne"),
        ("on", "onne"),
        ("et", "ette"),
        ("oux", "ouse"),
        ("c", "que"),
    ):
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + replacement
    return word + "e"


def inflect_adjective(word: str, gender: str, number: str) -> str:
    """An adjective or participle (masculine singular) for the given gender and number."""
    form = feminine(word) if gender == "Fem" else word
    return plural(form) if number == "Plur" else form


def _match(form: str, model: str) -> str:
    return form[0].upper() + form[1:] if model[:1].isupper() else form


# Nouns whose gender the endings below would get wrong, and endings that say it reliably.
_MASCULINE_EXCEPTIONS = frozenset(
    "comité traité été côté pâté arrêté député délégué invité résumé reçu degré gré incendie "
    "génie parapluie sosie silence musée lycée trophée apogée squelette casque".split()
)
_FEMININE_EXCEPTIONS = frozenset(["page", "image", "plage", "cage", "nage", "rage", "eau", "peau"])
_GENDER_ENDINGS: tuple[tuple[str, str], ...] = (
    ("tion", "Fem"),
    ("sion", "Fem"),
    ("xion", "Fem"),
    ("té", "Fem"),
    ("ure", "Fem"),
    ("ance", "Fem"),
    ("ence", "Fem"),
    ("ette", "Fem"),
    ("ie", "Fem"),
    ("ise", "Fem"),
    ("ude", "Fem"),
    ("ade", "Fem"),
    ("ée", "Fem"),
    ("esse", "Fem"),
    ("ique", "Fem"),
    ("ment", "Masc"),
    ("age", "Masc"),
    ("isme", "Masc"),
    ("eau", "Masc"),
    ("oir", "Masc"),
    ("ier", "Masc"),
    ("at", "Masc"),
    ("et", "Masc"),
    ("ail", "Masc"),
    ("eil", "Masc"),
    ("in", "Masc"),
    ("ard", "Masc"),
    ("if", "Masc"),
    ("ès", "Masc"),
    ("is", "Masc"),
)


def gender_from_ending(noun: str) -> str:
    """'Masc', 'Fem' or '' when neither our list of nouns nor the ending tells."""
    from simplifier.loader import load_noun_classes

    lower = noun.lower()
    listed = load_noun_classes("fr")
    if lower in listed:
        return listed[lower]
    head = re.split(r"[-\s]", lower)[0]  # "grand-parent" -> "grand"? compounds: first noun
    if head != lower and head in listed:
        return listed[head]
    if lower in _MASCULINE_EXCEPTIONS:
        return "Masc"
    if lower in _FEMININE_EXCEPTIONS:
        return "Fem"
    for ending, gender in _GENDER_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return gender
    return ""


# --- determiners --------------------------------------------------------------------------------

# (masculine, feminine, plural); the masculine form before a vowel is chosen by `determiner`.
_DETERMINERS: dict[str, tuple[str, str, str]] = {
    "le": ("le", "la", "les"),
    "la": ("le", "la", "les"),
    "l'": ("le", "la", "les"),
    "les": ("le", "la", "les"),
    "un": ("un", "une", "des"),
    "une": ("un", "une", "des"),
    "ce": ("ce", "cette", "ces"),
    "cet": ("ce", "cette", "ces"),
    "cette": ("ce", "cette", "ces"),
    "ces": ("ce", "cette", "ces"),
    "mon": ("mon", "ma", "mes"),
    "ma": ("mon", "ma", "mes"),
    "mes": ("mon", "ma", "mes"),
    "ton": ("ton", "ta", "tes"),
    "ta": ("ton", "ta", "tes"),
    "tes": ("ton", "ta", "tes"),
    "son": ("son", "sa", "ses"),
    "sa": ("son", "sa", "ses"),
    "ses": ("son", "sa", "ses"),
    "notre": ("notre", "notre", "nos"),
    "nos": ("notre", "notre", "nos"),
    "votre": ("votre", "votre", "vos"),
    "vos": ("votre", "votre", "vos"),
    "leur": ("leur", "leur", "leurs"),
    "leurs": ("leur", "leur", "leurs"),
    "quel": ("quel", "quelle", "quels"),
    "quelle": ("quel", "quelle", "quelles"),
    "aucun": ("aucun", "aucune", "aucuns"),
    "aucune": ("aucun", "aucune", "aucunes"),
    "tout": ("tout", "toute", "tous"),
    "toute": ("tout", "toute", "toutes"),
    "du": ("du", "de la", "des"),
    "au": ("au", "à la", "aux"),
    "aux": ("au", "à la", "aux"),
    "des": ("du", "de la", "des"),
    "de la": ("du", "de la", "des"),
    "à la": ("au", "à la", "aux"),
    "de l'": ("du", "de la", "des"),
    "à l'": ("au", "à la", "aux"),
}
_BEFORE_VOWEL = {
    "le": "l'",
    "la": "l'",
    "ce": "cet",
    "ma": "mon",
    "ta": "ton",
    "sa": "son",
    "du": "de l'",
    "de la": "de l'",
    "au": "à l'",
    "à la": "à l'",
}


def straight(form: str) -> str:
    """Lower case with a straight apostrophe: texts write « l’ » as often as « l' »."""
    return normalise_apostrophe(form).lower()


def is_determiner(form: str) -> bool:
    return straight(form) in _DETERMINERS


def determiner(form: str, gender: str, number: str, next_word: str) -> str:
    """The determiner `form` ("le", "du", "cette", "l’"...) made to agree with a noun of this
    gender and number that starts with `next_word`, with the text's kind of apostrophe."""
    chosen = _agreeing_determiner(straight(form), gender, number, next_word)
    if "’" in form:
        chosen = chosen.replace("'", "’")
    return _match(chosen, form)


def _agreeing_determiner(form: str, gender: str, number: str, next_word: str) -> str:
    masculine, fem, plur = _DETERMINERS[form]
    if form in ("quel", "quelle", "aucun", "aucune", "tout", "toute") and number == "Plur":
        chosen = {"Fem": {"quel": "quelles", "aucun": "aucunes", "tout": "toutes"}}.get(
            gender, {"quel": "quels", "aucun": "aucuns", "tout": "tous"}
        )[masculine]
    elif number == "Plur":
        chosen = plur
    else:
        chosen = fem if gender == "Fem" else masculine
        if starts_with_vowel(next_word) and chosen in _BEFORE_VOWEL:
            chosen = _BEFORE_VOWEL[chosen]
    return chosen


# Elided short words and their full form ("d'" -> "de"), for when the next word changes.
ELIDED = {
    "d'": "de",
    "qu'": "que",
    "j'": "je",
    "n'": "ne",
    "m'": "me",
    "t'": "te",
    "s'": "se",
    "jusqu'": "jusque",
    "lorsqu'": "lorsque",
    "puisqu'": "puisque",
    "quoiqu'": "quoique",
}


# "du" is "de" + "le": each contraction and the preposition and article it stands for.
CONTRACTIONS = {("à", "le"): "au", ("de", "le"): "du", ("à", "les"): "aux", ("de", "les"): "des"}
CONTRACTED = {form: pair for pair, form in CONTRACTIONS.items()}


def normalise_apostrophe(text: str) -> str:
    return text.replace("’", "'")


# --- verbs ----------------------------------------------------------------------------------------

PERSONS = ("1s", "2s", "3s", "1p", "2p", "3p")
_ENDINGS = {
    "imparfait": ("ais", "ais", "ait", "ions", "iez", "aient"),
    "futur": ("ai", "as", "a", "ons", "ez", "ont"),
    "conditionnel": ("ais", "ais", "ait", "ions", "iez", "aient"),
    "subjonctif": ("e", "es", "e", "ions", "iez", "ent"),
}

# Irregular verbs by principal parts: six present forms | past participle | future stem
# [| subjunctive singular stem, subjunctive plural stem]. Everything else is derived.
_IRREGULAR = """
être: suis es est sommes êtes sont | été | ser | soi soy
avoir: ai as a avons avez ont | eu | aur | ai ay
aller: vais vas va allons allez vont | allé | ir | aill all
faire: fais fais fait faisons faites font | fait | fer | fass fass
dire: dis dis dit disons dites disent | dit | dir
pouvoir: peux peux peut pouvons pouvez peuvent | pu | pourr | puiss puiss
devoir: dois dois doit devons devez doivent | dû | devr
vouloir: veux veux veut voulons voulez veulent | voulu | voudr | veuill voul
savoir: sais sais sait savons savez savent | su | saur | sach sach
valoir: vaux vaux vaut valons valez valent | valu | vaudr | vaill val
falloir: - - faut - - - | fallu | faudr | faill faill
venir: viens viens vient venons venez viennent | venu | viendr
tenir: tiens tiens tient tenons tenez tiennent | tenu | tiendr
prendre: prends prends prend prenons prenez prennent | pris | prendr
mettre: mets mets met mettons mettez mettent | mis | mettr
recevoir: reçois reçois reçoit recevons recevez reçoivent | reçu | recevr
voir: vois vois voit voyons voyez voient | vu | verr
prévoir: prévois prévois prévoit prévoyons prévoyez prévoient | prévu | prévoir
envoyer: envoie envoies envoie envoyons envoyez envoient | envoyé | enverr
écrire: écris écris écrit écrivons écrivez écrivent | écrit | écrir
lire: lis lis lit lisons lisez lisent | lu | lir
ouvrir: ouvre ouvres ouvre ouvrons ouvrez ouvrent | ouvert | ouvrir
offrir: offre offres offre offrons offrez offrent | offert | offrir
couvrir: couvre couvres couvre couvrons couvrez couvrent | couvert | couvrir
souffrir: souffre souffres souffre souffrons souffrez souffrent | souffert | souffrir
partir: pars pars part partons partez partent | parti | partir
sortir: sors sors sort sortons sortez sortent | sorti | sortir
servir: sers sers sert servons servez servent | servi | servir
sentir: sens sens sent sentons sentez sentent | senti | sentir
suivre: suis suis suit suivons suivez suivent | suivi | suivr
vivre: vis vis vit vivons vivez vivent | vécu | vivr
connaître: connais connais connaît connaissons connaissez connaissent | connu | connaîtr
paraître: parais parais paraît paraissons paraissez paraissent | paru | paraîtr
croire: crois crois croit croyons croyez croient | cru | croir
conduire: conduis conduis conduit conduisons conduisez conduisent | conduit | conduir
courir: cours cours court courons courez courent | couru | courr
joindre: joins joins joint joignons joignez joignent | joint | joindr
craindre: crains crains craint craignons craignez craignent | craint | craindr
atteindre: atteins atteins atteint atteignons atteignez atteignent | atteint | atteindr
résoudre: résous résous résout résolvons résolvez résolvent | résolu | résoudr
conclure: conclus conclus conclut concluons concluez concluent | conclu | conclur
inclure: inclus inclus inclut incluons incluez incluent | inclus | inclur
exclure: exclus exclus exclut excluons excluez excluent | exclu | exclur
battre: bats bats bat battons battez battent | battu | battr
rompre: romps romps rompt rompons rompez rompent | rompu | rompr
plaire: plais plais plaît plaisons plaisez plaisent | plu | plair
acquérir: acquiers acquiers acquiert acquérons acquérez acquièrent | acquis | acquerr
mourir: meurs meurs meurt mourons mourez meurent | mort | mourr
naître: nais nais naît naissons naissez naissent | né | naîtr
boire: bois bois boit buvons buvez boivent | bu | boir
cueillir: cueille cueilles cueille cueillons cueillez cueillent | cueilli | cueiller
fuir: fuis fuis fuit fuyons fuyez fuient | fui | fuir
asseoir: assieds assieds assied asseyons asseyez asseyent | assis | assiér
"""
# Verbs conjugated like another (prefix + model).
_PREFIXED = {
    "venir": "devenir revenir parvenir prévenir intervenir convenir subvenir survenir provenir",
    "tenir": "obtenir maintenir retenir contenir appartenir soutenir détenir entretenir",
    "prendre": "comprendre reprendre apprendre entreprendre surprendre",
    "mettre": "permettre remettre transmettre soumettre admettre promettre omettre commettre",
    "recevoir": "percevoir apercevoir décevoir concevoir",
    "voir": "revoir entrevoir",
    "envoyer": "renvoyer",
    "écrire": "inscrire décrire prescrire souscrire transcrire",
    "lire": "relire élire",
    "ouvrir": "rouvrir entrouvrir",
    "couvrir": "découvrir recouvrir",
    "partir": "repartir",
    "sortir": "ressortir",
    "servir": "desservir resservir",
    "sentir": "ressentir consentir",
    "suivre": "poursuivre",
    "vivre": "revivre survivre",
    "connaître": "reconnaître méconnaître",
    "paraître": "apparaître disparaître comparaître",
    "conduire": "produire réduire introduire traduire construire détruire déduire "
    "reconduire instruire séduire",
    "courir": "parcourir recourir secourir accourir encourir",
    "joindre": "rejoindre adjoindre enjoindre",
    "craindre": "plaindre contraindre",
    "atteindre": "peindre éteindre restreindre",
    "battre": "débattre combattre abattre",
    "rompre": "interrompre corrompre",
    "faire": "refaire défaire satisfaire",
    "dire": "redire",
    "acquérir": "conquérir requérir",
}
# -re verbs conjugated regularly (rendre: rends, rend, rendons...).
_RE_REGULAR = frozenset(
    "rendre attendre vendre entendre descendre perdre répondre correspondre dépendre "
    "suspendre défendre tendre étendre prétendre fondre confondre tondre mordre tordre "
    "interrompre revendre détendre".split()
)
# -ir verbs that are not of the "finir" type and not in the table.
_IR_NOT_FINIR = frozenset(["dormir", "mentir", "bouillir", "vêtir"])


def _common_suffix(a: str, b: str) -> int:
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    return size


@cache
def _irregular() -> dict[str, tuple[tuple[str, ...], str, str, tuple[str, str] | None]]:
    table: dict[str, tuple[tuple[str, ...], str, str, tuple[str, str] | None]] = {}
    for line in _IRREGULAR.strip().splitlines():
        verb, rest = line.split(":", 1)
        fields = [f.strip() for f in rest.split("|")]
        present = tuple(fields[0].split())
        subjunctive = tuple(fields[3].split()) if len(fields) > 3 else None
        table[verb] = (present, fields[1], fields[2], subjunctive)  # type: ignore[assignment]
    for model, verbs in _PREFIXED.items():
        present, participle, future, subjunctive = table[model]
        for verb in verbs.split():
            common = _common_suffix(verb, model)
            old, new = model[: len(model) - common], verb[: len(verb) - common]

            def swap(form: str, old: str = old, new: str = new) -> str:
                return "-" if form == "-" else new + form[len(old) :]

            table[verb] = (
                tuple(swap(f) for f in present),
                swap(participle),
                swap(future),
                tuple(swap(f) for f in subjunctive) if subjunctive else None,  # type: ignore[assignment]
            )
    return table


# lever -> lève, compléter -> complète, régler -> règle; not présenter, tester (two consonants).
_MUTE_E = re.compile(r"[eé]([^aeiouyéèêmn](?:[lr])?|[mn])$")


def _first_group_present(verb: str) -> tuple[str, ...]:
    stem = verb[:-2]
    mute = stem  # the stem before a mute e (e -> è, y -> i, l/t doubled)
    if (stem.endswith("y") and not stem.endswith("ay")) or stem.endswith("ay"):
        mute = stem[:-1] + "i"
    elif re.search(r"(el|et)$", stem) and verb not in (
        "acheter",
        "geler",
        "modeler",
        "peler",
        "racheter",
        "harceler",
        "congeler",
    ):
        mute = stem + stem[-1]
    elif match := _MUTE_E.search(stem):
        mute = stem[: match.start()] + "è" + match.group(1)
    plural_stem = _soft(stem, "o")
    return (mute + "e", mute + "es", mute + "e", plural_stem + "ons", stem + "ez", mute + "ent")


def _soft(stem: str, before: str) -> str:
    """-cer and -ger verbs keep their sound before a and o: commençons, mangeais."""
    if before in "ao" and stem.endswith("c"):
        return stem[:-1] + "ç"
    if before in "ao" and stem.endswith("g"):
        return stem + "e"
    return stem


def group(verb: str) -> str:
    """'er', 'ir' (finir type), 'irregular', or '' when the verb is not known to conjugate."""
    if verb in _irregular():
        return "irregular"
    if verb.endswith("er") and verb != "aller":
        return "er"
    if verb.endswith("ir") and verb not in _IR_NOT_FINIR:
        return "ir"
    if verb in _RE_REGULAR:
        return "re"
    return ""


@cache
def conjugation(verb: str) -> dict[str, str] | None:
    """All forms of a verb, keyed "present.1s", "imparfait.3p", "futur.2p", "conditionnel.1s",
    "subjonctif.3s", "imperatif.2p", "infinitif", "participe.Masc.Sing", "participe_present";
    None for a verb whose conjugation is not known."""
    kind = group(verb)
    if not kind:
        return None
    subjunctive: tuple[str, str] | None = None
    if kind == "irregular":
        present, participle, future, subjunctive = _irregular()[verb]
    elif kind == "er":
        present = _first_group_present(verb)
        participle = verb[:-2] + "é"
        mute_future = present[0][:-1]  # lèv-, appell-, paie-
        if _MUTE_E.search(verb[:-2]) and "é" in verb[-5:-2]:
            mute_future = verb[:-2]  # compléter -> compléterai
        future = mute_future + "er"
    elif kind == "ir":
        stem = verb[:-2]
        present = (
            stem + "is",
            stem + "is",
            stem + "it",
            stem + "issons",
            stem + "issez",
            stem + "issent",
        )
        participle = stem + "i"
        future = verb
    else:
        stem = verb[:-2]
        present = (stem + "s", stem + "s", stem, stem + "ons", stem + "ez", stem + "ent")
        participle = stem + "u"
        future = verb[:-1]
    forms: dict[str, str] = {"infinitif": verb}
    for person, form in zip(PERSONS, present, strict=True):
        if form != "-":
            forms[f"present.{person}"] = form
    plural_stem = present[3][:-3] if present[3] != "-" else ""
    third_plural_stem = present[5][:-3] if present[5] != "-" else ""
    imparfait_stem = "ét" if verb == "être" else plural_stem
    if kind == "er":
        imparfait_stem = verb[:-2]
    for person, ending in zip(PERSONS, _ENDINGS["imparfait"], strict=True):
        if imparfait_stem:
            forms[f"imparfait.{person}"] = _soft(imparfait_stem, ending[0]) + ending
    for person, f_end, c_end in zip(
        PERSONS, _ENDINGS["futur"], _ENDINGS["conditionnel"], strict=True
    ):
        if verb == "falloir" and person != "3s":
            continue
        forms[f"futur.{person}"] = future + f_end
        forms[f"conditionnel.{person}"] = future + c_end
    if subjunctive:
        singular, plural_subj = subjunctive
    else:
        singular = third_plural_stem
        plural_subj = verb[:-2] if kind == "er" else plural_stem
    for person, ending in zip(PERSONS, _ENDINGS["subjonctif"], strict=True):
        stem = plural_subj if person in ("1p", "2p") else singular
        if verb == "être":
            ending = {"1s": "s", "2s": "s", "3s": "t", "1p": "ons", "2p": "ez", "3p": "ent"}[person]
        if verb == "avoir":
            ending = {"1s": "e", "2s": "es", "3s": "t", "1p": "ons", "2p": "ez", "3p": "ent"}[
                person
            ]
        if stem and not (verb == "falloir" and person != "3s"):
            forms[f"subjonctif.{person}"] = stem + ending
    imperative = {
        "être": ("sois", "soyons", "soyez"),
        "avoir": ("aie", "ayons", "ayez"),
        "savoir": ("sache", "sachons", "sachez"),
        "vouloir": ("veuille", "veuillons", "veuillez"),
    }
    if verb in imperative:
        two, one_plural, two_plural = imperative[verb]
    elif present[1] != "-":
        two = present[1][:-1] if present[1].endswith("es") or verb == "aller" else present[1]
        one_plural, two_plural = present[3], present[4]
    else:
        two = one_plural = two_plural = ""
    if two:
        forms.update({"imperatif.2s": two, "imperatif.1p": one_plural, "imperatif.2p": two_plural})
    for gender in ("Masc", "Fem"):
        for number in ("Sing", "Plur"):
            form = participle
            if participle.endswith("û") and (gender, number) != ("Masc", "Sing"):
                form = participle[:-1] + "u"  # dû, due, dus
            if participle in ("été", "pu", "fallu", "plu", "valu", "lu") and verb in (
                "être",
                "pouvoir",
                "falloir",
                "plaire",
                "valoir",
            ):
                forms[f"participe.{gender}.{number}"] = participle  # never agrees
                continue
            forms[f"participe.{gender}.{number}"] = inflect_adjective(form, gender, number)
    if verb == "être":
        forms["participe_present"] = "étant"
    elif verb == "avoir":
        forms["participe_present"] = "ayant"
    elif verb == "savoir":
        forms["participe_present"] = "sachant"
    elif plural_stem:
        forms["participe_present"] = _soft(plural_stem, "a") + "ant"
    return forms


def analyse_form(verb: str, form: str) -> list[str]:
    """The cells ("present.2p", ...) in which `verb` takes the written `form`."""
    forms = conjugation(verb)
    if forms is None:
        return []
    lower = form.lower()
    return [cell for cell, value in forms.items() if value == lower]


def infinitives_of(form: str) -> list[str]:
    """Verbs of which `form` may be a form, for when the parser's lemma is wrong: every way of
    cutting an ending off and adding -er, -ir or -re that conjugates back to the form."""
    return list(_infinitives_of(form.lower()))


@lru_cache(maxsize=8192)
def _infinitives_of(lower: str) -> tuple[str, ...]:
    found: list[str] = []
    for cut in range(0, min(7, len(lower) - 1)):
        stem = lower[: len(lower) - cut] if cut else lower
        for ending in ("er", "ir", "re", "oir"):
            for candidate in {stem + ending, stem.rstrip("e") + ending}:
                if candidate not in found and analyse_form(candidate, lower):
                    found.append(candidate)
    return tuple(found)


def likely_infinitives(form: str, lemma: str) -> list[str]:
    """The verbs a form may belong to: the parser's `lemma` first, then those its ending
    allows ("signe" -> "signer") that writers use."""
    candidates = dict.fromkeys([lemma.lower(), *infinitives_of(form)])
    return [verb for verb in candidates if zipf(verb, "fr") >= 1.5]


def other_person(verbs: list[str], form: str, persons: tuple[str, ...], person: str) -> str | None:
    """`form` of the first of `verbs` (candidate infinitives, most likely first) that has it
    in one of `persons` ("3s", "3p"), put in `person` ("2p") in the same tense and mood:
    "doit" -> "devez", "ont" -> "avez"; None when no candidate has it."""
    for verb in verbs:
        forms = conjugation(verb) or {}
        for cell in analyse_form(verb, form):
            if cell[-2:] in persons and cell[:-2] + person in forms:
                return forms[cell[:-2] + person]
    return None
