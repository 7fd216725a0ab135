"""Grammalecte behind a pipe: run by the system's Python (Debian's `python3-grammalecte`), not
imported by the package, because Grammalecte is GPL-3 and stays a separate program.

One JSON line in (`{"text": "..."}`), one JSON line out (`{"errors": [[rule, words], ...]}`).
Only grammar is asked (agreement, conjugation, participles, elision, confusions): typography
and spacing rules would flag what the letter already had. Spelling counts only for words in
lower case: names and acronyms are not in its dictionary.
"""

import json
import sys

_TYPOGRAPHY = (
    "typo apos eepi esp nbsp tu maj minis num virg unit nf chim latex md date ocr tab poncfin"
).split()


def main() -> None:
    import grammalecte

    checker = grammalecte.GrammarChecker("fr")
    options = dict(checker.gce.getOptions())
    options.update(dict.fromkeys(_TYPOGRAPHY, False))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        text = json.loads(line)["text"]
        grammar, spelling = checker.getParagraphErrors(text, dOptions=options)
        errors = [[e["sRuleId"], text[e["nStart"] : e["nEnd"]].lower()] for e in grammar]
        for e in spelling:
            word = text[e["nStart"] : e["nEnd"]]
            if word.islower():
                errors.append(["spelling", word])
        print(json.dumps({"errors": errors}), flush=True)


if __name__ == "__main__":
    main()
