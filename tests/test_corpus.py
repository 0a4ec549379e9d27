import hashlib
import json
from collections import Counter

import pytest

from grooming_detect.corpus import (
    DUPLICATE_JACCARD,
    Message,
    assign_splits,
    build,
    deduplicate,
    near_duplicate_pairs,
)
from grooming_detect.rules import CATEGORIES


def test_near_duplicates_are_found():
    texts = ["hey whats ur snap, add me", "hey whats ur snap, add me!!", "see you at the game tonight"]
    pairs = list(near_duplicate_pairs(texts, 0.8))
    assert [(first, second) for first, second, _ in pairs] == [(0, 1)]


def _message(index, text, category="benign", lang="en"):
    label = 0 if category in ("benign", "hard_negative") else 1
    return Message(f"{lang}-{index:04d}", lang, text, label, category)


def test_deduplicate_keeps_the_first():
    messages = [_message(0, "hey whats ur snap, add me"), _message(1, "hey whats ur snap, add me!!"), _message(2, "dinner at 7")]
    kept, dropped = deduplicate(messages)
    assert [message.id for message in kept] == ["en-0000", "en-0002"]
    assert dropped[0][0].id == "en-0001"


def test_families_stay_in_one_split():
    base = [f"message number {word} about the weekend plans" for word in ("one", "two", "three", "four", "five")]
    messages = [_message(index, text) for index, text in enumerate(base)]
    words = "apple river stone cloud maple tiger piano rocket garden silver orange violet winter summer forest".split()
    others = [f"{words[index % 15]} {words[(index * 7 + 3) % 15]} {index * 37}" for index in range(40)]
    messages += [_message(100 + index, text) for index, text in enumerate(others)]
    split = assign_splits(messages)
    family = {message.split for message in split if message.text.startswith("message number")}
    assert len(family) == 1
    shares = Counter(message.split for message in split)
    assert shares["train"] > shares["dev"] > 0 and shares["test"] > 0


def test_build_writes_split_corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    words = "apple river stone cloud maple tiger piano rocket garden silver orange violet winter summer forest".split()
    texts = [f"{words[index % 15]} {words[(index * 7 + 3) % 15]} {index * 37}" for index in range(30)]
    lines = [{"lang": "en", "text": text, "label": 0, "category": "benign"} for text in texts]
    lines.append(dict(lines[0]))  # exact duplicate
    (raw / "part.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    output = tmp_path / "messages.jsonl"
    summary = build(raw, output)
    assert summary["exact_duplicates"] == 1
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(records) == summary["kept"] == 30
    assert {record["split"] for record in records} == {"train", "dev", "test"}


def test_bad_raw_record_is_reported(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bad.jsonl").write_text(json.dumps({"lang": "en", "text": "hi", "label": 1, "category": "benign"}) + "\n")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        build(raw, tmp_path / "out.jsonl")


# The shipped corpus itself.


def test_corpus_size_and_balance(corpus_messages):
    by_language = Counter(message.lang for message in corpus_messages)
    assert by_language["en"] >= 4000 and by_language["ko"] >= 2500
    for language in ("en", "ko"):
        part = [message for message in corpus_messages if message.lang == language]
        positive_share = sum(message.label for message in part) / len(part)
        assert 0.35 <= positive_share <= 0.45, (language, positive_share)
        negatives = [message for message in part if message.label == 0]
        hard_share = sum(message.category == "hard_negative" for message in negatives) / len(negatives)
        assert hard_share >= 0.40, (language, hard_share)
        categories = Counter(message.category for message in part)
        for category in CATEGORIES:
            assert categories[category] >= 150, (language, category, categories[category])


def test_corpus_split_shares(corpus_messages):
    shares = Counter(message.split for message in corpus_messages)
    total = sum(shares.values())
    assert abs(shares["train"] / total - 0.70) < 0.02
    assert abs(shares["dev"] / total - 0.15) < 0.02
    assert abs(shares["test"] / total - 0.15) < 0.02


def test_no_near_duplicates_cross_splits(corpus_messages):
    texts = [message.text for message in corpus_messages]
    for first, second, _ in near_duplicate_pairs(texts, DUPLICATE_JACCARD):
        assert corpus_messages[first].split == corpus_messages[second].split, (texts[first], texts[second])


def test_corpus_ids_are_unique(corpus_messages):
    ids = [message.id for message in corpus_messages]
    assert len(ids) == len(set(ids))


def test_existing_messages_keep_their_split():
    texts = [hashlib.sha256(str(index).encode()).hexdigest() for index in range(60)]  # no two alike
    messages = [_message(index, text) for index, text in enumerate(texts)]
    first = assign_splits(messages[:40])
    fixed = {message.id: message.split for message in first}
    # Pin one message to a split its hash would not choose, to see it kept.
    fixed["en-0000"] = "test" if fixed["en-0000"] != "test" else "dev"
    second = assign_splits(messages, fixed=fixed)
    for message in second[:40]:
        assert message.split == fixed[message.id]
    assert {message.split for message in second[40:]} <= {"train", "dev", "test"}


def test_datasheet_tables_match_the_corpus(corpus_messages):
    from grooming_detect.corpus import TABLES_END, TABLES_START, datasheet_tables
    from tests.conftest import REPO

    sheet = (REPO / "data" / "README.md").read_text(encoding="utf-8")
    generated = sheet.split(TABLES_START, 1)[1].split(TABLES_END, 1)[0]
    assert generated.strip() == datasheet_tables(corpus_messages).strip()
