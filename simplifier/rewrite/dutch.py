"""Dutch inflection for fitting a replacement into its sentence: plural of nouns, de/het and
the words that follow it, the -e of adjectives, and verb forms (present, past, participle).

Written from the spelling rules of Dutch ('t kofschip, open and closed syllables); strong
verbs are listed by their principal parts. The caller checks generated forms against word
frequencies, so a form Dutch writing does not use is never offered with confidence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from simplifier.words import zipf

VOWELS = "aeiouyáéíóúäëïöü"
_DIGRAPHS = ("aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "ui", "ou", "au")

# --- nouns ----------------------------------------------------------------------------------

_PLURAL_IRREGULAR = {
    "kind": "kinderen",
    "ei": "eieren",
    "blad": "bladeren",
    "lied": "liederen",
    "rund": "runderen",
    "stad": "steden",
    "schip": "schepen",
    "lid": "leden",
    "dag": "dagen",
    "weg": "wegen",
    "dak": "daken",
    "gat": "gaten",
    "glas": "glazen",
    "god": "goden",
    "hof": "hoven",
    "spel": "spelen",
    "slot": "sloten",
    "verbod": "verboden",
    "gebod": "geboden",
    "bevel": "bevelen",
    "gebrek": "gebreken",
    "bad": "baden",
    "vat": "vaten",
    "pad": "paden",
    "oorlog": "oorlogen",
    "gebed": "gebeden",
    "tal": "talen",
    "bedrag": "bedragen",
    "verdrag": "verdragen",
    "gedrag": "gedragingen",
    "beroep": "beroepen",
    "bericht": "berichten",
    "recht": "rechten",
    "geval": "gevallen",
    "belang": "belangen",
    "gevolg": "gevolgen",
    "attest": "attesten",
    "adres": "adressen",
    "dossier": "dossiers",
    "formulier": "formulieren",
    "document": "documenten",
    "loket": "loketten",
    "bureau": "bureaus",
    "cadeau": "cadeaus",
    "museum": "musea",
    "centrum": "centra",
    "medium": "media",
    "uur": "uren",
    "jaar": "jaren",
    "maand": "maanden",
    "week": "weken",
    "brief": "brieven",
    "huis": "huizen",
    "reis": "reizen",
    "prijs": "prijzen",
    "kaas": "kazen",
    "wijziging": "wijzigingen",
}
_S_ENDINGS = ("el", "em", "en", "er", "erd", "je", "aar", "eur", "ier", "um")
# Nouns that name an amount of something, not things one can count: their plural means
# something else ("gelden": funds, "zorgen": worries), so a replacement built on one of them
# cannot simply be made plural.
MASS_NOUNS = frozenset(
    {
        "begeleiding",
        "bijstand",
        "geld",
        "hulp",
        "informatie",
        "onderwijs",
        "opvang",
        "steun",
        "uitleg",
        "vervoer",
        "werk",
        "zorg",
    }
)


def plural(noun: str) -> list[str]:
    """Possible plurals of a Dutch noun, most likely first (compounds: the last part)."""
    lower = noun.lower()
    for known, form in _PLURAL_IRREGULAR.items():
        if lower == known or (lower.endswith(known) and len(lower) - len(known) >= 3):
            return [noun[: len(noun) - len(known)] + form]
    if lower.endswith("heid"):
        return [noun[:-4] + "heden"]
    if lower.endswith("ie"):
        return [noun + "s", noun + "ën"]
    if lower.endswith(("e", "é")) and not lower.endswith(("ee", "oe")):
        return [noun + "s", noun + "n"]
    if lower[-1] in "aiouy":
        return [noun + "'s"]
    if lower.endswith(_S_ENDINGS) and not lower.endswith(("ier", "aar", "eur")):
        return [noun + "s", _en_plural(noun)]
    if lower.endswith(("ier", "aar", "eur")):
        return [_en_plural(noun), noun + "s"]
    return [_en_plural(noun), noun + "s"]


_LAST_SYLLABLE = re.compile(r"((?:ij|[aeiouyáéíóúäëïöü])+)((?:(?!ij)[^aeiouyáéíóúäëïöü])*)$")


def _unstressed_end(word: str) -> bool:
    """-ig, -lijk, and -el/-er/-en/-em after another syllable are not stressed: no doubling
    (geldig -> geldige, wandel -> wandelen)."""
    if word.endswith(("ig", "lijk")):
        return True
    return (
        bool(re.search(r"[^aeiou]e[lnrm]$", word))
        and len(_LAST_SYLLABLE.findall(word)) > 0
        and (len(re.findall("[aeiouy]+", word)) > 1)
    )


def singulars_of(form: str) -> list[str]:
    """Nouns of which `form` may be the plural (checked by the caller)."""
    lower = form.lower()
    found = []
    if lower.endswith("en"):
        base = lower[:-2]
        found += [base, base[:-1] if len(base) > 2 and base[-1] == base[-2] else ""]
        if other := other_spelling(base):
            found.append(other)
        if base.endswith("v"):
            found.append(base[:-1] + "f")
        if base.endswith("z"):
            found.append(base[:-1] + "s")
    if lower.endswith("s"):
        found.append(lower[:-1].rstrip("'"))
    return [f for f in found if f]


def _en_plural(noun: str) -> str:
    """Add -en with Dutch spelling: double a consonant after a short vowel (bus -> bussen),
    drop a doubled vowel in the now open syllable (jaar -> jaren), f -> v, s -> z after a
    long vowel (brief -> brieven)."""
    match = _LAST_SYLLABLE.search(noun.lower())
    if not match:
        return noun + "en"
    vowels, consonants = match.group(1), match.group(2)
    stem = noun
    if len(vowels) == 2 and vowels[0] == vowels[1] and len(consonants) == 1:
        stem = noun[: match.start(1)] + vowels[0] + noun[match.start(2) :]
    elif (
        len(vowels) == 1
        and len(consonants) == 1
        and consonants not in "wx"
        and not _unstressed_end(noun.lower())
    ):
        stem = noun + noun[-1]
    if stem.endswith("f") and (len(vowels) == 2 or vowels in _DIGRAPHS):
        stem = stem[:-1] + "v"
    elif stem.endswith("s") and (len(vowels) == 2 or vowels in _DIGRAPHS):
        stem = stem[:-1] + "z"
    return stem + "en"


# Nouns and last parts of compounds that take "het"; most Dutch nouns take "de".
HET_WORDS = frozenset(
    "adres antwoord attest bedrag begin belang bericht besluit bestand bewijs bezoek "
    "bijkomend contract dak deel document doel dossier einde examen formulier gebouw gebruik "
    "geld gesprek geval gevolg gezin huis inkomen jaar kantoor kind land leven loket loon "
    "nummer ocmw onderzoek onderwijs overzicht papier pensioen plan probleem recht rijbewijs "
    "saldo stuk systeem tarief uur verbod verlof verschil verslag verzoek voorschot werk "
    "woord ziekenfonds ziekenhuis advies akkoord attest vonnis arrest bevel beroep verhaal "
    "voordeel nadeel bedrijf netwerk programma centrum lidmaatschap vermogen budget "
    "krediet beslag rapport reglement certificaat getuigschrift uittreksel register bestuur "
    "kapitaal totaal minimum maximum bureau overlijden huwelijk contact verlies resultaat "
    "aanbod gedrag gegeven mandaat personeel risico statuut voorstel bezwaar vervoer".split()
)
_EXACT_ONLY = frozenset({"uur"})  # figuur, cultuur, factuur are de-words
_HET_ENDINGS = ("je", "isme", "ment", "um", "sel", "schrift")
_DE_ENDINGS = (
    "heid",
    "ing",
    "nis",
    "tie",
    "sie",
    "teit",
    "ij",
    "ie",
    "ica",
    "iek",
    "ster",
    "de",
    "te",
    "uur",
    "ade",
    "ide",
    "ode",
    "ure",
    "ine",
)


def article(noun: str, model_gender: str = "") -> tuple[str, bool]:
    """("de"|"het", sure) for a singular noun: from our list of het-words (also as the last
    part of a compound), from endings, else from the parser's guess (not sure)."""
    from simplifier.loader import load_noun_classes

    lower = noun.lower()
    listed = load_noun_classes("nl")
    for size in range(len(lower), 2, -1):
        part = lower[-size:]
        if part in listed and (size == len(lower) or len(lower) - size >= 3):
            return listed[part], True
    for size in range(len(lower), 2, -1):
        part = lower[-size:]
        whole = size == len(lower)
        if part in HET_WORDS and (whole or (len(lower) - size >= 3 and part not in _EXACT_ONLY)):
            return "het", True
    if lower.endswith(_HET_ENDINGS):
        return "het", True
    if lower.endswith(_DE_ENDINGS):
        return "de", True
    if model_gender == "Neut":
        return "het", False
    return "de", model_gender == "Com"


# Determiners that change with de/het: (de-word form, het-word form).
DETERMINERS = {
    "de": ("de", "het"),
    "het": ("de", "het"),
    "deze": ("deze", "dit"),
    "dit": ("deze", "dit"),
    "die": ("die", "dat"),
    "dat": ("die", "dat"),
    "welke": ("welke", "welk"),
    "welk": ("welke", "welk"),
    "elke": ("elke", "elk"),
    "elk": ("elke", "elk"),
    "ieder": ("iedere", "ieder"),
    "iedere": ("iedere", "ieder"),
    "geen": ("geen", "geen"),
    "een": ("een", "een"),
    "uw": ("uw", "uw"),
    "ons": ("onze", "ons"),
    "onze": ("onze", "ons"),
}


def determiner(form: str, het: bool, plural_noun: bool) -> str:
    """A determiner agreeing with its noun: het-word singular or not."""
    de_form, het_form = DETERMINERS[form.lower()]
    if plural_noun:
        chosen = {
            "het": "de",
            "dit": "deze",
            "dat": "die",
            "welk": "welke",
            "elk": "alle",
            "ieder": "alle",
            "ons": "onze",
        }.get(het_form, de_form)
        if form.lower() in ("een",):
            chosen = ""
    else:
        chosen = het_form if het else de_form
    return chosen[:1].upper() + chosen[1:] if form[:1].isupper() and chosen else chosen


# Adjectives that never take -e ("een gratis consult", "de extra kosten").
_INVARIABLE_ADJECTIVES = frozenset({"gratis", "extra", "plus", "prima", "oranje", "roze", "beige"})


def adjective_e(adjective: str) -> str:
    """The inflected form with -e: groot -> grote, wit -> witte, lief -> lieve, vies -> vieze,
    officieel -> officiële."""
    lower = adjective.lower()
    if lower in _INVARIABLE_ADJECTIVES:
        return adjective
    if lower.endswith("ieel"):
        return adjective[:-3] + "ële"
    if lower.endswith(("e", "en")) or (lower[-1] in "aiouy" and not lower.endswith("ieu")):
        return adjective
    return _en_plural(adjective)[:-1]


def adjective_needs_e(determiner_form: str, het: bool, plural_noun: bool) -> bool:
    """Adjectives before a noun take -e, except with a singular het-word after een, geen, no
    article, elk, ieder, welk, veel...: "een nieuw formulier", "het nieuwe formulier"."""
    if plural_noun or not het:
        return True
    return determiner_form.lower() in (
        "de",
        "het",
        "deze",
        "dit",
        "die",
        "dat",
        "uw",
        "mijn",
        "zijn",
        "haar",
        "hun",
        "ons",
        "onze",
        "jouw",
        "je",
    )


# --- verbs ----------------------------------------------------------------------------------

# Strong and irregular verbs: past singular, past plural, participle (without ge- prefixing
# rules applied: given in full).
_STRONG = """
zijn: was waren geweest
hebben: had hadden gehad
kunnen: kon konden gekund
moeten: moest moesten gemoeten
willen: wilde wilden gewild
mogen: mocht mochten gemogen
zullen: zou zouden -
gaan: ging gingen gegaan
komen: kwam kwamen gekomen
worden: werd werden geworden
krijgen: kreeg kregen gekregen
geven: gaf gaven gegeven
nemen: nam namen genomen
zien: zag zagen gezien
doen: deed deden gedaan
vragen: vroeg vroegen gevraagd
schrijven: schreef schreven geschreven
blijven: bleef bleven gebleven
kiezen: koos kozen gekozen
zenden: zond zonden gezonden
vinden: vond vonden gevonden
brengen: bracht brachten gebracht
denken: dacht dachten gedacht
kopen: kocht kochten gekocht
zoeken: zocht zochten gezocht
weten: wist wisten geweten
staan: stond stonden gestaan
liggen: lag lagen gelegen
zitten: zat zaten gezeten
lezen: las lazen gelezen
spreken: sprak spraken gesproken
helpen: hielp hielpen geholpen
houden: hield hielden gehouden
laten: liet lieten gelaten
lopen: liep liepen gelopen
roepen: riep riepen geroepen
slapen: sliep sliepen geslapen
vallen: viel vielen gevallen
hangen: hing hingen gehangen
beginnen: begon begonnen begonnen
winnen: won wonnen gewonnen
verliezen: verloor verloren verloren
vergeten: vergat vergaten vergeten
bieden: bood boden geboden
sluiten: sloot sloten gesloten
schieten: schoot schoten geschoten
wijzen: wees wezen gewezen
blijken: bleek bleken gebleken
lijken: leek leken geleken
kijken: keek keken gekeken
rijden: reed reden gereden
snijden: sneed sneden gesneden
treffen: trof troffen getroffen
trekken: trok trokken getrokken
dragen: droeg droegen gedragen
slaan: sloeg sloegen geslagen
varen: voer voeren gevaren
wassen: waste wasten gewassen
eten: at aten gegeten
meten: mat maten gemeten
geven: gaf gaven gegeven
verbieden: verbood verboden verboden
ontvangen: ontving ontvingen ontvangen
verkrijgen: verkreeg verkregen verkregen
bekomen: bekwam bekwamen bekomen
bevinden: bevond bevonden bevonden
verzenden: verzond verzonden verzonden
onderscheiden: onderscheidde onderscheidden onderscheiden
"""
SEPARABLE_PARTICLES = tuple(
    "aan af bij door in mee na om op over terug toe uit vast voor weg samen tegen binnen "
    "buiten achter neer vrij open dicht kwijt los thuis goed stop plaats deel bekend kennis "
    "tegemoet teleur fout schoon".split()
)
_INSEPARABLE = ("be", "ge", "her", "ont", "ver", "er")
_KOFSCHIP = set("tkfschp") | {"x"}
_IRREGULAR_PRESENT = {
    "zijn": ("ben", "bent", "is", "zijn"),
    "hebben": ("heb", "hebt", "heeft", "hebben"),
    "kunnen": ("kan", "kunt", "kan", "kunnen"),
    "willen": ("wil", "wilt", "wil", "willen"),
    "mogen": ("mag", "mag", "mag", "mogen"),
    "zullen": ("zal", "zult", "zal", "zullen"),
    "gaan": ("ga", "gaat", "gaat", "gaan"),
    "staan": ("sta", "staat", "staat", "staan"),
    "slaan": ("sla", "slaat", "slaat", "slaan"),
    "doen": ("doe", "doet", "doet", "doen"),
    "zien": ("zie", "ziet", "ziet", "zien"),
    "komen": ("kom", "komt", "komt", "komen"),
}


@cache
def _strong() -> dict[str, tuple[str, str, str]]:
    table = {}
    for line in _STRONG.strip().splitlines():
        verb, rest = line.split(":")
        past, past_plural, participle = rest.split()
        table[verb] = (past, past_plural, participle)
    return table


def split_particle(verb: str) -> tuple[str, str]:
    """("aan", "vragen") for a separable verb, ("", verb) otherwise."""
    for particle in sorted(SEPARABLE_PARTICLES, key=len, reverse=True):
        rest = verb[len(particle) :]
        if (
            verb.startswith(particle)
            and len(rest) >= 4
            and (
                (rest.endswith("en") and re.search(f"[{VOWELS}]", rest[:-2]))
                or rest in _IRREGULAR_PRESENT  # "overgaan", "toestaan"
            )
        ):
            return particle, rest
    return "", verb


def _syllables(word: str) -> int:
    return len(re.findall(f"[{VOWELS}]+", word))


def stem(verb: str) -> str:
    """The stem, checked against how often each spelling is written: "controleren" is
    stressed at the end (controleert), "verbeteren" is not (verbetert)."""
    ruled = _stem_by_rule(verb)
    other = other_spelling(ruled)
    if other and zipf(other + "t", "nl") > zipf(ruled + "t", "nl"):
        return other
    return ruled


def other_spelling(stem_form: str) -> str:
    """The same stem with the last vowel long instead of short, or short instead of long."""
    if match := re.search(r"([aeou])\1([^aeiouyijw])$", stem_form):
        return stem_form[: match.start()] + match.group(1) + match.group(2)
    if match := re.search(r"(?<![aeiouy])([aeou])([^aeiouyijw])$", stem_form):
        return stem_form[: match.start()] + match.group(1) * 2 + match.group(2)
    return ""


def _stem_by_rule(verb: str) -> str:
    """The stem of a verb: betalen -> betaal, bellen -> bel, leven -> leef, reizen -> reis,
    wandelen -> wandel (an unstressed -el keeps its short vowel), beheren -> beheer."""
    if verb in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[verb][0]
    base = verb[:-2] if verb.endswith("en") else verb[:-1]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]
    elif match := re.search(r"([aeou])([^aeiouyijw])$", base):
        before = base[match.start(1) - 1] if match.start(1) else ""
        core = re.sub(r"^(be|ge|ver|ont|her)", "", base)
        unstressed = match.group(1) == "e" and match.group(2) in "lnrm" and _syllables(core) > 1
        if before not in VOWELS and not unstressed:
            base = base[: match.start(1)] + match.group(1) * 2 + match.group(2)
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    return base


def _weak_suffix(verb: str) -> str:
    """'t kofschip: the sound before -en decides between -te/-de and -t/-d."""
    base = verb[:-2] if verb.endswith("en") else verb[:-1]
    return "t" if base[-1:] in _KOFSCHIP and not base.endswith(("v", "z")) else "d"


@cache
def conjugation(verb: str) -> dict[str, str] | None:
    """Forms of a Dutch verb: "inf", "pres.1" (ik), "pres.2" (jij/u/hij...), "pres.2inv"
    (jij after the verb), "pres.pl", "past.sg", "past.pl", "part". Separable verbs are given
    written together (subordinate-clause order) and "part" puts ge- after the particle."""
    particle, core = split_particle(verb)
    if not core.endswith("en") and core not in _IRREGULAR_PRESENT:
        return None
    forms = {"inf": verb}
    if core in _IRREGULAR_PRESENT:
        first, second, third, plural_form = _IRREGULAR_PRESENT[core]
    else:
        first = stem(core)
        second = third = first if first.endswith("t") else first + "t"
        plural_form = core
    forms.update(
        {
            "pres.1": particle + first if particle else first,
            "pres.2": particle + second,
            "pres.3": particle + third,
            "pres.2inv": particle + first,
            "pres.pl": particle + plural_form,
        }
    )
    prefix = next(
        (p for p in _INSEPARABLE if core.startswith(p) and core[len(p) :] in _strong()), ""
    )
    if core in _strong():
        past, past_plural, participle = _strong()[core]
    elif prefix:
        past, past_plural, participle = _strong()[core[len(prefix) :]]
        past, past_plural = prefix + past, prefix + past_plural
        participle = prefix + participle.removeprefix("ge")
    else:
        suffix = _weak_suffix(core)
        base = stem(core)
        past = base + suffix + "e"
        past_plural = past + "n"
        prefixed = any(
            core.startswith(p) and re.search(f"[{VOWELS}]", core[len(p) : -2]) for p in _INSEPARABLE
        )
        participle = (
            ("" if prefixed else "ge") + base + ("" if base.endswith(("t", "d")) else suffix)
        )
    if not particle:
        participle = _written_participle(core, participle)
    forms["past.sg"] = particle + past
    forms["past.pl"] = particle + past_plural
    if participle != "-":
        forms["part"] = particle + participle
    forms["te_inf"] = f"{particle} te {core}".strip() if particle else f"te {core}"
    return forms


def plural_verb(form: str) -> str | None:
    """The plural of a finite verb in the third person singular ("controleert" ->
    "controleren", "is" -> "zijn", "had" -> "hadden"), or None when it is not one we know."""
    found = _finite_cell(form.lower())
    if found is None:
        return None
    forms, cell = found
    return {"pres.3": forms["pres.pl"], "past.sg": forms["past.pl"]}.get(cell)


def polite_verb(form: str) -> str | None:
    """A finite verb of the third person made to go with "u" ("is" -> "bent", "moeten" ->
    "moet", "waren" -> "was"), or None when it is not one we know."""
    found = _finite_cell(form.lower())
    if found is None:
        return None
    forms, cell = found
    return forms["pres.2"] if cell.startswith("pres") else forms["past.sg"]


_THIRD_PERSON = ("pres.3", "pres.pl", "past.sg", "past.pl")


def _finite_cell(lower: str) -> tuple[dict[str, str], str] | None:
    """The forms of the verb a finite form of the third person most likely belongs to, and
    which of them it is: the irregular presents, then the strong verbs that list it ("werden"
    -> "worden"), then those the spelling rules give ("controleerten", "controleren"...) that
    writers use, most common first."""
    for verb, (*_, third, plural_form) in _IRREGULAR_PRESENT.items():
        if lower in (third, plural_form):
            return conjugation(verb) or {}, "pres.3" if lower == third else "pres.pl"
    strong = list(_strong_by_form().get(lower, ()))
    ruled = [v for v in infinitives_of(lower) if v not in strong and zipf(v, "nl") >= 1.5]
    for verb in strong + sorted(ruled, key=lambda verb: -zipf(verb, "nl")):
        forms = conjugation(verb) or {}
        cell = next((c for c in _THIRD_PERSON if forms.get(c) == lower), None)
        if cell is not None:
            return forms, cell
    return None


_ENDINGS = ("", "t", "d", "de", "te", "den", "ten", "en", "n")


@cache
def _strong_by_form() -> dict[str, list[str]]:
    """Strong verbs by each of their listed forms (the infinitive too), in the table's order."""
    index: dict[str, list[str]] = {}
    for verb, parts in _strong().items():
        for form in dict.fromkeys((verb, *parts)):
            index.setdefault(form, []).append(verb)
    return index


def infinitives_of(form: str) -> list[str]:
    """Verbs `form` may belong to, for when the parser's lemma is wrong ("verleen" ->
    "verlenen", "bekwamen" -> "bekomen"): strong verbs by their listed forms, others by
    undoing the spelling rules, each checked by conjugating it back."""
    return list(_infinitives_of(form.lower()))


@lru_cache(maxsize=8192)
def _infinitives_of(lower: str) -> tuple[str, ...]:
    found = list(_strong_by_form().get(lower, ()))
    found += [verb for verb, forms in _IRREGULAR_PRESENT.items() if lower in forms]
    bare = lower[2:] if lower.startswith("ge") and len(lower) > 5 else lower
    for cut in _ENDINGS:
        if cut and not bare.endswith(cut):
            continue
        base = bare[: len(bare) - len(cut)] if cut else bare
        if len(base) < 2:
            continue
        options = {base + "en", base + base[-1] + "en"}
        if base.endswith("f"):
            options.add(base[:-1] + "ven")
        if base.endswith("s"):
            options.add(base[:-1] + "zen")
        other = other_spelling(base)
        if other:
            options |= {other + "en", other[:-1] + ("v" if other.endswith("f") else "z") + "en"}
        for candidate in sorted(options):
            forms = conjugation(candidate)
            if forms and lower in forms.values() and candidate not in found:
                found.append(candidate)
    for particle in SEPARABLE_PARTICLES:  # "overgegaan" -> "overgaan", "aangevraagd"
        if lower.startswith(particle) and len(lower) - len(particle) >= 3:
            for verb in _infinitives_of(lower[len(particle) :]):
                forms = conjugation(particle + verb)
                if forms and lower in forms.values() and particle + verb not in found:
                    found.append(particle + verb)
    return tuple(found)


_AMBIGUOUS_PREFIXES = ("onder", "over", "door", "mis", "vol", "achter", "om", "voor")


def _written_participle(verb: str, ruled: str) -> str:
    """Prefixes like onder-, over-, door- are sometimes inseparable (onderzocht, overtuigd)
    and sometimes not (overgemaakt): the form writers use decides."""
    prefix = next(
        (p for p in _AMBIGUOUS_PREFIXES if verb.startswith(p) and len(verb) > len(p) + 3), ""
    )
    if not prefix:
        return ruled
    rest = verb[len(prefix) :]
    rest_forms = conjugation(rest)
    if not rest_forms or "part" not in rest_forms:
        return ruled
    inseparable = prefix + rest_forms["part"].removeprefix("ge")
    separable = prefix + rest_forms["part"]
    return max((inseparable, separable, ruled), key=lambda f: zipf(f, "nl"))
