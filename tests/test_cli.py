import csv
import io
import json

import pytest
from typer.testing import CliRunner

from grooming_detect import __version__
from grooming_detect.cli import EXIT_RECORD_ERRORS, app

runner = CliRunner()
RISKY = "how old r u? dont tell ur parents, delete this chat"
SAFE = "see you at practice at 5"


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(arg) for arg in args], **kwargs)


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_help_lists_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("score", "scan", "evaluate", "train", "info"):
        assert command in result.stdout


def test_score_readable_verdict_highlights_evidence():
    result = invoke("score", RISKY)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("FLAGGED")
    assert "[how old r u]" in result.stdout
    assert "personal_info" in result.stdout and "secrecy" in result.stdout


def test_score_json_is_the_record(detector):
    result = invoke("score", RISKY, "--json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record == json.loads(json.dumps(detector.score(RISKY).to_dict()))


def test_score_reads_stdin():
    result = invoke("score", "-", "--json", input="몇 살이야? 사진 보내줘")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == "몇 살이야? 사진 보내줘"


def test_score_with_bad_model_is_one_clear_line(tmp_path):
    result = invoke("score", "hi", "--model", tmp_path / "missing.joblib")
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "model file not found" in result.stderr
    assert "Traceback" not in result.output


def test_scan_txt(tmp_path):
    source = tmp_path / "chat.txt"
    source.write_text(f"{SAFE}\n\n{RISKY}\n", encoding="utf-8")
    result = invoke("scan", source)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["id"] for record in records] == [1, 3]
    assert [record["flagged"] for record in records] == [False, True]
    assert {"id", "risk", "flagged", "level", "signals"} <= set(records[0])
    assert "read 2, scored 2, flagged 1, errors 0" in result.stderr


def test_scan_jsonl_with_broken_lines_counts_add_up(tmp_path):
    source = tmp_path / "chat.jsonl"
    lines = [
        json.dumps({"id": "m1", "message": SAFE}),
        "{not json",
        json.dumps({"id": "m2", "message": RISKY}),
        json.dumps({"id": "m3", "message": None}),
        json.dumps({"id": "m4", "other": "x"}),
        json.dumps(["a list"]),
        json.dumps({"message": "no id here"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = invoke("scan", source, "--text-field", "message", "--errors", errors)
    assert result.exit_code == EXIT_RECORD_ERRORS
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["id"] for record in records] == ["m1", "m2", 7]
    assert "read 7, scored 3, flagged 1, errors 4" in result.stderr
    assert f"{source}:2: invalid JSON" in result.stderr
    assert f"{source}:4: field 'message' is null" in result.stderr
    error_records = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [record["line"] for record in error_records] == [2, 4, 5, 6]


def test_scan_csv_with_ragged_row(tmp_path):
    source = tmp_path / "chat.csv"
    source.write_text(f'id,body\na1,"{SAFE}"\na2,"{RISKY}",extra\na3,"whats ur snap, ill send u robux"\n', encoding="utf-8")
    result = invoke("scan", source, "--text-column", "body", "--format", "csv")
    assert result.exit_code == EXIT_RECORD_ERRORS
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["id"] for row in rows] == ["a1", "a3"]
    assert "row has 3 fields" in result.stderr
    assert "read 3, scored 2" in result.stderr


def test_scan_missing_csv_column_is_reported(tmp_path):
    source = tmp_path / "chat.csv"
    source.write_text("id,body\n1,hello\n", encoding="utf-8")
    result = invoke("scan", source)
    assert "no column 'text'" in result.stderr


def test_scan_invalid_utf8_line_is_an_error_not_a_crash(tmp_path):
    source = tmp_path / "chat.txt"
    source.write_bytes(SAFE.encode() + b"\n\xff\xfe broken\n" + RISKY.encode() + b"\n")
    result = invoke("scan", source)
    assert result.exit_code == EXIT_RECORD_ERRORS
    assert "read 3, scored 2, flagged 1, errors 1" in result.stderr
    assert f"{source}:2: line is not valid UTF-8" in result.stderr


def test_scan_only_flagged_table_and_output_file(tmp_path):
    source = tmp_path / "chat.txt"
    source.write_text(f"{SAFE}\n{RISKY}\n", encoding="utf-8")
    output = tmp_path / "out.txt"
    result = invoke("scan", source, "--only-flagged", "--format", "table", "--output", output)
    assert result.exit_code == 0
    table = output.read_text(encoding="utf-8").splitlines()
    assert table[0].split()[:3] == ["id", "risk", "level"]
    assert len(table) == 2 and "secrecy" in table[1]


def test_scan_threshold_option(tmp_path):
    source = tmp_path / "chat.txt"
    source.write_text(f"{SAFE}\n", encoding="utf-8")
    result = invoke("scan", source, "--threshold", "0.000001")
    assert json.loads(result.stdout)["flagged"] is True


def test_scan_refuses_to_overwrite_its_input(tmp_path):
    source = tmp_path / "chat.jsonl"
    source.write_text(json.dumps({"text": SAFE}) + "\n")
    result = invoke("scan", source, "--output", source)
    assert result.exit_code == 2
    assert "refusing to overwrite" in result.stderr
    assert json.loads(source.read_text())["text"] == SAFE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan", "does-not-exist.jsonl"], "no such file"),
        (["scan", "README.md"], "cannot tell the format"),
        (["scan", "README.md", "--format", "xml"], "--format must be one of"),
        (["evaluate", "missing.jsonl"], "no such file"),
    ],
)
def test_user_errors_are_one_line_without_traceback(args, message):
    result = invoke(*args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_evaluate_reports_metrics(tmp_path):
    source = tmp_path / "labelled.jsonl"
    rows = [
        {"text": RISKY, "label": 1, "lang": "en", "category": "secrecy"},
        {"text": "너 몇 살이야? 부모님한테 비밀이야", "label": 1, "lang": "ko", "category": "secrecy"},
        {"text": SAFE, "label": 0, "lang": "en", "category": "benign"},
        {"text": "엄마 오늘 몇 시에 와?", "label": 0, "lang": "ko", "category": "benign"},
    ]
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows) + "oops\n", encoding="utf-8")
    result = invoke("evaluate", source, "--json")
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["overall"]["n"] == 4 and metrics["errors"] == 1
    assert metrics["overall"]["roc_auc"] == 1.0
    assert set(metrics["by_language"]) == {"en", "ko"}
    assert set(metrics["by_category"]) == {"secrecy", "benign"}
    table = invoke("evaluate", source)
    assert "roc_auc" in table.stdout and "secrecy" in table.stdout


def test_info_shows_model_and_metrics():
    result = invoke("info")
    assert result.exit_code == 0
    assert "threshold" in result.stdout and "test en" in result.stdout and "test ko" in result.stdout
    manifest = json.loads(invoke("info", "--json").stdout)
    assert {"model_sha256", "data_sha256", "versions", "metrics", "threshold"} <= set(manifest)


def test_train_writes_model_and_manifest(tmp_path, small_corpus):
    output = tmp_path / "model.joblib"
    result = invoke("train", "--data", small_corpus, "--output", output)
    assert result.exit_code == 0, result.output
    assert output.is_file() and output.with_suffix(".json").is_file()
    scored = invoke("score", RISKY, "--json", "--model", output)
    assert scored.exit_code == 0 and 0 <= json.loads(scored.stdout)["risk"] <= 1


def test_train_without_corpus_is_a_clear_error(tmp_path):
    result = invoke("train", "--data", tmp_path / "none.jsonl", "--output", tmp_path / "m.joblib")
    assert result.exit_code == 1
    assert "no corpus" in result.stderr


def test_zero_threshold_is_refused_not_ignored(tmp_path):
    result = invoke("score", SAFE, "--threshold", "0")
    assert result.exit_code == 2
    assert "threshold must be in (0, 1]" in result.stderr
