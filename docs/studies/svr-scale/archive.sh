#!/usr/bin/env bash
# Copies the small result files of the svr-scale studies (runs/svr-scale/<study>, git-ignored) to
# docs/results/svr-scale/<study>: the spec, summary.md/json, report.html, memory.csv, and per run its config.json
# (provenance: data fingerprint, versions), history.csv, outcome.json and per evaluation report.json + confusion.csv.
# Not copied: model.zip and predictions.csv (large; `study run` on the same spec and seeds makes them again).
set -euo pipefail
for study in "$@"; do
  src=runs/svr-scale/$study
  dst=docs/results/svr-scale/$study
  rm -rf "$dst"; mkdir -p "$dst"
  cp "$src"/study.json "$src"/summary.md "$src"/summary.json "$dst"/
  [ -f "$src"/report.html ] && cp "$src"/report.html "$dst"/
  [ -f "$src"/memory.csv ] && cp "$src"/memory.csv "$dst"/
  for run in "$src"/runs/*/; do
    r=$(basename "$run"); mkdir -p "$dst/runs/$r"
    cp "$run"/config.json "$run"/history.csv "$run"/outcome.json "$dst/runs/$r"/
    for ev in "$run"/evaluations/*/; do
      e=$(basename "$ev"); mkdir -p "$dst/runs/$r/$e"
      cp "$ev"/report.json "$ev"/confusion.csv "$dst/runs/$r/$e"/
    done
  done
  sed -i "s#$(cd .. && pwd)/shared#../shared#g; s#$(pwd)/##g" $(find "$dst" -name '*.json' -o -name '*.md')
  chmod -R a+rX "$dst"
done
