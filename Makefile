# Every target creates the virtual environment it needs, so a fresh clone
# only ever types `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ETALAB_VERSION := 6.0.0
# ANCT's perimeters of the Territoires d'industrie; `make perimeters ANCT=file` reads another copy.
ANCT ?= ../shared/data/anct/ti_geom-2024-07-04.geojson

.PHONY: run test lint typecheck eval bench soak places perimeters outlines groupings lock lock-upgrade clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Dependencies come from the hash-pinned locks (`make lock` refreshes them), the package
# itself without its dependencies: two installs of one commit are the same.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: requirements-test.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-test.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	@if [ -n "$$TELEGRAM_BOT_TOKEN$$TELEGRAM_BOT_TOKEN_FILE" ]; then exec $(BIN)/territoires-bot serve; \
	else exec $(BIN)/territoires-bot chat; fi

lint: $(VENV)/.installed-test
	$(BIN)/ruff check bot tests scripts
	$(BIN)/ruff format --check bot tests scripts
	$(BIN)/mypy bot scripts tests
	$(BIN)/hadolint Dockerfile

test: lint
	$(BIN)/territoires-bot check
	$(BIN)/pytest -n 2 --dist loadfile

eval: $(VENV)/.installed-test
	$(BIN)/python -m tests.evaluate
	$(BIN)/python -m tests.evaluate tests/heldout_topics.yaml
	$(BIN)/python -m tests.evaluate_conversations
	$(BIN)/python -m tests.evaluate_perimeters
	$(BIN)/python -m tests.evaluate_sealed
	$(BIN)/python -m tests.evaluate_sealed tests/sealed2
	$(BIN)/python -m tests.evaluate_sealed tests/sealed3
	$(BIN)/python -m tests.evaluate_sealed tests/sealed4

bench: $(VENV)/.installed-test
	$(BIN)/python -m scripts.bench_start
	$(BIN)/python -m scripts.bench
	$(BIN)/python -m scripts.bench_conversations
	$(BIN)/python -m scripts.bench_telegram
	$(BIN)/python -m scripts.bench_stats
	$(BIN)/python -m scripts.bench_maps

# 20,000 messages at 25 a second from 2,000 users against `serve` (about 14 minutes):
# messages lost, latency and memory. `make soak SOAK="2000 25 200"` for a shorter one.
# Then the chaos run: 2,000 messages while getUpdates and the sends fail at random.
SOAK ?= 20000 25 2000
CHAOS ?= 2000 25 200
soak: $(VENV)/.installed-test
	$(BIN)/python -m scripts.bench_soak $(SOAK)
	$(BIN)/python -m scripts.bench_soak --chaos $(CHAOS)

# Regenerates knowledge/places.json.gz from Etalab's open data (needs npm and
# the network; the result is committed so nothing else does).
places: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[places]'
	$(BIN)/python scripts/build_places.py --version $(ETALAB_VERSION)

# Re-resolves both locks from pyproject.toml after any change to its dependencies. One
# universal resolution serves every Python from 3.11 (here) to the image's 3.12.
UV_VERSION := 0.13.9
LOCK := $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --quiet --custom-compile-command "make lock"
# `make lock` keeps the current pins and adds or drops what pyproject.toml changed;
# `make lock-upgrade` moves every pin to the newest allowed version.
lock lock-upgrade: | $(BIN)/python
	$(BIN)/pip install --quiet uv==$(UV_VERSION)
	$(LOCK) $(if $(filter lock-upgrade,$@),--upgrade) -o requirements.lock
	$(LOCK) $(if $(filter lock-upgrade,$@),--upgrade) --extra test -c requirements.lock -o requirements-test.lock
	$(BIN)/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))' \
	| $(subst pyproject.toml,-,$(LOCK)) $(if $(filter lock-upgrade,$@),--upgrade) -o requirements-build.lock

# Regenerates knowledge/perimeters.json from ANCT's open data (committed, like places).
perimeters: $(VENV)/.installed
	$(BIN)/python scripts/build_perimeters.py $(ANCT)
# Regenerates knowledge/outlines.json from ANCT's open data in ../shared/data/anct/
# (committed, so running and testing need neither the data nor this step).
outlines: $(VENV)/.installed
	$(BIN)/python -m scripts.build_outlines
# Regenerates knowledge/groupings.json.gz (intercommunalities' outlines, commune points,
# chefs-lieux) from ../shared/data/epci/ and Etalab's package (npm; committed, like outlines).
groupings: $(VENV)/.installed
	$(BIN)/python -m scripts.build_groupings

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
