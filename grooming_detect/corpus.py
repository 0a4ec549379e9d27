"""The labelled corpus: loading, near-duplicate families and the train/dev/test split.

The authored messages live in ``data/raw/*.jsonl``. ``python -m grooming_detect.corpus``
removes near-duplicates (character 5-gram Jaccard >= 0.8), groups what
remains into families of similar messages, and assigns whole families to
train, dev or test (70/15/15 within each language and category), so that no
near-duplicate family crosses splits. The result is ``data/messages.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from grooming_detect.normalize import normalize_text
from grooming_detect.rules.base import CATEGORIES, LANGUAGES

__all__ = [
    "LABELS",
    "Message",
    "SPLITS",
    "assign_splits",
    "build",
    "data_sha256",
    "load_messages",
    "near_duplicate_pairs",
]

NEGATIVE_CATEGORIES = ("benign", "hard_negative")
LABELS = {**{category: 1 for category in CATEGORIES}, **{category: 0 for category in NEGATIVE_CATEGORIES}}
SPLITS = ("train", "dev", "test")
SPLIT_SHARES = (0.70, 0.15, 0.15)
DUPLICATE_JACCARD = 0.8
FAMILY_JACCARD = 0.5


@dataclass(frozen=True, slots=True)
class Message:
    """One labelled message of the corpus."""

    id: str
    lang: str
    text: str
    label: int
    category: str
    near: str = "none"
    split: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "lang": self.lang,
            "text": self.text,
            "label": self.label,
            "category": self.category,
            "near": self.near,
            "split": self.split,
        }


def _check(record: dict, where: str) -> Message:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: 'text' must be a non-empty string")
    lang, category, label = record.get("lang"), record.get("category"), record.get("label")
    if lang not in LANGUAGES:
        raise ValueError(f"{where}: 'lang' must be one of {LANGUAGES}, not {lang!r}")
    if category not in LABELS:
        raise ValueError(f"{where}: unknown category {category!r}")
    if label != LABELS[category]:
        raise ValueError(f"{where}: label {label!r} does not fit category {category!r}")
    split = record.get("split", "")
    if split and split not in SPLITS:
        raise ValueError(f"{where}: unknown split {split!r}")
    message_id = record.get("id") or _message_id(lang, text)
    return Message(message_id, lang, text.strip(), label, category, record.get("near") or "none", split)


def _message_id(lang: str, text: str) -> str:
    return f"{lang}-{hashlib.sha1(text.strip().encode('utf-8')).hexdigest()[:12]}"


def read_jsonl(paths: Iterable[Path]) -> Iterator[Message]:
    """Yield the messages of corpus JSONL files, checking every record."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield _check(json.loads(line), f"{path}:{number}")


def load_messages(path: Path | str) -> list[Message]:
    """Load ``data/messages.jsonl`` (or any corpus file)."""
    return list(read_jsonl([Path(path)]))


def data_sha256(path: Path | str) -> str:
    """SHA-256 of a corpus file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _shingles(texts: list[str]) -> sparse.csr_matrix:
    vectorizer = CountVectorizer(analyzer="char", ngram_range=(5, 5), binary=True, preprocessor=normalize_text, dtype=np.float32)
    # Texts shorter than five characters have no 5-gram; a whole-text token
    # still lets exact repeats of short messages find each other.
    padded = [text if len(normalize_text(text)) >= 5 else f"{text:<5}" for text in texts]
    return vectorizer.fit_transform(padded).tocsr()


def near_duplicate_pairs(texts: list[str], threshold: float, block: int = 2000) -> Iterator[tuple[int, int, float]]:
    """Yield ``(i, j, jaccard)`` for ``i < j`` with character 5-gram Jaccard >= ``threshold``."""
    if len(texts) < 2:
        return
    shingles = _shingles(texts)
    sizes = np.asarray(shingles.sum(axis=1)).ravel()
    transposed = shingles.T.tocsc()
    for begin in range(0, len(texts), block):
        inter = (shingles[begin : begin + block] @ transposed).toarray()
        rows = np.arange(begin, min(begin + block, len(texts)))
        union = sizes[rows, None] + sizes[None, :] - inter
        with np.errstate(divide="ignore", invalid="ignore"):
            jaccard = np.where(union > 0, inter / union, 0.0)
        for local, column in zip(*np.nonzero(jaccard >= threshold), strict=True):
            row = rows[local]
            if row < column:
                yield int(row), int(column), float(jaccard[local, column])


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        root_first, root_second = self.find(first), self.find(second)
        if root_first != root_second:
            self.parent[max(root_first, root_second)] = min(root_first, root_second)


def deduplicate(messages: list[Message]) -> tuple[list[Message], list[tuple[Message, Message]]]:
    """Drop near-duplicates (Jaccard >= 0.8), keeping the first of each group.

    Returns the kept messages and the ``(dropped, kept)`` pairs.
    """
    drop: dict[int, int] = {}
    for first, second, _ in near_duplicate_pairs([message.text for message in messages], DUPLICATE_JACCARD):
        if first not in drop and second not in drop:
            drop[second] = first
    kept = [message for index, message in enumerate(messages) if index not in drop]
    return kept, [(messages[second], messages[first]) for second, first in drop.items()]


def assign_splits(messages: list[Message], seed: str = "grooming-detect", fixed: dict[str, str] | None = None) -> list[Message]:
    """Assign whole families of similar messages to train, dev or test.

    Families are connected components of Jaccard >= 0.5. A family with
    members in ``fixed`` (message id -> split, from an earlier build) goes to
    the split most of those members had, so rebuilding after adding messages
    never moves an existing message to another split. The other families are
    ordered by a seeded hash within each (language, category) stratum and
    filled into the splits 70/15/15, so the split is deterministic.
    """
    fixed = fixed or {}
    union_find = _UnionFind(len(messages))
    for first, second, _ in near_duplicate_pairs([message.text for message in messages], FAMILY_JACCARD):
        union_find.union(first, second)
    families: dict[int, list[int]] = defaultdict(list)
    for index in range(len(messages)):
        families[union_find.find(index)].append(index)

    split_of: dict[int, str] = {}
    strata: dict[tuple[str, str], list[list[int]]] = defaultdict(list)
    placed: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for members in families.values():
        head = messages[members[0]]
        earlier = Counter(fixed[messages[index].id] for index in members if messages[index].id in fixed)
        if earlier:
            split = max(SPLITS, key=lambda name: (earlier[name], -SPLITS.index(name)))
            for index in members:
                split_of[index] = split
            placed[(head.lang, head.category)][split] += len(members)
        else:
            strata[(head.lang, head.category)].append(members)

    for key in sorted(strata):
        ordered = sorted(strata[key], key=lambda members: _family_key(seed, messages, members))
        counts = placed[key]
        for members in ordered:
            # Fill the split that lags its share most, so strata stay 70/15/15.
            total = sum(counts.values()) + len(members)
            split = max(SPLITS, key=lambda name: (SPLIT_SHARES[SPLITS.index(name)] * total - counts[name], -SPLITS.index(name)))
            for index in members:
                split_of[index] = split
            counts[split] += len(members)
    return [_with_split(message, split_of[index]) for index, message in enumerate(messages)]


def _family_key(seed: str, messages: list[Message], members: list[int]) -> str:
    smallest = min(messages[index].id for index in members)
    return hashlib.sha256(f"{seed}:{smallest}".encode()).hexdigest()


def _with_split(message: Message, split: str) -> Message:
    return Message(message.id, message.lang, message.text, message.label, message.category, message.near, split)


def build(raw_dir: Path, output: Path) -> dict:
    """Build ``output`` (messages.jsonl) from the authored files in ``raw_dir``.

    Returns counts for the datasheet.
    """
    paths = sorted(raw_dir.glob("*.jsonl"))
    if not paths:
        raise FileNotFoundError(f"no *.jsonl files in {raw_dir}")
    seen: set[str] = set()
    messages = []
    exact = 0
    for message in read_jsonl(paths):
        key = normalize_text(message.text)
        if key in seen:
            exact += 1
            continue
        seen.add(key)
        messages.append(message)
    messages.sort(key=lambda message: message.id)
    kept, dropped = deduplicate(messages)
    fixed = {message.id: message.split for message in read_jsonl([output])} if output.is_file() else {}
    final = sorted(assign_splits(kept, fixed=fixed), key=lambda message: (SPLITS.index(message.split), message.lang, message.id))
    tmp = output.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for message in final:
            handle.write(json.dumps(message.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(output)
    return {"read": len(messages) + exact, "exact_duplicates": exact, "near_duplicates": len(dropped), "kept": len(final)}


TABLES_START = "<!-- generated by python -m grooming_detect.corpus --datasheet: start -->"
TABLES_END = "<!-- generated: end -->"


def datasheet_tables(messages: list[Message]) -> str:
    """Markdown tables of counts per language, category and split (for ``data/README.md``)."""
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for message in messages:
        table[(message.lang, message.category)][message.split] += 1
    categories = [*CATEGORIES, *NEGATIVE_CATEGORIES]
    lines = ["| language | category | label | train | dev | test | total |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for language in LANGUAGES:
        for category in categories:
            cell = table[(language, category)]
            row = [cell[split] for split in SPLITS]
            lines.append(f"| {language} | {category} | {LABELS[category]} | {' | '.join(map(str, row))} | {sum(row)} |")
        part = [message for message in messages if message.lang == language]
        positives = sum(message.label for message in part)
        negatives = [message for message in part if message.label == 0]
        hard = sum(message.category == "hard_negative" for message in negatives)
        by_split = Counter(message.split for message in part)
        split_cells = " | ".join(str(by_split[split]) for split in SPLITS)
        lines.append(f"| {language} | **all** | {positives / len(part):.1%} positive | {split_cells} | {len(part)} |")
        lines.append(f"| {language} | hard negatives | {hard / len(negatives):.1%} of negatives | | | | {hard} |")
    return "\n".join(lines) + "\n"


def _main(argv: list[str]) -> int:
    if argv and argv[0] == "--datasheet":
        # Rewrite the generated tables of data/README.md from data/messages.jsonl.
        sheet = Path(argv[1] if len(argv) > 1 else "data/README.md")
        corpus = load_messages(argv[2] if len(argv) > 2 else "data/messages.jsonl")
        text = sheet.read_text(encoding="utf-8")
        head, rest = text.split(TABLES_START, 1)
        tail = rest.split(TABLES_END, 1)[1]
        sheet.write_text(f"{head}{TABLES_START}\n{datasheet_tables(corpus)}{TABLES_END}{tail}", encoding="utf-8")
        return 0
    raw_dir = Path(argv[0]) if argv else Path("data/raw")
    output = Path(argv[1]) if len(argv) > 1 else Path("data/messages.jsonl")
    summary = build(raw_dir, output)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
