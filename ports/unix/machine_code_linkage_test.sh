#!/bin/sh
# What a build without a machine-code decorator's emitter keeps, and that mpy-cross refuses machine code:
#   machine_code_linkage_test.sh <asm_thumb|native> <mica_asm_thumb_arm> <mica> <mpy-cross> <symbol>...
# - the symbols (the assembler or native emitter and what runs its code) are in mica_asm_thumb_arm (checked first,
#   so the test cannot pass on stale names) and absent from the standard mica (inline_asm = [], natives = []);
# - in mica, @micropython.<decorator> is the micropython module's decorator, which raises NotImplementedError;
#   in mica_asm_thumb_arm (qemu-arm) the same definition compiles to machine code and prints nothing;
# - mpy-cross refuses the function with a compile error that says why.
set -eu
decorator=$1 arm=$2 mica=$3 mpy_cross=$4
shift 4
for symbol in "$@"; do
  arm-linux-gnueabihf-nm -C "$arm" | grep -qF "$symbol" || { echo "FAIL: $symbol missing from $arm"; exit 1; }
  if nm -C "$mica" | grep -qF "$symbol"; then echo "FAIL: $symbol linked into $mica"; exit 1; fi
done
case "$decorator" in
  asm_thumb) signature="f(r0)" body="add(r0, r0, r0)" ;;
  native) signature="f(x)" body="return x + 1" ;;
  *) echo "FAIL: unknown decorator $decorator"; exit 1 ;;
esac
program="${TEST_TMPDIR}/${decorator}.py"
cat > "$program" <<PY
import micropython
try:
    @micropython.${decorator}
    def ${signature}:
        ${body}
except NotImplementedError as e:
    print("NotImplementedError:", e)
PY
out=$("$mica" "$program")
[ "$out" = "NotImplementedError: native code emitters are not available in this build" ] || {
  echo "FAIL: mica printed: $out"; exit 1; }
out=$(qemu-arm "$arm" "$program")
[ "$out" = "" ] || { echo "FAIL: $arm printed: $out"; exit 1; }
status=0
out=$("$mpy_cross" -o "${TEST_TMPDIR}/${decorator}.mpy" "$program" 2>&1) || status=$?
[ "$status" = 1 ] || { echo "FAIL: mpy-cross exit status $status"; exit 1; }
case "$out" in
  *"SyntaxError: @micropython.${decorator} makes machine code, which a .mpy file cannot hold"*) ;;
  *) echo "FAIL: mpy-cross printed: $out"; exit 1 ;;
esac
echo PASS
