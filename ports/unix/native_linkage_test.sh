#!/bin/sh
# What a build without the Thumb native emitter keeps, and that mpy-cross refuses native code:
#   native_linkage_test.sh <mica_asm_thumb_arm> <mica> <mpy-cross>
# - the native emitter, its runtime entry points and executor are symbols of mica_asm_thumb_arm (natives =
#   ["thumb"]; checked first, so the test cannot pass on stale names) and absent from the standard mica;
# - in mica, @micropython.native is the micropython module's decorator, which raises NotImplementedError;
# - mpy-cross refuses a native function with a compile error that says why.
set -eu
native=$1 mica=$2 mpy_cross=$3
symbols="mica::thumb::EmitNativeFunction mica::natives::ExecuteNative mica::thumb::kThumbNativeEmitter"
for symbol in $symbols; do
  arm-linux-gnueabihf-nm -C "$native" | grep -qF "$symbol" || { echo "FAIL: $symbol missing from $native"; exit 1; }
  if nm -C "$mica" | grep -qF "$symbol"; then echo "FAIL: $symbol linked into $mica"; exit 1; fi
done
program="${TEST_TMPDIR}/native.py"
cat > "$program" <<'PY'
import micropython
try:
    @micropython.native
    def f(x):
        return x + 1
except NotImplementedError as e:
    print("NotImplementedError:", e)
PY
out=$("$mica" "$program")
[ "$out" = "NotImplementedError: native code emitters are not available in this build" ] || {
  echo "FAIL: mica printed: $out"; exit 1; }
out=$(qemu-arm "$native" "$program")
[ "$out" = "" ] || { echo "FAIL: mica_asm_thumb_arm printed: $out"; exit 1; }
status=0
out=$("$mpy_cross" -o "${TEST_TMPDIR}/native.mpy" "$program" 2>&1) || status=$?
[ "$status" = 1 ] || { echo "FAIL: mpy-cross exit status $status"; exit 1; }
case "$out" in
  *"SyntaxError: @micropython.native makes machine code, which a .mpy file cannot hold"*) ;;
  *) echo "FAIL: mpy-cross printed: $out"; exit 1 ;;
esac
echo PASS
