"""The shipped model against its own test split.

The metrics in the manifest must be what the model actually scores now, and
the parts of the quality targets it meets must stay met. Targets the model
does not meet yet (ROC-AUC >= 0.97, recall >= 0.90 at the threshold) are
stated in models/MODEL_CARD.md, not hidden here; the floors below are
regression guards just under the measured values.
"""

import json

import pytest

from grooming_detect.metrics import report
from grooming_detect.model import default_model_path, manifest_path


@pytest.fixture(scope="module")
def test_report(detector, corpus_messages):
    test_split = [message for message in corpus_messages if message.split == "test"]
    risks = [score.risk for score in detector.score_many([message.text for message in test_split])]
    return report(
        [message.label for message in test_split],
        risks,
        detector.threshold,
        languages=[message.lang for message in test_split],
        categories=[message.category for message in test_split],
    )


def test_manifest_metrics_are_reproduced(test_report):
    manifest = json.loads(manifest_path(default_model_path()).read_text(encoding="utf-8"))
    recorded = manifest["metrics"]["test"]
    for language in ("en", "ko"):
        for key in ("roc_auc", "pr_auc", "recall", "false_positive_rate"):
            assert test_report["by_language"][language][key] == pytest.approx(recorded["by_language"][language][key], abs=1e-9)


def test_manifest_was_built_from_the_shipped_corpus():
    from grooming_detect.corpus import data_sha256
    from tests.conftest import DATA

    manifest = json.loads(manifest_path(default_model_path()).read_text(encoding="utf-8"))
    assert manifest["data_sha256"] == data_sha256(DATA)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_false_positive_targets_per_language(test_report, language):
    by_category = test_report["by_category"]
    assert by_category["benign"][language]["flagged_share"] <= 0.02
    assert by_category["hard_negative"][language]["flagged_share"] <= 0.10


@pytest.mark.parametrize("language", ["en", "ko"])
def test_ranking_quality_floor(test_report, language):
    assert test_report["by_language"][language]["roc_auc"] >= 0.93
    assert test_report["by_language"][language]["precision"] >= 0.90


def test_model_card_shows_the_manifest_numbers():
    import importlib.util

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location("model_card", REPO / "bench" / "model_card.py")
    model_card = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(model_card)
    manifest = json.loads(manifest_path(default_model_path()).read_text(encoding="utf-8"))
    card = (REPO / "models" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert model_card.test_table(manifest) in card
