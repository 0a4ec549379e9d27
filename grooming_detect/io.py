"""Reading messages from files and writing score records.

Readers stream: they yield one :class:`Record` or :class:`RecordError` per
input record, so a malformed line is reported with its location and the scan
goes on. ``records read = scored + errors`` holds by construction.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

__all__ = ["FORMATS", "Record", "RecordError", "detect_format", "read_records", "write_records"]

FORMATS = ("txt", "jsonl", "csv")
OUTPUT_FORMATS = ("jsonl", "csv", "table")
_EXTENSIONS = {".txt": "txt", ".log": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}


@dataclass(frozen=True, slots=True)
class Record:
    """A message to score, with its id and where it was read."""

    id: str | int
    text: str
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class RecordError:
    """A record that could not be read, with its location."""

    source: str
    line: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"error": self.message, "source": self.source, "line": self.line}

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def detect_format(path: str) -> str:
    """Input format from the file name; raises ``ValueError`` for an unknown one."""
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise ValueError(f"cannot tell the format of {path} from its extension; pass --input-format (txt, jsonl or csv)")
    return _EXTENSIONS[suffix]


def read_records(
    handle: TextIO,
    source: str,
    input_format: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Record | RecordError]:
    """Yield the records of one open text file.

    Parameters
    ----------
    handle : text file
        Opened with ``errors="surrogateescape"`` or similar, so that bad bytes
        reach the reader and are reported per line.
    source : str
        Name used in ids and error locations.
    input_format : {"txt", "jsonl", "csv"}
    text_field : str
        JSONL field or CSV column holding the message.
    id_field : str
        JSONL field or CSV column holding the id; the line number otherwise.
    """
    if input_format == "txt":
        yield from _read_txt(handle, source)
    elif input_format == "jsonl":
        yield from _read_jsonl(handle, source, text_field, id_field)
    elif input_format == "csv":
        yield from _read_csv(handle, source, text_field, id_field)
    else:
        raise ValueError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")


def _undecodable(text: str) -> bool:
    return any(0xDC80 <= ord(char) <= 0xDCFF for char in text)


def _read_txt(handle: TextIO, source: str) -> Iterator[Record | RecordError]:
    for number, line in enumerate(handle, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        if _undecodable(line):
            yield RecordError(source, number, "line is not valid UTF-8")
        elif "\x00" in line:
            yield RecordError(source, number, "line contains NUL bytes")
        else:
            yield Record(number, line, source, number)


def _read_jsonl(handle: TextIO, source: str, text_field: str, id_field: str) -> Iterator[Record | RecordError]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        if _undecodable(line):
            yield RecordError(source, number, "line is not valid UTF-8")
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield RecordError(source, number, f"invalid JSON: {error.args[0] if error.args else error}")
            continue
        if not isinstance(record, dict):
            yield RecordError(source, number, f"expected a JSON object, got {type(record).__name__}")
            continue
        if text_field not in record:
            yield RecordError(source, number, f"no field {text_field!r}")
            continue
        text = record[text_field]
        if not isinstance(text, str):
            yield RecordError(source, number, f"field {text_field!r} is {_json_type(text)}, not a string")
            continue
        record_id = record.get(id_field)
        if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
            record_id = number
        yield Record(record_id, text, source, number)


def _read_csv(handle: TextIO, source: str, text_column: str, id_column: str) -> Iterator[Record | RecordError]:
    reader = csv.reader(handle)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as error:
        yield RecordError(source, 1, f"unreadable CSV header: {error}")
        return
    header = [name.lstrip("\ufeff") for name in header]
    if text_column not in header:
        yield RecordError(source, 1, f"no column {text_column!r} in the header (columns: {', '.join(header)}); pass --text-column")
        return
    text_index = header.index(text_column)
    id_index = header.index(id_column) if id_column in header else None
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            line = reader.line_num
            yield RecordError(source, start, f"malformed CSV: {error}")
            continue
        line = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield RecordError(source, start, f"row has {len(row)} fields, the header has {len(header)}")
            continue
        text = row[text_index]
        if _undecodable(text) or "\x00" in text:
            yield RecordError(source, start, "text is not valid UTF-8 or contains NUL bytes")
            continue
        record_id: str | int = row[id_index] if id_index is not None and row[id_index] else start
        yield Record(record_id, text, source, start)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def open_text(path: str) -> TextIO:
    """Open a file (or ``-`` for stdin) for reading, keeping bad bytes reportable."""
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape", newline="")
    return open(path, encoding="utf-8", errors="surrogateescape", newline="")


CSV_COLUMNS = ("id", "risk", "flagged", "level", "categories", "signals", "text")


def write_records(records: Iterable[dict], handle: TextIO, output_format: str) -> None:
    """Write score records (``Score.to_dict()`` output) as JSONL, CSV or a table."""
    if output_format == "jsonl":
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif output_format == "csv":
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for record in records:
            writer.writerow(
                [
                    record["id"],
                    f"{record['risk']:.6f}",
                    str(record["flagged"]).lower(),
                    record["level"],
                    ";".join(sorted({signal["category"] for signal in record["signals"]})),
                    json.dumps(record["signals"], ensure_ascii=False),
                    record.get("text", ""),
                ]
            )
    elif output_format == "table":
        handle.write(f"{'id':<12} {'risk':>6}  {'level':<6}  {'signals':<34} text\n")
        for record in records:
            categories = ",".join(sorted({signal["category"] for signal in record["signals"]})) or "-"
            text = " ".join(record.get("text", "").split())
            text = text if len(text) <= 60 else text[:57] + "..."
            handle.write(f"{str(record['id'])[:12]:<12} {record['risk']:>6.3f}  {record['level']:<6}  {categories[:34]:<34} {text}\n")
    else:
        raise ValueError(f"unknown output format {output_format!r}; choose from {', '.join(OUTPUT_FORMATS)}")
