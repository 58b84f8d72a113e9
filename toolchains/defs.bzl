"""`mica_toolchain`: declares one target's cc toolchain, its registration and its platform in one place."""

load("//toolchains:cc_toolchain_config.bzl", "mica_cc_toolchain_config")

def mica_toolchain(name, constraints, **config):
    """A cc toolchain for `constraints`, plus a platform of the same name that selects it.

    Adding a target means one call here in toolchains/BUILD.bazel; docs/building.md walks through it.
    """
    mica_cc_toolchain_config(
        name = name + "_config",
        **config
    )
    native.cc_toolchain(
        name = name + "_cc_toolchain",
        all_files = ":empty",
        ar_files = ":empty",
        as_files = ":empty",
        compiler_files = ":empty",
        dwp_files = ":empty",
        linker_files = ":empty",
        objcopy_files = ":empty",
        strip_files = ":empty",
        supports_param_files = True,
        toolchain_config = ":" + name + "_config",
        toolchain_identifier = name,
    )
    native.toolchain(
        name = name + "_toolchain",
        exec_compatible_with = [
            "@platforms//cpu:x86_64",
            "@platforms//os:linux",
        ],
        target_compatible_with = constraints,
        toolchain = ":" + name + "_cc_toolchain",
        toolchain_type = "@bazel_tools//tools/cpp:toolchain_type",
    )
    native.platform(
        name = name,
        constraint_values = constraints,
    )
