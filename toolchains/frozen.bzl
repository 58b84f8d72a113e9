"""mica_frozen_modules: Python modules compiled at build time and linked into the binary as constant data.

    mica_frozen_modules(
        name = "board_frozen",
        srcs = ["lib/helpers.py", "lib/drivers/__init__.py", "lib/drivers/led.py"],
        strip_prefix = "lib",
    )

compiles each .py file with the host mpy-cross (exec configuration, so it works when the port is cross-built for
a board) and turns the .mpy images into one C++ source with mpy-freeze: `const` byte arrays and a constexpr table
of runtime/mpy/frozen_module.h's FrozenModule, sorted by name. A file's path below the package (and below
strip_prefix) names its module: helpers.py is `helpers`, drivers/__init__.py the package `drivers`,
drivers/led.py `drivers.led`; tracebacks and `__file__` show that path ("drivers/led.py"), as MicroPython's do.

`:board_frozen` is a mica_cc_library; list it in a feature set (`mica_feature_set(..., frozen =
[":board_frozen"])`), which puts its table in config::kFrozenModules for ExecConfig::frozen_modules.
docs/frozen-modules.md describes the whole path.
"""

load("//toolchains:mica.bzl", "mica_cc_library")

def _sanitize(text):
    return "".join([c if c.isalnum() else "_" for c in text.elems()])

def frozen_table_symbol(label):
    """The C++ name (in mica::mpy) of the table a mica_frozen_modules target defines, from its label.

    Relative labels (":x", "x") are taken in the package of the BUILD file being read. Both mica_frozen_modules
    and mica_feature_set call this, so they agree on the symbol without a provider.
    """
    if label.startswith("@"):
        fail("frozen modules from another repository are not supported: %s" % label)
    if label.startswith("//"):
        rest = label[2:]
        if ":" in rest:
            package, name = rest.split(":")
        else:
            package, name = rest, rest.split("/")[-1]
    else:
        package, name = native.package_name(), label[1:] if label.startswith(":") else label
    return "kFrozen_" + _sanitize(package) + "__" + _sanitize(name)

def _module_file(ctx, src):
    """The path of `src` below the package and strip_prefix: what names its module."""
    package = ctx.label.package
    path = src.short_path
    if package:
        if not path.startswith(package + "/"):
            fail("%s: frozen sources must be in the package %s" % (src.short_path, package))
        path = path[len(package) + 1:]
    prefix = ctx.attr.strip_prefix.strip("/")
    if prefix:
        if not path.startswith(prefix + "/"):
            fail("%s is not under strip_prefix %r" % (src.short_path, prefix))
        path = path[len(prefix) + 1:]
    if not path.endswith(".py"):
        fail("%s: frozen modules are .py files" % src.short_path)
    return path

def _module_name(path):
    if path == "__init__.py":
        fail("__init__.py at the frozen root names no package: freeze its folder")
    if path.endswith("/__init__.py"):
        return path[:-len("/__init__.py")].replace("/", "."), True
    return path[:-len(".py")].replace("/", "."), False

def _frozen_source_impl(ctx):
    freeze_args = ctx.actions.args()
    freeze_args.add("--symbol", ctx.attr.symbol)
    freeze_args.add("-o", ctx.outputs.source)
    images = []
    for src in ctx.files.srcs:
        path = _module_file(ctx, src)
        name, is_package = _module_name(path)
        image = ctx.actions.declare_file("%s_mpy/%s.mpy" % (ctx.label.name, path[:-len(".py")]))
        ctx.actions.run(
            executable = ctx.executable._mpy_cross,
            arguments = ["-o", image.path, "-s", path, src.path],
            inputs = [src],
            outputs = [image],
            mnemonic = "MpyCross",
            progress_message = "Compiling frozen module %s" % name,
        )
        freeze_args.add_all(["--package" if is_package else "--module", name, image])
        images.append(image)
    ctx.actions.run(
        executable = ctx.executable._mpy_freeze,
        arguments = [freeze_args],
        inputs = images,
        outputs = [ctx.outputs.source],
        mnemonic = "MpyFreeze",
        progress_message = "Freezing %d modules into %s" % (len(images), ctx.outputs.source.short_path),
    )
    return [DefaultInfo(files = depset([ctx.outputs.source]))]

_frozen_source = rule(
    implementation = _frozen_source_impl,
    attrs = {
        "srcs": attr.label_list(allow_files = [".py"], mandatory = True),
        "strip_prefix": attr.string(),
        "symbol": attr.string(mandatory = True),
        "source": attr.output(mandatory = True),
        "_mpy_cross": attr.label(default = "//compiler:mpy-cross", cfg = "exec", executable = True),
        "_mpy_freeze": attr.label(default = "//compiler/mpy:mpy-freeze", cfg = "exec", executable = True),
    },
    doc = "Compiles .py files with mpy-cross and writes the frozen-module table's C++ source (mpy-freeze).",
)

def mica_frozen_modules(name, srcs, strip_prefix = "", **kwargs):
    """Frozen modules: a mica_cc_library defining the table frozen_table_symbol(":" + name).

    Args:
      name: the library; name + "_source" is the generated C++ source.
      srcs: .py files: modules, and packages as <pkg>/__init__.py with their submodules.
      strip_prefix: a folder (below the package) that the module paths are relative to.
      **kwargs: passed to the library (visibility, target_compatible_with...).
    """
    _frozen_source(
        name = name + "_source",
        srcs = srcs,
        strip_prefix = strip_prefix,
        symbol = frozen_table_symbol(":" + name),
        source = name + "_frozen.cc",
    )
    mica_cc_library(
        name = name,
        srcs = [name + "_frozen.cc"],
        deps = ["//runtime/mpy:frozen_module"],
        **kwargs
    )
