// The C++ source of a frozen-module table (host-side: STL). mpy-freeze (//compiler/mpy:mpy-freeze) is its command
// line; toolchains/frozen.bzl runs it on the .mpy files mpy-cross made from a library's .py files.
//
// The source defines one `const` byte array per image (flash on a board) and a constexpr table of
// mpy::FrozenModule sorted by name, exported as `extern const mica::mpy::FrozenModuleList <symbol>`
// (runtime/mpy/frozen_module.h), which a feature set lists in config::kFrozenModules.
#ifndef MICA_COMPILER_MPY_FROZEN_SOURCE_H_
#define MICA_COMPILER_MPY_FROZEN_SOURCE_H_

#include <stdint.h>

#include <string>
#include <vector>

namespace mica {
namespace mpy {

struct FrozenInput {
  std::string name;  // dotted module name
  bool is_package;   // from a package's __init__.py
  std::vector<uint8_t> image;  // the .mpy file
};

// True if `text` is a C++ identifier mpy-freeze accepts as the table's symbol.
bool IsValidSymbol(const std::string& text);

// Writes the table's source to *out. False with *error set when a name is not a dotted Python identifier, two
// modules have the same name, a submodule's package is missing from the table, or an image is not a .mpy file.
bool WriteFrozenSource(std::vector<FrozenInput> modules, const std::string& symbol, std::string* out,
                       std::string* error);

}  // namespace mpy
}  // namespace mica

#endif  // MICA_COMPILER_MPY_FROZEN_SOURCE_H_
