#include "compiler/mpy/mpy_writer.h"

#include <string.h>

#include <utility>

#include "compiler/arena.h"
#include "runtime/core_config.h"
#include "runtime/mpy/mpy_format.h"
#include "runtime/vm/bytecode.h"

namespace mica {
namespace mpy {
namespace {

class Out {
 public:
  explicit Out(std::vector<uint8_t>* bytes) : bytes_(bytes) {}
  void Byte(uint8_t b) { bytes_->push_back(b); }
  void Varint(uint64_t v) {
    do {
      const uint8_t low = v & 0x7f;
      v >>= 7;
      Byte(static_cast<uint8_t>(low | (v != 0 ? 0x80 : 0)));
    } while (v != 0);
  }
  void ZigZag(int64_t v) { Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void Bytes(const void* data, size_t n) {
    const uint8_t* p = static_cast<const uint8_t*>(data);
    bytes_->insert(bytes_->end(), p, p + n);
  }
  void String(const std::string& s) {
    Varint(s.size());
    Bytes(s.data(), s.size());
  }
  void Float(double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof(bits));
    for (int i = 0; i < 8; ++i) Byte(static_cast<uint8_t>(bits >> (8 * i)));
  }

 private:
  std::vector<uint8_t>* bytes_;
};

void WriteConstant(const RecordingSink& sink, Value value, Out& out) {
  if (value.IsNone()) return out.Byte(static_cast<uint8_t>(ConstTag::kNone));
  if (value.IsFalse()) return out.Byte(static_cast<uint8_t>(ConstTag::kFalse));
  if (value.IsTrue()) return out.Byte(static_cast<uint8_t>(ConstTag::kTrue));
  if (value.Is(Value::Ellipsis())) return out.Byte(static_cast<uint8_t>(ConstTag::kEllipsis));
  if (value.IsSmallInt()) {
    out.Byte(static_cast<uint8_t>(ConstTag::kSmallInt));
    return out.ZigZag(value.AsSmallInt());
  }
  if (value.IsName()) {
    out.Byte(static_cast<uint8_t>(ConstTag::kName));
    return out.String(sink.NameText(value.AsNameId()));
  }
  const RecordedConstant& c = sink.Constant(value);
  switch (c.kind) {
    case RecordedConstant::Kind::kBigInt:
      out.Byte(static_cast<uint8_t>(ConstTag::kBigInt));
      out.Byte(static_cast<uint8_t>(c.base));
      return out.String(c.text);
    case RecordedConstant::Kind::kFloat:
      out.Byte(static_cast<uint8_t>(ConstTag::kFloat));
      return out.Float(c.real);
    case RecordedConstant::Kind::kComplex:
      out.Byte(static_cast<uint8_t>(ConstTag::kComplex));
      out.Float(c.real);
      return out.Float(c.imag);
    case RecordedConstant::Kind::kStr:
      out.Byte(static_cast<uint8_t>(ConstTag::kStr));
      return out.String(c.text);
    case RecordedConstant::Kind::kBytes:
      out.Byte(static_cast<uint8_t>(ConstTag::kBytes));
      return out.String(c.text);
    case RecordedConstant::Kind::kTuple:
      out.Byte(static_cast<uint8_t>(ConstTag::kTuple));
      out.Varint(c.items.size());
      for (Value item : c.items) WriteConstant(sink, item, out);
      return;
  }
}

void WriteCode(const RecordingSink& sink, const vm::RawCode& code, Out& out) {
  out.Varint(code.flags);
  out.String(sink.NameText(code.name));
  out.Varint(code.first_line);
  for (uint16_t field : {code.num_positional, code.num_positional_only, code.num_kwonly, code.num_locals,
                         code.num_cells, code.num_free, code.max_stack, code.num_cache_slots}) {
    out.Varint(field);
  }
  out.Varint(code.bytecode_size);
  out.Varint(code.line_table_size);
  out.Varint(code.exception_table_size);
  out.Varint(code.num_constants);
  out.Varint(code.num_children);
  out.Byte(code.slot_names != nullptr ? 1 : 0);
  out.Bytes(code.bytecode, code.bytecode_size);
  out.Bytes(code.line_table, code.line_table_size);
  out.Bytes(code.exception_table, code.exception_table_size);
  if (code.slot_names != nullptr) {
    for (uint32_t i = 0; i < vm::NumSlots(code); ++i) out.String(sink.NameText(code.slot_names[i]));
  }
  for (uint32_t i = 0; i < code.num_constants; ++i) WriteConstant(sink, code.constants[i], out);
  for (uint32_t i = 0; i < code.num_children; ++i) WriteCode(sink, *code.children[i], out);
}

std::string ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kIndentationError:
      return "IndentationError";
    case ErrorKind::kTabError:
      return "TabError";
    case ErrorKind::kMemoryError:
      return "MemoryError";
    default:
      return "SyntaxError";
  }
}

}  // namespace

RecordingSink::RecordingSink() {
  sink_.context = this;
  sink_.make_int = [](void* context, const char* digits, size_t length, int base) {
    RecordedConstant c;
    c.kind = RecordedConstant::Kind::kBigInt;
    c.base = base;
    c.text.assign(digits, length);
    return From(context)->Add(std::move(c));
  };
  sink_.make_float = [](void* context, double value) {
    RecordedConstant c;
    c.kind = RecordedConstant::Kind::kFloat;
    c.real = value;
    return From(context)->Add(std::move(c));
  };
  sink_.make_complex = [](void* context, double imag) {
    RecordedConstant c;
    c.kind = RecordedConstant::Kind::kComplex;
    c.imag = imag;
    return From(context)->Add(std::move(c));
  };
  sink_.make_str = [](void* context, const char* data, size_t length) {
    RecordedConstant c;
    c.kind = RecordedConstant::Kind::kStr;
    c.text.assign(data, length);
    return From(context)->Add(std::move(c));
  };
  sink_.make_bytes = [](void* context, const char* data, size_t length) {
    RecordedConstant c;
    c.kind = RecordedConstant::Kind::kBytes;
    c.text.assign(data, length);
    return From(context)->Add(std::move(c));
  };
  sink_.make_tuple = [](void* context, const Value* items, size_t count) {
    RecordedConstant c;
    c.kind = RecordedConstant::Kind::kTuple;
    c.items.assign(items, items + count);
    return From(context)->Add(std::move(c));
  };
  sink_.intern_name = [](void* context, const char* data, size_t length) {
    return Value::Name(From(context)->Intern(std::string(data, length)));
  };
  sink_.finish_code = [](void* context, const RawCodeBuilderResult& result) -> const vm::RawCode* {
    RecordingSink* self = From(context);
    self->codes_.emplace_back();
    OwnedCode& owned = self->codes_.back();
    const vm::RawCode& in = result.code;
    owned.code = in;
    owned.bytecode.assign(in.bytecode, in.bytecode + in.bytecode_size);
    owned.line_table.assign(in.line_table, in.line_table + in.line_table_size);
    owned.exception_table.assign(in.exception_table, in.exception_table + in.exception_table_size);
    owned.constants.assign(in.constants, in.constants + in.num_constants);
    owned.children.assign(in.children, in.children + in.num_children);
    if (in.slot_names != nullptr) owned.slot_names.assign(in.slot_names, in.slot_names + vm::NumSlots(in));
    owned.code.bytecode = owned.bytecode.data();
    owned.code.line_table = owned.line_table.data();
    owned.code.exception_table = owned.exception_table.data();
    owned.code.constants = owned.constants.data();
    owned.code.children = owned.children.data();
    owned.code.slot_names = in.slot_names != nullptr ? owned.slot_names.data() : nullptr;
    return &owned.code;
  };
  names_.emplace_back();  // id 0 is never handed out
}

uint32_t RecordingSink::Intern(const std::string& text) {
  for (size_t i = 1; i < names_.size(); ++i) {
    if (names_[i] == text) return static_cast<uint32_t>(i);
  }
  names_.push_back(text);
  return static_cast<uint32_t>(names_.size() - 1);
}

Value RecordingSink::Add(RecordedConstant constant) {
  constants_.push_back(std::move(constant));
  return Value::FromObject(reinterpret_cast<const Object*>(&constants_.back()));
}

const RecordedConstant& RecordingSink::Constant(Value value) const {
  return *reinterpret_cast<const RecordedConstant*>(value.AsObject());
}

std::vector<uint8_t> WriteMpy(const RecordingSink& sink, const vm::RawCode& module, const std::string& source_file,
                              uint8_t small_int_bits) {
  std::vector<uint8_t> bytes;
  Out out(&bytes);
  out.Bytes(kMagic, sizeof(kMagic));
  out.Byte(kFormatVersion);
  out.Byte(static_cast<uint8_t>(vm::kBytecodeVersion));
  out.Byte(small_int_bits);
  out.Byte(kUnicodeStrings ? 0 : kFeatureBytesStr);  // feature flags
  out.String(source_file);
  WriteCode(sink, module, out);
  return bytes;
}

CompileOptions MpyCompileOptions() {
  CompileOptions options;
  options.mode = CompileMode::kModule;
  options.small_int_bits = kPortableSmallIntBits;
  options.refuse_native_code = true;  // a .mpy file carries no machine code
  return options;
}

bool CompileToMpy(const std::string& source, const std::string& source_name, const CompileOptions& options,
                  std::vector<uint8_t>* out, std::string* error) {
  // The arena grows until the program fits: a host has the memory, and a board never runs this.
  for (size_t arena_bytes = size_t{1} << 20;; arena_bytes *= 2) {
    RecordingSink sink;
    const uint32_t file_id = sink.Intern(source_name);
    std::vector<uint8_t> block(arena_bytes);
    Arena arena(block.data(), block.size());
    SyntaxErrorInfo info;
    const vm::RawCode* code = Compile(source.data(), source.size(), file_id, options, arena, sink.sink(), &info);
    if (code != nullptr) {
      *out = WriteMpy(sink, *code, source_name, options.small_int_bits);
      return true;
    }
    if (info.kind == ErrorKind::kMemoryError && arena_bytes < (size_t{1} << 30)) continue;
    *error = source_name + ":" + std::to_string(info.line) + ":" + std::to_string(info.column) + ": " +
             ErrorKindName(info.kind) + ": " + (info.message != nullptr ? info.message : "invalid syntax");
    return false;
  }
}

}  // namespace mpy
}  // namespace mica
