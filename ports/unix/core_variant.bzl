"""unix_core_variant: a `mica` built with other core choices (toolchains/core_config.bzl), and its corpus test.

    unix_core_variant(name = "mica_smallint", features = "smallint_features", ints = "small", ...)

makes the feature set `features`, the binary `<name>_binary` (built only through the transition), `<name>` (that
binary with the core settings set) and `conformance_<name minus "mica_">_test`, which runs the corpus with the
runner options that match the choices: each non-default choice adds its folder of expectations (tests/float32/,
tests/float_none/, tests/ints_<range>/, tests/strings_bytes/) and leaves out the programs its .skip file lists.
"""

load("//toolchains:core_config.bzl", "core_binary")
load("//toolchains:feature_set.bzl", "mica_feature_set")
load("//toolchains:mica.bzl", "mica_cc_binary")

def _corpus_args(float, ints, unicode):
    args = []
    if float == "single":
        args += ["--float=binary32", "--skip-file=tests/float32.skip"]
    if float == "none":
        args += ["--float=none", "--skip-file=tests/float_none.skip"]
    if ints != "arbitrary":
        args += ["--ints=" + ints, "--skip-file=tests/ints_%s.skip" % ints]
    if not unicode:
        args += ["--strings=bytes", "--skip-file=tests/strings_bytes.skip"]
    return args

def unix_core_variant(
        name,
        features,
        binary_deps,
        float = "double",
        ints = "arbitrary",
        unicode = True,
        **feature_kwargs):
    """See the file comment. feature_kwargs go to mica_feature_set (modules, module_deps, deps...)."""
    mica_feature_set(name = features, float = float, ints = ints, unicode = unicode, **feature_kwargs)
    mica_cc_binary(
        name = name + "_binary",
        srcs = ["main.cc"],
        deps = binary_deps + [":" + features],
    )
    core_binary(
        name = name,
        binary = ":%s_binary" % name,
        float = float,
        ints = ints,
        strings = "unicode" if unicode else "bytes",
    )
    native.sh_test(
        name = "conformance_%s_test" % name.replace("mica_", "", 1),
        size = "medium",
        srcs = ["conformance_test.sh"],
        args = ["$(rootpath :%s)" % name] + _corpus_args(float, ints, unicode),
        data = [
            ":" + name,
            "//tests:corpus",
            "//tests:run_tests.py",
        ],
    )
