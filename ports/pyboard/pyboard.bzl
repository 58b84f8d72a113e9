"""`pyboard_firmware`: one pyboard image (feature set, ELF, .bin/.dfu) from a list of frozen modules.

The board's choices are fixed here, so the shipped firmware and the test images differ only in what they freeze.
"""

load("//toolchains:feature_set.bzl", "FLOAT_MODULES", "mica_feature_set")
load("//toolchains:firmware.bzl", "mica_firmware")
load("//toolchains:mica.bzl", "mica_cc_binary")

_CORTEX_M4F = ["//toolchains:cpu_armv7e-m"]

# The Cortex-M4F's FPU computes binary32 only: Python's float is single precision on the board, as in MicroPython.
_FLOAT = "single"

PYBOARD_MODULES = [
    "array",
    "binascii",
    "collections",
    "errno",
    "gc",
    "heapq",
    "json",
    "machine",
    "math",
    "micropython",
    "pyb",
    "random",
    "re",
    "struct",
    "sys",
    "time",
]

def pyboard_firmware(name, frozen, compiler = True, float = _FLOAT):
    """`name` (.elf/.bin/.dfu/.size.txt) with `frozen` (mica_frozen_modules libraries) in flash.

    compiler = False links no compiler: the image runs its frozen modules (and .mpy files once there is a file
    system), and source typed at the REPL gets RuntimeError("no compiler in this build"). With the compiler the
    image has the Thumb-2 inline assembler (`@micropython.asm_thumb`, docs/inline-asm.md) and native emitter
    (`@micropython.native`, docs/native.md), as MicroPython's.
    float = "none" builds the image without float (and without the modules that need it, FLOAT_MODULES).
    """
    mica_feature_set(
        name = name + "_features",
        compiler = compiler,
        float = float,
        frozen = frozen,
        heap_size = 96 * 1024,  # informational: the heap is what SRAM has left (stm32f405.ld)
        inline_asm = ["thumb"] if compiler else [],
        max_frames = 200,
        natives = ["thumb"] if compiler else [],
        module_deps = {
            "machine": ["//ports/pyboard/stm32:machine_port"],
            "pyb": ["//ports/pyboard/stm32:machine_port"],
        },
        modules = [m for m in PYBOARD_MODULES if float != "none" or m not in FLOAT_MODULES],
        target_compatible_with = _CORTEX_M4F,
        vm_stack_values = 2048,
        deps = [":pyboard_port"] + ([":pyboard_executable"] if compiler else []),
    )
    mica_cc_binary(
        name = name + "_binary",
        srcs = ["//ports/pyboard:main.cc"],
        additional_linker_inputs = ["//ports/pyboard:stm32f405.ld"],
        linkopts = [
            "-T$(location //ports/pyboard:stm32f405.ld)",
            # newlib's libm. No _sbrk is defined: anything that pulls in malloc fails to link.
            "-lm",
        ],
        target_compatible_with = _CORTEX_M4F,
        deps = [
            name + "_features",
            "//ports/pyboard:board",
            "//ports/pyboard:pyboard_port",
            "//gc:heap",
            "//ports/baremetal:board",
            "//ports/baremetal:memory_init",
            "//runtime/exec",
            "//runtime/mpy:frozen_module",
            "//runtime/objects",
            "//runtime/repl",
            "//runtime/vm",
        ],
    )
    mica_firmware(
        name = name,
        binary = name + "_binary",
        platform = "//toolchains:cortex_m4f",
        float = float,
    )
