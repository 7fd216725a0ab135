#!/usr/bin/env python
"""Build the Dutch spaCy pipeline ``nl_simplifier_ud`` from UD treebanks.

One command does everything (convert, de-duplicate, map labels, train,
compare lemmatizers on dev, evaluate on held-out test, package):

    OMP_NUM_THREADS=1 nice -n 10 python models/train_nl.py --ud-dir ../shared/ud --max-minutes 45

See docs/nl_pipeline.md.  Converted data and training output go to --work-dir
(default models/.work, git-ignored); the UD .conllu files are never copied.
"""
import argparse
import collections
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import nl_components  # noqa: E402  (registers callback + lemma combiner)

FILES = {
    "alpino_dev": "nl_alpino-ud-dev.conllu",
    "alpino_test": "nl_alpino-ud-test.conllu",
    "lassy_dev": "nl_lassysmall-ud-dev.conllu",
    "lassy_test": "nl_lassysmall-ud-test.conllu",
    "lassy_train2017": "nl_lassysmall-ud-train-2017.conllu",
}
SENTS_PER_DOC = 10
POSSESSIVES = {"mijn", "m'n", "jouw", "je", "uw", "zijn", "z'n", "haar", "d'r",
               "ons", "onze", "jullie", "hun", "hum"}


# ---------------------------------------------------------------- reading
def read_conllu(path):
    """Return a list of sentences; a sentence is a list of 10-column rows
    (multiword-token ranges and empty nodes are skipped; Dutch has none of
    the former)."""
    sents, cur = [], []
    with open(path, encoding="utf8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        cur.append(cols)
    if cur:
        sents.append(cur)
    return sents


def key(sent):
    return tuple(r[1] for r in sent)


def norm_lemma(lemma):
    """UD Dutch marks compound parts / separable particles with '_'
    (basis_niveau, af_lopen); the application wants basisniveau, aflopen."""
    if lemma == "_":
        return lemma
    return lemma.replace("_", "") or lemma


def norm_feats(feats):
    if feats == "_":
        return ""
    out = []
    for f in feats.split("|"):
        k, v = f.split("=", 1)
        out.append(f"{k}={v[:1].upper()}{v[1:]}")  # Abbr=yes -> Abbr=Yes
    return "|".join(out)


def map_2017(sent, poss_feats, counts, lex=None):
    """Map the 2017 (UD v2.0) LassySmall annotation to the current scheme
    where the mapping is deterministic, and re-attach cc and punct heads the
    way the current release does (cc on the following conjunct, punctuation
    projectively as in Udapi ud.FixPunct, paired punctuation on the head of
    the enclosed phrase).  Unmappable distinctions (obl:arg,
    expl:pv, ExtPos) are left as in the 2017 file (obl, obj/expl, no ExtPos)."""
    rows = [list(r) for r in sent]
    children = collections.defaultdict(list)
    for r in rows:
        children[r[6]].append(r)
    for r in rows:
        if r[7] == "flat:name":
            r[7] = "flat"
            counts["flat:name->flat"] += 1
        if r[7] == "det" and r[3] == "DET" and r[1].lower() in POSSESSIVES:
            r[7] = "nmod:poss"
            r[3] = "PRON"
            r[5] = poss_feats.get(r[1].lower(), "Poss=Yes|PronType=Prs")
            counts["det(possessive)->nmod:poss PRON"] += 1
        if r[7] == "obl":
            kids = children.get(r[0], [])
            head_kids = children.get(r[6], [])
            if any(k[7] == "case" and k[2].lower() == "door" for k in kids) and \
                    any(k[7] == "aux:pass" for k in head_kids):
                r[7] = "obl:agent"
                counts["obl(door, passive)->obl:agent"] += 1
        nominal = {"DET", "NOUN", "ADJ", "PROPN", "NUM", "X"}
        if r[7] == "fixed" and rows[int(r[6]) - 1][3] in nominal:
            r[7] = "flat"  # multiword titles/names: fixed in 2017, flat now
            counts["fixed(in nominal multiword)->flat"] += 1
        low = r[1].lower()
        if low == "als" and r[3] == "ADP" and r[7] == "mark":
            r[3] = "SCONJ"
            counts["als ADP mark->SCONJ"] += 1
        if r[3] == "NUM" and ORDINAL.match(low) and low not in ("beide", "beiden"):
            r[3] = "ADJ"  # ordinals are ADJ (amod) in the current scheme
            if r[7] == "nummod":
                r[7] = "amod"
            counts["ordinal NUM->ADJ (nummod->amod)"] += 1
        if low in ("meer", "meest", "minder", "minst") and r[3] == "PRON" and \
                r[7] in ("obl", "advmod"):
            r[3], r[5], r[7] = "ADV", "_", "advmod"
            counts["meer/meest/minder PRON obl->ADV advmod"] += 1
    # capitalised nouns/adjectives inside multiword names are PROPN now: a flat
    # dependent of a PROPN, or the head of a capitalised flat dependent
    for r in rows:
        in_name = (r[7] in ("flat", "flat:name") and rows[int(r[6]) - 1][3] == "PROPN") or any(
            k[6] == r[0] and k[7] in ("flat", "flat:name") and k[1][:1].isupper() for k in rows)
        if r[3] in ("NOUN", "ADJ") and r[1][:1].isupper() and in_name:
            r[3], r[5] = "PROPN", "_"
            counts["capitalised NOUN/ADJ in a flat name->PROPN"] += 1
    restructure_verbs(rows, counts)
    relabel_args(rows, counts, lex or {"obl:arg": set(), "obj_reflexive": set()})
    return fix_tree(rows, counts)


def current_lexicon(sents):
    """From current-scheme *training* sentences: (verb lemma, preposition) pairs
    mostly labelled obl:arg, and verbs whose reflexive pronoun is a real obj
    (otherwise the current scheme mostly has expl:pv)."""
    pp, refl = collections.Counter(), collections.Counter()
    for s in sents:
        for r in s:
            if r[6] == "0":
                continue
            h = s[int(r[6]) - 1]
            if r[7] in ("obl", "obl:arg") and h[3] in ("VERB", "AUX"):
                cases = [k[2].lower() for k in s if k[6] == r[0] and k[7] == "case"]
                if cases:
                    pp[(h[2], cases[0])] += 1 if r[7] == "obl:arg" else -1
            if "Reflex=Yes" in r[5] and r[7] in ("obj", "expl:pv"):
                refl[h[2]] += 1 if r[7] == "obj" else -1
    return {"obl:arg": {k for k, v in pp.items() if v > 0},
            "obj_reflexive": {k for k, v in refl.items() if v > 0}}


def relabel_args(rows, counts, lex):
    """Labels the 2017 file did not have: nsubj:pass (nsubj next to aux:pass),
    advmod for modifiers of adverbs (2017: amod), nmod:poss for genitive names
    and nmod for nouns (2017: det), obl:arg (lexicon of
    verb+preposition pairs from the current-scheme training sentences) and
    expl:pv (reflexive pronoun as obj, unless the lexicon has it as obj)."""
    for r in rows:
        if r[6] == "0":
            continue
        h = rows[int(r[6]) - 1]
        sibs = [k for k in rows if k[6] == r[6] and k is not r]
        if r[7] == "nsubj" and any(k[7] == "aux:pass" for k in sibs):
            r[7] = "nsubj:pass"
            counts["nsubj next to aux:pass->nsubj:pass"] += 1
        elif r[7] == "amod" and h[3] == "ADV":
            r[7] = "advmod"
            counts["amod of an ADV->advmod"] += 1
        elif r[7] == "obl" and h[3] in ("VERB", "AUX"):
            cases = [k[2].lower() for k in rows if k[6] == r[0] and k[7] == "case"]
            if cases and (h[2], cases[0]) in lex["obl:arg"]:
                r[7] = "obl:arg"
                counts["obl->obl:arg (verb+preposition lexicon)"] += 1
        elif r[7] == "det" and r[3] in ("PROPN", "NOUN"):
            r[7] = "nmod:poss" if r[3] == "PROPN" else "nmod"  # Ensors moeder; een paar
            counts["det PROPN/NOUN->nmod:poss/nmod"] += 1
        elif r[7] == "obj" and "Reflex=Yes" in r[5] and h[2] not in lex["obj_reflexive"]:
            r[7] = "expl:pv"
            counts["reflexive obj->expl:pv"] += 1


ORDINAL = re.compile(r"^(eerst|eerste|\d+(e|ste|de)|\w+(ste|de))$")
# dependents that belong to the clause (move to the new verbal head)
CLAUSAL = {"nsubj", "nsubj:pass", "csubj", "csubj:pass", "aux", "aux:pass", "mark",
           "punct", "parataxis", "advcl", "expl", "expl:pv", "discourse", "vocative",
           "dislocated", "obl:agent", "compound:prt"}


def restructure_verbs(rows, counts):
    """Current UD Dutch has only `zijn` as copula and treats the modal `moeten`
    as AUX but `willen` as a main verb; the 2017 file had copulas `worden`,
    `blijven`, `heten`, ... (predicate as head), `moeten` as the head VERB with
    an xcomp, and `willen` as AUX.  Re-attach these the current way."""
    n = len(rows)

    def kids(i):
        return [k for k in range(n) if rows[k][6] == str(i + 1)]

    def promote(new, old, moving):
        """new takes old's place; old becomes a child of new; children of old
        for which moving(k) is true move to new."""
        for k in kids(old):
            if k != new and moving(k):
                rows[k][6] = str(new + 1)
        rows[new][6], rows[new][7] = rows[old][6], rows[old][7]
        rows[old][6] = str(new + 1)

    for c in range(n):
        r = rows[c]
        if r[7] == "cop" and r[2] != "zijn":  # worden/blijven/heten/...: VERB + xcomp
            p = int(r[6]) - 1
            if p < 0:
                continue
            conj_moved = []

            def clausal(k, p=p, conj_moved=conj_moved):
                d = rows[k][7]
                if d == "conj" and (rows[k][3] in ("VERB", "AUX") or any(
                        rows[j][7] in ("nsubj", "nsubj:pass", "cop") for j in kids(k))):
                    conj_moved.append(k)
                    return True
                if d in CLAUSAL or d in ("obl", "obl:arg", "ccomp", "iobj"):
                    return True
                return d == "advmod" and k != p - 1
            promote(c, p, clausal)
            for k in kids(p):  # cc of a moved conjunct
                if rows[k][7] == "cc" and any(k < j for j in conj_moved):
                    rows[k][6] = str(c + 1)
            r[3] = "VERB"
            rows[p][7] = "xcomp"
            counts[f"cop {r[2]} -> VERB head with xcomp"] += 1
    for m in range(n):
        r = rows[m]
        if r[2] == "moeten" and r[3] == "VERB":
            xc = [k for k in kids(m) if rows[k][7] == "xcomp" and rows[k][3] in ("VERB", "AUX")
                  and "Inf" in rows[k][5]]
            if len(xc) != 1:
                continue
            v = xc[0]
            promote(v, m, lambda k: True)
            r[3], r[7] = "AUX", "aux"
            counts["moeten VERB+xcomp -> AUX aux"] += 1
        elif r[2] == "willen" and r[3] == "AUX" and r[7] == "aux":
            v = int(r[6]) - 1
            if v < 0:
                continue
            promote(m, v, lambda k: rows[k][7] in CLAUSAL and rows[k][7] != "compound:prt")
            r[3] = "VERB"
            rows[v][7] = "xcomp"
            counts["willen AUX aux -> VERB head with xcomp"] += 1


def fix_tree(rows, counts):
    """Re-attach heads of a 2017 (UD v2.0) sentence the way the current release
    does: cc on the following conjunct; punctuation projectively, on the lower of
    the nearest left/right candidates (after Udapi ud.FixPunct); paired
    punctuation on the head of the enclosed phrase.  rows are modified in place."""
    n = len(rows)
    head = [int(r[6]) - 1 for r in rows]  # -1 = root
    dep = [r[7] for r in rows]
    upos = [r[3] for r in rows]

    def is_desc(a, b):
        while a >= 0:
            if a == b:
                return True
            a = head[a]
        return False

    def attach(i, h):
        if h != i and not is_desc(h, i):  # never create a cycle
            head[i] = h

    # cc -> the following conjunct
    for i in range(n):
        if dep[i] == "cc" and 0 <= head[i] < i:
            conjs = [c for c in range(n) if head[c] == head[i] and dep[c] == "conj" and c > i]
            if conjs:
                attach(i, min(conjs))

    def span(i):
        """Leftmost and rightmost non-punctuation token of i's subtree."""
        kids = collections.defaultdict(list)
        for j in range(n):
            kids[head[j]].append(j)
        lo = hi = i
        stack, seen = [i], set()
        while stack:
            x = stack.pop()
            lo, hi = min(lo, x), max(hi, x)
            for c in kids[x]:
                if upos[c] != "PUNCT" and c not in seen:
                    seen.add(c)
                    stack.append(c)
        return lo, hi

    for i in range(n):
        if upos[i] != "PUNCT" or dep[i] != "punct":
            continue
        left = i - 1
        while left >= 0 and upos[left] == "PUNCT":
            left -= 1
        right = i + 1
        while right < n and upos[right] == "PUNCT":
            right += 1
        lc = left if left >= 0 else None
        rc = right if right < n else None
        if lc is not None:
            while 0 <= head[lc] < i and span(lc)[1] < i:
                lc = head[lc]
        if rc is not None:
            while head[rc] > i and span(rc)[0] > i:
                rc = head[rc]
        if lc is None:
            cand = rc
        elif rc is None or is_desc(lc, rc):
            cand = lc
        elif is_desc(rc, lc):
            cand = rc
        else:
            cand = lc
        if cand is not None:
            attach(i, cand)

    # paired punctuation: both marks attach to the head of the enclosed phrase
    pairs = {"(": ")", "[": "]", "«": "»", '"': '"', "'": "'"}
    i = 0
    while i < n:
        if upos[i] == "PUNCT" and rows[i][1] in pairs:
            close = pairs[rows[i][1]]
            j = next((k for k in range(i + 1, n) if rows[k][1] == close), None)
            if j is not None and j > i + 1:
                inside = [k for k in range(i + 1, j) if upos[k] != "PUNCT"]
                tops = [k for k in inside if not (i < head[k] < j)]
                if len(tops) == 1:
                    for k in (i, j):
                        if dep[k] == "punct":
                            attach(k, tops[0])
                i = j + 1
                continue
        i += 1

    for i, r in enumerate(rows):
        if r[6] != str(head[i] + 1):
            counts[f"head of {dep[i]} re-attached (UD v2 punct/cc convention)"] += 1
        r[6] = str(head[i] + 1)
    return rows


def is_tree(sent):
    """True if every token reaches the root (the 2017 file has a few broken
    trees, e.g. a token that is its own head)."""
    heads = [int(r[6]) - 1 for r in sent]
    for i in range(len(heads)):
        x, steps = i, 0
        while x >= 0:
            x = heads[x]
            steps += 1
            if steps > len(heads):
                return False
    return True


def possessive_feats(sents):
    c = collections.defaultdict(collections.Counter)
    for s in sents:
        for r in s:
            if r[7] == "nmod:poss" and r[3] == "PRON":
                c[r[1].lower()][r[5]] += 1
    return {w: cnt.most_common(1)[0][0] for w, cnt in c.items()}


def sent_to_doc_parts(sent):
    words, spaces, pos, morphs, lemmas, heads, deps = [], [], [], [], [], [], []
    for r in sent:
        words.append(r[1])
        spaces.append("SpaceAfter=No" not in r[9])
        pos.append(r[3])
        morphs.append(norm_feats(r[5]))
        lemmas.append(norm_lemma(r[2]))
        heads.append(int(r[6]) - 1 if r[6] != "0" else None)
        deps.append(r[7])
    return words, spaces, pos, morphs, lemmas, heads, deps


def sents_to_docs(vocab, sents, n=SENTS_PER_DOC):
    docs = []
    for i in range(0, len(sents), n):
        chunk = sents[i:i + n]
        W, S, P, M, L, H, D, SS = [], [], [], [], [], [], [], []
        for sent in chunk:
            w, s, p, m, lem, h, d = sent_to_doc_parts(sent)
            off = len(W)
            W += w
            S += s
            S[-1] = True  # space between sentences
            P += p
            M += m
            L += lem
            H += [off + i if x is None else off + x for i, x in enumerate(h)]
            D += d
            SS += [True] + [False] * (len(w) - 1)
        S[-1] = False
        docs.append(Doc(vocab, words=W, spaces=S, pos=P, tags=P, morphs=M, lemmas=L,
                        heads=H, deps=D, sent_starts=SS))
    return docs


# Subject pronouns and possessives that the polite "U" / "Uw" can stand for without
# changing the tree (the verb forms of hij/zij/jij fit "U" too: "U heeft", "U bent").
POLITE_SUBJECTS = {"hij", "zij", "ze", "jij", "je"}
POLITE_POSSESSIVES = {"zijn", "z'n", "haar", "hun", "mijn", "m'n", "jouw", "onze", "ons"}
POLITE_U = ("U", "u", "PRON", "Case=Nom|Person=2|PronType=Prs")
POLITE_UW = ("Uw", "uw", "PRON", "Person=2|Poss=Yes|PronType=Prs")


def polite_variants(sents):
    """Copies of training sentences that start with a singular subject pronoun or a
    possessive, with "U" / "Uw" in its place. Letters to citizens start most sentences with
    "U" or "Uw", which the treebanks (Wikipedia, newspapers) almost never do (5 "u" in all
    the training files), so the models took a capitalised "U"/"Uw" for a name."""
    variants = []
    for sent in sents:
        first = sent[0]
        form = first[1].lower()
        if (first[3] == "PRON" and first[7] in ("nsubj", "nsubj:pass")
                and form in POLITE_SUBJECTS and "Number=Plur" not in first[5]):
            new = POLITE_U
        elif first[7] == "nmod:poss" and form in POLITE_POSSESSIVES:
            new = POLITE_UW
        else:
            continue
        row = list(first)
        row[1], row[2], row[3], row[5] = new
        variants.append([row] + [list(r) for r in sent[1:]])
    return variants


def convert(ud_dir, out_dir, current_weight):
    data = {k: read_conllu(ud_dir / f) for k, f in FILES.items()}
    stats = {"sentences_in": {k: len(v) for k, v in data.items()}}
    heldout = set()
    for k in ("alpino_dev", "alpino_test", "lassy_dev", "lassy_test"):
        heldout |= {key(s) for s in data[k]}
    devtest_keys = {k: {key(s) for s in data[k]} for k in
                    ("alpino_dev", "alpino_test", "lassy_dev", "lassy_test")}
    old = data["lassy_train2017"]
    old_keys = {key(s) for s in old}
    overlap = {k: sum(1 for s in data[k] if key(s) in old_keys) for k in devtest_keys}
    kept_old = [s for s in old if key(s) not in heldout]
    stats["train2017_invalid_tree_dropped"] = sum(1 for s in kept_old if not is_tree(s))
    kept_old = [s for s in kept_old if is_tree(s)]
    stats["overlap_with_2017_train"] = overlap
    stats["train2017_removed_total"] = len(old) - len(kept_old)
    stats["train2017_kept"] = len(kept_old)

    # LassySmall dev: sentences that also occur in the 2017 train file are
    # moved to training in their *current* annotation (they would otherwise be
    # in train in their old annotation); the rest is the model-selection dev.
    test_keys = devtest_keys["alpino_test"] | devtest_keys["lassy_test"]
    lassy_dev_overlap = [s for s in data["lassy_dev"]
                         if key(s) in old_keys and key(s) not in test_keys]
    lassy_dev_rest = [s for s in data["lassy_dev"] if key(s) not in old_keys]
    alpino_dev = [s for s in data["alpino_dev"] if key(s) not in test_keys]
    current = alpino_dev + lassy_dev_overlap

    poss = possessive_feats(data["alpino_dev"] + data["lassy_dev"])
    lex = current_lexicon(current)  # current-scheme training sentences only
    counts = collections.Counter()
    kept_old = [map_2017(s, poss, counts, lex) for s in kept_old]
    stats["label_mapping_2017"] = dict(counts)
    # the dev/test sentences must never be trained on: check again
    train_current_keys = {key(s) for s in current}
    assert not train_current_keys & test_keys
    assert not {key(s) for s in kept_old} & heldout
    assert not train_current_keys & {key(s) for s in lassy_dev_rest}

    stats["split"] = {
        "train": {"lassy_train2017_minus_overlap": len(kept_old),
                  "alpino_dev": len(alpino_dev),
                  "lassy_dev_overlapping_2017": len(lassy_dev_overlap),
                  "current_scheme_weight": current_weight},
        "dev": {"lassy_dev_not_in_2017": len(lassy_dev_rest)},
        "test": {"alpino_test": len(data["alpino_test"]),
                 "lassy_test": len(data["lassy_test"])},
    }
    nlp = spacy.blank("nl")
    out_dir.mkdir(parents=True, exist_ok=True)
    polite = polite_variants(kept_old + current)
    stats["split"]["train"]["polite_variants"] = len(polite)
    sets = {
        "train": kept_old + current * current_weight + polite,
        "dev": lassy_dev_rest,
        "test_alpino": data["alpino_test"],
        "test_lassy": data["lassy_test"],
        "test": data["alpino_test"] + data["lassy_test"],
    }
    for name, sents in sets.items():
        DocBin(docs=sents_to_docs(nlp.vocab, sents)).to_disk(out_dir / f"{name}.spacy")
        stats.setdefault("tokens", {})[name] = sum(len(s) for s in sents)
        stats.setdefault("sentences", {})[name] = len(sents)
    return stats


def check_mapping(ud_dir):
    """Agreement of the 2017 annotation with the current one on the LassySmall
    dev sentences present in both files, before and after map_2017."""
    old = {key(s): s for s in read_conllu(ud_dir / FILES["lassy_train2017"])}
    dev = read_conllu(ud_dir / FILES["lassy_dev"])
    poss = possessive_feats(read_conllu(ud_dir / FILES["alpino_dev"]) + dev)
    pairs = [(old[key(s)], s) for s in dev if key(s) in old]
    # lexicon from Alpino dev only, so that the checked sentences are not in it
    lex = current_lexicon(read_conllu(ud_dir / FILES["alpino_dev"]))
    for label, mapped in (("before mapping", False), ("after mapping", True)):
        n = uas = las = upos = 0
        for o, cur in pairs:
            o2 = map_2017(o, poss, collections.Counter(), lex) if mapped else o
            for a, b in zip(o2, cur, strict=True):
                n += 1
                uas += a[6] == b[6]
                las += a[6] == b[6] and a[7] == b[7]
                upos += a[3] == b[3]
        print(f"{label}: {len(pairs)} sentences, {n} tokens: UAS {100 * uas / n:.1f} "
              f"LAS {100 * las / n:.1f} UPOS {100 * upos / n:.1f}")


# ---------------------------------------------------------------- training
def train(config, work, max_minutes, max_steps):
    from spacy.cli.train import train as spacy_train
    out = work / "output"
    if out.exists():
        shutil.rmtree(out)
    overrides = {
        "paths.train": str(work / "corpus" / "train.spacy"),
        "paths.dev": str(work / "corpus" / "dev.spacy"),
        "training.before_update.max_minutes": max_minutes,
    }
    if max_steps:
        overrides["training.max_steps"] = max_steps
    t0 = time.time()
    stopped = "max_steps/patience"
    try:
        spacy_train(config, out, overrides=overrides, use_gpu=-1)
    except nl_components.TimeBudgetExceeded as e:
        print(f"[train_nl] {e}; using model-best", flush=True)
        stopped = "time budget"
    return out / "model-best", time.time() - t0, stopped


def add_lemma_combiner(model_dir, strategy, pos_from_tag=False):
    """Load the trained pipeline; with pos_from_tag, token.pos_ is taken from
    the UPOS tagger instead of the morphologizer; then add the lemma combiner
    (strategy "trained" adds nothing)."""
    nlp = spacy.load(model_dir)
    if pos_from_tag:
        nlp.add_pipe("nl_pos_from_tag", after="tagger")
    if strategy != "trained":
        lem = nlp.add_pipe("nl_lemma_combiner", config={"strategy": strategy})
        lem.initialize()  # loads the tables from spacy-lookups-data (build time only)
    return nlp


SCORE_KEYS = ("token_acc", "pos_acc", "morph_acc", "dep_uas", "dep_las",
              "lemma_acc", "sents_p", "sents_r", "sents_f", "speed")


def score(nlp, path, keys=SCORE_KEYS):
    from spacy.training import Corpus
    examples = list(Corpus(path)(nlp))
    s = nlp.evaluate(examples)
    return {k: s.get(k) for k in keys}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ud-dir", default=str(HERE.parent.parent / "shared" / "ud"))
    ap.add_argument("--work-dir", default=str(HERE / ".work"))
    ap.add_argument("--config", default=str(HERE / "nl_config.cfg"))
    ap.add_argument("--max-minutes", type=float, default=45.0,
                    help="wall-time budget for the training phase (default 45)")
    ap.add_argument("--max-steps", type=int, default=0,
                    help="override training.max_steps (0 = keep config value)")
    ap.add_argument("--current-weight", type=int, default=2,
                    help="how often the current-scheme training sentences are repeated")
    ap.add_argument("--package-dir", default=str(HERE / "nl_simplifier_ud"))
    ap.add_argument("--version", default="0.4.0")
    ap.add_argument("--skip-train", action="store_true",
                    help="reuse an existing WORK/output/model-best")
    ap.add_argument("--check-mapping", action="store_true",
                    help="only print how well the mapped 2017 annotation agrees with "
                         "the current one on the shared LassySmall dev sentences")
    args = ap.parse_args()
    if args.check_mapping:
        check_mapping(Path(args.ud_dir))
        return
    t_start = time.time()
    ud, work = Path(args.ud_dir), Path(args.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    report = {"spacy_version": spacy.__version__}

    print("[train_nl] converting", flush=True)
    report["data"] = convert(ud, work / "corpus", args.current_weight)
    print(json.dumps(report["data"], indent=1), flush=True)

    if args.skip_train:
        best, secs, stopped = work / "output" / "model-best", 0.0, "skipped"
    else:
        best, secs, stopped = train(Path(args.config), work, args.max_minutes, args.max_steps)
    report["training"] = {"seconds": round(secs), "stopped_by": stopped,
                          "max_minutes": args.max_minutes}
    meta_best = json.loads((best / "meta.json").read_text())
    report["training"]["best_dev_scores"] = meta_best.get("performance")

    dev = work / "corpus" / "dev.spacy"
    # -------- UPOS source on dev (model selection): morphologizer or tagger
    pos_from_tag = False
    if "tagger" in spacy.load(best).pipe_names:
        s = score(spacy.load(best), dev, keys=("pos_acc", "tag_acc"))
        report["pos_source_dev"] = {"morphologizer": s["pos_acc"], "tagger": s["tag_acc"]}
        pos_from_tag = s["tag_acc"] > s["pos_acc"]
        print(f"  dev UPOS morphologizer {s['pos_acc']:.4f}, tagger {s['tag_acc']:.4f}",
              flush=True)
    report["pos_source"] = "tagger" if pos_from_tag else "morphologizer"

    # -------- lemmatizer variants on dev (model selection)
    print("[train_nl] comparing lemmatizer variants on dev", flush=True)
    variants = {}
    for strat in ("trained", "rule", "lookup", "known_rule"):
        nlp = add_lemma_combiner(best, strat, pos_from_tag)
        variants[strat] = score(nlp, dev)["lemma_acc"]
        print(f"  dev lemma_acc {strat}: {variants[strat]:.4f}", flush=True)
    report["lemma_dev"] = variants
    chosen = max(variants, key=variants.get)
    report["lemma_chosen"] = chosen

    # -------- final pipeline
    final_dir = work / "final"
    nlp = add_lemma_combiner(best, chosen, pos_from_tag)
    nlp.meta.update({
        "name": "simplifier_ud", "version": args.version,
        "description": "Dutch pipeline (tokenizer, tok2vec, morphologizer, UPOS tagger, "
                       "parser, lemmatizer) trained on UD_Dutch-LassySmall and UD_Dutch-Alpino "
                       "for the simplifier project. Lemmas without the UD '_' "
                       "compound/particle separators.",
        "license": "CC BY-SA 4.0",
        "author": "simplifier project",
        "sources": [
            {"name": "UD_Dutch-Alpino", "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
             "license": "CC BY-SA 4.0",
             "author": "Daniel Zeman, Zdeněk Žabokrtský, Gosse Bouma, Gertjan van Noord"},
            {"name": "UD_Dutch-LassySmall",
             "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
             "license": "CC BY-SA 4.0",
             "author": "Gosse Bouma, Gertjan van Noord "
                       "(Lassy Small Corpus, Dutch Language Institute)"},
        ],
    })
    if final_dir.exists():
        shutil.rmtree(final_dir)
    nlp.to_disk(final_dir)

    # -------- held-out test
    print("[train_nl] evaluating on held-out test", flush=True)
    nlp = spacy.load(final_dir)
    report["test"] = {name: score(nlp, work / "corpus" / f"{name}.spacy")
                      for name in ("test_alpino", "test_lassy", "test")}
    report["dev_final"] = score(nlp, dev)
    # all lemmatizer variants on test too (reported, not used for selection)
    report["lemma_test"] = {}
    for strat in ("trained", "rule", "lookup", "known_rule"):
        report["lemma_test"][strat] = score(add_lemma_combiner(best, strat, pos_from_tag),
                                            work / "corpus" / "test.spacy")["lemma_acc"]
    nlp.meta["performance"] = {k: v for k, v in report["test"]["test"].items() if k != "speed"}
    nlp.to_disk(final_dir)

    # -------- package
    print("[train_nl] packaging", flush=True)
    pkg_tmp = work / "package"
    if pkg_tmp.exists():
        shutil.rmtree(pkg_tmp)
    pkg_tmp.mkdir()
    for lic in sorted(ud.glob("LICENSE-*.txt")):
        shutil.copy(lic, final_dir / lic.name)
    (final_dir / "ATTRIBUTION.md").write_text(ATTRIBUTION)
    subprocess.run([sys.executable, "-m", "spacy", "package", str(final_dir), str(pkg_tmp),
                    "--name", "simplifier_ud", "--version", args.version,
                    "--code", str(HERE / "nl_components.py"), "--build", "none", "--force"],
                   check=True)
    built = pkg_tmp / f"nl_simplifier_ud-{args.version}"
    target = Path(args.package_dir)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(built, target)
    # licence + attribution at the package root as well
    (target / "LICENSE").write_text(
        "The nl_simplifier_ud pipeline is a derived work of UD_Dutch-Alpino and "
        "UD_Dutch-LassySmall and is distributed under CC BY-SA 4.0.\n"
        "See LICENSE-Alpino.txt, LICENSE-LassySmall.txt and ATTRIBUTION.md.\n")
    for lic in sorted(ud.glob("LICENSE-*.txt")):
        shutil.copy(lic, target / lic.name)
    (target / "ATTRIBUTION.md").write_text(ATTRIBUTION)
    for junk in (list(target.glob("dist")) + list(target.glob("build"))
                 + list(target.glob("*.egg-info")) + list(target.rglob("__pycache__"))):
        shutil.rmtree(junk)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    report["package"] = {"dir": str(target), "bytes": size}
    report["total_seconds"] = round(time.time() - t_start)
    (work / "report.json").write_text(json.dumps(report, indent=1))
    print(json.dumps({k: report[k] for k in ("training", "pos_source", "lemma_dev",
                                             "lemma_chosen",
                                             "test", "lemma_test", "package")}, indent=1))


ATTRIBUTION = """# Data attribution

This pipeline (nl_simplifier_ud) was trained on Universal Dependencies treebanks
licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
The pipeline is a derived work and is distributed under the same licence.

* UD_Dutch-Alpino (https://github.com/UniversalDependencies/UD_Dutch-Alpino),
  contributors: Daniel Zeman, Zdeněk Žabokrtský, Gosse Bouma, Gertjan van Noord.
  Samples of treebanks annotated at the University of Groningen with the Alpino
  annotation tools and guidelines (dev and test: sections WR-P-P-H / WR-P-P-L of
  the Lassy Small corpus), revised for UD 2.1 by Gosse Bouma and Gertjan van Noord,
  converted with https://github.com/rug-compling/alud.
  Files used: current nl_alpino-ud-dev and nl_alpino-ud-test.
* UD_Dutch-LassySmall (https://github.com/UniversalDependencies/UD_Dutch-LassySmall),
  contributors: Gosse Bouma, Gertjan van Noord. The Wikipedia section of the
  Lassy Small Treebank (https://www.let.rug.nl/~vannoord/Lassy/), converted to UD
  automatically (Gosse Bouma; Gertjan van Noord helped with the original data).
  Reference: G. Bouma and G. van Noord (2017), Increasing return on annotation
  investment: the automatic construction of a Universal Dependency treebank for
  Dutch, UD Workshop, Gothenburg (http://aclweb.org/anthology/W17-0403).
  Files used: current nl_lassysmall-ud-dev and -test, and the training file as of
  2017-02-01.

Changes made: converted to spaCy's format; "_" removed from lemmas (compound and
separable-verb markers); labels and cc/punct attachment of the 2017 file mapped
to the current UD scheme; sentences of the 2017 file that also occur in the
current dev/test files removed. Full licence texts: LICENSE-Alpino.txt and
LICENSE-LassySmall.txt.
"""

if __name__ == "__main__":
    main()
