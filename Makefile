# Kharita — the two commands: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/kharita
OUT ?= output

.PHONY: run test build deps test-deps reproduce interop unit bench clean

## Installs what is missing, builds in release and runs the main job on seeds/.
run: build
	$(BIN) build --seeds seeds --gazetteer gazetteer --out $(OUT)

## Installs what is missing, then runs every test: the reproducibility of output/, the interop checks
## with GDAL, xmllint, rsvg-convert and independent tile decoders, and the Swift unit tests.
test: build test-deps reproduce interop unit

deps:
	@bash scripts/install-deps.sh --build

test-deps:
	@bash scripts/install-deps.sh --test

build: deps
	$(SWIFT) build -c release --product kharita

## A fresh build must reproduce the committed output/ byte for byte.
reproduce: build
	$(BIN) build --seeds seeds --gazetteer gazetteer --out $(OUT) --quiet
	git diff --exit-code --stat -- $(OUT)
	@test -z "$$(git status --porcelain --untracked-files=all -- $(OUT))" || { git status --porcelain -- $(OUT); echo "output/ has files the commit lacks"; exit 1; }
	@echo "reproduce: output/ matches the committed files"

interop: build test-deps
	bash scripts/interop.sh $(BIN) $(OUT)

unit: deps
	SWIFT=$(SWIFT) bash scripts/unit-tests.sh

bench: build
	bash scripts/bench.sh

clean:
	rm -rf .build
