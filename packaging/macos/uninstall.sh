#!/bin/bash
# Remove Ringoff from this Mac: stop the reminder helper, delete its LaunchAgent, and move
# Ringoff.app to the Trash. Your data (~/Library/Application Support/Ringoff) is kept.
# Shipped in the disk image as "Uninstall Ringoff.command" (double-click opens it in Terminal).
# RINGOFF_APP names another app bundle (tests); the label is gui/ringoff/services/autostart.py's
# LAUNCH_AGENT_LABEL.
set -u
label=org.ringoff.reminders
agent="$HOME/Library/LaunchAgents/$label.plist"
app=${RINGOFF_APP:-/Applications/Ringoff.app}

if command -v launchctl >/dev/null 2>&1; then
    # Stops the running helper and unloads the job (launchctl(1), "bootout").
    launchctl bootout "gui/$(id -u)/$label" >/dev/null 2>&1 || true
fi
rm -f "$agent"
if [ -d "$app" ]; then
    if command -v osascript >/dev/null 2>&1 && [ -z "${RINGOFF_APP:-}" ]; then
        osascript -e "tell application \"Finder\" to delete POSIX file \"$app\"" >/dev/null 2>&1 \
            || rm -rf "$app"
    else
        rm -rf "$app"
    fi
fi
echo "Ringoff is removed. Your data folder was not touched."
echo "号码解绑助手已删除。您的数据文件夹没有改动。"
