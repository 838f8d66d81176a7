#!/usr/bin/env bash
# Data for the synthetic-vs-real study at the largest scale this machine's data allows (docs/RESULTS.md §1).
# Writes manifests (lists of files, no copies) under runs/svr-scale/data; run from the repository root:
#   bash docs/studies/svr-scale/prepare.sh
set -euo pipefail
EW="${EW:-java -jar target/emotion-workbench.jar}"
SHARED="${SHARED:-../shared/datasets}"
D=runs/svr-scale/data
mkdir -p "$D"
SEED=2026

# The 476 Stable-Diffusion faces, 20 % of each class held out as the synthetic test set (never trained on).
$EW dataset manifest --data "$SHARED/synthetic/sd-emotion-faces-full/faces" \
    --label-map docs/studies/sd-emotion-faces.labelmap.json --test-fraction 0.2 --seed $SEED --out $D/synthetic.json
# FER2013's train folder only (its test folder is an evaluation set), then as many faces per class as the
# synthetic training faces: the real source, count-matched.
$EW dataset manifest --data "$SHARED/fer2013" --split train --out $D/fer2013-train.json
$EW dataset match --source $D/fer2013-train.json --reference $D/synthetic.json --reference-split train \
    --seed $SEED --out $D/real.json

# Synthetic-fraction curve: the same 381 training faces per class sizes, 0..100 % of each class synthetic.
for f in 0 0.25 0.5 0.75 1; do
  $EW dataset mix --real $D/real.json --synthetic $D/synthetic.json --fraction $f --seed $SEED \
      --out $D/mix-$f.json
done

# "Add synthetic to a small real set": 20 real faces per class, plus 0, 12, 24 or 48 synthetic faces per class
# (nested draws: the same seed takes the first k of one shuffle).
$EW dataset manifest --data $D/real.json --per-class 20 --classes angry,happy,neutral,sad,surprise --seed $SEED \
    --out $D/real-20.json
for k in 12 24 48; do
  $EW dataset manifest --data $D/synthetic.json --split train --per-class $k \
      --classes angry,happy,neutral,sad,surprise --seed $SEED --out $D/synthetic-train-$k.json
  $EW dataset manifest --data $D/real-20.json --union $D/synthetic-train-$k.json --out $D/real-20-plus-$k.json
done
