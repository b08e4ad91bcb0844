# film-extract — `make` installs, builds and processes input/ into output/; `make test` tests.
# Variables: INPUT (folder or files, default input), OUTPUT (default output), FORMAT (jsonld,
# html or nquads), BASE (@id prefix), KB (knowledge file), CORPUS (a gold-spans corpus for make eval),
# DEV (a folder in the dev-set format for make eval, e.g. test/fixtures/holdout).

INPUT  ?= input
OUTPUT ?= output
FORMAT ?= jsonld
CORPUS ?=
DEV    ?=
NODE   ?= node

SOURCES := $(shell find pipeline eval scripts schemas -type f \( -name '*.ts' -o -name '*.tsv' -o -name '*.json' -o -name '*.jsonld' -o -name '*.mjs' -o -name '*.md' \) ! -name '*.test.ts' ! -name '*.test-helper.ts' 2>/dev/null)
CLI     := dist/pipeline/cli/index.js
FLAGS    = --output $(OUTPUT) --format $(FORMAT) $(if $(BASE),--base $(BASE)) $(if $(KB),--kb $(KB))

.PHONY: all run build install test eval bench clean

all: run

# npm ci whenever the lock file is newer than the installed tree (or nothing is installed).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.package-lock.json

dist/.built: node_modules/.package-lock.json tsconfig.json tsconfig.build.json $(SOURCES)
	rm -rf dist
	npm run --silent build
	@touch $@

build: dist/.built

run: build
	$(NODE) $(CLI) $(FLAGS) $(INPUT)

test: build
	npx vitest run

eval: build
	$(NODE) dist/eval/run.js $(if $(CORPUS),--corpus $(CORPUS)) $(if $(DEV),--dev $(DEV) --json .eval/$(notdir $(DEV)).json)

bench: build
	$(NODE) dist/scripts/bench.js

clean:
	rm -rf dist .eval
