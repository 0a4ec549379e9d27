"""Measure the model on real text nobody on this project wrote (``../shared/eval``).

Usage::

    python bench/external_eval.py [--eval-dir ../shared/eval] [--model PATH] [--output bench/EXTERNAL.md] [--json FILE]

The folder is optional: the tests never need it, and this script says so and
exits when it is missing. Nothing from it is copied anywhere; the report holds
only numbers.

Measures, at the model's shipped threshold:
- false-positive rate on real benign text: SMS ham, NPS chat-room posts, Korean everyday chat;
- PAN 2012 segments (each segment scored as one text): ROC-AUC and PR-AUC;
- Perverted-Justice conversations: share with at least one predator message
  flagged, and the median number of predator messages read before the first flag;
- for information: SMS spam flagged, and DKTC conversations flagged per class.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from sklearn.metrics import average_precision_score, roc_auc_score

from grooming_detect import Detector, __version__

TARGETS = {
    "sms_ham_fpr": ("<=", 0.01),
    "nps_fpr": ("<=", 0.02),
    "ko_chat_fpr": ("<=", 0.01),
    "pan12_roc_auc": (">=", 0.90),
    "pj_share_flagged": (">=", 0.95),
}


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _risks(detector: Detector, texts: list[str]) -> list[float]:
    risks: list[float] = []
    for start in range(0, len(texts), 2000):
        risks.extend(score.risk for score in detector.score_many(texts[start : start + 2000]))
    return risks


def evaluate(eval_dir: Path, detector: Detector) -> dict:
    threshold = detector.threshold
    results: dict = {"threshold": threshold}

    def share(risks: list[float]) -> float:
        return sum(risk >= threshold for risk in risks) / len(risks) if risks else float("nan")

    sms = _read(eval_dir / "sms.jsonl")
    for kind in ("ham", "spam"):
        texts = [row["text"] for row in sms if row["kind"] == kind]
        results[f"sms_{kind}_fpr" if kind == "ham" else "sms_spam_flagged"] = share(_risks(detector, texts))
        results[f"sms_{kind}_n"] = len(texts)

    nps = _read(eval_dir / "nps_chat.jsonl")
    nps_risks = _risks(detector, [row["text"] for row in nps])
    results["nps_fpr"], results["nps_n"] = share(nps_risks), len(nps)

    ko_chat = _read(eval_dir / "ko_chat.jsonl")
    results["ko_chat_fpr"], results["ko_chat_n"] = share(_risks(detector, [row["text"] for row in ko_chat])), len(ko_chat)

    pan = _read(eval_dir / "pan12_segments.jsonl")
    pan_risks = _risks(detector, [row["text"] for row in pan])
    pan_labels = [row["label"] for row in pan]
    results["pan12_roc_auc"] = roc_auc_score(pan_labels, pan_risks)
    results["pan12_pr_auc"] = average_precision_score(pan_labels, pan_risks)
    results["pan12_n"], results["pan12_positives"] = len(pan), sum(pan_labels)
    positives = [risk for risk, label in zip(pan_risks, pan_labels, strict=True) if label]
    negatives = [risk for risk, label in zip(pan_risks, pan_labels, strict=True) if not label]
    results["pan12_recall"], results["pan12_fpr"] = share(positives), share(negatives)

    conversations = _read(eval_dir / "pj_conversations.jsonl")
    first_flags: list[int] = []
    for conversation in conversations:
        lines = [line for line in conversation["predator_lines"] if isinstance(line, str)]
        risks = _risks(detector, lines)
        first = next((index for index, risk in enumerate(risks) if risk >= threshold), None)
        if first is not None:
            first_flags.append(first + 1)
    results["pj_n"] = len(conversations)
    results["pj_share_flagged"] = len(first_flags) / len(conversations)
    results["pj_median_messages_to_first_flag"] = statistics.median(first_flags) if first_flags else None

    dktc = _read(eval_dir / "dktc.jsonl")
    by_class: dict[str, list[float]] = {}
    for row, risk in zip(dktc, _risks(detector, [row["text"] for row in dktc]), strict=True):
        by_class.setdefault(row["class"], []).append(risk)
    results["dktc_flagged_by_class"] = {name: share(risks) for name, risks in sorted(by_class.items())}
    return results


def to_markdown(results: dict, model_path: str, seconds: float) -> str:
    def verdict(key: str) -> str:
        if key not in TARGETS:
            return ""
        sign, bound = TARGETS[key]
        value = results[key]
        ok = value <= bound if sign == "<=" else value >= bound
        return f"{sign} {bound:g} {'met' if ok else 'NOT met'}"

    rows = [
        ("SMS ham flagged (false-positive rate)", "sms_ham_fpr", results["sms_ham_n"]),
        ("NPS chat posts flagged", "nps_fpr", results["nps_n"]),
        ("Korean everyday chat flagged", "ko_chat_fpr", results["ko_chat_n"]),
        ("PAN 2012 segments ROC-AUC", "pan12_roc_auc", results["pan12_n"]),
        ("PAN 2012 segments PR-AUC", "pan12_pr_auc", results["pan12_n"]),
        ("PAN 2012 recall at threshold", "pan12_recall", results["pan12_positives"]),
        ("PAN 2012 negatives flagged", "pan12_fpr", results["pan12_n"] - results["pan12_positives"]),
        ("PJ conversations with a flagged predator message", "pj_share_flagged", results["pj_n"]),
        ("SMS spam flagged (information)", "sms_spam_flagged", results["sms_spam_n"]),
    ]
    lines = [
        f"# External evaluation ({date.today().isoformat()})",
        "",
        f"Model `{model_path}`, threshold {results['threshold']}, grooming-detect {__version__}; {seconds:.0f} s.",
        "Command: `python bench/external_eval.py --eval-dir ../shared/eval`",
        "",
        "| measure | n | value | target |",
        "| --- | ---: | ---: | --- |",
    ]
    for label, key, count in rows:
        lines.append(f"| {label} | {count} | {results[key]:.4f} | {verdict(key)} |")
    median = results["pj_median_messages_to_first_flag"]
    lines.append(f"| PJ median predator messages up to the first flag | {results['pj_n']} | {median} | lower is better |")
    for name, value in results["dktc_flagged_by_class"].items():
        lines.append(f"| DKTC {name} flagged (information) | | {value:.4f} | |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--output", type=Path, default=None, help="write the Markdown report here")
    parser.add_argument("--json", type=Path, default=None, help="write the raw numbers here")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "sms.jsonl").is_file():
        print(f"no evaluation sets in {args.eval_dir}; nothing to measure", file=sys.stderr)
        return 0
    detector = Detector.load(args.model, threshold=args.threshold)
    started = time.perf_counter()
    results = evaluate(args.eval_dir, detector)
    report = to_markdown(results, str(args.model or "shipped default"), time.perf_counter() - started)
    print(report)
    if args.output:
        args.output.write_text(report, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
