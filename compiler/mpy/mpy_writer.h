// The .mpy writer (host-side, STL): compiles Python source with the bytecode emitter into a recording CodeSink
// and serialises the resulting RawCode tree in the format of docs/mpy-format.md. Used by mpy-cross and by tests.
//
//   std::vector<uint8_t> mpy;
//   std::string error;
//   if (!mica::mpy::CompileToMpy(source, "foo.py", options, &mpy, &error)) { ... error: "foo.py:3:5: SyntaxError: ..." }
//
// CompileOptions::small_int_bits should be kPortableSmallIntBits (the default of MpyCompileOptions) so one
// file runs on every target; the header records the width.
#ifndef MICA_COMPILER_MPY_MPY_WRITER_H_
#define MICA_COMPILER_MPY_MPY_WRITER_H_

#include <stdint.h>

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "compiler/emitter/code_sink.h"
#include "compiler/emitter/compile.h"
#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace mpy {

// A constant the recording sink made (small ints, names and the special constants are encoded in the Value).
struct RecordedConstant {
  enum class Kind { kBigInt, kFloat, kComplex, kStr, kBytes, kTuple };
  Kind kind = Kind::kStr;
  int base = 10;     // kBigInt
  std::string text;  // kBigInt digits, kStr and kBytes contents
  double real = 0.0;
  double imag = 0.0;  // kFloat: `real`; kComplex: both
  std::vector<Value> items;  // kTuple
};

// A CodeSink that keeps what the emitter produces in host memory, with names as ids of its own table.
class RecordingSink {
 public:
  RecordingSink();
  RecordingSink(const RecordingSink&) = delete;
  RecordingSink& operator=(const RecordingSink&) = delete;

  const CodeSink& sink() const { return sink_; }
  uint32_t Intern(const std::string& text);
  const std::string& NameText(uint32_t id) const { return names_.at(id); }
  // The record behind an object Value this sink made.
  const RecordedConstant& Constant(Value value) const;

 private:
  struct OwnedCode {
    vm::RawCode code;
    std::vector<uint8_t> bytecode, line_table, exception_table;
    std::vector<Value> constants;
    std::vector<const vm::RawCode*> children;
    std::vector<uint32_t> slot_names;
  };
  static RecordingSink* From(void* context) { return static_cast<RecordingSink*>(context); }
  Value Add(RecordedConstant constant);

  CodeSink sink_;
  std::vector<std::string> names_;
  std::deque<RecordedConstant> constants_;
  std::deque<OwnedCode> codes_;
};

// Serialises `module` (made by `sink`) with its children; `source_file` is the name recorded in the header.
std::vector<uint8_t> WriteMpy(const RecordingSink& sink, const vm::RawCode& module, const std::string& source_file,
                              uint8_t small_int_bits);

// CompileOptions for .mpy output: module mode, portable small-int width.
CompileOptions MpyCompileOptions();

// Compiles `source` and writes the .mpy bytes to *out; false with *error ("name:line:column: Kind: message").
bool CompileToMpy(const std::string& source, const std::string& source_name, const CompileOptions& options,
                  std::vector<uint8_t>* out, std::string* error);

}  // namespace mpy
}  // namespace mica

#endif  // MICA_COMPILER_MPY_MPY_WRITER_H_
