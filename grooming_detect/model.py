"""The model file and its manifest: where they live, how they are checked and loaded."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import joblib

from grooming_detect.rules import DEFAULT_RULES, RuleSet

__all__ = [
    "DEFAULT_MODEL_NAME",
    "ModelError",
    "default_model_path",
    "file_sha256",
    "load_verified",
    "manifest_path",
    "rules_sha256",
]

DEFAULT_MODEL_NAME = "grooming-default.joblib"


class ModelError(Exception):
    """A model file that is missing, unverified or does not fit this package."""


def default_model_path() -> Path:
    """Path of the shipped model.

    Installed packages carry it as package data (``grooming_detect.models``,
    built from the repository's ``models/``); a source checkout uses
    ``models/`` beside the package.
    """
    try:
        candidate = resources.files("grooming_detect.models") / DEFAULT_MODEL_NAME
        if candidate.is_file():
            return Path(str(candidate))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "models" / DEFAULT_MODEL_NAME


def manifest_path(model_path: Path) -> Path:
    """The manifest beside a model: ``name.joblib`` -> ``name.json``."""
    return model_path.with_suffix(".json")


def file_sha256(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def rules_sha256(rules: RuleSet = DEFAULT_RULES) -> str:
    """Fingerprint of the rules (name, category, language, pattern, weight).

    A model is trained with one set of rules; scoring it with others would
    change its features silently.
    """
    digest = hashlib.sha256()
    for rule in rules:
        digest.update(json.dumps([rule.name, rule.category, rule.lang, rule.pattern, rule.weight]).encode())
    return digest.hexdigest()


def load_verified(model_path: Path) -> tuple[object, dict]:
    """Load a model after checking it against its manifest.

    The SHA-256 of the file must equal the manifest's ``model_sha256``
    *before* the file is unpickled: unpickling runs code, so an altered file
    must never reach ``joblib.load``.

    Returns
    -------
    pipeline, manifest
    """
    model_path = Path(model_path)
    if not model_path.is_file():
        raise ModelError(f"model file not found: {model_path}")
    manifest_file = manifest_path(model_path)
    if not manifest_file.is_file():
        raise ModelError(f"model manifest not found: {manifest_file} (every model needs the manifest written by 'grooming-detect train')")
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"model manifest {manifest_file} is not valid JSON: {error}") from None
    expected = manifest.get("model_sha256")
    actual = file_sha256(model_path)
    if expected != actual:
        raise ModelError(
            f"refusing to load {model_path}: its SHA-256 {actual[:16]}... does not match the manifest's "
            f"{str(expected)[:16]}... (the file was changed or replaced)"
        )
    if manifest.get("rules_sha256") != rules_sha256():
        raise ModelError(
            f"model {model_path} was trained with different rules than this package has; retrain it with 'grooming-detect train'"
        )
    return joblib.load(model_path), manifest
