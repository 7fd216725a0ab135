"""French ↔ Dutch parity: do the two language versions of a letter say the same facts?

`compare_files(fr, nl)` reads both versions, aligns them paragraph by paragraph (`align`),
finds the facts of each paragraph with the protect pass's patterns, normalised so that
"1.250,00 €" and "€1250" or "15 mars 2026" and "15/03/2026" are one fact (`facts`), counts
the negations and obligations (`markers`) and reports every difference with both places
(`compare`); `render` writes the result as text, JSON or HTML."""
