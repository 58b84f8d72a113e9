#!/bin/sh
# mica_vmonly links no compiler and no REPL, and refuses Python source with one clear message:
# vmonly_test.sh <mica_vmonly> <mica>
# The symbols are first found in the standard mica, so the test cannot pass by looking for names that no longer
# exist.
set -eu
vmonly="$1"
standard="$2"
fail=0

# One symbol of each part a VM-only build leaves out: the lexer, the parser, the compiler's entry points and glue
# (compiler/), and the unix REPL.
for symbol in 'mica::Lexer::' 'mica::Parser::' 'mica::CompileToFunction(' 'mica::InstallRuntimeCompiler(' \
    'mica::unix_port::RunInteractive('; do
  if ! nm -C "$standard" | grep -qF "$symbol"; then
    echo "FAIL: the standard mica has no symbol '$symbol': update this test"
    fail=1
  fi
  if nm -C "$vmonly" | grep -qF "$symbol"; then
    echo "FAIL: mica_vmonly contains '$symbol'"
    fail=1
  fi
done

expect_refusal() {  # expect_refusal <stdin file> <args...>
  input="$1"
  shift
  status=0
  err=$("$vmonly" "$@" <"$input" 2>&1 >/dev/null) || status=$?
  case "$err" in
    *"this build has no compiler: it cannot run Python source"*) ;;
    *) echo "FAIL: mica_vmonly $*: stderr was: $err"; fail=1 ;;
  esac
  if [ "$status" != 2 ]; then
    echo "FAIL: mica_vmonly $*: exit status $status, expected 2"
    fail=1
  fi
}

script="${TEST_TMPDIR}/hello.py"
echo 'print("hello")' >"$script"
expect_refusal /dev/null -c 'print(1)'
expect_refusal /dev/null "$script"
expect_refusal "$script"  # no program: stdin (or the REPL on a terminal)

[ "$fail" = 0 ] && echo "PASS"
exit "$fail"
