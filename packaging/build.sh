#!/usr/bin/env bash
# Builds the installable workbench with JDK 17's own tools (jdeps, jlink, jpackage), from target/ after
# `mvn -B package` (the jar and target/lib/):
#   target/dist/emotion-workbench/            app-image; bin/emotion-workbench is the launcher (no JDK needed)
#   target/dist/emotion-workbench_<v>_amd64.deb  Debian/Ubuntu package (only where dpkg-deb and fakeroot exist)
# Usage: packaging/build.sh [--app-image-only]
# Environment: JAVA_HOME (else the jdeps/jlink/jpackage on PATH).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
TARGET="$ROOT/target"
JAR="$TARGET/emotion-workbench.jar"
LIB="$TARGET/lib"
WORK="$TARGET/packaging"
DIST="$TARGET/dist"
NAME=emotion-workbench
MAIN_CLASS=org.emotionworkbench.cli.Main
# modules the app loads reflectively or through services, which jdeps cannot see in the bytecode:
# jdk.crypto.ec (TLS for any https URL a user gives), jdk.zipfs (zip file systems), java.scripting / jdk.management / java.management (DL4J's and Vert.x's optional
# paths), jdk.unsupported (sun.misc.Unsafe: JavaCPP, Netty, Aeron). Left out: jdk.localedata (22 MB; the workbench
# is in English and formats numbers the same everywhere without it).
EXTRA_MODULES=jdk.unsupported,jdk.crypto.ec,jdk.zipfs,java.management,jdk.management,java.naming,java.scripting

APP_IMAGE_ONLY=false
if [[ "${1:-}" == "--app-image-only" ]]; then
    APP_IMAGE_ONLY=true
elif [[ $# -gt 0 ]]; then
    echo "usage: packaging/build.sh [--app-image-only]" >&2
    exit 2
fi

tool() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then
        echo "$JAVA_HOME/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        echo "packaging/build.sh: $1 not found; it comes with JDK 17 (set JAVA_HOME or put the JDK's bin/ on PATH)" >&2
        exit 2
    fi
}
JDEPS=$(tool jdeps)
JLINK=$(tool jlink)
JPACKAGE=$(tool jpackage)

if [[ ! -f "$JAR" || ! -d "$LIB" ]]; then
    echo "packaging/build.sh: $JAR or $LIB is missing; run 'mvn -B package -DskipTests' first" >&2
    exit 2
fi

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT -> 0.1.0
POM_VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
APP_VERSION=${POM_VERSION%%-*}
DESCRIPTION="Facial-emotion recognition workbench: datasets, CNNs, training, evaluation and explanations (Deeplearning4j, JavaFX)"
VENDOR="Emotion Workbench project"

rm -rf "$WORK" "$DIST"
mkdir -p "$WORK/input" "$DIST"

echo "== input: the jar, its libraries and the sample data"
cp "$JAR" "$WORK/input/"
cp -r "$LIB" "$WORK/input/lib"
cp -r sample-data "$WORK/input/sample-data"

echo "== modules (jdeps)"
MODULES=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$LIB/*" "$JAR" | tail -1)
MODULES="$MODULES,$EXTRA_MODULES"
echo "$MODULES"

echo "== runtime (jlink)"
# --compress=2 halves the JDK's own classes (the app's jars are not in the image's modules file)
"$JLINK" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$WORK/runtime"

# The window's collector: a concurrent one, so that training never stops the window's frames for long (a G1 young
# pause took 50-90 ms on 2 cores; docs/BENCHMARKS.md "GUI responsiveness", fourth pass). Shenandoah where the linked
# runtime's JVM has it (OpenJDK builds such as Debian's and Temurin's), else ZGC (every JDK 17 build).
if "$WORK/runtime/bin/java" -XX:+UseShenandoahGC -version >/dev/null 2>&1; then
    GC_OPTION=-XX:+UseShenandoahGC
else
    GC_OPTION=-XX:+UseZGC
fi
echo "== app-image (jpackage), collector $GC_OPTION"
# $APPDIR is expanded by the launcher: the image's lib/app folder, where the input was copied
"$JPACKAGE" --type app-image --name "$NAME" --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor "$VENDOR" \
    --input "$WORK/input" --main-jar emotion-workbench.jar --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" \
    --icon assets/icons/emotion-workbench-256.png \
    --java-options '-XX:MaxRAMPercentage=50' \
    --java-options "$GC_OPTION" \
    --java-options '-Demotionworkbench.sampledata=$APPDIR/sample-data' \
    --dest "$DIST"
echo "app-image: $DIST/$NAME ($(du -sh "$DIST/$NAME" | cut -f1))"

if [[ "$APP_IMAGE_ONLY" == true ]]; then
    exit 0
fi
if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
    echo "no dpkg-deb/fakeroot here: the .deb is skipped (apt-get install dpkg-dev fakeroot)" >&2
    exit 0
fi

echo "== .deb (jpackage)"
# dpkg-deb's default (xz) spends minutes recompressing jars that are already zipped; gzip is quick and every apt
# reads it. Set DPKG_DEB_COMPRESSOR_TYPE=xz for the smallest download.
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
"$JPACKAGE" --type deb --name "$NAME" --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor "$VENDOR" \
    --app-image "$DIST/$NAME" \
    --icon assets/icons/emotion-workbench-256.png \
    --license-file LICENSE \
    --linux-package-name "$NAME" \
    --linux-deb-maintainer "emotion-workbench@users.noreply.github.com" \
    --linux-menu-group "Education;Science" \
    --linux-app-category science \
    --linux-shortcut \
    --resource-dir packaging/linux \
    --dest "$DIST"
ls -l "$DIST"/*.deb
