# The two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-browser test-postgres setup setup-dev lint messages check-messages bench clean

## make run: set everything up and serve the site on http://127.0.0.1:8000 (SQLite).
run: setup
	@bash scripts/serve.sh $(HOST) $(PORT)

## make test: set up the same way and run the whole suite (browser tests: `make test-browser`).
test: setup-dev
	@bash scripts/prepare-tests.sh
	$(BIN)/pytest -q -m "not e2e and not postgres"

test-postgres: setup-dev
	bash scripts/postgres.sh ensure
	@bash scripts/prepare-tests.sh
	DATABASE_URL=$$(bash scripts/postgres.sh url) $(BIN)/pytest -q -m "not e2e"

test-browser: setup-dev
	bash scripts/browser.sh ensure
	@bash scripts/prepare-tests.sh
	$(BIN)/pytest -q -m e2e

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

setup: $(VENV)/.runtime
	@bash scripts/prepare.sh

setup-dev: $(VENV)/.dev

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: setup-dev
	bash scripts/messages.sh make

check-messages: setup-dev
	bash scripts/messages.sh check

bench: setup-dev
	bash bench/run.sh

clean:
	rm -rf $(VENV) var db.sqlite3*
