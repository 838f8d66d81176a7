#!/usr/bin/env bash
# Small real study: count-matched real FER2013 vs synthetic Stable-Diffusion faces (5 shared classes).
# Run from the repository root after `mvn -B -q package -DskipTests`; writes everything under runs/fer-vs-sd/.
set -euo pipefail
ew() { java -jar target/emotion-workbench.jar "$@"; }
FER=../shared/datasets/fer2013
SD=../shared/datasets/synthetic/sd-emotion-faces/faces
OUT=runs/fer-vs-sd
CLASSES=angry,happy,neutral,sad,surprise
mkdir -p "$OUT"
# synthetic: the 140 SD faces, Indonesian folder names mapped to our classes
ew dataset manifest --data "$SD" --label-map docs/studies/sd-emotion-faces.labelmap.json --out "$OUT/synthetic.json"
# real: FER2013 train, the same 5 classes, then as many per class as the synthetic set has (seeded)
ew dataset manifest --data "$FER" --split train --classes "$CLASSES" --out "$OUT/fer-train5.json"
ew dataset match --source "$OUT/fer-train5.json" --reference "$OUT/synthetic.json" --out "$OUT/real-matched.json" --seed 42
# held-out evaluation: FER2013 test, the same 5 classes
ew dataset manifest --data "$FER" --split test --classes "$CLASSES" --out "$OUT/fer-test5.json"
ew study run --spec docs/studies/fer-vs-sd.json --out "$OUT/study"
ew report --study "$OUT/study" --out "$OUT/study/report.html"
