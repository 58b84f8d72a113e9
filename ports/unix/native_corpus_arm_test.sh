#!/bin/sh
# Corpus programs with @micropython.native added mechanically (tests/native_thumb/_corpus.py), under qemu-arm:
#   native_corpus_arm_test.sh <mica_asm_thumb_arm> [folders under tests/...]
set -eu
mica="$1"
shift
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
wrapper="${TEST_TMPDIR}/mica-qemu-arm"
printf '#!/bin/sh\nexec qemu-arm "%s" "$@"\n' "${PWD}/${mica}" > "$wrapper"
chmod +x "$wrapper"
exec python3 -I tests/native_thumb/_corpus.py --jobs 2 --interpreter "$wrapper" "$@"
