import pickle

import numpy as np
from sklearn.base import clone

from grooming_detect.features import RuleFeatures, build_pipeline
from grooming_detect.rules import CATEGORIES, RuleSet
from grooming_detect.rules.personal_info import RULES as PERSONAL_INFO


def test_rule_features_columns_and_values():
    texts = ["how old are u? whats ur snap", "see you at practice", "몇 살이야? 용돈 줄게"]
    features = RuleFeatures().fit(texts)
    matrix = features.transform(texts).toarray()
    names = list(features.get_feature_names_out())
    assert names == [*CATEGORIES, "n_categories"]
    assert matrix.shape == (3, len(CATEGORIES) + 1)
    assert matrix[0, names.index("personal_info")] > 0
    assert matrix[0, names.index("n_categories")] == 1
    assert not matrix[1].any()
    assert matrix[2, names.index("personal_info")] > 0 and matrix[2, names.index("money_offer")] > 0
    assert matrix[2, names.index("n_categories")] == 2


def test_rule_features_cap_bounds_a_category():
    text = "how old r u how old r u how old r u how old r u whats ur age"
    matrix = RuleFeatures(cap=2.0).fit([text]).transform([text]).toarray()
    assert matrix[0, CATEGORIES.index("personal_info")] == 2.0


def test_rule_features_is_a_clonable_estimator():
    custom = RuleSet(PERSONAL_INFO)
    features = RuleFeatures(rules=custom, cap=1.5)
    params = features.get_params()
    assert params == {"rules": custom, "cap": 1.5}
    copy = clone(features)
    assert copy is not features and copy.get_params()["cap"] == 1.5
    assert not hasattr(copy, "categories_")


def test_custom_rules_limit_what_fires():
    only_personal = RuleFeatures(rules=RuleSet(PERSONAL_INFO)).fit(["x"])
    matrix = only_personal.transform(["i'll send u robux, how old r u"]).toarray()
    assert matrix[0, CATEGORIES.index("money_offer")] == 0
    assert matrix[0, CATEGORIES.index("personal_info")] > 0


def test_pipeline_trains_predicts_and_pickles():
    texts = ["how old are you send me a pic", "dont tell ur parents about us", "see u at practice", "dinner at 7?"] * 5
    labels = [1, 1, 0, 0] * 5
    pipeline = build_pipeline(word_features=500, char_features=2000)
    pipeline.fit(texts, labels)
    restored = pickle.loads(pickle.dumps(pipeline))
    probabilities = restored.predict_proba(["how old r u? send a pic", "practice at 5"])[:, 1]
    assert probabilities[0] > probabilities[1]
    np.testing.assert_allclose(probabilities, pipeline.predict_proba(["how old r u? send a pic", "practice at 5"])[:, 1])
    names = pipeline.named_steps["features"].get_feature_names_out()
    assert any(name.startswith("rules__") for name in names)
    assert any(name.startswith("char__") for name in names)
