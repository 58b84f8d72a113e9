#!/bin/sh
# Runs the conformance corpus against mica cross-built for 32-bit ARM (Thumb-2), under qemu-arm:
#   conformance_arm_test.sh <mica for linux_arm_thumb> [run_tests.py options...]
# The runner wants one interpreter path, so a two-line wrapper that starts qemu-arm stands in for it.
set -eu
mica="$1"
shift
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
wrapper="${TEST_TMPDIR}/mica-qemu-arm"
printf '#!/bin/sh\nexec qemu-arm "%s" "$@"\n' "${PWD}/${mica}" > "$wrapper"
chmod +x "$wrapper"
readelf -h "${mica}" | grep -q "Machine:.*ARM" || {
  echo "FAIL: ${mica} is not an ARM binary"; exit 1; }
exec python3 tests/run_tests.py -q --jobs 2 --interpreter "$wrapper" --skip-file tests/unix.skip \
  --skip-file tests/arm.skip "$@"
