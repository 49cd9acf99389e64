# Every target creates the virtual environment it needs, so a fresh clone
# only ever types `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ETALAB_VERSION := 6.0.0

.PHONY: run test lint typecheck eval bench places clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	@if [ -n "$$TELEGRAM_BOT_TOKEN$$TELEGRAM_BOT_TOKEN_FILE" ]; then exec $(BIN)/territoires-bot serve; \
	else exec $(BIN)/territoires-bot chat; fi

lint: $(VENV)/.installed-test
	$(BIN)/ruff check bot tests scripts
	$(BIN)/ruff format --check bot tests scripts
	$(BIN)/mypy bot
	$(BIN)/hadolint Dockerfile

test: lint
	$(BIN)/territoires-bot check
	$(BIN)/pytest

eval: $(VENV)/.installed-test
	$(BIN)/python -m tests.evaluate

bench: $(VENV)/.installed-test
	$(BIN)/python -m scripts.bench
	$(BIN)/python -m scripts.bench_telegram

# Regenerates knowledge/places.json.gz from Etalab's open data (needs npm and
# the network; the result is committed so nothing else does).
places: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[places]'
	$(BIN)/python scripts/build_places.py --version $(ETALAB_VERSION)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
