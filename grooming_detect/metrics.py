"""Quality measures at a threshold, overall, per language and per category."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

__all__ = ["binary_metrics", "report"]


def binary_metrics(labels: Sequence[int], risks: Sequence[float], threshold: float) -> dict:
    """ROC-AUC, PR-AUC, precision, recall, F1 and false-positive rate at ``threshold``.

    AUCs are ``None`` when only one class is present.
    """
    labels_array = np.asarray(labels, dtype=int)
    risks_array = np.asarray(risks, dtype=float)
    predicted = risks_array >= threshold
    positives = labels_array == 1
    true_positive = int(np.sum(predicted & positives))
    false_positive = int(np.sum(predicted & ~positives))
    negatives = int(np.sum(~positives))
    both = 0 < positives.sum() < len(labels_array)
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else None
    recall = true_positive / positives.sum() if positives.sum() else None
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision and recall
        else (0.0 if precision is not None and recall is not None else None)
    )
    return {
        "n": int(len(labels_array)),
        "positives": int(positives.sum()),
        "roc_auc": float(roc_auc_score(labels_array, risks_array)) if both else None,
        "pr_auc": float(average_precision_score(labels_array, risks_array)) if both else None,
        "precision": precision,
        "recall": None if recall is None else float(recall),
        "f1": f1,
        "false_positive_rate": false_positive / negatives if negatives else None,
        "flagged": int(predicted.sum()),
    }


def report(
    labels: Sequence[int],
    risks: Sequence[float],
    threshold: float,
    languages: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
) -> dict:
    """Metrics overall, per language and per category (and per language and category).

    For a positive category the interesting number is its recall; for a
    negative one (benign, hard_negative) its false-positive rate.
    """
    labels_array = np.asarray(labels, dtype=int)
    risks_array = np.asarray(risks, dtype=float)
    result: dict = {"threshold": threshold, "overall": binary_metrics(labels_array, risks_array, threshold)}
    groups: dict[str, np.ndarray] = {}
    if languages is not None:
        language_array = np.asarray(languages, dtype=object)
        result["by_language"] = {}
        for language in sorted(set(language_array)):
            mask = language_array == language
            groups[language] = mask
            result["by_language"][language] = binary_metrics(labels_array[mask], risks_array[mask], threshold)
    if categories is not None:
        category_array = np.asarray(categories, dtype=object)
        result["by_category"] = {}
        for category in sorted(set(category_array)):
            mask = category_array == category
            per_language = {
                language: _category_metrics(labels_array[mask & lang_mask], risks_array[mask & lang_mask], threshold)
                for language, lang_mask in groups.items()
                if np.any(mask & lang_mask)
            }
            result["by_category"][category] = {
                "all": _category_metrics(labels_array[mask], risks_array[mask], threshold),
                **per_language,
            }
    return result


def _category_metrics(labels: np.ndarray, risks: np.ndarray, threshold: float) -> dict:
    flagged = risks >= threshold
    return {"n": int(len(labels)), "flagged": int(flagged.sum()), "flagged_share": float(flagged.mean()) if len(labels) else None}
