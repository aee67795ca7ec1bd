"""Write every output the toolkit produces on real and seed data to a folder, to compare refactors.

    python scripts/snapshot_outputs.py OUT_DIR [--skip-notebooks] [--only NAME ...]
    diff -r BEFORE_DIR OUT_DIR            # byte-identical means the refactor changed no output

What is written (each a text file, one record a line, deterministic):

* ``quotes_polnear_{train,dev}.txt``: every field of every Quote on PolNeAR;
* ``timexes_tbaq.txt``: every Timex on TempEval-3's TBAQ, resolved against each document's date;
* ``sentiment_newsmtsc_dev.txt``: each backend's polarity and label on NewsMTSC dev;
* ``seed.txt``: the seed's quotes, timexes, timeline, speaker table and ``analyze`` tables;
* ``notebook_NN.txt``: the text outputs of each notebook, executed (memory addresses and
  timings masked).

Data are read from ``../shared/data``; a missing file is reported and skipped.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout this script sits in, not an installed copy
DATA = ROOT.parent / "shared" / "data"


def _jsonl(path: Path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _write(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line.rstrip("\n") + "\n")
    print(f"wrote {path}", file=sys.stderr)


def quotes_polnear(out: Path, split: str) -> None:
    import toolkit as tk
    source = DATA / "polnear" / f"{split}.jsonl"
    if not source.exists():
        print(f"skip: {source} missing", file=sys.stderr)
        return

    def lines():
        for rec in _jsonl(source):
            yield f"## {rec['id']}"
            for q in tk.extract_quotes(rec["text"]):
                yield repr(q)
    _write(out / f"quotes_polnear_{split}.txt", lines())


def timexes_tbaq(out: Path) -> None:
    import toolkit as tk
    source = DATA / "timeml" / "tbaq.jsonl"
    if not source.exists():
        print(f"skip: {source} missing", file=sys.stderr)
        return

    def lines():
        for rec in _jsonl(source):
            yield f"## {rec['id']}"
            for t in tk.find_timexes(rec["text"], published=rec.get("dct")):
                yield repr(t)
            yield "-- without a date"
            for t in tk.find_timexes(rec["text"]):
                yield repr(t)
    _write(out / "timexes_tbaq.txt", lines())


def sentiment_newsmtsc(out: Path) -> None:
    import toolkit as tk
    source = DATA / "newsmtsc" / "dev.jsonl"
    if not source.exists():
        print(f"skip: {source} missing", file=sys.stderr)
        return

    def lines():
        backends = tk.sentiment_backends()
        for rec in _jsonl(source):
            span = (rec["target_start"], rec["target_end"])
            for backend in backends:
                s = tk.sentiment(rec["text"], target=span, backend=backend)
                yield f"{rec['id']}\t{backend}\t{s.polarity!r}\t{s.label}\t{s.subjectivity!r}\t{s.evidence!r}"
    _write(out / "sentiment_newsmtsc_dev.txt", lines())


def _frame_text(frame) -> str:
    return frame.to_csv(index=False)


def seed(out: Path) -> None:
    import toolkit as tk
    article = tk.load_seed()

    def lines():
        yield repr(article)
        quotes = tk.extract_quotes(article)
        yield from (repr(q) for q in quotes)
        yield from (repr(t) for t in tk.find_timexes(article))
        yield _frame_text(tk.quotes_frame(quotes))
        yield _frame_text(tk.build_timeline([article]))
        for backend in tk.sentiment_backends():
            yield _frame_text(tk.sentiment_by_speaker(quotes, backend=backend))
        result = tk.analyze([article], progress=False)
        for name in ("quotes", "speakers", "timeline", "errors"):
            yield f"## analyze.{name}"
            yield _frame_text(getattr(result, name))
        yield tk.highlight(article).data if hasattr(tk.highlight(article), "data") else repr(tk.highlight(article))
    _write(out / "seed.txt", lines())


_NOISE = [
    (re.compile(r" at 0x[0-9a-f]+"), " at 0x?"),
    (re.compile(r"\d+(\.\d+)?\s*(ms|s|it/s|s/it)\b"), "<time>"),
    (re.compile(r"\d\d:\d\d<\d\d:\d\d"), "<eta>"),
    (re.compile(r"(/tmp|/var/folders)/[^\s'\"]+"), "<tmp>"),
    (re.compile(r'"model_id": "[0-9a-f]+"'), '"model_id": "?"'),
    (re.compile(r"id=\"[0-9a-f-]{8,}\""), 'id="?"'),
]


def _mask(text: str) -> str:
    for pattern, repl in _NOISE:
        text = pattern.sub(repl, text)
    return text


def notebooks(out: Path, names=None) -> None:
    import nbformat
    from nbclient import NotebookClient
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        if names and not any(path.stem.startswith(n) for n in names):
            continue
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()

        def lines(nb=nb):
            for i, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                yield f"## cell {i}"
                for output in cell.get("outputs", []):
                    if output.get("output_type") == "stream" and output.get("name") == "stdout":
                        yield _mask(output["text"])
                    data = output.get("data", {})
                    for mime in ("text/plain", "text/html"):
                        if mime in data and "image/png" not in data:
                            yield f"[{mime}]"
                            yield _mask(data[mime] if isinstance(data[mime], str) else "".join(data[mime]))
        _write(out / f"notebook_{path.stem}.txt", lines())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--skip-notebooks", action="store_true")
    parser.add_argument("--only", nargs="*", default=None,
                        help="any of: polnear timexes sentiment seed notebooks")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ["polnear", "timexes", "sentiment", "seed", "notebooks"])
    if "seed" in only:
        seed(args.out)
    if "polnear" in only:
        quotes_polnear(args.out, "dev")
        quotes_polnear(args.out, "train")
    if "timexes" in only:
        timexes_tbaq(args.out)
    if "sentiment" in only:
        sentiment_newsmtsc(args.out)
    if "notebooks" in only and not args.skip_notebooks:
        notebooks(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
