# Everything runs inside .venv, which `make setup` creates from pyproject.toml and mock/pyproject.toml: the SDK and
# the offline mock are two distributions, both installed editable.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8080

.PHONY: setup generate check-generated lint test docs docs-serve chromium peers test-airflow lint-airflow chaos mock demo fuzz bench bench-peers clean spec-diff api-diff api-check api-snapshot spec-update spec-history changelog-draft

setup: $(VENV)/.installed $(VENV)/.sources-on-path

$(VENV)/.installed: pyproject.toml mock/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (set PYTHON=python3.11)")'
	@command -v gpg >/dev/null 2>&1 || $(MAKE) --no-print-directory gnupg
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' -e ./mock
	@touch $@

# GnuPG's gpg, which python-gnupg drives: the mock's PGP key pairs and its decryption of loaded files need it.
.PHONY: gnupg
gnupg:
	@if command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gnupg; \
	else echo "GnuPG (gpg) is needed: install it with your system's package manager" >&2; exit 1; fi

# setuptools' editable install is an import hook, which mypy cannot follow: a .pth that names the source folders
# lets mypy (and other tools that read site-packages) find the packages in .venv, as they would in a wheel.
$(VENV)/.sources-on-path: $(VENV)/.installed
	$(BIN)/python -c 'import pathlib, sys, sysconfig; pathlib.Path(sysconfig.get_paths()["purelib"], "visier_data_handling_sources.pth").write_text("\n".join(sys.argv[1:]) + "\n")' $(abspath generated) $(abspath overlays) $(abspath mock)
	@touch $@

generate: setup
	$(BIN)/python generator/generate.py

check-generated: setup
	$(BIN)/python generator/generate.py --check

lint: setup
	$(BIN)/python -m openapi_spec_validator openapi/visier-data-handling.yaml
	$(BIN)/ruff check overlays mock tests generator benchmarks examples providers docs tools
	$(BIN)/mypy --strict overlays examples tools

# The suite runs on TEST_WORKERS processes (pytest-xdist); TEST_WORKERS=0 runs it in this one process.
TEST_WORKERS ?= 2

test: lint check-generated api-check peers chromium
	$(BIN)/python -m pytest -n $(TEST_WORKERS)
	$(MAKE) test-airflow

# The docs site from docs/ and mkdocs.yml, into site/: strict (a broken link or anchor, a page left out of nav, a
# missing reference fails) and offline (no web fonts, no CDN). make test builds it too (tests/docs/test_site.py).
export NO_MKDOCS_2_WARNING := 1

docs: setup
	$(BIN)/mkdocs build --strict

docs-serve: setup
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

# A headless Chromium for the docs' screenshot test (tests/docs/test_site.py): Debian's chromium-headless-shell,
# installed only when no Chromium is on PATH, without its recommends (GPU drivers, desktop services) to keep it quick.
chromium:
	@command -v chromium-headless-shell >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 || { \
		if command -v apt-get >/dev/null 2>&1; then \
			SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
			$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends chromium-headless-shell; \
		else echo "A headless Chromium is needed: install chromium with your system's package manager" >&2; exit 1; fi; }

# The Airflow provider (providers/airflow) and Airflow 3 live in a venv of their own, .venv-airflow, with Airflow's
# dependencies pinned by providers/airflow/constraints-airflow.txt, so neither touches the SDK's .venv. Its tests run
# real DAGs with dag.test() on SQLite in a temporary AIRFLOW_HOME, against the mock served by .venv's visier-mock.
AIRFLOW_VENV := .venv-airflow
AIRFLOW_BIN  := $(AIRFLOW_VENV)/bin

$(AIRFLOW_VENV)/.installed: pyproject.toml providers/airflow/pyproject.toml providers/airflow/constraints-airflow.txt
	$(PYTHON) -m venv $(AIRFLOW_VENV)
	$(AIRFLOW_BIN)/python -m pip install --quiet --upgrade pip
	$(AIRFLOW_BIN)/python -m pip install --quiet -c providers/airflow/constraints-airflow.txt \
		-e . -e ./providers/airflow pytest mypy
	@touch $@

lint-airflow: $(AIRFLOW_VENV)/.installed
	cd providers/airflow && ../../$(AIRFLOW_BIN)/mypy --strict visier_data_handling_provider

test-airflow: setup lint-airflow
	VISIER_MOCK=$(abspath $(BIN)/visier-mock) $(AIRFLOW_BIN)/python -m pytest providers/airflow/tests

# What changed between two Data-In specs (Visier's or ours, in any combination) on the Data and Job Handling
# surface, classified for SDK users and, between two of Visier's, judged against the curated spec
# (docs/releasing.md). FORMAT=json for tools; DEBUG=1 shows the traceback of a failure.
FORMAT ?= markdown
DEBUG_FLAG = $(if $(DEBUG),--debug)

spec-diff: setup
	@test -n "$(BASE)" -a -n "$(HEAD)" || { echo "usage: make spec-diff BASE=<file> HEAD=<file> [FORMAT=json] [DEBUG=1]" >&2; exit 2; }
	@$(BIN)/python tools/releasing/spec_diff.py "$(BASE)" "$(HEAD)" --format $(FORMAT) $(DEBUG_FLAG)

# The curator's round when Visier publishes a new Data-In spec: store it beside the last one (openapi/upstream),
# spec-diff the two, compare the curated spec with it, print the to-do. It never edits the curated spec.
spec-update: setup
	@test -n "$(UPSTREAM)" || { echo "usage: make spec-update UPSTREAM=<file> [SOURCE='<where it came from>'] [DEBUG=1]" >&2; exit 2; }
	@$(BIN)/python tools/releasing/spec_update.py "$(UPSTREAM)" --source "$(SOURCE)" $(DEBUG_FLAG)

# spec-diff on each consecutive pair of a folder of Visier's versions (oldest first by name, or as ORDER's file lists
# them) and spec-update on each, in a scratch copy: a line per pair, then the counts (docs/releasing.md).
spec-history: setup
	@test -n "$(DIR)" || { echo "usage: make spec-history DIR=<folder of versions> [ORDER=<file of names>] [DEBUG=1]" >&2; exit 2; }
	@$(BIN)/python tools/releasing/spec_history.py "$(DIR)" $(if $(ORDER),--order "$(ORDER)") $(DEBUG_FLAG)

# The SDK's public Python API against the last released one (release/released-api.json), compared by griffe.
# api-check (part of make test) fails when it broke and pyproject's version was not bumped to match;
# api-snapshot stores the current API as released, at a release.
api-diff: setup
	@$(BIN)/python tools/releasing/api_diff.py diff $(DEBUG_FLAG)

api-check: setup
	@$(BIN)/python tools/releasing/api_diff.py check $(DEBUG_FLAG)

api-snapshot: setup
	$(BIN)/python tools/releasing/api_diff.py snapshot

# The next CHANGELOG.md entry, drafted from spec-diff (release/released-spec.yaml -> the curated spec) and api-diff.
changelog-draft: setup
	@$(BIN)/python tools/releasing/changelog_draft.py

# 100 unattended loads for one tenant through one client on 8 threads, against the mock on its real clock at each
# speed, under 503s, 429s, dropped connections and lost or late startLoad answers; then 50 Direct Data Intake calls
# the same way, with lost commit answers; then 30 transfer sessions of 20 batches each, with lost pushData answers
# (make test runs a short version of each). Each seed picks which requests meet which fault.
CHAOS_LOADS  ?= 100
CHAOS_INTAKES ?= 50
CHAOS_TRANSFERS ?= 30
# Random seeds unless given; each test's id names its seed, so a failing run can be repeated with CHAOS_SEEDS=.
CHAOS_SEEDS  ?= $(shell $(PYTHON) -c 'import random; print(*random.sample(range(1, 100000), 3))')
CHAOS_SPEEDS ?= 1 10

chaos: setup
	CHAOS_LOADS=$(CHAOS_LOADS) CHAOS_INTAKES=$(CHAOS_INTAKES) CHAOS_TRANSFERS=$(CHAOS_TRANSFERS) \
		CHAOS_SEEDS="$(CHAOS_SEEDS)" CHAOS_SPEEDS="$(CHAOS_SPEEDS)" $(BIN)/python -m pytest -p no:cacheprovider \
		tests/reliability/test_chaos.py tests/reliability/test_intake_chaos.py tests/reliability/test_transfer_chaos.py

mock: setup
	$(BIN)/visier-mock serve --host 127.0.0.1 --port $(PORT)

demo: setup
	$(BIN)/python examples/demo.py

EXAMPLES ?= 250
SEED     ?= 1

fuzz: setup
	$(BIN)/python tests/contract/run_fuzz.py --examples $(EXAMPLES) --seed $(SEED)

# The official SDK: visier-platform-sdk lives in a venv of its own (.venv-peers), so its dependencies never mix with
# ours. `make test` needs it (tests/peers round-trips Direct Data Intake through it; pip's cache makes a rebuild take
# seconds); plain `make bench` uses it when it exists and says "not installed" otherwise.
PEERS := .venv-peers

bench: setup
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/upload_memory.py
	$(BIN)/python benchmarks/mock_paging.py
	$(BIN)/python benchmarks/scale_load.py
	$(BIN)/python benchmarks/profile_call.py
	$(BIN)/python benchmarks/instructions.py
	$(BIN)/python benchmarks/untraced_cost.py
	$(BIN)/python benchmarks/spec_diff_time.py

$(PEERS)/.installed:
	$(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/python -m pip install --quiet --upgrade pip
	$(PEERS)/bin/python -m pip install --quiet visier-platform-sdk
	@touch $@

peers: $(PEERS)/.installed

bench-peers: $(PEERS)/.installed
	$(MAKE) bench

clean:
	rm -rf $(VENV) $(PEERS) $(AIRFLOW_VENV) site build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
