# Set-up and everyday commands. `make demo` and `make test` work on a fresh machine
# with Python 3.11: they create .venv and install the pinned dependencies first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
HOME_DIR ?= .sanctionwatch
SW := $(BIN)/sanctionwatch --home $(HOME_DIR)

.PHONY: setup demo test lint typecheck unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

setup: $(VENV)/.installed

# The main job on the seed article: import the real lists, then analyse the page.
demo: setup
	$(SW) lists import $(SHARED)/data/sanctions/un_sc_consolidated_2020-12-01.xml \
	  $(SHARED)/data/sanctions/ofac_sdn_2024-02-20.csv \
	  $(SHARED)/data/sanctions/ofac_sdn_2024-05-03.csv \
	  $(SHARED)/data/sanctions/ofac_cons_prim_nonsdn_2025-08.csv \
	  $(SHARED)/data/sanctions/ofac_alt_2026-06.csv $(SHARED)/data/sanctions/ofac_add_2026-06.csv
	$(SW) analyze --format text $(SHARED)/seed/

lint: setup
	$(BIN)/ruff check sanctionwatch tests benchmarks

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -q

# Lint, types, then every test (quality floors included).
test: lint typecheck unit

bench: setup
	$(BIN)/python -m benchmarks.run_all

clean:
	rm -rf $(VENV) $(HOME_DIR) .mypy_cache .ruff_cache .pytest_cache
