# The two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist): one per core, at most two, the size of the reference machine.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ "$$n" -gt 2 ] && n=2; echo $$n)
PYTEST := $(BIN)/pytest -n $(TEST_WORKERS)

.PHONY: run run-proxied test test-browser test-postgres setup setup-dev lint messages check-messages bench clean \
	cluster cluster-stop cluster-status backup restore

## make run: set everything up and serve the site on http://127.0.0.1:8000 (SQLite).
run: setup
	@bash scripts/serve.sh $(HOST) $(PORT)

## make run-proxied: the two app nodes of `make cluster` behind nginx, the shared HTTP cache,
## on http://127.0.0.1:8080.
run-proxied: setup
	@bash scripts/proxy.sh run

## make cluster: two app nodes on PostgreSQL + Redis, the task worker and the periodic loop.
cluster: setup
	@bash scripts/cluster.sh start

cluster-stop:
	@bash scripts/cluster.sh stop

cluster-status:
	@bash scripts/cluster.sh status

## make backup: one checksummed archive of the database, media and private storage into BACKUP_DIR
## (var/backups), while the site runs. make restore FILE=...: check it whole, then restore it (stop
## the site first); works on a fresh clone. Both act on the database DATABASE_URL names (SQLite by default).
backup: $(VENV)/.runtime
	@bash -c 'source scripts/local-env.sh && $(MANAGE) backup'

restore: $(VENV)/.runtime
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/alliance-backup-....tar.gz" >&2; exit 2; }
	@bash -c 'source scripts/local-env.sh && $(MANAGE) restore "$(FILE)"'

## make test: set up the same way and run the whole suite (browser tests: `make test-browser`).
test: setup-dev
	@bash scripts/prepare-tests.sh
	$(PYTEST) -q -m "not e2e and not postgres"

test-postgres: setup-dev
	bash scripts/postgres.sh ensure
	bash scripts/redis.sh ensure
	@bash scripts/prepare-tests.sh
	DATABASE_URL=$$(bash scripts/postgres.sh url) $(PYTEST) -q -m "not e2e"

test-browser: setup-dev
	bash scripts/browser.sh ensure
	@bash scripts/prepare-tests.sh
	$(PYTEST) -q -m e2e

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
