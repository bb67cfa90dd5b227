#!/bin/bash
# Make a disk image holding Ringoff.app and a shortcut to /Applications (drag one onto the other).
#   packaging/macos/make_dmg.sh packaging/dist/Ringoff.app packaging/dist/ringoff-0.1.0-macos.dmg
# Signing and notarisation are done by packaging/build.py around this script.
set -euo pipefail
app=${1:?usage: make_dmg.sh APP DMG}
dmg=${2:?usage: make_dmg.sh APP DMG}
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
# Dragging the app to the Trash would leave the reminder helper's LaunchAgent behind.
cp "$(dirname "$0")/uninstall.sh" "$staging/Uninstall Ringoff.command"
chmod +x "$staging/Uninstall Ringoff.command"
rm -f "$dmg"
hdiutil create -volname "Ringoff" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
