# Every target creates (once) and reuses the virtual environment in .venv/,
# installed from the pinned constraints.txt (torch 2.14.1, torchvision 0.29.1).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
RUN ?= runs/demo

.PHONY: venv demo test bench release handout course reference slides slides-tools clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[all]'
	$(PY) -c "import torch, torchvision.ops; print('torch', torch.__version__, 'torchvision ok')"
	touch $(STAMP)

demo: venv  ## train the reference GAN on MNIST, evaluate it and write a report under $(RUN)
	$(BIN)/gankit train --out $(RUN)
	$(BIN)/gankit evaluate $(RUN)
	$(BIN)/gankit report $(RUN)

# The slide toolchain: Marp CLI from npm into ./node_modules (pinned by package-lock.json; ignored by
# git). It prints PDFs through Debian's chromium, with Korean in fonts-noto-cjk (.ci/run installs both).
NODE_STAMP := node_modules/.package-lock.json
SLIDES ?= build/slides

slides-tools: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

slides: venv slides-tools  ## the week-1 lecture slides: $(SLIDES)/week01.pdf (Korean) and week01_en.pdf
	$(BIN)/gankit slides --out $(SLIDES)

test: venv slides-tools  ## the kit's whole test suite
	$(PY) -m pytest tests -q

bench: venv  ## speed and memory figures (not tests)
	@for f in bench/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

release: venv  ## regenerate assignments/ and the autograder's reference from solutions/
	$(BIN)/gankit release

handout: venv  ## the student package: handout/week01_gan/, handout/week01_gan.zip, handout/week01_gan-classroom/
	$(BIN)/gankit handout --out handout

reference: venv  ## the README's reference results: 3 seeds x 2 betas, 10 epochs each (about an hour; resumable)
	$(PY) bench/reference_runs.py

course: venv  ## nbgrader cycle on the course; SUBMISSIONS=DIR adds DIR/<student id>/ folders
	$(BIN)/gankit course build
	$(BIN)/gankit course cycle $(if $(SUBMISSIONS),--from $(SUBMISSIONS))

clean:
	rm -rf $(VENV) runs .pytest_cache node_modules build/slides
