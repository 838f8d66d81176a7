"""Mean, sd and 95 % Student-t intervals of the Pisa seeds in docs/RESULTS.md section 2.

Run from the repository root: python3 docs/results/pisa-seeds.py
Seed 42's figures are those of its report as quoted in RESULTS section 2 (its run folder stayed on its machine);
seed 1's are quoted from issue 15 (run elsewhere). Seeds 2 and 3 are read from their archived report.json.
"""
import json
import statistics

T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776}  # two-sided 95 % Student-t quantiles by degrees of freedom
CLASSES = ["angry", "disgust", "fear", "happy", "neutral", "sad", "surprise"]


def from_report(path):
    r = json.load(open(path))
    macro = r["macro avg"]
    return {"accuracy": r["accuracy"], "macro F1": macro["f1-score"], "macro precision": macro["precision"],
            "per class F1": {c: r[c]["f1-score"] for c in CLASSES}}


def interval(values):
    n = len(values)
    mean, sd = statistics.mean(values), statistics.stdev(values)
    half = T95[n - 1] * sd / n ** 0.5
    return f"n={n}  mean {mean:.3f} ± {sd:.3f} (sd)  95 % t-interval [{mean - half:.3f}, {mean + half:.3f}]"


seeds = {
    "42": {"accuracy": 0.603, "macro F1": 0.565, "macro precision": 0.561},
    "2": from_report("docs/results/pisa-fer2013-s2/report.json"),
    "3": from_report("docs/results/pisa-fer2013-s3/report.json"),
}
for name in ("2", "3"):
    s = seeds[name]
    print(f"seed {name}: accuracy {s['accuracy']:.3f}, macro F1 {s['macro F1']:.3f}, macro precision "
          f"{s['macro precision']:.3f}; F1 " + ", ".join(f"{c} {v:.3f}" for c, v in s["per class F1"].items()))
for metric in ("accuracy", "macro F1", "macro precision"):
    print(f"{metric} over seeds 42, 2, 3: " + interval([s[metric] for s in seeds.values()]))
quoted_seed_1 = {"accuracy": 0.634, "macro F1": 0.613}
for metric, value in quoted_seed_1.items():
    print(f"{metric} with the quoted seed 1: " + interval([s[metric] for s in seeds.values()] + [value]))
