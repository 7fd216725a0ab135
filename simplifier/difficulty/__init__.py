"""How likely a reader at level B1 is not to know a word: features, a transparent model whose
weights are data (`simplifier/data/word_difficulty.json`), and its fitting on public data."""
