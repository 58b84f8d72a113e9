#!/bin/sh
# Assembles natives/thumb/testdata/encodings.txt with our front end and with GNU as (-mcpu=cortex-m4 -mthumb)
# and compares the bytes. Arguments: assemble_tool, table, as, objcopy.
set -eu
tool=$1 table=$2 as=$3 objcopy=$4
out=${TEST_TMPDIR:-/tmp}/encoder_gnu_as_test
mkdir -p "$out"
"$tool" "$table" "$out/mica.bin" "$out/gnu.s" > "$out/listing.txt"
"$as" -mcpu=cortex-m4 -mthumb -o "$out/gnu.o" "$out/gnu.s"
"$objcopy" -O binary --only-section=.text "$out/gnu.o" "$out/gnu.bin"
if cmp "$out/mica.bin" "$out/gnu.bin"; then
  echo "PASS: $(wc -c < "$out/mica.bin") bytes identical to GNU as"
  exit 0
fi
echo "FAIL: the encodings differ from GNU as"
od -An -tx1 -v -w2 "$out/mica.bin" > "$out/mica.txt"
od -An -tx1 -v -w2 "$out/gnu.bin" > "$out/gnu.txt"
diff "$out/mica.txt" "$out/gnu.txt" | head -40 || true
"$as" -mcpu=cortex-m4 -mthumb -al -o /dev/null "$out/gnu.s" | head -400
exit 1
