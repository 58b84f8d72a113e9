#!/bin/sh
# What a build without the Thumb inline assembler keeps, and that mpy-cross refuses machine code:
#   inline_asm_linkage_test.sh <mica_asm_thumb_arm> <mica> <mpy-cross>
# - the assembler and the port's executable memory are symbols of mica_asm_thumb_arm (checked first, so the test
#   cannot pass on stale names) and absent from the standard mica (its feature set has inline_asm = []);
# - in mica, @micropython.asm_thumb is the micropython module's decorator, which raises NotImplementedError;
# - mpy-cross refuses an asm_thumb function with a compile error that says why.
set -eu
asm=$1 mica=$2 mpy_cross=$3
symbols="mica::thumb::AssembleFunction mica::natives::NewNativeCode mica::port::MakeExecutable"
for symbol in $symbols; do
  arm-linux-gnueabihf-nm -C "$asm" | grep -qF "$symbol" || { echo "FAIL: $symbol missing from $asm"; exit 1; }
  if nm -C "$mica" | grep -qF "$symbol"; then echo "FAIL: $symbol linked into $mica"; exit 1; fi
done
program="${TEST_TMPDIR}/asm.py"
cat > "$program" <<'PY'
import micropython
try:
    @micropython.asm_thumb
    def f(r0):
        add(r0, r0, r0)
except NotImplementedError as e:
    print("NotImplementedError:", e)
PY
out=$("$mica" "$program")
[ "$out" = "NotImplementedError: native code emitters are not available in this build" ] || {
  echo "FAIL: mica printed: $out"; exit 1; }
status=0
out=$("$mpy_cross" -o "${TEST_TMPDIR}/asm.mpy" "$program" 2>&1) || status=$?
[ "$status" = 1 ] || { echo "FAIL: mpy-cross exit status $status"; exit 1; }
case "$out" in
  *"SyntaxError: @micropython.asm_thumb makes machine code, which a .mpy file cannot hold"*) ;;
  *) echo "FAIL: mpy-cross printed: $out"; exit 1 ;;
esac
echo PASS
