"""Training: rebuild the shipped model from ``data/messages.jsonl``.

Fits the pipeline on the train split, calibrates its probabilities on the dev
split (Platt scaling), chooses the thresholds on dev, measures on test, and
writes the model with a manifest beside it.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
import scipy
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.pipeline import Pipeline

from grooming_detect import __version__
from grooming_detect.corpus import Message, data_sha256, load_messages
from grooming_detect.features import build_pipeline
from grooming_detect.metrics import report
from grooming_detect.model import file_sha256, manifest_path, rules_sha256

__all__ = ["ThresholdTarget", "choose_thresholds", "train"]


@dataclass(frozen=True)
class ThresholdTarget:
    """What the shipped thresholds are chosen for, on the dev split, in each language.

    The flagging threshold is the lowest risk at which at most
    ``benign_fpr`` of benign and ``hard_negative_fpr`` of hard-negative dev
    messages are flagged; the high threshold the lowest at which at most
    ``high_benign_fpr`` and ``high_hard_negative_fpr`` are.
    """

    benign_fpr: float = 0.01
    hard_negative_fpr: float = 0.06
    high_benign_fpr: float = 0.0
    high_hard_negative_fpr: float = 0.01


def _lowest_threshold(risks: np.ndarray, messages: list[Message], benign_fpr: float, hard_fpr: float) -> float:
    """Lowest threshold meeting both false-positive limits in every language."""
    needed = 0.0
    for language in sorted({message.lang for message in messages}):
        for category, limit in (("benign", benign_fpr), ("hard_negative", hard_fpr)):
            negative_risks = np.sort(
                [risk for risk, message in zip(risks, messages, strict=True) if message.lang == language and message.category == category]
            )[::-1]
            if len(negative_risks) == 0:
                continue
            allowed = int(np.floor(limit * len(negative_risks)))
            # Flagging is risk >= threshold: sit just above the (allowed+1)-th highest negative.
            if allowed < len(negative_risks):
                needed = max(needed, float(np.nextafter(negative_risks[allowed], 1.0)))
    return min(max(needed, 1e-6), 1.0)


def choose_thresholds(risks: np.ndarray, messages: list[Message], target: ThresholdTarget = ThresholdTarget()) -> tuple[float, float]:
    """Flagging and high thresholds on the dev split (see :class:`ThresholdTarget`)."""
    threshold = _lowest_threshold(risks, messages, target.benign_fpr, target.hard_negative_fpr)
    high = _lowest_threshold(risks, messages, target.high_benign_fpr, target.high_hard_negative_fpr)
    return round(threshold, 6), round(max(high, threshold), 6)


def _strip(pipeline: Pipeline) -> None:
    """Drop what the saved model does not need and what would make its bytes vary."""
    # TfidfVectorizer keeps every pruned term in stop_words_, which would
    # dominate the file; it is only needed for introspection.
    for _, transformer in pipeline.named_steps["features"].transformer_list:
        if hasattr(transformer, "stop_words_"):
            transformer.stop_words_ = None
        # A cache holding id() of an object: a memory address, different in
        # every process, which would make the model file's bytes irreproducible.
        if hasattr(transformer, "_stop_words_id"):
            del transformer._stop_words_id


def train(data_path: Path, model_path: Path, target: ThresholdTarget = ThresholdTarget()) -> dict:
    """Train, calibrate, choose thresholds, measure, and write model and manifest.

    Returns the manifest.
    """
    messages = load_messages(data_path)
    splits = {name: [message for message in messages if message.split == name] for name in ("train", "dev", "test")}
    for name, part in splits.items():
        if not part:
            raise ValueError(f"{data_path} has no messages in the {name} split")

    pipeline = build_pipeline()
    train_texts = [message.text for message in splits["train"]]
    pipeline.fit(train_texts, [message.label for message in splits["train"]])
    features = pipeline.named_steps["features"]
    linear = pipeline.named_steps["classifier"]

    dev_matrix = features.transform([message.text for message in splits["dev"]])
    calibrated = CalibratedClassifierCV(FrozenEstimator(linear), method="sigmoid")
    calibrated.fit(dev_matrix, [message.label for message in splits["dev"]])
    model = Pipeline([("features", features), ("classifier", calibrated)])
    _strip(model)

    dev_risks = calibrated.predict_proba(dev_matrix)[:, 1]
    threshold, high = choose_thresholds(dev_risks, splits["dev"], target)

    def measure(part: list[Message], risks: np.ndarray) -> dict:
        return report(
            [message.label for message in part],
            risks,
            threshold,
            languages=[message.lang for message in part],
            categories=[message.category for message in part],
        )

    model_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = model_path.with_suffix(".joblib.tmp")
    joblib.dump(model, tmp, compress=("zlib", 6))
    tmp.replace(model_path)

    manifest = {
        "name": model_path.stem,
        "package_version": __version__,
        "model_file": model_path.name,
        "model_sha256": file_sha256(model_path),
        "model_bytes": model_path.stat().st_size,
        "data_file": str(Path(data_path).as_posix().split("/")[-1]),
        "data_sha256": data_sha256(data_path),
        "rules_sha256": rules_sha256(),
        "threshold": threshold,
        "high_threshold": high,
        "threshold_target": {
            "split": "dev",
            "flag": f"at most {target.benign_fpr:.0%} of benign and {target.hard_negative_fpr:.0%} of hard-negative"
            " dev messages flagged, in each language",
            "high": f"at most {target.high_benign_fpr:.0%} of benign and {target.high_hard_negative_fpr:.0%} of"
            " hard-negative dev messages at high, in each language",
        },
        "levels": {"low": f"risk < {threshold}", "medium": f"{threshold} <= risk < {high}", "high": f"risk >= {high}"},
        "calibration": "Platt sigmoid fitted on the dev split",
        "split_sizes": {name: len(part) for name, part in splits.items()},
        "versions": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "joblib": joblib.__version__,
        },
        "metrics": {
            "dev": measure(splits["dev"], dev_risks),
            "test": measure(splits["test"], model.predict_proba([message.text for message in splits["test"]])[:, 1]),
        },
    }
    manifest_file = manifest_path(model_path)
    tmp_manifest = manifest_file.with_suffix(".json.tmp")
    tmp_manifest.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp_manifest.replace(manifest_file)
    return manifest
