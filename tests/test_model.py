import json
import shutil

import pytest

from grooming_detect import Detector, ModelError
from grooming_detect.model import default_model_path, file_sha256, manifest_path


def _copy_model(source, folder):
    target = folder / source.name
    shutil.copy(source, target)
    shutil.copy(manifest_path(source), manifest_path(target))
    return target


def test_shipped_model_matches_its_manifest():
    path = default_model_path()
    manifest = json.loads(manifest_path(path).read_text())
    assert file_sha256(path) == manifest["model_sha256"]
    assert manifest["model_bytes"] <= 20 * 1024 * 1024


def test_tampered_model_is_refused_before_unpickling(tmp_path, small_model, monkeypatch):
    target = _copy_model(small_model, tmp_path)
    with open(target, "ab") as handle:
        handle.write(b"\x00tampered")
    loaded = []
    monkeypatch.setattr("joblib.load", lambda *args, **kwargs: loaded.append(args))
    with pytest.raises(ModelError, match="does not match"):
        Detector.load(target)
    assert loaded == []


def test_missing_manifest_is_refused(tmp_path, small_model):
    target = tmp_path / small_model.name
    shutil.copy(small_model, target)
    with pytest.raises(ModelError, match="manifest not found"):
        Detector.load(target)


def test_missing_model_is_refused(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        Detector.load(tmp_path / "nothing.joblib")


def test_manifest_with_other_rules_is_refused(tmp_path, small_model):
    target = _copy_model(small_model, tmp_path)
    manifest = json.loads(manifest_path(target).read_text())
    manifest["rules_sha256"] = "0" * 64
    manifest_path(target).write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="different rules"):
        Detector.load(target)


def test_manifest_records_what_built_the_model(small_model, small_corpus):
    manifest = json.loads(manifest_path(small_model).read_text())
    assert manifest["model_sha256"] == file_sha256(small_model)
    assert manifest["data_sha256"] == file_sha256(small_corpus)
    assert {"python", "scikit-learn", "numpy", "joblib"} <= set(manifest["versions"])
    assert 0 < manifest["threshold"] <= manifest["high_threshold"] <= 1
    assert set(manifest["metrics"]) == {"dev", "test"}
    assert set(manifest["metrics"]["test"]["by_language"]) == {"en", "ko"}


def test_training_is_deterministic(tmp_path, small_corpus, small_model):
    from grooming_detect.train import train

    again = tmp_path / "again.joblib"
    manifest = train(small_corpus, again)
    assert manifest["model_sha256"] == file_sha256(small_model)
