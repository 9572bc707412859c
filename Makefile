# Two entry points: `make demo` (set up .venv and run the main job on seeds/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint eval eval-heldout eval-written eval-redocred lock clean

$(BIN)/kg: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(BIN)/kg

setup: $(BIN)/kg

demo: setup
	$(BIN)/kg extract seeds/ --format table
	$(BIN)/kg extract seeds/ --format jsonl > seeds.tenures.jsonl
	@echo "tenures as JSON lines: seeds.tenures.jsonl"
	$(BIN)/kg ingest seeds/
	$(BIN)/kg stats
	$(BIN)/kg sparql ontology/queries/cto_video_ecommerce.rq --format csv

lint: setup
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests
	$(BIN)/mypy kg

test: lint
	$(BIN)/pytest -q --timeout=600

# extraction scored against the development gold sets, with the errors grouped by cause
CORPUS ?= ../shared/corpus
GOLD ?= ../shared/eval/gold/seeds.jsonl ../shared/eval/gold/bbc-dev.jsonl \
	../shared/eval/gold/reuters-dev.jsonl eval/gold/bbc-own.jsonl eval/gold/dev2.jsonl \
	eval/gold/dev3.jsonl eval/gold/dev4.jsonl eval/gold/dev5.jsonl eval/gold/dev6.jsonl \
	eval/gold/dev7.jsonl eval/gold/dev8.jsonl \
	eval/gold/dev9.jsonl eval/gold/dev10.jsonl eval/gold/dev11.jsonl eval/gold/dev12.jsonl \
	eval/gold/dev13.jsonl eval/gold/dev14.jsonl eval/gold/dev15.jsonl eval/gold/dev16.jsonl \
	eval/gold/dev17.jsonl eval/gold/dev18.jsonl eval/gold/dev19.jsonl eval/gold/dev20.jsonl \
	eval/gold/dev21.jsonl eval/gold/dev22.jsonl eval/gold/dev23.jsonl eval/gold/dev24.jsonl \
	eval/gold/dev25.jsonl eval/gold/dev26.jsonl eval/gold/dev27.jsonl eval/gold/dev28.jsonl \
	eval/gold/dev29.jsonl eval/gold/dev30.jsonl eval/gold/dev31.jsonl eval/gold/dev32.jsonl \
	eval/gold/dev33.jsonl eval/gold/dev34.jsonl
eval: setup
	$(BIN)/kg evaluate $(GOLD) --corpus $(CORPUS) --corpus seeds

# the held-out sets: annotated blind and never used to write rules (read the figures, do not tune)
eval-heldout: setup
	$(BIN)/kg evaluate eval/gold/heldout2.jsonl eval/gold/heldout3.jsonl \
		eval/gold/bbc-heldout.jsonl eval/gold/heldout4.jsonl eval/gold/heldout5.jsonl \
		eval/gold/heldout6.jsonl --corpus $(CORPUS) --brief

# stories written for development (eval/written/README.md): invented, used to write rules
eval-written: setup
	$(BIN)/kg evaluate eval/gold/written-wire.jsonl eval/gold/written-bbc.jsonl \
		--corpus eval/written

# out of domain: Wikipedia introductions, who works where (no titles, no dates), Re-DocRED
eval-redocred: setup
	$(BIN)/kg evaluate ../shared/benchmarks/redocred/gold.jsonl --corpus ../shared/benchmarks

lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) kg-data
