#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# Runs a command with a real Secret Service: a private D-Bus session and an unlocked gnome-keyring,
# in a throw-away HOME (the keyring lives under ~/.local/share/keyrings). Toolchain notes' recipe.
set -e
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@"
