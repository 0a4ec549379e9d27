import dataclasses
import json

import pytest

from grooming_detect import LEVELS, Detector, Score


def test_score_returns_a_frozen_score(detector):
    result = detector.score("how old r u? dont tell ur parents we talk")
    assert isinstance(result, Score)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.risk = 0.0  # type: ignore[misc]
    assert 0.0 <= result.risk <= 1.0
    assert result.flagged == (result.risk >= detector.threshold)
    assert result.level in LEVELS


def test_grooming_message_is_flagged_with_evidence(detector):
    text = "how old r u? dont tell ur parents we talk, delete this chat"
    result = detector.score(text)
    assert result.flagged
    categories = {signal.category for signal in result.signals}
    assert {"personal_info", "secrecy"} <= categories
    for signal in result.signals:
        assert text[signal.start : signal.end] == signal.text
    assert result.top_terms and all(value > 0 for _, value in result.top_terms)


def test_korean_grooming_message_is_flagged(detector):
    result = detector.score("너 몇 살이야? 사진 한 장만 보내주면 용돈 줄게 부모님한테는 비밀이야")
    assert result.flagged
    assert {"personal_info", "body_photo", "money_offer", "secrecy"} <= {signal.category for signal in result.signals}


@pytest.mark.parametrize("text", ["see you at practice at 5, bring your water bottle", "엄마 오늘 저녁 뭐 먹어?"])
def test_everyday_chat_is_not_flagged(detector, text):
    assert not detector.score(text).flagged


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_not_flagged(detector, text):
    result = detector.score(text)
    assert (result.risk, result.flagged, result.level, result.signals) == (0.0, False, "low", ())


def test_non_string_is_refused(detector):
    with pytest.raises(TypeError, match="position 1"):
        detector.score_many(["fine", None])  # type: ignore[list-item]


def test_score_many_keeps_order_and_matches_score(detector):
    texts = ["dinner at 7?", "", "send me a pic in ur swimsuit, just for me", "몇 학년이야?"]
    many = detector.score_many(texts, ids=["a", "b", "c", "d"])
    assert [score.id for score in many] == ["a", "b", "c", "d"]
    assert [score.text for score in many] == texts
    for text, result in zip(texts, many, strict=True):
        assert result.risk == pytest.approx(detector.score(text).risk, abs=1e-12)


def test_to_dict_is_the_json_record(detector):
    result = detector.score_many(["whats ur snap? ill send u robux"], ids=[7], sources=["chat.txt"])[0]
    record = result.to_dict()
    assert list(record) == ["id", "source", "risk", "flagged", "level", "signals", "top_terms", "text"]
    assert record["id"] == 7 and record["source"] == "chat.txt"
    assert json.loads(json.dumps(record)) == record
    assert {"category", "rule", "start", "end", "text"} == set(record["signals"][0])


def test_levels_follow_thresholds(detector):
    assert detector.level(0.0) == "low"
    assert detector.level(detector.threshold) in ("medium", "high")
    assert detector.level(1.0) == "high"


def test_threshold_override(small_model):
    strict = Detector.load(small_model, threshold=0.999999)
    lenient = Detector.load(small_model, threshold=0.000001)
    text = "how old are you"
    assert strict.score(text).risk == lenient.score(text).risk
    assert lenient.score(text).flagged
    with pytest.raises(ValueError):
        Detector.load(small_model, threshold=1.5)


def test_shared_evidence_gives_the_pipeline_features(detector):
    texts = ["how old r u? send me a pic", "see you at 5", "너 몇 살이야? 비밀이야"]
    from grooming_detect.rules import DEFAULT_RULES

    shared = detector._features(texts, [DEFAULT_RULES.match(text) for text in texts])
    reference = detector.pipeline.named_steps["features"].transform(texts)
    assert (shared != reference).nnz == 0
    risks = [score.risk for score in detector.score_many(texts)]
    assert risks == pytest.approx(list(detector.pipeline.predict_proba(texts)[:, 1]), abs=1e-12)
