#!/bin/sh
# Install Ringoff for the current user (no root needed): the program in ~/.local/lib/ringoff,
# the `ringoff` command in ~/.local/bin, a menu entry and its icon. Run it again to update.
# To remove: ./install.sh --uninstall (your vault and settings are kept; the reminder helper is
# stopped and its login entry removed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/ringoff
bin=$HOME/.local/bin

config=${XDG_CONFIG_HOME:-$HOME/.config}
case "$config" in /*) ;; *) config=$HOME/.config ;; esac  # XDG: a relative value is ignored

if [ "${1:-}" = "--uninstall" ]; then
    # The reminder helper: stop it and remove its login entry (gui/ringoff/services/autostart.py
    # DESKTOP_FILE_NAME), even if the program is already gone.
    if [ -x "$lib/ringoff" ]; then
        "$lib/ringoff" reminders off >/dev/null 2>&1 || true
    fi
    rm -f "$config/autostart/ringoff-reminders.desktop"
    rm -rf "$lib" "$bin/ringoff" "$data/applications/ringoff.desktop" \
        "$data/icons/hicolor/256x256/apps/ringoff.png" "$data/icons/hicolor/scalable/apps/ringoff.svg"
    echo "Ringoff is removed. Your data folder was not touched."
    exit 0
fi

mkdir -p "$lib" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps" \
    "$data/icons/hicolor/scalable/apps"
rm -rf "$lib"
cp -R "$here/ringoff" "$lib"
ln -sf "$lib/ringoff" "$bin/ringoff"
cp "$here/ringoff.png" "$data/icons/hicolor/256x256/apps/ringoff.png"
cp "$here/ringoff.svg" "$data/icons/hicolor/scalable/apps/ringoff.svg"
# The menu may not search ~/.local/bin, so the entry names the program by its full path.
sed "s|^Exec=ringoff|Exec=$lib/ringoff|" "$here/ringoff.desktop" \
    > "$data/applications/ringoff.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
echo "Ringoff is installed. Start it from the menu, or type: ringoff"
