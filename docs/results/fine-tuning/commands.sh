cd /work/main
J="java -Demotionworkbench.nogui=true -jar target/emotion-workbench.jar"
K=../shared/models/keras/tiny_XCEPTION_KDEF.hdf5
O=/tmp/ft/runs
COMMON="--train /tmp/ft/fer-300 --test ../shared/datasets/fer2013 --epochs 15 --batch 32 --seed 1"
HEAD="--head-on add_4 --head gap,dense:64,dropout:0.5"
mkdir -p $O
for cfg in "feature-extraction|--freeze add_4" "finetune-last-block|--freeze add_3" "finetune-all|"; do
  name=${cfg%%|*}; freeze=${cfg#*|}
  echo "=== $name $(date +%T)"
  /usr/bin/time -f "wall %e s, max RSS %M KB" $J train --from $K --pixel-range -1,1 $HEAD $freeze $COMMON --out $O/$name 2>&1 | grep -v INFO | grep -v "^\s*at " | tail -22
done
echo "=== pisa-scratch $(date +%T)"
/usr/bin/time -f "wall %e s, max RSS %M KB" $J train --model pisa $COMMON --out $O/pisa-scratch 2>&1 | grep -v INFO | tail -22
echo "=== done $(date +%T)"
