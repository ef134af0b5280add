# reportgen: `make report` builds the example paper, `make test` runs every test, `make check`
# the quick ones (no browser, LibreOffice, faketime, axe-core or whole paper in PDF).
# Each sets everything up on a fresh machine first (virtual environment, packages, system libraries).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SYSTEM := $(VENV)/.system-deps
EXAMPLE := data/medway-improvement-plan.xlsx
PAPER := output/medway-improvement-plan.pdf
PAPER_HTML := output/medway-improvement-plan.html
PAPER_DOCX := output/medway-improvement-plan.docx
SOURCES := $(shell find reportgen templates -type f ! -name '*.pyc' 2>/dev/null)

.DEFAULT_GOAL := report
.PHONY: report test check lint setup docs example bench clean help

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

report: $(PAPER) $(PAPER_HTML) $(PAPER_DOCX) ## Build the example paper (PDF, HTML, Word) into output/.

# One build writes every file: it runs again when one is missing or older than its inputs.
$(PAPER) $(PAPER_HTML) $(PAPER_DOCX) &: $(EXAMPLE) $(SOURCES) $(INSTALLED)
	$(BIN)/reportgen build $(EXAMPLE) --out output --format all

test: $(INSTALLED) ## Set up and run every test.
	scripts/test-deps.sh
	$(BIN)/pytest -q

# The marks are set in tests/conftest.py from what each test runs (see pyproject.toml), and
# --quick skips any other test as it starts to render a paper to PDF.
QUICK := not browser and not libreoffice and not faketime and not axe and not slow

check: $(INSTALLED) ## Run the quick tests only, in under a minute (make test runs them all).
	$(BIN)/pytest -q --quick -n auto -m "$(QUICK)"

lint: $(INSTALLED) ## Check the code with ruff.
	$(BIN)/ruff check .

setup: $(INSTALLED) ## Create .venv and install reportgen with its development tools.

$(SYSTEM): scripts/system-deps.sh
	@mkdir -p $(VENV)
	scripts/system-deps.sh
	@touch $@

$(INSTALLED): pyproject.toml $(SYSTEM)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

bench: $(INSTALLED) ## Time builds against WeasyPrint alone and LibreOffice; update docs/performance.md.
	bench/deps.sh
	$(BIN)/python bench/run.py --write-docs

docs: $(INSTALLED) ## Rewrite the column tables in docs/workbook.md from the schema.
	$(BIN)/python scripts/update_workbook_docs.py

example: $(INSTALLED) ## Regenerate the example workbook from reportgen/plan/example_plan.toml.
	$(BIN)/reportgen new --example --force $(EXAMPLE)

clean: ## Remove the virtual environment and built papers.
	rm -rf $(VENV) output/*.pdf output/*.html output/*.docx

CATALOGUE := reportgen/words/locales
.PHONY: messages
messages: $(INSTALLED) ## Extract every fixed word of the paper into the catalogue and update each language.
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ -k ngettext:1,2 --add-location=file --sort-by-file \
	    --no-wrap --omit-header -o $(CATALOGUE)/messages.pot .
	$(BIN)/pybabel -q update -i $(CATALOGUE)/messages.pot -d $(CATALOGUE) -D messages --no-wrap \
	    --ignore-obsolete --omit-header
