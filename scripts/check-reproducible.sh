#!/usr/bin/env bash
# Checks that the published artifacts build reproducibly: builds them twice, each time from
# a fresh copy of the working tree in its own folder (so neither build sees the other's
# target/ nor the same absolute paths), and compares every jar byte for byte.
#
#   scripts/check-reproducible.sh            # offline (mvn -o): the plugins are in ~/.m2
#   MVN_FLAGS= scripts/check-reproducible.sh # online, on a machine that lacks them
#
# Nothing is installed into ~/.m2. Exit 0 when every artifact is identical, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
modules=(fp-model fp-indicators fp-io fp-synthetic fp-report)
work="$(mktemp -d "${TMPDIR:-/tmp}/fpkit-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Both copies first, so that both builds see the same sources.
for run in 1 2; do
  mkdir -p "$work/build$run"
  # Tracked files and new ones not ignored: what the next commit would hold, without target/.
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
      | while IFS= read -r -d '' f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done \
      | xargs -0 cp --parents -t "$work/build$run")
done
for run in 1 2; do
  echo "build $run in $work/build$run"
  (cd "$work/build$run" && mvn -B -q ${MVN_FLAGS--o} package -DskipTests \
      -pl "fp-bom,$(IFS=,; echo "${modules[*]}")" -am)
done

status=0
for m in "${modules[@]}"; do
  for jar in "$work/build1/$m/target/"*.jar; do
    name="$(basename "$jar")"
    other="$work/build2/$m/target/$name"
    if cmp -s "$jar" "$other"; then
      printf 'identical  %s  %s\n' "$(sha256sum "$jar" | cut -c1-16)" "$name"
    else
      printf 'DIFFERENT  %s\n' "$name"
      diff <(unzip -lv "$jar") <(unzip -lv "$other") | head -20 || true
      status=1
    fi
  done
done
exit "$status"
