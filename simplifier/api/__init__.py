"""The HTTP API (`simplifier serve`): the same reports, decisions files and written documents
as `check`, `suggest` and `apply`, from a server that loads the language pipelines once, so
that other programs get an answer in about a second instead of waiting for the loading."""
