#!/usr/bin/env python3
"""The tables of docs/RESULTS.md §1 from the studies' summary.json files (written by `study run` / `study summary`).

usage: tables.py <results folder, e.g. runs/svr-scale or docs/results/svr-scale>"""
import json
import sys
from pathlib import Path

EVALS = ["fer2013-test", "taiwanese-posed", "synthetic-held-out"]


def ms(m):
    return f"{m['mean']:.3f} ± {m['sd']:.3f}"


def ci(c):
    return f"[{c['lower']:.3f}, {c['upper']:.3f}]" if c else "–"


def cells(root, study):
    f = Path(root) / study / "summary.json"
    if not f.exists():
        return None
    return json.loads(f.read_text())


def main(root):
    arms = [("tiny", "small CNN from scratch"), ("pisa", "Pisa CNN from scratch"),
            ("kdef", "KDEF tiny-Xception, pretrained")]
    print("| arm | trained on | evaluated on | accuracy (mean ± sd) [95 % CI] | macro precision [95 % CI] | macro F1 [95 % CI] | ECE |")
    print("|---|---|---|---|---|---|---|")
    for study, label in arms:
        s = cells(root, study)
        if s is None:
            continue
        for src in s["sources"]:
            for ev in EVALS:
                c = next((c for c in s["cells"] if c["source"] == src and c["evaluation"] == ev), None)
                if c is None:
                    continue
                print(f"| {label} | {src} ({c['seeds']} seeds) | {ev} ({c['images']}) | {ms(c['accuracy'])} {ci(c['accuracyCi'])} | "
                      f"{c['macroPrecision']['mean']:.3f} {ci(c.get('macroPrecisionCi'))} | "
                      f"{c['macroF1']['mean']:.3f} {ci(c['macroF1Ci'])} | {c['ece']['mean']:.3f} |")
    print()
    print("McNemar, same seed, same faces (p < 0.05, and which model got more faces right):")
    for study, label in arms:
        s = cells(root, study)
        if s is None:
            continue
        for ev in EVALS:
            tests = [t for t in s["tests"] if t["evaluation"] == ev]
            pairs = {}
            for t in tests:
                pairs.setdefault((t["sourceA"], t["sourceB"]), []).append(t)
            for (a, b), ts in pairs.items():
                if not ({a, b} <= {"synthetic", "real", "synthetic-features", "real-features", "synthetic-finetune", "real-finetune"}):
                    continue
                if a.split("-")[1:] != b.split("-")[1:]:
                    continue  # only real vs synthetic of the same arm
                sig_a = sum(1 for t in ts if t["test"]["pValue"] < 0.05 and t["test"]["onlyA"] > t["test"]["onlyB"])
                sig_b = sum(1 for t in ts if t["test"]["pValue"] < 0.05 and t["test"]["onlyB"] > t["test"]["onlyA"])
                print(f"- {label}, {ev}: {a} better in {sig_a}, {b} better in {sig_b}, no significant difference in "
                      f"{len(ts) - sig_a - sig_b} of {len(ts)} seeds")


if __name__ == "__main__":
    main(sys.argv[1])
