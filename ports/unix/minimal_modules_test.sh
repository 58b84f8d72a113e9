#!/bin/sh
# mica_minimal has exactly the modules its feature set lists: the listed ones import, the others raise
# ImportError. minimal_modules_test.sh <mica_minimal>
set -eu
mica="$1"
out=$("$mica" -c '
for name in ("gc", "micropython", "sys"):
    __import__(name)
    print("ok", name)
for name in ("array", "asyncio", "collections", "io", "json", "math", "os", "re", "struct", "time"):
    try:
        __import__(name)
        print("imported", name)
    except ImportError:
        print("absent", name)
')
expected="ok gc
ok micropython
ok sys
absent array
absent asyncio
absent collections
absent io
absent json
absent math
absent os
absent re
absent struct
absent time"
if [ "$out" != "$expected" ]; then
  echo "FAIL: mica_minimal printed:"
  echo "$out"
  exit 1
fi
echo "PASS"
