#!/bin/sh
# Installs what cjsnsa needs on a fresh Debian machine with Node 20 and npm,
# saying what it installs as it does it, and stays quiet when all is present.
#   sh scripts/setup.sh          pnpm, Node packages, build
#   sh scripts/setup.sh --test   also Debian's Jupyter, Chromium, LibreOffice Writer (docx to PDF) and
#                                poppler-utils (PDF pages to PNG) for the report tests, python3-scipy and python3-mpmath (reference values of
#                                the statistics tests), and the tslab kernel
#   sh scripts/setup.sh --notebooks   what the notebooks need (pnpm notebooks): Debian's Jupyter Notebook,
#                                nbconvert and nbclient, and the tslab kernel registered inside the repository
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
say() { echo "setup: $*"; }

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  say "installing pnpm $PNPM_VERSION with npm (npm install -g pnpm@$PNPM_VERSION)"
  npm install -g --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ ! -f node_modules/.modules.yaml ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  say "installing Node packages from the npm registry (pnpm install --frozen-lockfile)"
  pnpm install --frozen-lockfile --reporter=silent
fi

if [ "$1" = "--test" ] || [ "$1" = "--notebooks" ]; then
  missing=""
  if [ "$1" = "--test" ]; then
    [ -x /usr/bin/chromium ] || missing="$missing chromium"
    command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
    command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
    /usr/bin/python3 -c "import scipy" >/dev/null 2>&1 || missing="$missing python3-scipy"
    /usr/bin/python3 -c "import mpmath" >/dev/null 2>&1 || missing="$missing python3-mpmath"
  else
    /usr/bin/python3 -c "import notebook" >/dev/null 2>&1 || missing="$missing jupyter-notebook"
  fi
  /usr/bin/python3 -c "import nbclient, nbconvert, ipykernel, jupyter_client" >/dev/null 2>&1 \
    || missing="$missing jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel"
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    say "installing Debian packages for the notebooks and tests:$missing (apt-get)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
  if [ ! -f .jupyter/share/jupyter/kernels/tslab/kernel.json ]; then
    say "registering the tslab TypeScript kernel inside the repository (.jupyter/)"
    (cd notebooks && ./node_modules/.bin/tslab install --python=/usr/bin/python3 \
      --binary="$ROOT/notebooks/node_modules/.bin/tslab" --prefix="$ROOT/.jupyter" >/dev/null)
  fi
fi

if [ ! -f packages/report/dist/index.js ]; then
  say "building the packages (tsc -b)"
fi
pnpm -s run build
