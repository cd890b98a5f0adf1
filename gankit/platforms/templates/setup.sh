#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image (written by
# `gankit gradescope build`; docs/platforms.md). It installs bubblewrap (the grader's sandbox)
# and, in a virtual environment of their own (/opt/gankit-venv), CPU-only torch and numpy at the
# versions pinned in constraints.txt: the only packages the grader needs.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
VENV=/opt/gankit-venv
pin() { grep -E "^$1==" "$HERE/constraints.txt" | cut -d= -f3; }

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends ca-certificates bubblewrap python3 python3-venv
PYTHON=python3
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    # Ubuntu 22.04 (Gradescope's default base image) has Python 3.10; the pinned numpy needs 3.11+.
    apt-get install -y -q --no-install-recommends python3.11 python3.11-venv
    PYTHON=python3.11
fi
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
# PyTorch's CPU index: the checks run on a CPU, and PyPI's Linux wheel would add ~3 GB of CUDA libraries.
"$VENV/bin/python" -m pip install -q --index-url https://download.pytorch.org/whl/cpu "torch==$(pin torch)"
"$VENV/bin/python" -m pip install -q "numpy==$(pin numpy)"
"$VENV/bin/python" -c "import numpy, torch; print('gankit autograder: torch', torch.__version__, 'numpy', numpy.__version__)"
# Where bubblewrap cannot start (most containers), checks run as unprivileged uids: they must be
# able to read the kit they import.
chmod -R a+rX "$HERE" "$VENV"
