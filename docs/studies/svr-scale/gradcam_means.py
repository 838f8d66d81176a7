#!/usr/bin/env python3
"""Where do the real- and the synthetic-trained models look? Compares the per-class mean Grad-CAM heatmaps that
`gradcam --class true` writes (means/class_<class>.csv, 48 rows x 48 values in [0, 1]) for two runs on the same faces.

usage: gradcam_means.py <gradcam outputs of real-trained runs...> -- <gradcam outputs of synthetic-trained runs...>
Each side's map of a class is the average over its runs (seeds) of their mean maps. Prints, per class: the
correlation of the two sides' maps, the mean correlation between two seeds of the same side (how much a seed alone
moves the map), and each map's share of heat in three regions of the 48x48
face crop (eyes and brows: rows 8-21; mouth: rows 30-43, columns 10-37; border: outside the central 36x36)."""
import sys
import numpy as np

CLASSES = ["angry", "happy", "neutral", "sad", "surprise"]


def load(d, c):
    return np.loadtxt(f"{d}/means/class_{c}.csv", delimiter=",")


def average(dirs, c):
    return np.mean([load(d, c) for d in dirs], axis=0)


def seed_agreement(dirs, c):
    """Mean correlation between two seeds' maps; a seed whose map is flat (no heat anywhere: Grad-CAM's ReLU of a
    gradient that is negative everywhere) has no correlation and is counted apart."""
    maps = [load(d, c).ravel() for d in dirs]
    live = [m for m in maps if m.std() > 0]
    rs = [np.corrcoef(live[i], live[j])[0, 1] for i in range(len(live)) for j in range(i + 1, len(live))]
    text = f"{np.mean(rs):.2f}" if rs else "–"
    return text + (f" ({len(maps) - len(live)} flat)" if len(live) < len(maps) else "")


def shares(m):
    total = m.sum()
    eyes = m[8:22, :].sum() / total
    mouth = m[30:44, 10:38].sum() / total
    inner = m[6:42, 6:42].sum() / total
    return eyes, mouth, 1 - inner


def main(real, synthetic):
    print("| class | correlation real vs synthetic | between seeds: real / synthetic | eyes real / synthetic "
          "| mouth real / synthetic | border real / synthetic |")
    print("|---|---:|---:|---:|---:|---:|")
    for c in CLASSES:
        a, b = average(real, c), average(synthetic, c)
        r = np.corrcoef(a.ravel(), b.ravel())[0, 1]
        sa, sb = shares(a), shares(b)
        print(f"| {c} | {r:.2f} | {seed_agreement(real, c)} / {seed_agreement(synthetic, c)} "
              f"| {sa[0]:.2f} / {sb[0]:.2f} | {sa[1]:.2f} / {sb[1]:.2f} | {sa[2]:.2f} / {sb[2]:.2f} |")
    print("(uniform heat would give eyes 0.29, mouth 0.17, border 0.44)")


if __name__ == "__main__":
    args = sys.argv[1:]
    cut = args.index("--")
    main(args[:cut], args[cut + 1:])
