"""Build macros for the core layers (compiler/, runtime/, gc/, natives/).

They apply the MCU-grade policy (the toolchain feature `mica_core`: -fno-exceptions -fno-rtti -Werror) so no core
target can forget it. Host-only tools and tests that need the STL or Abseil use plain cc_* rules instead.
"""

_CORE_FEATURES = ["mica_core"]

def mica_cc_library(name, features = [], **kwargs):
    native.cc_library(name = name, features = _CORE_FEATURES + features, **kwargs)

def mica_cc_binary(name, features = [], **kwargs):
    native.cc_binary(name = name, features = _CORE_FEATURES + features, **kwargs)

def mica_cc_test(name, features = [], deps = [], **kwargs):
    """A GoogleTest test built with the core policy, so it can also be cross-built (see emulated_test)."""
    native.cc_test(
        name = name,
        features = _CORE_FEATURES + features,
        deps = deps + ["//third_party:gtest_main"],
        **kwargs
    )
