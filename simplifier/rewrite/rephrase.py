"""Turn a passive sentence that says who acts ("… par nos services", "… door de dienst") into
an active one: "Votre demande a été acceptée par nos services." -> "Nos services ont accepté
votre demande." Only where the parse makes it safe: a main clause made of the subject, the
auxiliaries, the participle, the agent and words that follow the participle; anything else
(negation, a modal verb, words before the subject, agents joined by "et"/"voire"/"of", brackets
and dashes, words the parse hung on the agent, all of which moved words on real texts: « est
estimée par le Fonds sur base de l'expertise » became « … de l'expertise sur base ») keeps the
hint without a rewrite.

Examples that made us add the last three (our own sentences of the same shape):
- "Dit moet door de advocaat aan de rechtbank gevraagd worden." (not "De advocaat vraagt …")
- « Ces aides sont accordées (sous conditions) par le SPF – Direction générale voire par les
  mutuelles. »"""

from __future__ import annotations

from spacy.tokens import Span, Token

from simplifier.rewrite import dutch, french

_FR_SUBJECT_OF = {
    "nous": ("nous", "1p"),
    "vous": ("vous", "2p"),
    "lui": ("il", "3s"),
    "elle": ("elle", "3s"),
    "eux": ("ils", "3p"),
    "elles": ("elles", "3p"),
    "moi": ("je", "1s"),
    "toi": ("tu", "2s"),
}
_FR_OBJECT_OF = {
    "vous": "vous",
    "nous": "nous",
    "il": "le",
    "elle": "la",
    "ils": "les",
    "elles": "les",
    "je": "me",
    "tu": "te",
}
# Tenses of "être" (and "avoir") that carry over to the active verb; passé simple does not.
_FR_TENSES = ("present", "imparfait", "futur", "conditionnel", "subjonctif")


def active_sentence(sentence: Span, lang: str) -> str | None:
    """The sentence in the active voice, or None when it is not safe to rewrite."""
    participle = next((t for t in sentence if any(c.dep_ == "aux:pass" for c in t.children)), None)
    if participle is None:
        return None
    try:
        if lang == "fr":
            return _french(sentence, participle)
        return _dutch(sentence, participle)
    except (KeyError, ValueError, StopIteration):
        return None


# Auxiliaries of tense and voice carry over to the active verb; any other (a modal, "zullen")
# would be lost.
_TENSE_AUXILIARIES = frozenset({"avoir", "être", "hebben", "zijn", "worden"})
_BREAKS = frozenset({"(", ")", "–", "—", "[", "]"})


def _parts(sentence: Span, participle: Token) -> tuple[Token, Token, list[Token], list[Token]]:
    """(subject, agent, auxiliaries, other dependents after the participle) or ValueError."""
    children = list(participle.children)
    subject = next(c for c in children if c.dep_ == "nsubj:pass")
    agent = next(c for c in children if c.dep_ == "obl:agent")
    auxiliaries = [c for c in children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    others = [c for c in children if c not in (subject, agent, *auxiliaries) and c.dep_ != "punct"]
    if participle.dep_ != "ROOT" or sentence[0].i != min(t.i for t in subject.subtree):
        raise ValueError("words before the subject")
    if any(c.lower_ in ("ne", "n'", "pas", "niet", "geen", "jamais", "nooit") for c in children):
        raise ValueError("negation")
    if any(a.dep_ == "aux" and a.lemma_.lower() not in _TENSE_AUXILIARIES for a in auxiliaries):
        raise ValueError("modal")  # "moet door de advocaat gevraagd worden": not "vraagt"
    if any(c.dep_ in ("conj", "cc") for c in agent.children):
        raise ValueError("agents")  # « par le SPF … voire par les mutuelles »
    if any(t.text in _BREAKS for t in sentence):
        raise ValueError("brackets")  # the parse of a bracket or a dash moves its words
    return subject, agent, auxiliaries, others


def _fr_parts(sentence: Span, participle: Token) -> tuple[Token, Token, list[Token], list[Token]]:
    """French keeps the verb group together: nothing may sit between the auxiliaries and the
    participle (Dutch puts the rest of the clause there)."""
    subject, agent, auxiliaries, others = _parts(sentence, participle)
    if any(o.i < participle.i and o.dep_ != "case" for o in others):
        raise ValueError("words inside the verb group")
    return subject, agent, auxiliaries, others


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i)).strip()


def _lower_first(text: str, token: Token) -> str:
    return text if token.pos_ == "PROPN" or text[:2].isupper() else text[:1].lower() + text[1:]


def _end(sentence: Span) -> str:
    last = sentence[-1]
    return last.text if last.is_punct else "."


def _agent_phrase(agent: Token, preposition: str) -> tuple[list[Token], list[Token]]:
    """The agent's words without the preposition, and the words the parser hung on the agent
    that belong to the sentence ("par la mutualité le 5 mars")."""
    words: list[Token] = []
    moved: list[Token] = []
    for child in agent.children:
        if child.lower_ == preposition and child.dep_ == "case":
            continue
        keep = (
            child.i < agent.i
            or child.dep_ in ("amod", "flat", "flat:name", "appos")
            or any(
                c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des", "van")
                for c in child.children
            )
        )
        (words if keep else moved).extend(child.subtree)
    words.append(agent)
    _whole_tail(moved)
    return sorted(words, key=lambda t: t.i), moved


def _whole_tail(moved: list[Token]) -> None:
    """Words the parse hung on the agent may go to the end only if they are the end of the
    sentence, in one piece (« invité par le juge à une audience. »); otherwise moving them
    cuts a phrase (« estimée par le Fonds sur base notamment de l'expertise » gave « … de
    l'expertise sur base »)."""
    if not moved:
        return
    indices = sorted(t.i for t in moved)
    if indices != list(range(indices[0], indices[-1] + 1)):
        raise ValueError("words hung on the agent, in pieces")
    doc = moved[0].doc
    after = doc[indices[-1] + 1] if indices[-1] + 1 < len(doc) else None
    if after is not None and not after.is_punct:
        raise ValueError("words hung on the agent, before others")


def _french(sentence: Span, participle: Token) -> str | None:
    subject, agent, auxiliaries, others = _fr_parts(sentence, participle)
    if not any(c.lower_ == "par" and c.dep_ == "case" for c in agent.children):
        return None
    agent_words, moved = _agent_phrase(agent, "par")
    if agent.pos_ == "PRON":
        new_subject, person = _FR_SUBJECT_OF[agent.lower_]
    else:
        number = (agent.morph.get("Number") or ["Sing"])[0]
        new_subject, person = _text(agent_words), "3p" if number == "Plur" else "3s"
    etre = next(a for a in auxiliaries if a.dep_ == "aux:pass")
    avoir = next((a for a in auxiliaries if a.dep_ == "aux:tense"), None)
    verb = _fr_verb(participle)
    forms = french.conjugation(verb)
    avoir_forms = french.conjugation("avoir")
    assert forms is not None and avoir_forms is not None
    if avoir is not None:  # "a été reçue" -> "a reçu"
        cell = _fr_finite_cell(avoir, "avoir")
        verb_group = [avoir_forms[f"{cell.split('.')[0]}.{person}"], forms["participe.Masc.Sing"]]
    else:  # "est reçue" -> "reçoit", "sera versé" -> "versera"
        cell = _fr_finite_cell(etre, "être")
        verb_group = [forms[f"{cell.split('.')[0]}.{person}"]]
    if subject.pos_ == "PRON":
        object_pronoun = _FR_OBJECT_OF[subject.lower_]
        pieces = [new_subject, _elide(object_pronoun, verb_group[0]), *verb_group[1:]]
        rest = []
    else:
        pieces = [new_subject, *verb_group]
        rest = [_lower_first(_text(list(subject.subtree)), subject)]
    tail = [_text(list(o.subtree)) for o in sorted(others, key=lambda t: t.i)]
    if moved:
        tail.append(_text(moved))
    text = " ".join(p for p in [*pieces, *rest, *tail] if p)
    text = text.replace("' ", "'")
    return text[:1].upper() + text[1:] + _end(sentence)


def _elide(pronoun: str, verb: str) -> str:
    if pronoun in ("le", "la", "me", "te") and french.starts_with_vowel(verb):
        return pronoun[0] + "' " + verb
    return f"{pronoun} {verb}"


def _fr_verb(participle: Token) -> str:
    from simplifier.rewrite.fit_fr import fr_lemma

    verb = fr_lemma(participle)
    if not french.analyse_form(verb, participle.text):
        raise ValueError("unknown verb")
    return verb


def _fr_finite_cell(auxiliary: Token, verb: str) -> str:
    cells = [c for c in french.analyse_form(verb, auxiliary.text) if c.split(".")[0] in _FR_TENSES]
    if not cells:
        raise ValueError("auxiliary form")
    return cells[0]


_NL_PLURAL = frozenset({"wij", "we", "zij", "jullie", "ons", "hen"})


def _dutch(sentence: Span, participle: Token) -> str | None:
    subject, agent, auxiliaries, others = _parts(sentence, participle)
    if not any(c.lower_ == "door" for c in agent.children):
        return None
    agent_words, moved = _agent_phrase(agent, "door")
    auxiliary = next(a for a in auxiliaries if a.dep_ == "aux:pass")
    plural = (agent.morph.get("Number") or ["Sing"])[0] == "Plur" or agent.lower_ in _NL_PLURAL
    verb = next(
        v
        for v in [participle.lemma_.lower(), *dutch.infinitives_of(participle.text)]
        if (dutch.conjugation(v) or {}).get("part") == participle.text.lower()
    )
    forms = dutch.conjugation(verb)
    assert forms is not None
    particle, core = dutch.split_particle(verb)
    core_forms = dutch.conjugation(core) if particle else forms
    assert core_forms is not None
    tense = auxiliary.lemma_
    number = "pl" if plural else "sg"
    if tense == "worden":
        past = (auxiliary.morph.get("Tense") or ["Pres"])[0] == "Past"
        finite = (
            core_forms[f"past.{number}"]
            if past
            else (core_forms["pres.pl"] if plural else core_forms["pres.3"])
        )
        end = [particle] if particle else []
    elif tense == "zijn":  # "is goedgekeurd" -> "heeft goedgekeurd"
        past = (auxiliary.morph.get("Tense") or ["Pres"])[0] == "Past"
        finite = ("hadden" if plural else "had") if past else ("hebben" if plural else "heeft")
        end = [forms["part"]]
    else:
        return None
    new_subject = _text(agent_words)
    if agent.pos_ == "PRON":
        new_subject = {"ons": "wij", "hem": "hij", "haar": "zij", "hen": "zij", "mij": "ik"}.get(
            agent.lower_, agent.text
        )
    middle = [_lower_first(_text(list(subject.subtree)), subject)]
    middle += [_text(list(o.subtree)) for o in sorted(others, key=lambda t: t.i)]
    if moved:
        middle.append(_text(moved))
    text = " ".join(p for p in [new_subject, finite, *middle, *end] if p)
    return text[:1].upper() + text[1:] + _end(sentence)
