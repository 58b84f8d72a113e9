"""Repository rules that expose Debian's packaged Bazel rule sets without any network access."""

_FILES_USING_USE_CPP_TOOLCHAIN = [
    "cc/private/rules_impl/cc_flags_supplier.bzl",
    "cc/private/rules_impl/compiler_flag.bzl",
]

def _debian_rules_cc_impl(ctx):
    # rules_cc 0.0.4 (as Debian packages it) imports `use_cpp_toolchain` from @bazel_tools, which Bazel 4.2.3
    # does not have yet. Copy the tree and rewrite the two files that use it to the equivalent 4.2.3 spelling.
    result = ctx.execute(["cp", "-R", ctx.attr.path + "/.", "."])
    if result.return_code != 0:
        fail("cannot copy %s: %s" % (ctx.attr.path, result.stderr))
    for rel in _FILES_USING_USE_CPP_TOOLCHAIN:
        text = ctx.read(rel)
        text = text.replace('"find_cpp_toolchain", "use_cpp_toolchain"', '"find_cpp_toolchain"')
        text = text.replace("use_cpp_toolchain()", '["@bazel_tools//tools/cpp:toolchain_type"]')
        ctx.file(rel, text, executable = False)

debian_rules_cc = repository_rule(
    implementation = _debian_rules_cc_impl,
    attrs = {"path": attr.string(mandatory = True)},
    local = True,
)
