#!/usr/bin/python3
"""Regenerates the scikit-learn parity fixtures used by the evaluation tests.

Run from anywhere with Debian's sklearn (apt-get install python3-sklearn):

    /usr/bin/python3 src/test/resources/evaluation/make_sklearn_fixtures.py

For every fixture NAME it writes, next to this script:
  NAME.preds.csv      header "true,pred", one row per sample, class names
  NAME.report.json    json.dumps(classification_report(..., output_dict=True))
  NAME.report.txt     classification_report(..., digits=2) text, byte for byte
  NAME.confusion.csv  confusion_matrix(..., labels=all 7) in the Java layout:
                      header "true\\predicted,<class>...", then one row per true class
All reports use labels=all 7 classes (canonical order) and zero_division=0; for the fixtures in PRESENT_ONLY,
  NAME.present.report.{json,txt} use sklearn's default labels (the classes present in true or predicted).
The tests never run Python; they only read these committed files.
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.metrics import classification_report, confusion_matrix

CLASSES = ["angry", "disgust", "fear", "happy", "neutral", "sad", "surprise"]
K = len(CLASSES)
OUT = os.path.dirname(os.path.abspath(__file__))


def realistic(rng, n=203, acc=0.62):
    # imbalanced like FER-2013 (disgust rare, happy common)
    prior = np.array([0.14, 0.02, 0.14, 0.25, 0.17, 0.17, 0.11])
    t = rng.choice(K, size=n, p=prior)
    p = t.copy()
    wrong = rng.random(n) > acc
    p[wrong] = rng.integers(0, K, size=wrong.sum())
    return t, p


def never_predicted(rng):
    t, p = realistic(rng, n=150)
    p[p == 1] = 4  # disgust is never predicted
    t[:5] = 1      # ...but has support
    return t, p


def zero_support(rng):
    t, p = realistic(rng, n=120)
    t[t == 2] = 5  # fear never occurs as true class
    p[:4] = 2      # ...but is predicted a few times
    return t, p


def absent_class(rng):
    # surprise is neither a true nor a predicted class: sklearn then prints
    # "micro avg" instead of "accuracy" (labels given != labels present)
    t, p = realistic(rng, n=90)
    t[t == 6] = 3
    p[p == 6] = 4
    return t, p


def perfect(rng):
    t = np.repeat(np.arange(K), [3, 1, 2, 5, 4, 3, 2])
    return t, t.copy()


def tiny(rng):
    return np.array([0, 3, 3]), np.array([0, 3, 5])


def rounding(rng):
    # accuracy 123/200 = 0.615 (double just below the tie) and per-class
    # values like 0.125 / 0.375 (exact binary ties) exercise .2f rounding
    t = np.zeros(200, dtype=int)
    p = np.zeros(200, dtype=int)
    # angry: 8 true, 1 correct -> recall 0.125
    t[:8] = 0; p[:8] = [0, 3, 3, 3, 3, 3, 3, 3]
    # happy: 8 true, 3 correct -> recall 0.375
    t[8:16] = 3; p[8:16] = [3, 3, 3, 4, 4, 4, 4, 4]
    # the rest: 184 samples, 119 correct -> total correct 123
    t[16:] = rng.choice([1, 2, 4, 5, 6], size=184)
    p[16:] = t[16:]
    wrong = np.arange(16, 16 + 65)
    p[wrong] = (t[wrong] + 1) % K
    assert (t == p).sum() == 123
    return t, p


FIXTURES = {
    "realistic": realistic,
    "never_predicted": never_predicted,
    "zero_support": zero_support,
    "absent_class": absent_class,
    "perfect": perfect,
    "tiny": tiny,
    "rounding": rounding,
}


# fixtures also reported with sklearn's default labels (only the classes present)
PRESENT_ONLY = {"absent_class", "zero_support", "realistic"}


def write(name, t, p):
    yt = [CLASSES[i] for i in t]
    yp = [CLASSES[i] for i in p]
    kw = dict(labels=CLASSES, zero_division=0)
    with open(os.path.join(OUT, name + ".preds.csv"), "w", newline="") as f:
        f.write("true,pred\n")
        for a, b in zip(yt, yp):
            f.write(f"{a},{b}\n")
    with open(os.path.join(OUT, name + ".report.json"), "w", newline="") as f:
        f.write(json.dumps(classification_report(yt, yp, output_dict=True, **kw)))
        f.write("\n")
    with open(os.path.join(OUT, name + ".report.txt"), "w", newline="") as f:
        f.write(classification_report(yt, yp, digits=2, **kw))
    if name in PRESENT_ONLY:
        # sklearn's default labels: the sorted union of the classes present in y_true and y_pred
        # (alphabetical = canonical order for these names); what run reports use
        with open(os.path.join(OUT, name + ".present.report.json"), "w", newline="") as f:
            f.write(json.dumps(classification_report(yt, yp, output_dict=True, zero_division=0)))
            f.write("\n")
        with open(os.path.join(OUT, name + ".present.report.txt"), "w", newline="") as f:
            f.write(classification_report(yt, yp, digits=2, zero_division=0))
    cm = confusion_matrix(yt, yp, labels=CLASSES)
    with open(os.path.join(OUT, name + ".confusion.csv"), "w", newline="") as f:
        f.write("true\\predicted," + ",".join(CLASSES) + "\n")
        for c, row in zip(CLASSES, cm):
            f.write(c + "," + ",".join(str(int(v)) for v in row) + "\n")


def main():
    print(f"sklearn {sklearn.__version__}, numpy {np.__version__}", file=sys.stderr)
    for i, (name, make) in enumerate(FIXTURES.items()):
        t, p = make(np.random.default_rng(1000 + i))
        write(name, np.asarray(t), np.asarray(p))


if __name__ == "__main__":
    main()
