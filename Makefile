# `make run` and `make test` set everything up on a fresh machine, then do their job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
NL_PIPELINE := models/nl_simplifier_ud
NL_FILES := $(shell find $(NL_PIPELINE) -type f 2>/dev/null)

.PHONY: install system-deps run test lint bench clean

# Debian packages the tests use: LibreOffice renders the .docx we write (tracked changes,
# comments). Installed only when missing; needs root (as in CI) or sudo.
DEBIAN_PACKAGES := libreoffice-writer-nogui
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

system-deps:
	@command -v soffice >/dev/null || { $(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends \
		$(DEBIAN_PACKAGES); }

install: $(STAMP)

$(STAMP): pyproject.toml $(NL_FILES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]" ./$(NL_PIPELINE)
	touch $(STAMP)

run: install
	$(BIN)/simplifier check samples/fr/lettre_intervention_majoree.docx

test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest

bench: install
	$(BIN)/python -m simplifier.rewrite.bench
	$(BIN)/python -m simplifier.bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
