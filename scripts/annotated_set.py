"""Score the toolkit on the hand-annotated PolNeAR dev articles (issues #13 and #15).

The annotations (``tests/data/annotated_polnear_dev*.jsonl``: ``annotated_polnear_dev.jsonl``, the
first 14 articles; ``annotated_polnear_dev_fresh.jsonl``, 6 more; ``annotated_polnear_dev_third.jsonl``,
``..._fourth.jsonl``, ``..._fifth.jsonl`` and ``..._sixth.jsonl``, 10 more each; ``..._seventh.jsonl``,
11 more; ``..._eighth.jsonl``, the last 13; each set annotated without looking at the toolkit's output)
hold only ids, offsets, labels and speaker names; the texts are read from ``../shared/data/polnear/dev.jsonl``.
The annotation conventions are ``../shared/coverage/ANNOTATION.md``.

Usage:
    python scripts/annotated_set.py quotes [--out DIR] [--annotations FILE]...
    python scripts/annotated_set.py timexes [--out DIR] [--annotations FILE]...

Each command writes ``gold.jsonl`` and ``pred.jsonl`` to DIR (default: a temporary folder) and
runs the shared scorer on them (``score_quotes_coverage.py`` or ``score_timex.py``), printing
its output. By default every file matching ``tests/data/annotated_polnear_dev*.jsonl`` is scored
(together, in file-name order); ``--annotations FILE`` (repeatable) scores only the given files.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout this script sits in, not an installed copy
ANNOTATION_GLOB = "annotated_polnear_dev*.jsonl"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
EVAL = ROOT.parent / "shared" / "eval"
SCORERS = {"quotes": "score_quotes_coverage.py", "timexes": "score_timex.py"}

OUTLETS = {
    "breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "The New York Times", "politico": "Politico",
    "usa-today": "USA Today", "wash-post": "The Washington Post", "west-journal": "Western Journal",
}


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _span(text: str, start, end, where: str, problems: list[str]) -> str | None:
    """``text[start:end]``, or None (with a note in ``problems``) when the span is out of range."""
    if start is None and end is None:
        return None
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"{where}: span {start}:{end} out of range (text length {len(text)})")
        return None
    return text[start:end]


def annotation_files() -> list[Path]:
    """Every annotation file (``tests/data/annotated_polnear_dev*.jsonl``), in file-name order."""
    return sorted((ROOT / "tests" / "data").glob(ANNOTATION_GLOB))


def build_gold(annotations_path=None, polnear_path=POLNEAR) -> list[dict]:
    """Rebuild full gold records from the text-free annotations and the PolNeAR texts.

    Each record serves both shared scorers: the coverage format of ANNOTATION.md (``id``, ``url``,
    ``outlet``, ``date``, ``text``, ``quotes`` with ``content``, ``speaker_mention`` and ``cue``)
    and score_timex.py's document format (``id``, ``dct``, ``text``, ``timexes`` with ``text``).

    Args:
        annotations_path: An annotation file (one article a line), a list of them, or None for
            every file of :func:`annotation_files`.
        polnear_path: PolNeAR's ``dev.jsonl``.

    Returns:
        One record per annotated article, in the order of the files and of their lines.

    Raises:
        ValueError: An article id is unknown or annotated twice, or an offset is out of range (all
            such are listed).
    """
    if annotations_path is None:
        paths = annotation_files()
    elif isinstance(annotations_path, (str, Path)):
        paths = [Path(annotations_path)]
    else:
        paths = [Path(p) for p in annotations_path]
    articles = {r["id"]: r for r in _read_jsonl(Path(polnear_path))}
    records, problems, seen = [], [], set()
    for ann in (a for path in paths for a in _read_jsonl(path)):
        if ann["id"] in seen:
            problems.append(f"{ann['id']}: annotated more than once")
            continue
        seen.add(ann["id"])
        article = articles.get(ann["id"])
        if article is None:
            problems.append(f"{ann['id']}: not in {polnear_path}")
            continue
        text = article["text"]
        quotes = []
        for i, q in enumerate(ann["quotes"]):
            where = f"{ann['id']} quote {i}"
            quote = dict(q, content=_span(text, q["content_start"], q["content_end"], where + " content", problems),
                         speaker_mention=_span(text, q["mention_start"], q["mention_end"], where + " mention",
                                               problems),
                         cue=_span(text, q["cue_start"], q["cue_end"], where + " cue", problems))
            quotes.append(quote)
        timexes = [dict(t, text=_span(text, t["start"], t["end"], f"{ann['id']} timex {i}", problems))
                   for i, t in enumerate(ann["timexes"])]
        records.append({"id": ann["id"], "url": f"polnear:dev/{ann['id']}", "outlet": OUTLETS[article["publisher"]],
                        "date": ann["date"], "dct": ann["date"], "text": text, "quotes": quotes, "timexes": timexes})
    if problems:
        raise ValueError("annotation problems:\n" + "\n".join(problems))
    return records


def predict(kind: str, records: list[dict]) -> list[dict]:
    """The toolkit's predictions on the gold records, in the scorer's format.

    Args:
        kind: ``"quotes"`` (``toolkit.extract_quotes``) or ``"timexes"`` (``toolkit.find_timexes``).
        records: Gold records from :func:`build_gold`.

    Summaries of speech acts (``form == "summary"``: "urged X to", "called for") are left out of the
    quote predictions: the annotation conventions do not annotate them. Transcript turns
    (``form == "transcript"``) are left out too, as the scorer leaves out the gold ones.

    Returns:
        One ``{"id", "quotes"}`` or ``{"id", "timexes"}`` line per record.
    """
    import toolkit as tk

    if kind == "quotes":
        return [{"id": r["id"], "quotes": [
            {"content_start": q.start, "content_end": q.end, "speaker": q.speaker or q.mention, "direct": q.direct}
            for q in tk.extract_quotes(r["text"]) if q.form not in ("summary", "transcript")]} for r in records]
    return [{"id": r["id"], "timexes": [
        {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value}
        for t in tk.find_timexes(r["text"], published=r["date"])]} for r in records]


def load_scorer(kind: str):
    """The shared scorer for ``kind`` imported as a module (for tests that want its numbers)."""
    path = EVAL / SCORERS[kind]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_and_score(kind: str, out: Path, annotations=None) -> str:
    """Write gold and predictions for ``kind`` to ``out`` and return the shared scorer's output.

    ``annotations``: the annotation files to score (as for :func:`build_gold`; None = all of them).
    """
    records = build_gold(annotations)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("gold.jsonl", records), ("pred.jsonl", predict(kind, records))):
        with open(out / name, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    cmd = [sys.executable, str(EVAL / SCORERS[kind]), str(out / "gold.jsonl"), str(out / "pred.jsonl")]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def main(argv=None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=sorted(SCORERS))
    parser.add_argument("--out", type=Path, help="folder for gold.jsonl and pred.jsonl (default: a temporary one)")
    parser.add_argument("--annotations", type=Path, action="append", metavar="FILE",
                        help=f"score only this annotation file (repeatable; default: tests/data/{ANNOTATION_GLOB})")
    args = parser.parse_args(argv)
    annotations = args.annotations or annotation_files()
    for path in (POLNEAR, EVAL / SCORERS[args.kind]):
        if not path.exists():
            print(f"not found: {path} (needs ../shared beside the checkout)", file=sys.stderr)
            return 1
    missing = [path for path in annotations if not path.exists()]
    if missing or not annotations:
        print(f"annotation file not found: {', '.join(map(str, missing)) or ANNOTATION_GLOB}", file=sys.stderr)
        return 1
    print("annotations: " + ", ".join(str(p) for p in annotations), file=sys.stderr)
    try:
        if args.out:
            print(write_and_score(args.kind, args.out, annotations))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                print(write_and_score(args.kind, Path(tmp), annotations))
    except ValueError as err:  # unknown ids, articles annotated twice, offsets out of range
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
