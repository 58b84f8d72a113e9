#include "runtime/vm/disassembler.h"

#include <string.h>

#include "runtime/int_format.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace vm {
namespace {

// Formatting primitives over the caller's write callback.
class Writer {
 public:
  explicit Writer(const DisassemblerOptions& options) : options_(options) {}

  void Bytes(const char* text, size_t length) const {
    if (options_.write != nullptr && length != 0) options_.write(options_.write_context, text, length);
  }
  void Text(const char* text) const { Bytes(text, strlen(text)); }

  void Int(int64_t value) const { Padded(value, 0); }

  // Right-aligned in `width` columns.
  void Padded(int64_t value, size_t width) const {
    char digits[kMaxIntText];
    const size_t length = FormatInt(value, IntFormat(), digits, sizeof digits);
    for (size_t i = length; i < width; ++i) Bytes(" ", 1);
    Bytes(digits, length);
  }

  void Spaces(size_t count) const {
    for (size_t i = 0; i < count; ++i) Bytes(" ", 1);
  }

  void Name(uint32_t id) const {
    const char* text = options_.name_text != nullptr ? options_.name_text(options_.name_context, id) : nullptr;
    if (text != nullptr) {
      Text(text);
    } else {
      Text("#");
      Int(id);
    }
  }

  // The name a kName operand designates: the constant-table entry it indexes.
  void NameOperand(const RawCode& code, uint32_t index) const {
    if (index < code.num_constants && code.constants[index].IsName()) {
      Name(code.constants[index].AsNameId());
    } else {
      Text("<bad name ");
      Int(index);
      Text(">");
    }
  }

  void Constant(Value value) const {
    if (value.IsSmallInt()) {
      Int(value.AsSmallInt());
    } else if (value.IsName()) {
      Text("'");
      Name(value.AsNameId());
      Text("'");
    } else if (value.IsNone()) {
      Text("None");
    } else if (value.IsTrue()) {
      Text("True");
    } else if (value.IsFalse()) {
      Text("False");
    } else if (value.Is(Value::Ellipsis())) {
      Text("Ellipsis");
    } else if (value.Is(Value::NotImplemented())) {
      Text("NotImplemented");
    } else if (value.IsNull()) {
      Text("<null>");
    } else if (value.IsObject()) {
      Text("<object>");
    } else {
      Text("<special>");
    }
  }

  void SlotOperand(const RawCode& code, uint32_t slot) const {
    Int(slot);
    if (code.slot_names != nullptr && slot < NumSlots(code)) {
      Text(" (");
      Name(code.slot_names[slot]);
      Text(")");
    }
  }

 private:
  const DisassemblerOptions& options_;
};

void WriteFlags(const Writer& out, uint16_t flags) {
  static constexpr struct {
    uint16_t flag;
    const char* name;
  } kFlagNames[] = {
      {kCodeGenerator, "generator"},     {kCodeCoroutine, "coroutine"}, {kCodeAsyncGenerator, "async_generator"},
      {kCodeVarArgs, "varargs"},         {kCodeVarKeywords, "varkw"},   {kCodeNamespace, "namespace"},
      {kCodeHasClassCell, "class_cell"},
  };
  if (flags == 0) {
    out.Text("none");
    return;
  }
  bool first = true;
  for (const auto& entry : kFlagNames) {
    if ((flags & entry.flag) == 0) continue;
    if (!first) out.Text(",");
    out.Text(entry.name);
    first = false;
  }
}

void WriteHeader(const Writer& out, const RawCode& code) {
  out.Name(code.name);
  out.Text(" (");
  out.Name(code.source_file);
  out.Text(":");
  out.Int(code.first_line);
  out.Text(") params=");
  out.Int(code.num_positional);
  out.Text(" posonly=");
  out.Int(code.num_positional_only);
  out.Text(" kwonly=");
  out.Int(code.num_kwonly);
  out.Text(" locals=");
  out.Int(code.num_locals);
  out.Text(" cells=");
  out.Int(code.num_cells);
  out.Text(" free=");
  out.Int(code.num_free);
  out.Text(" stack=");
  out.Int(code.max_stack);
  out.Text(" caches=");
  out.Int(code.num_cache_slots);
  out.Text(" flags=");
  WriteFlags(out, code.flags);
  out.Text("\n");
  for (uint32_t i = 0; i < code.num_constants; ++i) {
    out.Text("  const ");
    out.Int(i);
    out.Text(": ");
    out.Constant(code.constants[i]);
    out.Text("\n");
  }
}

struct BufferSink {
  char* data;
  size_t capacity;
  size_t length;
};

void WriteToBuffer(void* context, const char* text, size_t length) {
  BufferSink* sink = static_cast<BufferSink*>(context);
  for (size_t i = 0; i < length; ++i, ++sink->length) {
    if (sink->length + 1 < sink->capacity) sink->data[sink->length] = text[i];
  }
}

}  // namespace

void DisassembleInstruction(const RawCode& code, const Instruction& insn, const DisassemblerOptions& options) {
  const Writer out(options);
  out.Text(OpcodeName(insn.opcode));
  switch (insn.format) {
    case OperandFormat::kNone:
      break;
    case OperandFormat::kUint:
      out.Text(" ");
      out.Int(insn.a);
      break;
    case OperandFormat::kSmallInt:
      out.Text(" ");
      out.Int(insn.small_int);
      break;
    case OperandFormat::kConst:
      out.Text(" ");
      out.Int(insn.a);
      out.Text(" (");
      if (insn.a < code.num_constants) {
        out.Constant(code.constants[insn.a]);
      } else {
        out.Text("<bad constant>");
      }
      out.Text(")");
      break;
    case OperandFormat::kName:
      out.Text(" ");
      out.NameOperand(code, insn.a);
      break;
    case OperandFormat::kNameCached:
      out.Text(" ");
      out.NameOperand(code, insn.a);
      out.Text(" (cache ");
      out.Int(insn.b);
      out.Text(")");
      break;
    case OperandFormat::kLocal:
      out.Text(" ");
      out.SlotOperand(code, insn.a);
      break;
    case OperandFormat::kLocalName:
      out.Text(" ");
      out.SlotOperand(code, insn.a);
      out.Text(" ");
      out.NameOperand(code, insn.b);
      break;
    case OperandFormat::kJump:
    case OperandFormat::kJumpFar:
      out.Text(" -> ");
      out.Int(insn.JumpTarget());
      break;
    case OperandFormat::kUintPair:
      out.Text(" ");
      out.Int(insn.a);
      out.Text(" ");
      out.Int(insn.b);
      break;
    case OperandFormat::kFunction:
    case OperandFormat::kClosure:
      out.Text(" child=");
      out.Int(insn.a);
      out.Text(" flags=");
      out.Int(insn.b);
      if (insn.format == OperandFormat::kClosure) {
        out.Text(" cells=");
        out.Int(insn.c);
      }
      break;
    case OperandFormat::kCallKw: {
      out.Text(" ");
      out.Int(insn.a);
      out.Text(" kw=(");
      const uint8_t* p = insn.names;
      const uint8_t* const end = code.bytecode + insn.offset + insn.length;
      for (uint32_t i = 0; i < insn.b; ++i) {
        uint32_t index = 0;
        if (!ReadVarUintChecked(p, end, &index)) break;
        if (i != 0) out.Text(", ");
        out.NameOperand(code, index);
      }
      out.Text(")");
      break;
    }
  }
}

void Disassemble(const RawCode& code, const DisassemblerOptions& options) {
  const Writer out(options);
  WriteHeader(out, code);
  LineTableReader lines(code);
  bool first = true;
  uint32_t last_line = 0;
  Instruction insn;
  for (uint32_t offset = 0; offset < code.bytecode_size; offset += insn.length) {
    if (!DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn)) {
      out.Padded(offset, 6);
      out.Text("  <bad bytecode>\n");
      break;
    }
    const uint32_t line = lines.LineAt(offset);
    out.Padded(offset, 6);
    if (first || line != last_line) {
      out.Padded(line, 6);
    } else {
      out.Spaces(6);
    }
    first = false;
    last_line = line;
    out.Text("  ");
    DisassembleInstruction(code, insn, options);
    out.Text("\n");
  }
  ExceptionTableReader handlers(code);
  ExceptionHandler handler;
  while (handlers.Next(&handler)) {
    out.Text("  handler ");
    out.Int(handler.start);
    out.Text("..");
    out.Int(handler.end);
    out.Text(" -> ");
    out.Int(handler.target);
    out.Text(" depth ");
    out.Int(handler.depth);
    out.Text("\n");
  }
  if (!options.children) return;
  for (uint32_t i = 0; i < code.num_children; ++i) {
    out.Text("\n");
    Disassemble(*code.children[i], options);
  }
}

size_t DisassembleToBuffer(const RawCode& code, char* buffer, size_t capacity,
                           const char* (*name_text)(void* context, uint32_t id), void* name_context) {
  BufferSink sink = {buffer, capacity, 0};
  DisassemblerOptions options;
  options.write = WriteToBuffer;
  options.write_context = &sink;
  options.name_text = name_text;
  options.name_context = name_context;
  Disassemble(code, options);
  if (capacity > 0) buffer[sink.length < capacity ? sink.length : capacity - 1] = '\0';
  return sink.length;
}

}  // namespace vm
}  // namespace mica
