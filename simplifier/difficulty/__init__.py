"""Words a reader at level B1 may not know: how to measure the word checks against people's
rewrites (`evaluate`), what word-internal features can tell (`fit`), and alternatives for words
the lexicons do not know (`thesaurus`)."""
