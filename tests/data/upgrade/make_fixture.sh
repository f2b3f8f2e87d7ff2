#!/usr/bin/env bash
# Makes an upgrade fixture with an older oogst-cli (tests/core/store/upgrade_test.cpp):
#   make_fixture.sh OLD_OOGST_CLI OUT_FOLDER [--with-pictures | --before-the-harvest]
# --with-pictures (versions with 'demo --kiosk', schema 5 on): the device also holds a
# demo table and a children's kiosk whose works carry pictures (drawings' previews and
# photos of collages), so the bundles and stores carry blobs too.
# --before-the-harvest (schema 1: no join files, bundles or imports yet): only the
# facilitator's store, with the same workshop, sessions and notes, a demo table, and its dump.
# A facilitator's store with a workshop, two sessions and a note of its own; a device
# that joined it and handed in a first bundle (imported); a second bundle the old version
# wrote and did not import; and the old version's own 'dump' of each store, and of the
# facilitator after it imported the second bundle: the states today's code must fold to.
set -euo pipefail
cli=$1
out=$2
pictures=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
F=$work/facilitator
D=$work/device
"$cli" init --store "$F"
"$cli" workshop new --store "$F" --name "Roeselare 2030" --method droomsessie --place Roeselare
"$cli" session new --store "$F" --table "Tafel 1: De Kring" --ambassador An --place "Zaal 1"
"$cli" session new --store "$F" --table "Tafel 2" --ambassador Bram
"$cli" add --store "$F" --text "Een idee van de facilitator"
if [ "$pictures" = --before-the-harvest ]; then
  for text in "Meer bomen op de markt" "Een fietsstraat naar school" "Één plek voor jongeren: ‘t Hok"; do
    "$cli" add --store "$F" --text "$text" --author "Tafel 2"
  done
  "$cli" demo --store "$F" --tables 1 --captures 6 --seed 7
  mkdir -p "$out/facilitator"
  cp "$F/oogst.db" "$out/facilitator/oogst.db"
  if [ -e "$F/oogst.db-wal" ]; then cp "$F/oogst.db-wal" "$out/facilitator/"; fi
  "$cli" dump --store "$F" > "$out/facilitator.json"
  exit 0
fi
"$cli" workshop join-code --store "$F" --out "$work/join.oogst-join" --hub http://127.0.0.1:8620
"$cli" workshop join --store "$D" "$work/join.oogst-join"
for text in "Meer bomen op de markt" "Een fietsstraat naar school" "Één plek voor jongeren: ‘t Hok"; do
  "$cli" add --store "$D" --text "$text" --author "Tafel 2"
done
if [ "$pictures" = --with-pictures ]; then
  "$cli" demo --store "$D" --tables 1 --captures 4 --kiosk 4 --seed 7
fi
mkdir -p "$work/stick"
"$cli" bundle export --store "$D" --out "$work/stick/first.oogst"
"$cli" import --store "$F" "$work/stick"
for text in "Een markt op zondag" "Zonnepanelen op de sporthal"; do
  "$cli" add --store "$D" --text "$text" --author "Tafel 2"
done
"$cli" bundle export --store "$D" --all --out "$work/second.oogst"
mkdir -p "$out/facilitator" "$out/device"
# A store closed by the program holds everything in oogst.db (the log is checkpointed and
# removed); a log left behind would be copied too.
for store in facilitator device; do
  from=$work/$store
  cp "$from/oogst.db" "$out/$store/oogst.db"
  if [ -e "$from/oogst.db-wal" ]; then cp "$from/oogst.db-wal" "$out/$store/"; fi
done
cp "$work/stick/first.oogst" "$work/second.oogst" "$out/"
"$cli" dump --store "$F" > "$out/facilitator.json"
"$cli" dump --store "$D" > "$out/device.json"
cp -r "$F" "$work/after"
"$cli" import --store "$work/after" "$work/second.oogst"
"$cli" dump --store "$work/after" > "$out/facilitator-after-second.json"
