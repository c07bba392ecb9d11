# Two entry points: `make extract` and `make test`. Each creates .venv from
# pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= raw
OUT ?= extracted
REPORTS ?=

.PHONY: extract export test regress docs bench venv clean fetch fetch-all

extract: $(STAMP)
	$(BIN)/python -m pipeline extract $(RAW) --out $(OUT)

# The tables as CSV files (exported/<table>.csv) or one workbook (FORMAT=xlsx: exported/cqc_tables.xlsx).
FORMAT ?= csv
export: $(STAMP)
	$(BIN)/python -m pipeline export $(OUT) --format $(FORMAT)

# Needs internet access (the tests never leave 127.0.0.1). Politeness: see README.
fetch: $(STAMP)
	@test -n "$(REPORTS)" || { echo 'usage: make fetch REPORTS="westminster-1124 ..." (slugs or report URLs)'; exit 2; }
	$(BIN)/python -m pipeline fetch $(REPORTS) --out $(RAW)

fetch-all: $(STAMP)
	$(BIN)/python -m pipeline fetch --all --out $(RAW)

# The whole suite, with every 23rd kept blind round (tests/pages_round*) of ~520.
test: $(STAMP)
	$(BIN)/python -m pytest

# Every kept blind round (~4,700 saved pages against their answer keys, a few minutes); CI runs it after `make test`.
BLIND_FILES := tests/test_blind_pages.py tests/test_blind_pages_later.py tests/test_blind_pages_latest.py tests/test_blind_pages_newest.py
regress: $(STAMP)
	BLIND_ROUNDS=all $(BIN)/python -m pytest $(BLIND_FILES)

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python bench/bench.py

docs: $(STAMP)
	@mkdir -p docs
	$(BIN)/python -m pipeline docs > docs/tables.md

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) extracted/*.parquet .pytest_cache
