#!/bin/sh
# Install the unpacked ShopDesk bundle for the current user (no root, no network):
#   tar -xzf shopdesk-<version>-linux-x86_64.tar.gz && shopdesk/install-linux.sh
# Program: ~/.local/opt/shopdesk; command: ~/.local/bin/shopdesk; menu entry and icons
# in ~/.local/share. The shop's data stays in ~/.local/share/ShopDesk either way.
# Uninstall: shopdesk/install-linux.sh --uninstall (keeps the shop's data).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP=$PREFIX/opt/shopdesk
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP" "$PREFIX/bin/shopdesk" "$DATA/applications/shopdesk.desktop"
    for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/shopdesk.png"; done
    echo "ShopDesk removed; your shop's data in $DATA/ShopDesk was kept."
    exit 0
fi

if [ "$HERE" != "$APP" ]; then
    rm -rf "$APP"
    mkdir -p "$(dirname "$APP")"
    cp -a "$HERE" "$APP"
fi
mkdir -p "$PREFIX/bin" "$DATA/applications"
ln -sf "$APP/shopdesk" "$PREFIX/bin/shopdesk"
for s in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
    cp "$APP/_internal/resources/icons/shopdesk-$s.png" "$DATA/icons/hicolor/${s}x${s}/apps/shopdesk.png"
done
sed "s|^Exec=shopdesk|Exec=$APP/shopdesk|" "$APP/shopdesk.desktop" > "$DATA/applications/shopdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "ShopDesk installed in $APP; checking it:"
"$APP/shopdesk" --self-test
