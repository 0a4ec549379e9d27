import json
import os
import shutil
import subprocess
import sys

import pytest

from grooming_detect import Detector, ModelError
from grooming_detect.model import default_model_path, file_sha256, manifest_path
from tests.conftest import DATA, REPO


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


def _train_in_fresh_process(corpus, output, hash_seed):
    # Pickle memoises equal strings only when they are the same object, which
    # depends on what the process did before; training is reproducible in a
    # fresh process, as `grooming-detect train` runs.
    code = "import sys; from pathlib import Path; from grooming_detect.train import train; train(Path(sys.argv[1]), Path(sys.argv[2]))"
    environment = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    subprocess.run([sys.executable, "-c", code, str(corpus), str(output)], check=True, env=environment, cwd=REPO)
    return file_sha256(output)


def test_training_is_deterministic_across_processes(tmp_path, small_corpus):
    first = _train_in_fresh_process(small_corpus, tmp_path / "first.joblib", 1)
    second = _train_in_fresh_process(small_corpus, tmp_path / "second.joblib", 2)
    assert first == second


def test_train_rebuilds_the_shipped_model_exactly(tmp_path):
    import joblib
    import numpy
    import scipy
    import sklearn

    manifest = json.loads(manifest_path(default_model_path()).read_text())
    installed = {"scikit-learn": sklearn.__version__, "numpy": numpy.__version__, "scipy": scipy.__version__, "joblib": joblib.__version__}
    recorded = {name: manifest["versions"][name] for name in installed}
    if installed != recorded:
        pytest.skip(f"bytes are comparable only with the recorded library versions {recorded}; installed {installed}")
    rebuilt = _train_in_fresh_process(DATA, tmp_path / "grooming-default.joblib", 7)
    assert rebuilt == manifest["model_sha256"]
