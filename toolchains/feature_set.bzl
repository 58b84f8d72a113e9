"""mica_feature_set: one declarative place per board or port variant for what its binary contains.

    mica_feature_set(
        name = "standard_features",
        compiler = True,
        modules = ["gc", "micropython", "sys"],
        heap_size = 8 * 1024 * 1024,
    )

makes three targets:

  :standard_features         a mica_cc_library that gives `#include "config/feature_set.h"`: the choices as
                             constexpr values in mica::config (kHasCompiler, kDefaultHeapBytes...), the port's
                             null-terminated table of built-in modules (config::kBuiltinModules) and
                             config::InstallCompiler(). It depends on exactly the module libraries listed and on
                             //compiler/runtime_sink only when compiler = True, so code a board does not select
                             is not in its binary.
                             With `frozen = [":my_frozen"]` (mica_frozen_modules libraries,
                             toolchains/frozen.bzl) it also gives config::kFrozenModules.
  :standard_features_report  `bazel run` it to print the feature set (a test compares its output).
  :standard_features_files   the generated header, module table and report text (`bazel query --output=build`
                             shows the attributes as declared).

float, ints and unicode are core choices (toolchains/core_config.bzl): a feature set that differs from the
defaults (float = "double", ints = "arbitrary", unicode = True) builds only through a rule that sets them
(mica_firmware, core_binary); elsewhere it is incompatible, so `bazel build //...` skips it. With float = "none"
a feature set may not list a module that needs float (FLOAT_MODULES: math, cmath). Switches the runtime does not
implement yet accept only their current value; anything else fails the build with a message that says so.
inline_asm = ["thumb"] links the Thumb-2 inline assembler (natives/thumb) and natives = ["thumb"] the Thumb-2
native emitter (`@micropython.native`, docs/native.md); either makes the feature set compatible with ARM targets
only. docs/feature-sets.md describes every switch.
"""

load("//toolchains:core_config.bzl", "FLOAT_BITS", "INT_RANGES", "core_compatible")
load("//toolchains:frozen.bzl", "frozen_table_symbol")

# Every built-in module a feature set can list: its name and its library (runtime/modules/modules.h declares
# k<Name>Module for each).
_MODULES = {
    "array": "//runtime/modules:array",
    "asyncio": "//runtime/modules:asyncio",
    "binascii": "//runtime/modules:binascii",
    "cmath": "//runtime/modules:cmath",
    "collections": "//runtime/modules:collections",
    "errno": "//runtime/modules:errno",
    "gc": "//runtime/modules:gc",
    "hashlib": "//runtime/modules:hashlib",
    "heapq": "//runtime/modules:heapq",
    "io": "//runtime/modules:io",
    "json": "//runtime/modules:json",
    "machine": "//runtime/modules/machine",
    "math": "//runtime/modules:math",
    "micropython": "//runtime/modules:micropython",
    "os": "//runtime/modules:os",
    "pyb": "//runtime/modules/pyb",
    "random": "//runtime/modules:random",
    "re": "//runtime/modules:re",
    "struct": "//runtime/modules:struct",
    "sys": "//runtime/modules:sys",
    "time": "//runtime/modules:time",
}

# The inline assemblers a feature set can list: the library that defines it and its InlineAssembler
# (natives/inline_asm.h), and the CPUs that run its code (target_compatible_with).
_INLINE_ASSEMBLERS = {
    "thumb": struct(
        library = "//natives/thumb:thumb_inline_assembler",
        symbol = "thumb::kThumbInlineAssembler",
        header = "natives/thumb/thumb_inline_assembler.h",
        cpus = ["@platforms//cpu:armv7", "//toolchains:cpu_armv7e-m"],
    ),
}

# The native emitters a feature set can list (`@micropython.native`, natives/native_emitter.h): the library, its
# NativeEmitter, and the CPUs that run its code. At most one: it owns the `native` decorator.
_NATIVE_EMITTERS = {
    "thumb": struct(
        library = "//natives/thumb:thumb_native_emitter",
        symbol = "thumb::kThumbNativeEmitter",
        header = "natives/thumb/thumb_native_emitter.h",
        cpus = ["@platforms//cpu:armv7", "//toolchains:cpu_armv7e-m"],
    ),
}

# Modules that drive a board's hardware (through runtime/modules/machine/machine_port.h): only a board port that
# implements that interface lists them.
BOARD_MODULES = ["machine", "pyb"]

# Every module that runs on any port (the unix variants use this list).
ALL_MODULES = sorted([m for m in _MODULES.keys() if m not in BOARD_MODULES])

# Modules that are about floats: a feature set with float = "none" cannot list them.
FLOAT_MODULES = ["cmath", "math"]

# Every module that runs on any port and works without float (the unix no-float variant uses this list).
NO_FLOAT_MODULES = [m for m in ALL_MODULES if m not in FLOAT_MODULES]

# The float choices and their FloatKind enumerators in the generated header.
_FLOAT_KINDS = {"none": "kNone", "single": "kSingle", "double": "kDouble"}

def _check_choice(what, value, planned, supported):
    if value not in planned:
        fail("mica_feature_set: %s = %r is not a choice (one of %s)" % (what, value, ", ".join(planned)))
    if value not in supported:
        fail("mica_feature_set: %s = %r is not supported yet (the runtime implements %s only)" %
             (what, value, ", ".join(supported)))

def _yes_no(flag):
    return "yes" if flag else "no"

def _cpp_bool(flag):
    return "true" if flag else "false"

def _module_symbol(module):
    return "k" + "".join([part.capitalize() for part in module.split("_")]) + "Module"

def _header(ctx):
    return "\n".join([
        "// Generated by //toolchains:feature_set.bzl for %s: do not edit." % ctx.label,
        "// What this build contains; docs/feature-sets.md describes each value.",
        "#ifndef MICA_CONFIG_FEATURE_SET_H_",
        "#define MICA_CONFIG_FEATURE_SET_H_",
        "",
        "#include <stddef.h>",
        "#include <stdint.h>",
        "",
        "#include \"runtime/exec/builtin_module.h\"",
        "#include \"runtime/core_config.h\"",
        "#include \"runtime/mpy/frozen_module.h\"",
        "#include \"natives/inline_asm.h\"",
        "#include \"natives/native_emitter.h\"",
        "",
        "namespace mica {",
        "namespace config {",
        "",
        "enum class FloatKind : uint8_t { kNone, kSingle, kDouble };",
        "",
        "constexpr char kFeatureSetName[] = \"%s\";" % ctx.attr.set_name,
        "constexpr bool kHasCompiler = %s;" % _cpp_bool(ctx.attr.compiler),
        "constexpr bool kHasRepl = %s;" % _cpp_bool(ctx.attr.repl),
        "constexpr bool kGcStress = %s;  // the heap collects before every allocation" % _cpp_bool(ctx.attr.gc_stress),
        "constexpr FloatKind kFloat = FloatKind::%s;" % _FLOAT_KINDS[ctx.attr.float],
        "constexpr IntRange kInts = IntRange::%s;" % INT_RANGES[ctx.attr.ints],
        "constexpr bool kUnicode = %s;" % _cpp_bool(ctx.attr.unicode),
        "// The core was built with these choices (runtime/core_config.h): the transitions of mica_firmware and",
        "// core_binary (toolchains/core_config.bzl) set them.",
        "static_assert(kFloatBits == %d && kInts == kIntRange && kUnicode == kUnicodeStrings," % FLOAT_BITS[ctx.attr.float],
        "              \"this feature set wants float = %s, ints = %s, unicode = %s: build it through a rule that \"" %
        (ctx.attr.float, ctx.attr.ints, ctx.attr.unicode),
        "              \"sets the core settings (toolchains/core_config.bzl)\");",
        "constexpr size_t kDefaultHeapBytes = %d;" % ctx.attr.heap_size,
        "constexpr size_t kVmStackValues = %d;  // the VM's value stack, in Values" % ctx.attr.vm_stack_values,
        "constexpr size_t kMaxFrames = %d;  // Python calls in flight: the recursion limit" % ctx.attr.max_frames,
        "",
        "// The built-in modules, null-terminated, for ExecConfig::modules.",
        "extern const BuiltinModuleDef* const kBuiltinModules[];",
        "",
        "// The frozen-module tables (toolchains/frozen.bzl), null-terminated, for ExecConfig::frozen_modules.",
        "extern const mpy::FrozenModuleList* const kFrozenModules[];",
        "",
        "// The inline assemblers (natives/), null-terminated: the compiler's CompileOptions::inline_assemblers.",
        "extern const natives::InlineAssembler* const kInlineAssemblers[];",
        "",
        "// The native emitter (@micropython.native, natives/), or null: the compiler's CompileOptions::native_emitter.",
        "extern const natives::NativeEmitter* const kNativeEmitter;",
        "",
        "// With a compiler: registers it with the runtime (compile_hook.h). Either way sets the optimisation level",
        "// (-O), which a VM-only build still reports through micropython.opt_level().",
        "void InstallCompiler(uint8_t optimization_level);",
        "",
        "}  // namespace config",
        "}  // namespace mica",
        "",
        "#endif  // MICA_CONFIG_FEATURE_SET_H_",
        "",
    ])

def _module_table(ctx, header_include):
    lines = [
        "// Generated by //toolchains:feature_set.bzl for %s: do not edit." % ctx.label,
        "#include \"%s\"" % header_include,
        "",
    ]
    if ctx.attr.compiler:
        lines.append("#include \"compiler/runtime_sink/runtime_sink.h\"")
    else:
        lines.append("#include \"runtime/exec/compile_hook.h\"")
    lines += ["#include \"%s\"" % _INLINE_ASSEMBLERS[a].header for a in ctx.attr.inline_asm]
    lines += ["#include \"%s\"" % _NATIVE_EMITTERS[n].header for n in ctx.attr.natives]
    lines += [
        "#include \"runtime/modules/modules.h\"",
        "",
        "namespace mica {",
    ]
    if ctx.attr.frozen_symbols:
        lines += ["namespace mpy {"]
        lines += ["extern const FrozenModuleList %s;" % s for s in ctx.attr.frozen_symbols]
        lines += ["}  // namespace mpy"]
    lines += [
        "namespace config {",
        "",
        "const BuiltinModuleDef* const kBuiltinModules[] = {",
    ]
    lines += ["    &%s," % _module_symbol(m) for m in ctx.attr.modules]
    lines += [
        "    nullptr,",
        "};",
        "",
        "const mpy::FrozenModuleList* const kFrozenModules[] = {",
    ]
    lines += ["    &mpy::%s," % s for s in ctx.attr.frozen_symbols]
    lines += [
        "    nullptr,",
        "};",
        "",
        "const natives::InlineAssembler* const kInlineAssemblers[] = {",
    ]
    lines += ["    &%s," % _INLINE_ASSEMBLERS[a].symbol for a in ctx.attr.inline_asm]
    lines += [
        "    nullptr,",
        "};",
        "",
        "const natives::NativeEmitter* const kNativeEmitter = %s;" %
        ("&" + _NATIVE_EMITTERS[ctx.attr.natives[0]].symbol if ctx.attr.natives else "nullptr"),
        "",
        "void InstallCompiler(uint8_t optimization_level) {",
    ]
    if ctx.attr.compiler:
        lines.append("  InstallRuntimeCompiler(optimization_level, kInlineAssemblers, kNativeEmitter);")
    else:
        lines.append("  SetOptimizationLevel(optimization_level);  // no compiler: compiling raises RuntimeError")
    lines += [
        "}",
        "",
        "}  // namespace config",
        "}  // namespace mica",
        "",
    ]
    return "\n".join(lines)

def _report(ctx):
    attr = ctx.attr
    return "\n".join([
        "feature set: %s" % attr.set_name,
        "compiler: %s" % _yes_no(attr.compiler),
        "repl: %s" % _yes_no(attr.repl),
        "gc stress: %s" % _yes_no(attr.gc_stress),
        "float: %s" % attr.float,
        "ints: %s" % attr.ints,
        "strings: %s" % ("unicode" if attr.unicode else "bytes"),
        "heap: %d bytes" % attr.heap_size,
        "vm stack: %d values" % attr.vm_stack_values,
        "frames: %d" % attr.max_frames,
        "modules: %s" % (" ".join(attr.modules) or "(none)"),
        "frozen: %s" % (" ".join(attr.frozen) or "(none)"),
        "natives: %s" % (" ".join(attr.natives) or "(none)"),
        "inline assemblers: %s" % (" ".join(attr.inline_asm) or "(none)"),
        "",
    ])

def _feature_set_files_impl(ctx):
    ctx.actions.write(ctx.outputs.header, _header(ctx))
    ctx.actions.write(ctx.outputs.module_table, _module_table(ctx, ctx.attr.header_include))
    ctx.actions.write(ctx.outputs.report, _report(ctx))
    return [DefaultInfo(files = depset([ctx.outputs.header, ctx.outputs.module_table, ctx.outputs.report]))]

# The choices, shared by the two rules below.
_CHOICE_ATTRS = {
    "compiler": attr.bool(mandatory = True),
    "float": attr.string(mandatory = True),
    "frozen": attr.string_list(),
    "frozen_symbols": attr.string_list(),
    "gc_stress": attr.bool(mandatory = True),
    "heap_size": attr.int(mandatory = True),
    "inline_asm": attr.string_list(),
    "ints": attr.string(mandatory = True),
    "max_frames": attr.int(mandatory = True),
    "modules": attr.string_list(),
    "natives": attr.string_list(),
    "repl": attr.bool(mandatory = True),
    "set_name": attr.string(mandatory = True),
    "unicode": attr.bool(mandatory = True),
    "vm_stack_values": attr.int(mandatory = True),
}

_feature_set_files = rule(
    implementation = _feature_set_files_impl,
    attrs = dict(_CHOICE_ATTRS, **{
        "header": attr.output(mandatory = True),
        "header_include": attr.string(mandatory = True),
        "module_table": attr.output(mandatory = True),
        "report": attr.output(mandatory = True),
    }),
    doc = "Writes a feature set's constexpr header, module table and report text (see mica_feature_set).",
)

def _feature_set_report_impl(ctx):
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    ctx.actions.write(
        script,
        "#!/bin/sh\n# Prints the feature set %s (toolchains/feature_set.bzl).\ncat <<'MICA_FEATURE_SET'\n%sMICA_FEATURE_SET\n" %
        (ctx.attr.set_name, _report(ctx)),
        is_executable = True,
    )
    return [DefaultInfo(executable = script)]

_feature_set_report = rule(
    implementation = _feature_set_report_impl,
    attrs = _CHOICE_ATTRS,
    executable = True,
    doc = "`bazel run` prints the feature set; a test can run it too (it needs no arguments or runfiles).",
)

def mica_feature_set(
        name,
        modules,
        compiler = True,
        repl = True,
        gc_stress = False,
        float = "double",
        ints = "arbitrary",
        unicode = True,
        natives = [],
        inline_asm = [],
        heap_size = 8 * 1024 * 1024,
        vm_stack_values = 256 * 1024,
        max_frames = 1000,
        module_deps = {},
        frozen = [],
        deps = [],
        **kwargs):
    """One board's or variant's features (see the file comment).

    Args:
      name: the library target; the report is name + "_report".
      modules: built-in module names (ALL_MODULES lists them), in any order.
      compiler: link the compiler (exec/eval/compile, import of .py, the REPL's source input).
      repl: the port offers the interactive REPL.
      gc_stress: the heap collects before every allocation (finds objects the collector cannot see).
      float: "double" (binary64), "single" (binary32) or "none" (no float or complex; see
        toolchains/core_config.bzl). With "none", modules may not list FLOAT_MODULES.
      ints: "arbitrary", "long_long" (int64 range) or "small" (small ints only); others raise OverflowError.
      unicode: str is unicode (True) or bytes-like (False).
      natives: native emitters: [] or ["thumb"] (`@micropython.native`; needs the compiler and an ARM target).
      inline_asm: inline assemblers: [] or ["thumb"] (`@micropython.asm_thumb`; needs the compiler and an ARM
        target, docs/inline-asm.md).
      heap_size: the default GC heap in bytes.
      vm_stack_values: the VM value stack, in Values.
      max_frames: Python calls in flight (the recursion limit).
      module_deps: module name -> the port's libraries that module needs (e.g. the port's clocks for time).
      frozen: mica_frozen_modules libraries (toolchains/frozen.bzl) whose modules `import` finds in ".frozen".
      deps: more libraries the port always needs with this feature set.
      **kwargs: passed to the library (visibility, target_compatible_with...).
    """
    kwargs["target_compatible_with"] = kwargs.get("target_compatible_with", []) + core_compatible(
        float = float,
        ints = ints,
        strings = "unicode" if unicode else "bytes",
    )
    for module in modules:
        if module not in _MODULES:
            fail("mica_feature_set(%s): unknown module %r (known: %s)" % (name, module, ", ".join(ALL_MODULES)))
    for module in module_deps:
        if module not in _MODULES:
            fail("mica_feature_set(%s): module_deps names unknown module %r" % (name, module))
    _check_choice("float", float, _FLOAT_KINDS.keys(), _FLOAT_KINDS.keys())
    if float == "none":
        needs_float = [m for m in modules if m in FLOAT_MODULES]
        if needs_float:
            fail("mica_feature_set(%s): float = \"none\" but modules lists %s, which need float: leave them out" %
                 (name, ", ".join(sorted(needs_float))))
    _check_choice("ints", ints, INT_RANGES.keys(), INT_RANGES.keys())
    if len(natives) > 1:
        fail("mica_feature_set(%s): natives = %r: at most one native emitter" % (name, natives))
    for emitter in natives:
        if emitter not in _NATIVE_EMITTERS:
            fail("mica_feature_set(%s): natives = %r: the native emitters are %s" %
                 (name, natives, ", ".join(_NATIVE_EMITTERS.keys())))
        if not compiler:
            fail("mica_feature_set(%s): natives = %r needs compiler = True" % (name, natives))
        if emitter not in inline_asm:
            cpus = {cpu: [] for cpu in _NATIVE_EMITTERS[emitter].cpus}
            cpus["//conditions:default"] = [_NATIVE_EMITTERS[emitter].cpus[0]]
            kwargs["target_compatible_with"] = kwargs["target_compatible_with"] + select(cpus)
    for assembler in inline_asm:
        if assembler not in _INLINE_ASSEMBLERS:
            fail("mica_feature_set(%s): inline_asm = %r: the inline assemblers are %s" %
                 (name, inline_asm, ", ".join(_INLINE_ASSEMBLERS.keys())))
        if not compiler:
            fail("mica_feature_set(%s): inline_asm = %r needs compiler = True" % (name, inline_asm))
        cpus = {cpu: [] for cpu in _INLINE_ASSEMBLERS[assembler].cpus}

        # Any other CPU: require the first one, which that platform lacks (@platforms//:incompatible may appear
        # only once in target_compatible_with, and core_compatible's selects use it).
        cpus["//conditions:default"] = [_INLINE_ASSEMBLERS[assembler].cpus[0]]
        kwargs["target_compatible_with"] = kwargs["target_compatible_with"] + select(cpus)
    if heap_size <= 0 or vm_stack_values <= 0 or max_frames <= 0:
        fail("mica_feature_set(%s): heap_size, vm_stack_values and max_frames must be positive" % name)

    choices = dict(
        set_name = name,
        compiler = compiler,
        repl = repl,
        gc_stress = gc_stress,
        float = float,
        ints = ints,
        unicode = unicode,
        natives = natives,
        inline_asm = inline_asm,
        heap_size = heap_size,
        vm_stack_values = vm_stack_values,
        max_frames = max_frames,
        modules = sorted(modules),
        frozen = frozen,
        frozen_symbols = [frozen_table_symbol(label) for label in frozen],
    )
    header = name + "/config/feature_set.h"
    _feature_set_files(
        name = name + "_files",
        header = header,
        header_include = "config/feature_set.h",
        module_table = name + "_modules.cc",
        report = name + "_report.txt",
        **choices
    )
    _feature_set_report(name = name + "_report", **choices)

    library_deps = [
        "//natives:inline_asm",
        "//runtime/exec",
        "//runtime/modules:modules_h",
        "//runtime/mpy:frozen_module",
    ]
    library_deps += [_INLINE_ASSEMBLERS[a].library for a in inline_asm]
    library_deps += [_NATIVE_EMITTERS[n].library for n in natives]
    library_deps.append("//natives:native_emitter")
    library_deps += [_MODULES[m] for m in sorted(modules)]
    for module in sorted(modules):
        library_deps += [d for d in module_deps.get(module, []) if d not in library_deps]
    library_deps += [label for label in frozen if label not in library_deps]
    if compiler:
        library_deps.append("//compiler/runtime_sink")
    library_deps += [d for d in deps if d not in library_deps]
    native.cc_library(
        name = name,
        srcs = [name + "_modules.cc"],
        hdrs = [header],
        strip_include_prefix = name,
        features = ["mica_core"],
        deps = library_deps,
        **kwargs
    )
