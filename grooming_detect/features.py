"""Feature extraction: rule signals as a scikit-learn transformer, and the model pipeline."""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils.validation import check_is_fitted

from grooming_detect.normalize import normalize_text
from grooming_detect.rules import CATEGORIES, DEFAULT_RULES, RuleSet

__all__ = ["RuleFeatures", "build_pipeline"]


class RuleFeatures(TransformerMixin, BaseEstimator):
    """Rule evidence as features: per category, the summed weight of its hits.

    One column per signal category (capped at ``cap``), plus one column for
    the number of distinct categories that fired, which rises when tactics are
    combined in one message.

    Parameters
    ----------
    rules : RuleSet or None, default=None
        Rules to apply; ``None`` means the package's default rules.
    cap : float, default=3.0
        Upper bound of a category's summed weight, so that one repeated
        phrase cannot dominate.
    """

    def __init__(self, *, rules: RuleSet | None = None, cap: float = 3.0) -> None:
        self.rules = rules
        self.cap = cap

    def fit(self, X, y=None):  # noqa: N803 - scikit-learn's name
        """Record the categories; rule features learn nothing from data."""
        self.categories_ = CATEGORIES
        self.n_features_out_ = len(CATEGORIES) + 1
        return self

    def transform(self, X):  # noqa: N803
        """Return a sparse matrix of shape ``(n_texts, n_categories + 1)``."""
        check_is_fitted(self, "categories_")
        rules = self.rules if self.rules is not None else DEFAULT_RULES
        return self.transform_evidence([rules.match(text) for text in X])

    def transform_evidence(self, evidence_lists) -> sparse.csr_matrix:
        """The same features from evidence already matched (one list per text).

        Lets a caller that also reports the evidence match the rules once.
        """
        check_is_fitted(self, "categories_")
        rules = self.rules if self.rules is not None else DEFAULT_RULES
        column = {category: index for index, category in enumerate(self.categories_)}
        rows, cols, values = [], [], []
        for row, evidence in enumerate(evidence_lists):
            weights: dict[str, float] = {}
            for hit in evidence:
                weights[hit.category] = weights.get(hit.category, 0.0) + rules.by_name[hit.rule].weight
            for category, total in weights.items():
                rows.append(row)
                cols.append(column[category])
                values.append(min(total, self.cap))
            if weights:
                rows.append(row)
                cols.append(len(self.categories_))
                values.append(float(len(weights)))
        shape = (len(evidence_lists), self.n_features_out_)
        return sparse.csr_matrix((np.asarray(values, dtype=np.float64), (rows, cols)), shape=shape)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "categories_")
        return np.asarray([*self.categories_, "n_categories"], dtype=object)


def build_pipeline(
    *,
    word_features: int = 40_000,
    char_features: int = 120_000,
    C: float = 4.0,  # noqa: N803 - scikit-learn's name
    random_state: int = 0,
) -> Pipeline:
    """The untrained model: word and character TF-IDF plus rule features, then logistic regression.

    Parameters
    ----------
    word_features, char_features : int
        Vocabulary bounds, which also bound the model file's size.
    C : float
        Inverse regularisation strength of the logistic regression.
    random_state : int
        Seed of the solver.
    """
    word = TfidfVectorizer(
        preprocessor=normalize_text,
        analyzer="word",
        token_pattern=r"(?u)\b\w+\b|[$€£₩]",
        ngram_range=(1, 2),
        min_df=2,
        max_features=word_features,
        sublinear_tf=True,
        dtype=np.float64,
    )
    # Character n-grams within word boundaries carry Korean (no tokenizer
    # needed) and survive typos and spacing errors in both languages.
    char = TfidfVectorizer(
        preprocessor=normalize_text,
        analyzer="char_wb",
        ngram_range=(2, 5),
        min_df=2,
        max_features=char_features,
        sublinear_tf=True,
        dtype=np.float64,
    )
    features = FeatureUnion([("word", word), ("char", char), ("rules", RuleFeatures())])
    classifier = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=random_state)
    return Pipeline([("features", features), ("classifier", classifier)])
