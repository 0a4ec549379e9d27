"""The ``grooming-detect`` command line: a thin layer over the library."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from grooming_detect import __version__
from grooming_detect.detector import Detector, Score
from grooming_detect.io import (
    FORMATS,
    OUTPUT_FORMATS,
    Record,
    RecordError,
    detect_format,
    open_text,
    read_records,
    write_records,
)
from grooming_detect.model import ModelError

app = typer.Typer(
    name="grooming-detect",
    help="Find online-grooming risk in chat messages (English and Korean).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Exit codes (documented in the README).
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_RECORD_ERRORS = 3

ModelOption = Annotated[
    Optional[Path],
    typer.Option("--model", help="Model file (.joblib with its .json manifest beside it). Default: the shipped model."),
]
ThresholdOption = Annotated[
    Optional[float],
    typer.Option("--threshold", min=0.0, max=1.0, help="Flag at this risk instead of the model's threshold."),
]


def _fail(message: str, code: int = EXIT_FAILURE) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _load(model: Path | None, threshold: float | None = None) -> Detector:
    try:
        return Detector.load(model, threshold=threshold)
    except ModelError as error:
        raise _fail(str(error)) from None
    except ValueError as error:
        raise _fail(str(error), EXIT_USAGE) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"grooming-detect {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Find online-grooming risk in chat messages (English and Korean)."""


def _highlight(text: str, score: Score, color: bool) -> str:
    spans: list[list[int]] = []
    for signal in sorted(score.signals, key=lambda signal: signal.start):
        if spans and signal.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], signal.end)
        else:
            spans.append([signal.start, signal.end])
    pieces, cursor = [], 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        marked = typer.style(text[start:end], fg="red", bold=True) if color else text[start:end]
        pieces.append(f"[{marked}]")
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


@app.command()
def score(
    text: Annotated[str, typer.Argument(help="The message to score, or '-' to read it from standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON record instead of a readable verdict.")] = False,
    model: ModelOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Score one message and show why it was flagged.

    Example: grooming-detect score "how old r u? dont tell ur mom we talk"
    """
    if text == "-":
        text = sys.stdin.read()
    detector = _load(model, threshold)
    result = detector.score(text)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    color = sys.stdout.isatty()
    verdict = "FLAGGED" if result.flagged else "not flagged"
    if color:
        verdict = typer.style(verdict, fg="red" if result.flagged else "green", bold=True)
    typer.echo(f"{verdict}  risk {result.risk:.3f}  level {result.level}  (threshold {detector.threshold:.3f})")
    typer.echo(f"  {_highlight(text, result, color)}")
    if result.signals:
        typer.echo("signals:")
        for signal in result.signals:
            typer.echo(f"  {signal.category:<15} {signal.rule:<24} {signal.text!r} [{signal.start}:{signal.end}]")
    if result.top_terms:
        terms = ", ".join(f"{term} (+{value:.2f})" for term, value in result.top_terms)
        typer.echo(f"top terms: {terms}")


def _batches(records: Iterator[Record | RecordError], size: int) -> Iterator[list[Record | RecordError]]:
    batch: list[Record | RecordError] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Summary:
    def __init__(self) -> None:
        self.read = self.scored = self.flagged = self.errors = 0

    def line(self) -> str:
        return f"read {self.read}, scored {self.scored}, flagged {self.flagged}, errors {self.errors}"


@app.command()
def scan(
    files: Annotated[list[str], typer.Argument(help="Files to scan (.txt, .jsonl, .csv), or '-' for standard input.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write records here instead of standard output.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="Output format: jsonl, csv or table.")] = "jsonl",
    input_format: Annotated[
        str, typer.Option("--input-format", help="Input format: auto (from the extension), txt, jsonl or csv.")
    ] = "auto",
    text_field: Annotated[str, typer.Option("--text-field", help="JSONL field holding the message.")] = "text",
    text_column: Annotated[str, typer.Option("--text-column", help="CSV column holding the message.")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="JSONL field or CSV column holding the record id.")] = "id",
    only_flagged: Annotated[bool, typer.Option("--only-flagged", help="Write only flagged records.")] = False,
    errors_file: Annotated[
        Optional[Path], typer.Option("--errors", help="Also write error records (source, line, error) to this JSONL file.")
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Messages scored per batch.")] = 1000,
    model: ModelOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Batch-scan files of messages; one output record per message.

    A malformed record is reported on standard error with its file and line
    and the scan goes on; the summary satisfies read = scored + errors.

    Example: grooming-detect scan chats.jsonl --only-flagged --format table
    """
    if output_format not in OUTPUT_FORMATS:
        raise _fail(f"--format must be one of {', '.join(OUTPUT_FORMATS)}, not {output_format!r}", EXIT_USAGE)
    if input_format != "auto" and input_format not in FORMATS:
        raise _fail(f"--input-format must be auto or one of {', '.join(FORMATS)}, not {input_format!r}", EXIT_USAGE)
    formats = {}
    for name in files:
        if name != "-" and not Path(name).is_file():
            raise _fail(f"no such file: {name}")
        if output is not None and name != "-" and Path(name).resolve() == output.resolve():
            raise _fail(f"--output {output} is one of the input files; refusing to overwrite it", EXIT_USAGE)
        try:
            formats[name] = input_format if input_format != "auto" else ("txt" if name == "-" else detect_format(name))
        except ValueError as error:
            raise _fail(str(error), EXIT_USAGE) from None
    detector = _load(model, threshold)
    summary = _Summary()
    field = {"jsonl": text_field, "csv": text_column, "txt": text_field}
    show_progress = sys.stderr.isatty() and any(name != "-" and Path(name).stat().st_size > 5_000_000 for name in files)

    def records_out(error_handle) -> Iterator[dict]:
        for name in files:
            handle = open_text(name)
            try:
                stream = read_records(handle, name, formats[name], text_field=field[formats[name]], id_field=id_field)
                for batch in _batches(_with_progress(stream, handle, name, show_progress), batch_size):
                    summary.read += len(batch)
                    good = [record for record in batch if isinstance(record, Record)]
                    for record in batch:
                        if isinstance(record, RecordError):
                            summary.errors += 1
                            typer.echo(f"error: {record}", err=True)
                            if error_handle is not None:
                                error_handle.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                    scores = detector.score_many(
                        [record.text for record in good], [record.id for record in good], [record.source for record in good]
                    )
                    summary.scored += len(scores)
                    for result in scores:
                        summary.flagged += result.flagged
                        if result.flagged or not only_flagged:
                            yield result.to_dict()
            finally:
                if handle is not sys.stdin:
                    handle.close()

    with _AtomicOutput(output) as out, _AtomicOutput(errors_file, optional=True) as error_handle:
        write_records(records_out(error_handle), out, output_format)
    sys.stdout.flush()
    typer.echo(summary.line(), err=True)
    assert summary.read == summary.scored + summary.errors
    if summary.errors:
        raise typer.Exit(EXIT_RECORD_ERRORS)


def _with_progress(stream, handle, name: str, show: bool):
    if not show:
        yield from stream
        return
    total = Path(name).stat().st_size
    with typer.progressbar(length=total, label=f"scanning {Path(name).name}", file=sys.stderr) as bar:
        done = 0
        for record in stream:
            try:
                position = handle.buffer.tell()
            except (AttributeError, OSError, ValueError):
                position = done
            bar.update(max(0, position - done))
            done = max(done, position)
            yield record


class _AtomicOutput:
    """Write to a temporary file beside the target, renamed into place on success."""

    def __init__(self, path: Path | None, optional: bool = False) -> None:
        self.path, self.optional = path, optional
        self.handle = None
        self.tmp_name: str | None = None

    def __enter__(self):
        if self.path is None:
            return None if self.optional else sys.stdout
        directory = self.path.resolve().parent
        if not directory.is_dir():
            raise _fail(f"cannot write {self.path}: no such directory {directory}")
        descriptor, self.tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=directory)
        self.handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="")
        return self.handle

    def __exit__(self, kind, value, traceback) -> None:
        if self.handle is None:
            return
        self.handle.close()
        if kind is None:
            os.replace(self.tmp_name, self.path)
        else:
            os.unlink(self.tmp_name)


def _read_labelled(path: Path) -> tuple[list[dict], list[str]]:
    rows, problems = [], []
    with open_text(str(path)) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                problems.append(f"{path}:{number}: invalid JSON")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or record.get("label") not in (0, 1):
                problems.append(f"{path}:{number}: needs a string 'text' and a 'label' of 0 or 1")
                continue
            rows.append(record)
    return rows, problems


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(help="Labelled JSONL: 'text', 'label' (0/1), optional 'lang' and 'category'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    model: ModelOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Measure the model on a labelled file: ROC-AUC, PR-AUC, precision, recall, F1.

    Example: grooming-detect evaluate data/messages.jsonl --json
    """
    from grooming_detect.metrics import report

    if not file.is_file():
        raise _fail(f"no such file: {file}")
    detector = _load(model, threshold)
    rows, problems = _read_labelled(file)
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    if not rows:
        raise _fail(f"{file} has no usable labelled records")
    scores = detector.score_many([row["text"] for row in rows])
    result = report(
        [row["label"] for row in rows],
        [item.risk for item in scores],
        detector.threshold,
        languages=[str(row.get("lang", "unknown")) for row in rows],
        categories=[str(row.get("category", "positive" if row["label"] else "negative")) for row in rows],
    )
    result["errors"] = len(problems)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{len(rows)} records ({len(problems)} errors), threshold {detector.threshold:.4f}")
    typer.echo(f"{'group':<16} {'n':>6} {'roc_auc':>8} {'pr_auc':>8} {'prec':>6} {'recall':>6} {'f1':>6} {'fpr':>6}")
    groups = [("all", result["overall"])] + list(result.get("by_language", {}).items())
    for name, metrics in groups:
        typer.echo(
            f"{name:<16} {metrics['n']:>6} {_fmt(metrics['roc_auc']):>8} {_fmt(metrics['pr_auc']):>8} {_fmt(metrics['precision']):>6}"
            f" {_fmt(metrics['recall']):>6} {_fmt(metrics['f1']):>6} {_fmt(metrics['false_positive_rate']):>6}"
        )
    typer.echo(f"{'category':<16} {'n':>6} {'flagged':>8}   (recall for risky categories, false-positive rate for benign ones)")
    for category, metrics in result.get("by_category", {}).items():
        typer.echo(f"{category:<16} {metrics['all']['n']:>6} {_fmt(metrics['all']['flagged_share']):>8}")


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def _checkout_root() -> Path:
    """The repository to train from: this package's source checkout, else the current directory."""
    source = Path(__file__).resolve().parent.parent
    return source if (source / "data" / "messages.jsonl").is_file() else Path.cwd()


@app.command()
def train(
    data: Annotated[
        Optional[Path],
        typer.Option("--data", help="Corpus JSONL with a 'split' field. Default: data/messages.jsonl of the repository checkout."),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", help="Model file to write. Default: models/grooming-default.joblib of the repository checkout."),
    ] = None,
) -> None:
    """Rebuild the model from the corpus and write its manifest and metrics beside it.

    Example: grooming-detect train
    """
    from grooming_detect.train import train as run_training

    data = data or _checkout_root() / "data" / "messages.jsonl"
    output = output or _checkout_root() / "models" / "grooming-default.joblib"
    if not data.is_file():
        raise _fail(f"no corpus at {data}; run from a source checkout or pass --data")
    try:
        manifest = run_training(data, output)
    except ValueError as error:
        raise _fail(str(error)) from None
    typer.echo(f"wrote {output} ({manifest['model_bytes']:,} bytes, sha256 {manifest['model_sha256'][:16]}...)")
    typer.echo(f"threshold {manifest['threshold']}, high {manifest['high_threshold']}")
    for language, metrics in manifest["metrics"]["test"]["by_language"].items():
        typer.echo(
            f"test {language}: roc_auc {_fmt(metrics['roc_auc'])} recall {_fmt(metrics['recall'])} precision {_fmt(metrics['precision'])}"
        )


@app.command()
def info(
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole manifest as JSON.")] = False,
) -> None:
    """Show the model: file, hash, thresholds, training data and test metrics.

    Example: grooming-detect info
    """
    detector = _load(model)
    manifest = detector.manifest
    if as_json:
        typer.echo(json.dumps(manifest, indent=2, ensure_ascii=False))
        return
    typer.echo(f"grooming-detect {__version__}")
    typer.echo(f"model      {detector.path}")
    typer.echo(f"sha256     {manifest['model_sha256']}")
    typer.echo(f"data       {manifest['data_file']} sha256 {manifest['data_sha256'][:16]}...")
    typer.echo(f"threshold  {detector.threshold} (high {detector.high_threshold}); {manifest['threshold_target']['flag']}")
    for language, metrics in manifest["metrics"]["test"]["by_language"].items():
        typer.echo(
            f"test {language:<5} roc_auc {_fmt(metrics['roc_auc'])}  recall {_fmt(metrics['recall'])}"
            f"  precision {_fmt(metrics['precision'])}  fpr {_fmt(metrics['false_positive_rate'])}"
        )


def run() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "run"]
