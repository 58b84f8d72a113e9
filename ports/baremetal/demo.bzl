"""`baremetal_demo`: the foundation's demo program linked for one board."""

load("//toolchains:mica.bzl", "mica_cc_binary", "mica_cc_library")

def baremetal_demo(name, board, linker_script, target_compatible_with, exit_status = 0):
    """A `name` ELF for `board` (a cc_library implementing ports/baremetal/board.h) that exits with `exit_status`."""
    mica_cc_library(
        name = name + "_main",
        srcs = ["//ports/baremetal:hello_demo.cc"],
        local_defines = ["MICA_DEMO_EXIT_STATUS=%d" % exit_status],
        target_compatible_with = target_compatible_with,
        deps = [
            "//ports/baremetal:board",
            "//ports/baremetal:memory_init",
            "//runtime:int_format",
        ],
        alwayslink = True,
    )
    mica_cc_binary(
        name = name,
        additional_linker_inputs = [linker_script],
        linkopts = ["-T$(location %s)" % linker_script],
        target_compatible_with = target_compatible_with,
        deps = [
            name + "_main",
            board,
        ],
    )
