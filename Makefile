# `make run` and `make test` set everything up on a fresh machine, then do their job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
NL_PIPELINE := models/nl_simplifier_ud
NL_FILES := $(shell find $(NL_PIPELINE) -type f 2>/dev/null)
# The interface text: gettext catalogues, one .po per language, compiled to the .mo it reads.
LOCALE := simplifier/locale
PO_FILES := $(wildcard $(LOCALE)/*/LC_MESSAGES/simplifier.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: install locale locale-update system-deps language-data run test lint bench bench-batch \
	clean screens

# Debian packages the tests use: LibreOffice renders the .docx we write (tracked changes,
# comments); Chromium runs the browser test of the review app (driven by playwright, which
# must never download its own browser); PostgreSQL is the team database the review store is
# tested on (a private server the tests start); Grammalecte gives its second opinion on
# French changes (GPL-3, run as a separate program); mythes-fr is the French thesaurus that
# offers plainer words for hard words the lexicons do not know (LGPL, read as data). Installed
# only when missing; needs root or sudo.
DEBIAN_PACKAGES := libreoffice-writer-nogui chromium postgresql python3-grammalecte mythes-fr
GRAMMALECTE := /usr/lib/python3/dist-packages/grammalecte
MYTHES := /usr/share/mythes
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

system-deps:
	@{ command -v soffice && command -v chromium && ls /usr/lib/postgresql/*/bin/pg_ctl \
		&& test -d $(GRAMMALECTE) && test -f $(MYTHES)/thes_fr.dat; } \
		>/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends \
		$(DEBIAN_PACKAGES); }
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends npm; }

# axe-core, from the npm registry, checks the review app's pages for accessibility inside the
# real-browser tests (serious and critical problems fail them). Pinned; kept under build/.
AXE_VERSION := 4.10.3
AXE := build/npm/node_modules/axe-core/axe.min.js

$(AXE): | system-deps
	npm install --prefix build/npm --cache build/npm/.cache --no-audit --no-fund --no-save \
		--silent axe-core@$(AXE_VERSION)

install: $(STAMP) $(MO_FILES)

$(STAMP): pyproject.toml $(NL_FILES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,postgres]" ./$(NL_PIPELINE)
	touch $(STAMP)

# Compile the interface catalogues whose .po changed (README, "Translating the interface").
locale: $(MO_FILES)

$(LOCALE)/%/LC_MESSAGES/simplifier.mo: $(LOCALE)/%/LC_MESSAGES/simplifier.po | $(STAMP)
	$(BIN)/pybabel --quiet compile --domain simplifier --directory $(LOCALE) --locale $*

# After adding or rewording a message in $(LOCALE)/simplifier.pot: carry it into every language
# (new entries empty, reworded ones fuzzy; English filled from the source text), then compile.
locale-update: | $(STAMP)
	$(BIN)/python tools/update_catalogues.py
	$(MAKE) locale

# Without them the app still runs; French changes then miss the grammar checker's opinion, and
# hard French words the lexicons do not know get no thesaurus synonyms.
language-data:
	@{ test -d $(GRAMMALECTE) && test -f $(MYTHES)/thes_fr.dat; } \
		|| { $(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends \
		python3-grammalecte mythes-fr; } \
		|| echo "Grammalecte or mythes-fr not installed: French is checked without them."

# The review app on its embedded SQLite database (~/.local/share/simplifier/reviews.sqlite).
run: install language-data
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --browser.gatherUsageStats false

test: install system-deps $(AXE)
	$(BIN)/ruff check .
	$(BIN)/pytest

# The screenshots in docs/screens/: the real-browser test of the review app, desktop in French
# and phone in Dutch, writing its pictures there too.
screens: install system-deps $(AXE)
	SIMPLIFIER_SCREENSHOTS=docs/screens $(BIN)/pytest -q tests/app/test_browser_ux.py

bench: install
	$(BIN)/python -m simplifier.rewrite.bench
	$(BIN)/python -m simplifier.bench

bench-batch: install
	$(BIN)/python -m simplifier.batch.bench --docs 1000 --jobs 2

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
