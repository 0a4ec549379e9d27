"""Scoring API: ``Detector.load()`` and ``detector.score(text) -> Score``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from grooming_detect.features import RuleFeatures
from grooming_detect.model import default_model_path, load_verified
from grooming_detect.rules import DEFAULT_RULES, Evidence

__all__ = ["LEVELS", "Detector", "Score"]

LEVELS = ("low", "medium", "high")


@dataclass(frozen=True, slots=True)
class Score:
    """The verdict on one message.

    Attributes
    ----------
    risk : float
        Calibrated probability of grooming risk, 0 to 1.
    flagged : bool
        ``risk >= threshold``.
    level : str
        ``"low"`` (below the threshold), ``"medium"`` (flagged) or ``"high"``
        (at or above the high-confidence threshold).
    signals : tuple of Evidence
        Rule hits, located in the original text.
    top_terms : tuple of (str, float)
        Features that pushed the risk up most, with their contribution to the
        model's log-odds.
    text : str
        The scored text.
    id : str, int or None
        The record's id when scanning files.
    source : str or None
        The file the record was read from when scanning files.
    """

    risk: float
    flagged: bool
    level: str
    signals: tuple[Evidence, ...] = ()
    top_terms: tuple[tuple[str, float], ...] = ()
    text: str = ""
    id: str | int | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON record written by ``grooming-detect scan`` and ``score --json``."""
        return {
            "id": self.id,
            "source": self.source,
            "risk": round(self.risk, 6),
            "flagged": self.flagged,
            "level": self.level,
            "signals": [signal.to_dict() for signal in self.signals],
            "top_terms": [{"term": term, "contribution": round(value, 4)} for term, value in self.top_terms],
            "text": self.text,
        }


@dataclass
class Detector:
    """A loaded model with its thresholds.

    Use :meth:`load` rather than the constructor.
    """

    pipeline: Any
    manifest: dict
    path: Path | None = None
    threshold: float = 0.5
    high_threshold: float = 0.9
    top_k: int = 5
    _names: np.ndarray = field(init=False, repr=False)
    _coef: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        features = self.pipeline.named_steps["features"]
        classifier = self.pipeline.named_steps["classifier"]
        linear = getattr(classifier, "calibrated_classifiers_", None)
        linear = linear[0].estimator.estimator if linear else classifier
        self._names = features.get_feature_names_out()
        self._coef = np.asarray(linear.coef_).ravel()
        if not 0 < self.threshold <= self.high_threshold <= 1:
            raise ValueError(f"thresholds must satisfy 0 < threshold <= high_threshold <= 1, got {self.threshold}, {self.high_threshold}")

    @classmethod
    def load(cls, path: str | Path | None = None, *, threshold: float | None = None) -> Detector:
        """Load a model, verifying its SHA-256 against its manifest first.

        Parameters
        ----------
        path : str or Path, optional
            A ``.joblib`` model with its ``.json`` manifest beside it; the
            shipped model when omitted.
        threshold : float, optional
            Override the model's flagging threshold.

        Raises
        ------
        grooming_detect.model.ModelError
            When the file or manifest is missing, or the hash does not match.
        """
        model_path = Path(path) if path is not None else default_model_path()
        pipeline, manifest = load_verified(model_path)
        model_threshold = float(manifest["threshold"])
        high = float(manifest["high_threshold"])
        if threshold is not None:
            if not 0 < threshold <= 1:
                raise ValueError(f"threshold must be in (0, 1], got {threshold}")
            model_threshold = threshold
            high = max(high, threshold)
        return cls(pipeline, manifest, model_path, model_threshold, high)

    def score(self, text: str) -> Score:
        """Score one message. Empty or whitespace-only text is not flagged."""
        return self.score_many([text])[0]

    def score_many(
        self,
        texts: Sequence[str],
        ids: Iterable[str | int | None] | None = None,
        sources: Iterable[str | None] | None = None,
    ) -> list[Score]:
        """Score messages in one batch; returns one :class:`Score` per text, in order.

        Parameters
        ----------
        texts : sequence of str
        ids, sources : iterables, optional
            Passed through to each :class:`Score` (used by file scans).
        """
        texts = list(texts)
        for position, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"text at position {position} is {type(text).__name__}, not str")
        id_list = list(ids) if ids is not None else [None] * len(texts)
        source_list = list(sources) if sources is not None else [None] * len(texts)
        if len(id_list) != len(texts) or len(source_list) != len(texts):
            raise ValueError(f"{len(id_list)} ids and {len(source_list)} sources for {len(texts)} texts")
        scores: list[Score | None] = [None] * len(texts)
        live = [index for index, text in enumerate(texts) if text.strip()]
        for index in set(range(len(texts))) - set(live):
            scores[index] = Score(0.0, False, "low", text=texts[index], id=id_list[index], source=source_list[index])
        if live:
            batch = [texts[index] for index in live]
            evidence = [DEFAULT_RULES.match(text) for text in batch]
            matrix = self._features(batch, evidence)
            risks = self.pipeline.named_steps["classifier"].predict_proba(matrix)[:, 1]
            for row, index in enumerate(live):
                risk = float(risks[row])
                scores[index] = Score(
                    risk=risk,
                    flagged=risk >= self.threshold,
                    level=self.level(risk),
                    signals=tuple(evidence[row]),
                    top_terms=self._top_terms(matrix, row),
                    text=texts[index],
                    id=id_list[index],
                    source=source_list[index],
                )
        return scores  # type: ignore[return-value]

    def _features(self, batch: list[str], evidence: list) -> sparse.csr_matrix:
        # The pipeline's FeatureUnion, but with the rule evidence matched once
        # and shared between the rule features and the reported signals.
        union = self.pipeline.named_steps["features"]
        parts = []
        for _, transformer in union.transformer_list:
            if isinstance(transformer, RuleFeatures) and transformer.rules is None:
                parts.append(transformer.transform_evidence(evidence))
            else:
                parts.append(transformer.transform(batch))
        return sparse.hstack(parts, format="csr")

    def level(self, risk: float) -> str:
        """``low``, ``medium`` or ``high`` for a risk."""
        if risk >= self.high_threshold:
            return "high"
        return "medium" if risk >= self.threshold else "low"

    def _top_terms(self, matrix, row: int) -> tuple[tuple[str, float], ...]:
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        columns = matrix.indices[start:end]
        contributions = matrix.data[start:end] * self._coef[columns]
        order = np.argsort(-contributions)[: self.top_k]
        return tuple((str(self._names[columns[i]]), float(contributions[i])) for i in order if contributions[i] > 0)
