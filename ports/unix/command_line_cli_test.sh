#!/bin/sh
# Runs command_line_cli_test.py against mica: command_line_cli_test.sh <driver> <mica> [--wrapper=qemu-arm]
set -eu
exec python3 "$1" "$2" ${3:+"$3"}
