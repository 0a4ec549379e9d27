"""Shared fixtures: the shipped model, and a small model trained in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grooming_detect import Detector

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data" / "messages.jsonl"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector.load()


@pytest.fixture(scope="session")
def corpus_messages():
    from grooming_detect.corpus import load_messages

    return load_messages(DATA)


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory, corpus_messages) -> Path:
    """A stratified slice of the real corpus, enough to train a model quickly."""
    path = tmp_path_factory.mktemp("corpus") / "messages.jsonl"
    kept, seen = [], {}
    for message in corpus_messages:
        key = (message.split, message.lang, message.category)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= 12:
            kept.append(message)
    path.write_text("".join(json.dumps(message.to_dict(), ensure_ascii=False) + "\n" for message in kept), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def small_model(tmp_path_factory, small_corpus) -> Path:
    from grooming_detect.train import train

    path = tmp_path_factory.mktemp("model") / "small.joblib"
    train(small_corpus, path)
    return path
