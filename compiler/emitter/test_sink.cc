#include "compiler/emitter/test_sink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/arena.h"
#include "compiler/emitter/code_verifier.h"
#include "gtest/gtest.h"
#include "runtime/vm/disassembler.h"

namespace mica {
namespace testing_emitter {

TestSink::TestSink() {
  sink_.context = this;
  sink_.make_int = MakeInt;
  sink_.make_float = MakeFloat;
  sink_.make_complex = MakeComplex;
  sink_.make_str = MakeStr;
  sink_.make_bytes = MakeBytes;
  sink_.make_tuple = MakeTuple;
  sink_.intern_name = InternName;
  sink_.finish_code = FinishCode;
}

bool TestSink::Allowed() {
  if (fail_after_ < 0) return true;
  if (fail_after_ == 0) return false;
  --fail_after_;
  return true;
}

Value TestSink::Add(FakeObject object) {
  objects_.push_back(std::move(object));
  const FakeObject* stored = &objects_.back();
  by_address_[stored] = stored;
  return Value::FromObject(reinterpret_cast<const mica::Object*>(stored));
}

const FakeObject* TestSink::Object(Value value) const {
  if (!value.IsObject()) return nullptr;
  auto found = by_address_.find(reinterpret_cast<const void*>(value.AsObject()));
  return found == by_address_.end() ? nullptr : found->second;
}

Value TestSink::MakeInt(void* context, const char* digits, size_t length, int base) {
  if (!From(context)->Allowed()) return Value();
  static const char* const kPrefix[] = {"", "", "0b", "", "", "", "", "", "0o", "", "", "", "", "", "", "", "0x"};
  std::string text(digits, length);
  if (base == 2 || base == 8 || base == 16) text = kPrefix[base] + text;
  return From(context)->Add(FakeObject{FakeObject::Kind::kInt, text, 0.0, {}});
}

Value TestSink::MakeFloat(void* context, double value) {
  if (!From(context)->Allowed()) return Value();
  return From(context)->Add(FakeObject{FakeObject::Kind::kFloat, "", value, {}});
}

Value TestSink::MakeComplex(void* context, double imag) {
  if (!From(context)->Allowed()) return Value();
  return From(context)->Add(FakeObject{FakeObject::Kind::kComplex, "", imag, {}});
}

Value TestSink::MakeStr(void* context, const char* data, size_t length) {
  if (!From(context)->Allowed()) return Value();
  return From(context)->Add(FakeObject{FakeObject::Kind::kStr, std::string(data, length), 0.0, {}});
}

Value TestSink::MakeBytes(void* context, const char* data, size_t length) {
  if (!From(context)->Allowed()) return Value();
  return From(context)->Add(FakeObject{FakeObject::Kind::kBytes, std::string(data, length), 0.0, {}});
}

Value TestSink::MakeTuple(void* context, const Value* items, size_t count) {
  if (!From(context)->Allowed()) return Value();
  return From(context)->Add(FakeObject{FakeObject::Kind::kTuple, "", 0.0, std::vector<Value>(items, items + count)});
}

Value TestSink::InternName(void* context, const char* data, size_t length) {
  if (!From(context)->Allowed()) return Value();
  return Value::Name(From(context)->names_.Intern(std::string(data, length)));
}

const vm::RawCode* TestSink::FinishCode(void* context, const RawCodeBuilderResult& result) {
  TestSink* self = From(context);
  if (!self->Allowed()) return nullptr;
  const vm::RawCode& in = result.code;
  self->codes_.emplace_back();
  OwnedCode& owned = self->codes_.back();
  owned.bytecode.assign(in.bytecode, in.bytecode + in.bytecode_size);
  owned.constants.assign(in.constants, in.constants + in.num_constants);
  owned.children.assign(in.children, in.children + in.num_children);
  owned.line_table.assign(in.line_table, in.line_table + in.line_table_size);
  owned.exception_table.assign(in.exception_table, in.exception_table + in.exception_table_size);
  if (in.slot_names != nullptr) owned.slot_names.assign(in.slot_names, in.slot_names + vm::NumSlots(in));
  owned.code = in;
  owned.code.bytecode = owned.bytecode.data();
  owned.code.constants = owned.constants.data();
  owned.code.children = owned.children.data();
  owned.code.line_table = owned.line_table.data();
  owned.code.exception_table = owned.exception_table.data();
  owned.code.slot_names = in.slot_names != nullptr ? owned.slot_names.data() : nullptr;
  return &owned.code;
}

namespace {

std::string QuoteText(const std::string& text, bool bytes) {
  std::string out = bytes ? "b'" : "'";
  for (unsigned char c : text) {
    if (c == '\'' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || (bytes && c >= 0x7f)) {
      char escape[8];
      snprintf(escape, sizeof escape, "\\x%02x", c);
      out += escape;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "'";
}

// The shortest text that reads back as the same double, formatted as Python's repr.
std::string FloatText(double value) {
  if (value != value) return "nan";
  if (value == 1.0 / 0.0) return "inf";
  if (value == -1.0 / 0.0) return "-inf";
  char text[40];
  int precision = 1;
  for (; precision <= 17; ++precision) {
    snprintf(text, sizeof text, "%.*e", precision - 1, value);
    if (strtod(text, nullptr) == value) break;
  }
  // text is [-]d.ddde[+-]XX: split into the digits and the exponent.
  std::string mantissa(text, strchr(text, 'e'));
  const int exponent = atoi(strchr(text, 'e') + 1);
  const bool negative = mantissa[0] == '-';
  std::string digits;
  for (char c : mantissa) {
    if (c >= '0' && c <= '9') digits += c;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = negative ? "-" : "";
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) {
      out += "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exponent + 1) {
      out += digits + std::string(static_cast<size_t>(exponent + 1) - digits.size(), '0') + ".0";
    } else {
      out +=
          digits.substr(0, static_cast<size_t>(exponent + 1)) + "." + digits.substr(static_cast<size_t>(exponent + 1));
    }
    return out;
  }
  out += digits.substr(0, 1);
  if (digits.size() > 1) out += "." + digits.substr(1);
  char suffix[16];
  snprintf(suffix, sizeof suffix, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
  return out + suffix;
}

}  // namespace

std::string TestSink::Describe(Value value) const {
  if (value.IsSmallInt()) return std::to_string(value.AsSmallInt());
  if (value.IsName()) {
    const char* text = names_.Text(value.AsNameId());
    return text != nullptr ? QuoteText(text, false) : "#" + std::to_string(value.AsNameId());
  }
  if (value.IsNone()) return "None";
  if (value.IsTrue()) return "True";
  if (value.IsFalse()) return "False";
  if (value.Is(Value::Ellipsis())) return "Ellipsis";
  const FakeObject* object = Object(value);
  if (object == nullptr) return "<unknown>";
  switch (object->kind) {
    case FakeObject::Kind::kInt:
      return object->text;
    case FakeObject::Kind::kFloat:
      return FloatText(object->number);
    case FakeObject::Kind::kComplex: {
      std::string text = FloatText(object->number);  // Python writes 2j, not 2.0j
      if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
      return text + "j";
    }
    case FakeObject::Kind::kStr:
      return QuoteText(object->text, false);
    case FakeObject::Kind::kBytes:
      return QuoteText(object->text, true);
    case FakeObject::Kind::kTuple: {
      std::string out = "(";
      for (size_t i = 0; i < object->items.size(); ++i) {
        if (i != 0) out += ", ";
        out += Describe(object->items[i]);
      }
      if (object->items.size() == 1) out += ",";
      return out + ")";
    }
  }
  return "<unknown>";
}

namespace {

void Append(void* context, const char* text, size_t length) {
  static_cast<std::string*>(context)->append(text, length);
}

// Replaces the "<object>" the disassembler prints for object constants by their description.
std::string DescribeObjects(const std::string& listing, const vm::RawCode& code, const TestSink& sink) {
  std::string out;
  size_t start = 0;
  while (start < listing.size()) {
    size_t end = listing.find('\n', start);
    if (end == std::string::npos) end = listing.size();
    std::string line = listing.substr(start, end - start);
    const size_t object = line.find("<object>");
    if (object != std::string::npos) {
      // "  const N: <object>" or "LOAD_CONST N (<object>)": N is the last number before the marker.
      size_t digits_end = line.rfind(object >= 2 && line[object - 1] == '(' ? " (" : ": ", object);
      size_t digits_start = digits_end;
      while (digits_start > 0 && isdigit(static_cast<unsigned char>(line[digits_start - 1]))) --digits_start;
      const unsigned long index = strtoul(line.substr(digits_start, digits_end - digits_start).c_str(), nullptr, 10);
      if (index < code.num_constants) line.replace(object, 8, sink.Describe(code.constants[index]));
    }
    out += line;
    if (end < listing.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string Listing(const vm::RawCode& code, const TestSink& sink) {
  std::string text;
  vm::DisassemblerOptions options;
  options.write = Append;
  options.write_context = &text;
  options.name_text = vm::NameTable::Lookup;
  options.name_context = const_cast<vm::NameTable*>(&const_cast<TestSink&>(sink).names());
  options.children = false;
  vm::Disassemble(code, options);
  std::string out = DescribeObjects(text, code, sink);
  for (uint32_t i = 0; i < code.num_children; ++i) out += "\n" + Listing(*code.children[i], sink);
  return out;
}

std::string DescribeError(const SyntaxErrorInfo& error) {
  const char* kind = "SyntaxError";
  switch (error.kind) {
    case ErrorKind::kIndentationError:
      kind = "IndentationError";
      break;
    case ErrorKind::kTabError:
      kind = "TabError";
      break;
    case ErrorKind::kMemoryError:
      kind = "MemoryError";
      break;
    case ErrorKind::kNone:
      kind = "none";
      break;
    default:
      break;
  }
  return std::string(kind) + " " + std::to_string(error.line) + ":" + std::to_string(error.column) + " " +
         (error.message != nullptr ? error.message : "(null)");
}

const vm::RawCode* TestCompiler::Compile(const std::string& source, CompileMode mode) {
  CompileOptions options;
  options.mode = mode;
  options.small_int_bits = 31;  // as on a 32-bit board: listings are the same on every host
  return Compile(source, options);
}

const vm::RawCode* TestCompiler::Compile(const std::string& source, const CompileOptions& options) {
  source_ = source;
  Arena arena(block_.data(), block_.size());
  const uint32_t file = sink_.names().Intern("test.py");
  const vm::RawCode* code = mica::Compile(source_.data(), source_.size(), file, options, arena, sink_.sink(), &error_);
  peak_ = arena.peak();
  if (code != nullptr) {
    const std::string problem = VerifyCode(*code);
    if (!problem.empty()) ADD_FAILURE() << "bytecode check failed: " << problem << "\nsource:\n" << source;
  }
  return code;
}

std::string TestCompiler::List(const std::string& source, CompileMode mode) {
  const vm::RawCode* code = Compile(source, mode);
  return code == nullptr ? DescribeError(error_) : Listing(*code, sink_);
}

std::string TestCompiler::ListModule(const std::string& source, CompileMode mode) {
  const vm::RawCode* code = Compile(source, mode);
  if (code == nullptr) return DescribeError(error_);
  vm::RawCode alone = *code;
  alone.num_children = 0;
  return Listing(alone, sink_);
}

std::string TestCompiler::ListFirstChild(const std::string& source) {
  const vm::RawCode* code = Compile(source);
  if (code == nullptr) return DescribeError(error_);
  if (code->num_children == 0) return "(no child)";
  return Listing(*code->children[0], sink_);
}

std::string TestCompiler::ErrorOf(const std::string& source, CompileMode mode) {
  return Compile(source, mode) == nullptr ? DescribeError(error_) : "ok";
}

}  // namespace testing_emitter
}  // namespace mica
