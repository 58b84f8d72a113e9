"""Rules that build a target for another platform than the command line's, through Starlark transitions.

- `platform_binary`: one binary built for one platform (what `bazel build //ports/pyboard:firmware` uses, so a
  board needs no flags).
- `all_platforms`: a target built for every platform Mica supports (a split transition), so `bazel build //...`
  proves the core compiles for all of them.
- `emulated_test`: a test that runs a binary built for another platform under QEMU and checks its ELF header,
  its output and its exit status.
- `fuzz_test`: a libFuzzer target built with clang (//toolchains:host_clang) and run for a bounded time.
"""

ALL_PLATFORMS = [
    "//toolchains:host",
    "//toolchains:linux_arm_thumb",
    "//toolchains:cortex_m4f",
    "//toolchains:xtensa_lx106",
    "//toolchains:rv32imac",
]

_ALLOWLIST = "@bazel_tools//tools/allowlists/function_transition_allowlist"

def _to_platform_impl(settings, attr):
    return {"//command_line_option:platforms": str(attr.platform)}

_to_platform = transition(
    implementation = _to_platform_impl,
    inputs = [],
    outputs = ["//command_line_option:platforms"],
)

def _to_every_platform_impl(settings, attr):
    return {p.split(":")[-1]: {"//command_line_option:platforms": p} for p in ALL_PLATFORMS}

_to_every_platform = transition(
    implementation = _to_every_platform_impl,
    inputs = [],
    outputs = ["//command_line_option:platforms"],
)

def _single(attr_value):
    # An attribute with an outgoing 1:1 transition is seen as a list of one.
    return attr_value[0] if type(attr_value) == "list" else attr_value

def _platform_binary_impl(ctx):
    binary = _single(ctx.attr.binary)[DefaultInfo].files_to_run.executable
    out = ctx.actions.declare_file(ctx.attr.out or ctx.label.name)
    ctx.actions.symlink(output = out, target_file = binary)
    # Runfiles too, so a test can take the binary as `data`.
    return [DefaultInfo(files = depset([out]), runfiles = ctx.runfiles(files = [out]))]

platform_binary = rule(
    implementation = _platform_binary_impl,
    doc = "`binary`, built for `platform`, under the name `out` (default: the rule's name).",
    attrs = {
        "binary": attr.label(cfg = _to_platform, mandatory = True),
        "platform": attr.label(mandatory = True),
        "out": attr.string(),
        "_allowlist_function_transition": attr.label(default = _ALLOWLIST),
    },
)

def _all_platforms_impl(ctx):
    files = [dep[DefaultInfo].files for dep in ctx.attr.target]
    return [DefaultInfo(files = depset(transitive = files))]

all_platforms = rule(
    implementation = _all_platforms_impl,
    doc = "`target` built for every platform in ALL_PLATFORMS.",
    attrs = {
        "target": attr.label(cfg = _to_every_platform, mandatory = True),
        "_allowlist_function_transition": attr.label(default = _ALLOWLIST),
    },
)

def _emulated_test_impl(ctx):
    binary = _single(ctx.attr.binary)[DefaultInfo].files_to_run.executable
    runner = ctx.file._runner
    args = [
        "--binary=" + binary.short_path,
        "--timeout=%d" % ctx.attr.emulator_timeout,
        "--expect-status=%d" % ctx.attr.expect_status,
    ]
    if ctx.attr.expect_machine:
        args.append("--expect-machine=" + ctx.attr.expect_machine)
    if ctx.attr.expect_class:
        args.append("--expect-class=" + ctx.attr.expect_class)
    for line in ctx.attr.expect_output:
        args.append("--expect-output=" + line)
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    ctx.actions.write(
        output = script,
        is_executable = True,
        content = "#!/bin/sh\nexec python3 {runner} {args} -- {cmd}\n".format(
            runner = runner.short_path,
            args = " ".join(["'%s'" % a for a in args]),
            cmd = " ".join(["'%s'" % c for c in ctx.attr.emulator]),
        ),
    )
    # The binary's own runfiles (test data) come along, at the same paths as when it runs natively.
    runfiles = ctx.runfiles(files = [binary, runner]).merge(_single(ctx.attr.binary)[DefaultInfo].default_runfiles)
    return [DefaultInfo(executable = script, runfiles = runfiles)]

emulated_test = rule(
    implementation = _emulated_test_impl,
    test = True,
    doc = """Runs `binary` (built for `platform`) with the `emulator` command line, where `{binary}` stands for the
    binary's path, and checks its ELF header, its output (each `expect_output` line must appear) and its status.""",
    attrs = {
        "binary": attr.label(cfg = _to_platform, mandatory = True),
        "platform": attr.label(mandatory = True),
        "emulator": attr.string_list(mandatory = True),
        "expect_output": attr.string_list(),
        "expect_status": attr.int(default = 0),
        "expect_machine": attr.string(doc = "the Machine field of `readelf -h`"),
        "expect_class": attr.string(doc = "ELF32 or ELF64"),
        "emulator_timeout": attr.int(default = 120),
        "_runner": attr.label(default = "//tools:emulated_run.py", allow_single_file = True),
        "_allowlist_function_transition": attr.label(default = _ALLOWLIST),
    },
)

def qemu_arm_test(name, binary, **kwargs):
    """`binary` (a test) cross-built for 32-bit ARM Linux in Thumb-2 and run under qemu-arm.

    The usual companion of every core unit test: it proves the code is 32-bit and alignment clean.
    """
    emulated_test(
        name = name,
        binary = binary,
        emulator = [
            "qemu-arm",
            "{binary}",
        ],
        expect_class = "ELF32",
        expect_machine = "ARM",
        platform = "//toolchains:linux_arm_thumb",
        **kwargs
    )

def _to_fuzzing_impl(settings, attr):
    return {
        "//command_line_option:platforms": "//toolchains:host_clang",
        "//command_line_option:features": settings["//command_line_option:features"] + ["libfuzzer"],
    }

_to_fuzzing = transition(
    implementation = _to_fuzzing_impl,
    inputs = ["//command_line_option:features"],
    outputs = [
        "//command_line_option:platforms",
        "//command_line_option:features",
    ],
)

def _fuzz_test_impl(ctx):
    fuzzer = _single(ctx.attr.fuzzer)[DefaultInfo].files_to_run.executable
    seeds = ctx.files.seeds
    args = [
        "-max_total_time=%d" % ctx.attr.max_total_time,
        "-timeout=%d" % ctx.attr.timeout_per_input,
        "-rss_limit_mb=%d" % ctx.attr.rss_limit_mb,
        "-print_final_stats=1",
    ]
    if ctx.file.dict:
        args.append("-dict=" + ctx.file.dict.short_path)
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    ctx.actions.write(
        output = script,
        is_executable = True,
        content = """#!/bin/sh
# The seeds are copied into a scratch corpus the fuzzer may add to; crash inputs go to the test's outputs.
set -eu
# Run by hand (not under `bazel test`): work from the runfiles tree, where the paths below are.
if [ -z "${{TEST_SRCDIR:-}}" ]; then cd "$0.runfiles/mica"; fi
corpus="${{TEST_TMPDIR:-$(mktemp -d)}}/corpus"
artifacts="${{TEST_UNDECLARED_OUTPUTS_DIR:-${{TEST_TMPDIR:-/tmp}}}}/"
mkdir -p "$corpus"
for seed in {seeds}; do cp "$seed" "$corpus/"; done
exec {fuzzer} {args} -artifact_prefix="$artifacts" "$@" "$corpus"
""".format(
            seeds = " ".join(["'%s'" % f.short_path for f in seeds]),
            fuzzer = fuzzer.short_path,
            args = " ".join(["'%s'" % a for a in args]),
        ),
    )
    runfiles = ctx.runfiles(files = [fuzzer] + seeds + ([ctx.file.dict] if ctx.file.dict else []))
    return [DefaultInfo(executable = script, runfiles = runfiles)]

fuzz_test = rule(
    implementation = _fuzz_test_impl,
    test = True,
    doc = """Builds `fuzzer` (a cc_binary defining LLVMFuzzerTestOneInput) with clang and libFuzzer + ASan + UBSan
    (platform //toolchains:host_clang, feature `libfuzzer`) and runs it for `max_total_time` seconds from the
    `seeds`; any crash, sanitizer report, timeout of one input or leak fails the test. Extra libFuzzer flags can
    be given with --test_arg.""",
    attrs = {
        "fuzzer": attr.label(cfg = _to_fuzzing, mandatory = True),
        "seeds": attr.label_list(allow_files = True),
        "dict": attr.label(allow_single_file = True),
        "max_total_time": attr.int(default = 60),
        "timeout_per_input": attr.int(default = 10),
        "rss_limit_mb": attr.int(default = 2048),
        "_allowlist_function_transition": attr.label(default = _ALLOWLIST),
    },
)
