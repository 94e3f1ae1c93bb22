#!/usr/bin/env python3
"""Execute one notebook headless with the tslab kernel and save the executed copy
(and, with --html, its HTML from nbconvert, without scripts).

Usage: run_notebook.py <notebook.ipynb> <executed-output.ipynb> [timeout-seconds] [working-directory] [--html <file.html>]

The kernel runs in the working directory (default: the notebook's own), where
tslab resolves the packages the cells import: a changed copy of a notebook kept
elsewhere is run from notebooks/.

tslab reports cell errors on stderr and then drops later cells silently, so this
runner stops at the first error and prints the failing cell's source, its error
output and its stderr, and exits 1. It never allows errors.
"""
import os
import re
import sys

import nbformat
from nbconvert import HTMLExporter
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

args = sys.argv[1:]
html = None
if "--html" in args:
    i = args.index("--html")
    html = args[i + 1]
    del args[i:i + 2]
src, dest = args[0], args[1]
timeout = int(args[2]) if len(args) > 2 else 300
cwd = args[3] if len(args) > 3 else os.path.dirname(src)
nb = nbformat.read(src, as_version=4)
# After a cell's reply, nbclient waits for the rest of its output (printed text,
# displays) until the kernel says it is idle. It waits 4 s by default and then
# goes on *without* the output it has not had, with only a log warning: on a busy
# machine (a test suite on two cores) a cell's printed text was lost that way.
# Wait much longer, and fail loudly if even that is not enough: an executed
# notebook never silently lacks an output.
client = NotebookClient(nb, timeout=timeout, kernel_name="tslab", allow_errors=False,
                        iopub_timeout=180, raise_on_iopub_timeout=True,
                        resources={"metadata": {"path": cwd}})

def cell_failure(cell):
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename')}: {out.get('evalue')}"
        if out.get("output_type") == "stream" and out.get("name") == "stderr" and out.get("text", "").strip():
            return out["text"]
    return None

status = 0
try:
    client.execute()
except CellExecutionError as err:
    status = 1
    print(f"cell error: {err}", file=sys.stderr)
except Exception as err:  # kernel died, timeout
    status = 1
    print(f"execution failed: {type(err).__name__}: {err}", file=sys.stderr)

# tslab may print an error on stderr without an error output: treat it as a failure too.
for i, cell in enumerate(nb.cells):
    if cell.cell_type != "code":
        continue
    failure = cell_failure(cell)
    if failure:
        status = 1
        print(f"--- cell {i} failed ---\n{cell.source}\n--- output ---\n{failure}", file=sys.stderr)
        break
    if cell.get("execution_count") is None and cell.source.strip():
        status = 1
        print(f"--- cell {i} did not run ---\n{cell.source}", file=sys.stderr)
        break

nbformat.write(nb, dest)
if html:
    body, _ = HTMLExporter().from_notebook_node(nb)
    # The outputs are static HTML and SVG: no script is needed, and the template's
    # RequireJS and MathJax would be loaded from elsewhere (a CDN, or the machine's
    # own files with Debian's nbconvert). The page opens offline without them.
    body = re.sub(r"<script\b[^>]*>.*?</script>", "", body, flags=re.S | re.I)
    with open(html, "w", encoding="utf-8") as f:
        f.write(body)
sys.exit(status)
