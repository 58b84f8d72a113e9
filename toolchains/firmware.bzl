"""`mica_firmware`: a board's firmware image from its ELF, built for the board with no command-line flags.

    mica_firmware(name = "firmware", binary = ":firmware_elf_binary", platform = "//toolchains:cortex_m4f",
                  float = "single")

builds `binary` for `platform` with the core choices `float`, `ints` and `strings` (toolchains/core_config.bzl:
float = "double", ints = "arbitrary" and strings = "unicode" unless given), optimised for
size (`-c opt` with the optimize_for_size feature, as `--config=size` does), and writes <name>.elf, <name>.bin,
<name>.dfu and <name>.size.txt (text/data/bss, also printed in the build output) with tools/firmware_image.py.
"""

load("//toolchains:core_config.bzl", "CORE_CHOICE_ATTRS", "CORE_SETTING_LABELS", "core_settings_of")

_ALLOWLIST = "@bazel_tools//tools/allowlists/function_transition_allowlist"

# Small code first: -Os. Link-time optimisation (`--features=lto`, passed through) saves another 8 KiB on the
# pyboard but inlines deeper stack frames into the recursive compiler and VM paths: four corpus programs then
# overflow the board's 16 KiB C stack, so it is not on by default (docs/ports/pyboard.md).
_BOARD_FEATURES = ["optimize_for_size"]

def _for_board_impl(settings, attr):
    features = [f for f in settings["//command_line_option:features"] if f not in _BOARD_FEATURES]
    return dict({
        "//command_line_option:platforms": str(attr.platform),
        "//command_line_option:compilation_mode": "opt",
        "//command_line_option:features": features + _BOARD_FEATURES,
    }, **core_settings_of(attr))

_for_board = transition(
    implementation = _for_board_impl,
    inputs = ["//command_line_option:features"],
    outputs = [
        "//command_line_option:platforms",
        "//command_line_option:compilation_mode",
        "//command_line_option:features",
    ] + CORE_SETTING_LABELS,
)

def _mica_firmware_impl(ctx):
    binary = ctx.attr.binary[0][DefaultInfo].files_to_run.executable
    elf = ctx.actions.declare_file(ctx.label.name + ".elf")
    image = ctx.actions.declare_file(ctx.label.name + ".bin")
    dfu = ctx.actions.declare_file(ctx.label.name + ".dfu")
    size = ctx.actions.declare_file(ctx.label.name + ".size.txt")
    ctx.actions.symlink(output = elf, target_file = binary)
    ctx.actions.run(
        executable = "python3",
        arguments = [
            ctx.file._tool.path,
            elf.path,
            "--bin=" + image.path,
            "--dfu=" + dfu.path,
            "--size=" + size.path,
            "--name=" + str(ctx.label),
        ],
        inputs = [elf, ctx.file._tool],
        outputs = [image, dfu, size],
        mnemonic = "FirmwareImage",
        progress_message = "Making %s.bin and .dfu" % ctx.label.name,
    )
    files = [elf, image, dfu, size]
    return [
        DefaultInfo(files = depset(files), runfiles = ctx.runfiles(files = files)),
        OutputGroupInfo(elf = depset([elf]), size_report = depset([size])),
    ]

mica_firmware = rule(
    implementation = _mica_firmware_impl,
    doc = "A board's firmware: .elf, .bin, .dfu and a size report, built for `platform` optimised for size.",
    # float, ints, strings: the board's core choices (toolchains/core_config.bzl).
    attrs = dict(CORE_CHOICE_ATTRS, **{
        "binary": attr.label(cfg = _for_board, mandatory = True, executable = True),
        "platform": attr.label(mandatory = True),
        "_tool": attr.label(default = "//tools:firmware_image.py", allow_single_file = True),
        "_allowlist_function_transition": attr.label(default = _ALLOWLIST),
    }),
)
