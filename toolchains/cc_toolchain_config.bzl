"""One parameterised cc_toolchain_config rule for every Mica target.

Each target (host, linux_arm_thumb, cortex_m4f, xtensa_lx106, rv32imac) is an instance of this rule with its own
compiler prefix, CPU flags and include directories; see toolchains/BUILD.bazel. Nothing is auto-detected: the
tool paths and include directories are spelled out, so a build uses exactly the compiler named here.

`compiler = "clang"` (the host clang toolchain, for libFuzzer) leaves out the GCC-only flags and offers the
`libfuzzer` feature (-fsanitize=fuzzer,address,undefined).

Compile policy shared by every target: C++17, -Wall -Wextra, one section per function and per datum (the linker
drops what is unused), and optimisation by compilation mode (`-c dbg` / fastbuild / `-c opt`), or for size when
the `optimize_for_size` feature is on (`--config=size`). The stricter core policy (-fno-exceptions, -fno-rtti,
-Werror) is the `mica_core` feature, which the core's packages turn on (see toolchains/mica.bzl).
"""

load(
    "@bazel_tools//tools/cpp:cc_toolchain_config_lib.bzl",
    "feature",
    "flag_group",
    "flag_set",
    "tool_path",
    "with_feature_set",
)
load("@bazel_tools//tools/build_defs/cc:action_names.bzl", "ACTION_NAMES")

_C_COMPILE = [ACTION_NAMES.c_compile, ACTION_NAMES.assemble, ACTION_NAMES.preprocess_assemble]
_CXX_COMPILE = [
    ACTION_NAMES.cpp_compile,
    ACTION_NAMES.cpp_header_parsing,
    ACTION_NAMES.cpp_module_compile,
    ACTION_NAMES.cpp_module_codegen,
    ACTION_NAMES.linkstamp_compile,
]
_ALL_COMPILE = _C_COMPILE + _CXX_COMPILE
_LINK = [
    ACTION_NAMES.cpp_link_executable,
    ACTION_NAMES.cpp_link_dynamic_library,
    ACTION_NAMES.cpp_link_nodeps_dynamic_library,
]

def _flags(actions, flags, **kwargs):
    return flag_set(actions = actions, flag_groups = [flag_group(flags = flags)], **kwargs)

def _impl(ctx):
    prefix = ctx.attr.tool_prefix
    tool_paths = [
        tool_path(name = "gcc", path = prefix + ctx.attr.compiler_driver),
        tool_path(name = "ld", path = prefix + "ld"),
        tool_path(name = "ar", path = prefix + "ar"),
        tool_path(name = "cpp", path = prefix + "cpp"),
        tool_path(name = "gcov", path = prefix + "gcov"),
        tool_path(name = "nm", path = prefix + "nm"),
        tool_path(name = "objdump", path = prefix + "objdump"),
        tool_path(name = "objcopy", path = prefix + "objcopy"),
        tool_path(name = "strip", path = prefix + "strip"),
    ]

    common = [
        "-no-canonical-prefixes",
    ] + (["-fno-canonical-system-headers"] if ctx.attr.compiler == "gcc" else []) + [
        "-ffunction-sections",
        "-fdata-sections",
        "-Wall",
        "-Wextra",
        # Reproducible objects: the same source gives the same bits on every machine, which remote caching needs.
        "-Wno-builtin-macro-redefined",
        "-D__DATE__=\"redacted\"",
        "-D__TIMESTAMP__=\"redacted\"",
        "-D__TIME__=\"redacted\"",
    ] + ctx.attr.cpu_flags + ctx.attr.compile_flags

    features = [
        feature(
            name = "default_compile_flags",
            enabled = True,
            flag_sets = [
                _flags(_ALL_COMPILE, common),
                _flags(_CXX_COMPILE, ["-std=c++17"] + ctx.attr.cxx_flags),
                _flags(_ALL_COMPILE, ["-O0", "-g3"], with_features = [with_feature_set(features = ["dbg"])]),
                _flags(_ALL_COMPILE, ["-O1", "-g"], with_features = [with_feature_set(
                    features = ["fastbuild"],
                    not_features = ["optimize_for_size"],
                )]),
                _flags(_ALL_COMPILE, ["-O2", "-DNDEBUG"], with_features = [with_feature_set(
                    features = ["opt"],
                    not_features = ["optimize_for_size"],
                )]),
                _flags(_ALL_COMPILE, ["-Os", "-DNDEBUG"], with_features = [with_feature_set(
                    features = ["optimize_for_size"],
                )]),
            ],
        ),
        feature(
            name = "default_link_flags",
            enabled = True,
            flag_sets = [_flags(_LINK, ctx.attr.cpu_flags + ["-no-canonical-prefixes", "-Wl,--gc-sections"] +
                                       ctx.attr.link_flags)],
        ),
        # The core's policy: what MCU firmware needs (no exceptions, no RTTI) and no warning left behind.
        feature(
            name = "mica_core",
            flag_sets = [
                _flags(_CXX_COMPILE, ["-fno-exceptions", "-fno-rtti", "-fno-threadsafe-statics"]),
                _flags(_ALL_COMPILE, ["-Werror"]),
            ],
        ),
        feature(name = "optimize_for_size"),
        # Link-time optimisation (`--features=lto`; see toolchains/firmware.bzl for why boards do not default to it). The optimisation level
        # recorded in the objects carries over to the link. Plain `ar` makes the archives: binutils loads GCC's LTO
        # plugin from /usr/lib/bfd-plugins by itself, and gcc-ar cannot take Bazel's @params files.
        feature(
            name = "lto",
            flag_sets = [
                _flags(_ALL_COMPILE, ["-flto=auto"]),
                _flags(_LINK, ["-flto=auto"]),
            ],
        ),
        feature(name = "dbg"),
        feature(name = "fastbuild"),
        feature(name = "opt"),
        feature(name = "supports_pic", enabled = ctx.attr.supports_pic),
        feature(name = "supports_dynamic_linker", enabled = ctx.attr.supports_pic),
    ]

    if ctx.attr.compiler == "clang":
        features.append(
            # libFuzzer with ASan and UBSan (clang only; the `fuzz_test` rule turns it on through its transition):
            # every library is instrumented for coverage, the fuzz target's link brings libFuzzer's main().
            # UBSan's vptr check needs RTTI, which the core is built without.
            feature(
                name = "libfuzzer",
                flag_sets = [
                    _flags(_ALL_COMPILE, [
                        "-fsanitize=fuzzer-no-link,address,undefined",
                        "-fno-sanitize-recover=all",
                        "-fno-sanitize=vptr",
                        "-fno-omit-frame-pointer",
                    ]),
                    _flags(_LINK, ["-fsanitize=fuzzer,address,undefined", "-fno-sanitize=vptr"]),
                ],
            )
        )

    return cc_common.create_cc_toolchain_config_info(
        ctx = ctx,
        features = features,
        cxx_builtin_include_directories = ctx.attr.include_dirs,
        toolchain_identifier = ctx.attr.name,
        host_system_name = "x86_64-unknown-linux-gnu",
        target_system_name = ctx.attr.target_system,
        target_cpu = ctx.attr.target_cpu,
        target_libc = ctx.attr.target_libc,
        compiler = ctx.attr.compiler,
        abi_version = ctx.attr.compiler,
        abi_libc_version = ctx.attr.target_libc,
        tool_paths = tool_paths,
    )

mica_cc_toolchain_config = rule(
    implementation = _impl,
    attrs = {
        "tool_prefix": attr.string(mandatory = True, doc = "e.g. /usr/bin/arm-none-eabi-"),
        "compiler_driver": attr.string(default = "gcc", doc = "gcc for bare metal (no libstdc++), g++ when hosted"),
        "cpu_flags": attr.string_list(doc = "-mcpu/-march/-mabi: passed to compile and link alike"),
        "compile_flags": attr.string_list(),
        "cxx_flags": attr.string_list(),
        "link_flags": attr.string_list(),
        "include_dirs": attr.string_list(doc = "the compiler's own include directories"),
        "target_system": attr.string(mandatory = True),
        "target_cpu": attr.string(mandatory = True),
        "target_libc": attr.string(default = "unknown"),
        "supports_pic": attr.bool(default = False),
        "compiler": attr.string(default = "gcc", values = ["gcc", "clang"], doc = "clang drops GCC-only flags"),
    },
    provides = [CcToolchainConfigInfo],
)
