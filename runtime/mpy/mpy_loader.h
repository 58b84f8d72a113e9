// The .mpy loader: a byte buffer in the format of docs/mpy-format.md to a tree of RawCodes in the GC heap.
//
// The buffer is untrusted. Every length, count and index is checked against what is left of the buffer and
// against the RawCode's fields, and every loaded RawCode passes CheckLoadedCode (code_check.h) before it is
// returned, so a truncated, corrupt or foreign file raises and never crashes or reads out of bounds.
// The loader needs no compiler: a VM-only build imports .mpy files. Frozen modules (frozen_module.h) are loaded
// in place: their bytecode runs from the constant image.
#ifndef MICA_RUNTIME_MPY_MPY_LOADER_H_
#define MICA_RUNTIME_MPY_MPY_LOADER_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace mpy {

// True if data[0, length) starts with the .mpy magic (a quick test before loading).
bool HasMpyMagic(const uint8_t* data, size_t length);

// Loads the module's code. Null with an exception pending: ValueError("invalid .mpy file: <reason>") for
// anything wrong with the file, MemoryError if the heap is full. Each RawCode (with its constants, children,
// slot names, bytecode and tables) is one heap block, kept alive by the function objects made from it.
const vm::RawCode* LoadMpy(const uint8_t* data, size_t length);

// As LoadMpy, but for an image that stays where it is for the life of the program (a frozen module: constant
// data, flash on a board): each RawCode's bytecode, line table and exception table point into `image`, so only
// the RawCode headers, constant tables, children, slot names and constants are in the heap. The image is checked
// exactly as a file is.
const vm::RawCode* LoadMpyInPlace(const uint8_t* image, size_t length);

}  // namespace mpy
}  // namespace mica

#endif  // MICA_RUNTIME_MPY_MPY_LOADER_H_
