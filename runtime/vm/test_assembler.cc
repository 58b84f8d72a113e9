#include "runtime/vm/test_assembler.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>

#include <algorithm>
#include <sstream>
#include <utility>

#include "runtime/vm/bytecode.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace vm {

uint32_t NameTable::Intern(const std::string& text) {
  auto found = ids_.find(text);
  if (found != ids_.end()) return found->second;
  texts_.push_back(text);
  const uint32_t id = static_cast<uint32_t>(texts_.size());
  ids_.emplace(text, id);
  return id;
}

const char* NameTable::Text(uint32_t id) const {
  if (id == 0 || id > texts_.size()) return nullptr;
  return texts_[id - 1].c_str();
}

const char* NameTable::Lookup(void* table, uint32_t id) {
  return static_cast<NameTable*>(table)->Text(id);
}

int64_t AssembledCode::LabelOffset(const std::string& label) const {
  auto found = labels_.find(label);
  return found == labels_.end() ? -1 : found->second;
}

namespace {

std::vector<std::string> Tokens(const std::string& line) {
  std::vector<std::string> tokens;
  std::istringstream stream(line);
  std::string token;
  while (stream >> token) tokens.push_back(token);
  return tokens;
}

bool ParseInt(const std::string& text, int64_t* out) {
  if (text.empty()) return false;
  errno = 0;
  char* end = nullptr;
  const long long value = strtoll(text.c_str(), &end, 0);
  if (errno != 0 || *end != '\0') return false;
  *out = value;
  return true;
}

bool IsIdentifier(const std::string& text) {
  if (text.empty() || !(isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_' || text[0] == '<')) {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) {
    return isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '<' || c == '>' || c == '.';
  });
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

// One assembly: parse, lay out, resolve, then compute the tables and max_stack.
class Assembler {
 public:
  Assembler(NameTable* names, const std::vector<const RawCode*>& children) : names_(names) {
    out_ = std::make_unique<AssembledCode>();
    out_->children_ = children;
  }

  std::unique_ptr<AssembledCode> Run(const std::string& source, std::string* error) {
    std::istringstream lines(source);
    std::string line;
    while (std::getline(lines, line)) {
      ++line_number_;
      if (!ParseLine(line)) break;
    }
    if (error_.empty()) Resolve();
    if (error_.empty()) BuildLineTable();
    if (error_.empty()) BuildExceptionTable();
    if (error_.empty()) ComputeMaxStack();
    if (!error_.empty()) {
      *error = error_;
      return nullptr;
    }
    Finish();
    error->clear();
    return std::move(out_);
  }

 private:
  struct Fixup {
    size_t position;  // of the jump operand
    size_t end;       // of the instruction: offsets count from here
    bool far;
    std::string label;
    int source_line;
  };
  struct HandlerSpec {
    std::string start, end, target;
    uint32_t depth;
    int source_line;
  };

  bool Fail(const std::string& message) {
    if (error_.empty()) error_ = "line " + std::to_string(line_number_) + ": " + message;
    return false;
  }

  bool ParseLine(std::string line) {
    const size_t comment = line.find_first_of("#;");
    if (comment != std::string::npos) line.erase(comment);
    std::vector<std::string> tokens = Tokens(line);
    if (tokens.empty()) return true;
    if (tokens[0].size() > 1 && tokens[0].back() == ':') {
      const std::string label = tokens[0].substr(0, tokens[0].size() - 1);
      if (out_->labels_.count(label) != 0) return Fail("label '" + label + "' defined twice");
      out_->labels_[label] = static_cast<uint32_t>(out_->bytecode_.size());
      tokens.erase(tokens.begin());
      if (tokens.empty()) return true;
    }
    if (tokens[0][0] == '.') return ParseDirective(tokens);
    return ParseInstruction(tokens);
  }

  bool Count(const std::vector<std::string>& tokens, size_t n) {
    if (tokens.size() != n + 1) return Fail(tokens[0] + " takes " + std::to_string(n) + " operand(s)");
    return true;
  }

  bool Number(const std::string& text, int64_t min, int64_t max, int64_t* out) {
    if (!ParseInt(text, out)) return Fail("'" + text + "' is not an integer");
    if (*out < min || *out > max) return Fail(text + " is out of range");
    return true;
  }

  bool Uint16(const std::vector<std::string>& tokens, uint16_t* out) {
    int64_t value = 0;
    if (!Count(tokens, 1) || !Number(tokens[1], 0, 0xffff, &value)) return false;
    *out = static_cast<uint16_t>(value);
    return true;
  }

  bool ParseDirective(const std::vector<std::string>& tokens) {
    const std::string& d = tokens[0];
    RawCode& code = out_->code_;
    int64_t value = 0;
    if (d == ".name" || d == ".file") {
      if (!Count(tokens, 1)) return false;
      (d == ".name" ? code.name : code.source_file) = names_->Intern(tokens[1]);
      return true;
    }
    if (d == ".line" || d == ".first_line") {
      if (!Count(tokens, 1) || !Number(tokens[1], 0, 0xffffffffLL, &value)) return false;
      // Instructions before the first .line are on the first line.
      if (d == ".line") {
        current_line_ = static_cast<uint32_t>(value);
        if (!first_line_set_) first_line_ = current_line_;
        line_seen_ = true;
      } else {
        first_line_ = static_cast<uint32_t>(value);
        if (!line_seen_) current_line_ = first_line_;
      }
      first_line_set_ = true;
      return true;
    }
    if (d == ".params") return Uint16(tokens, &code.num_positional);
    if (d == ".posonly") return Uint16(tokens, &code.num_positional_only);
    if (d == ".kwonly") return Uint16(tokens, &code.num_kwonly);
    if (d == ".locals") return Uint16(tokens, &code.num_locals);
    if (d == ".cells") return Uint16(tokens, &code.num_cells);
    if (d == ".free") return Uint16(tokens, &code.num_free);
    if (d == ".stack") {
      stack_override_ = true;
      return Uint16(tokens, &code.max_stack);
    }
    if (d == ".flags") return ParseFlags(tokens);
    if (d == ".const") {
      Value constant;
      if (!Count(tokens, 1) || !ParseConstant(tokens[1], &constant)) return false;
      out_->constants_.push_back(constant);
      return true;
    }
    if (d == ".handler") {
      if (!Count(tokens, 4) || !Number(tokens[4], 0, 0xffff, &value)) return false;
      handlers_.push_back({tokens[1], tokens[2], tokens[3], static_cast<uint32_t>(value), line_number_});
      return true;
    }
    if (d == ".slot_names") {
      for (size_t i = 1; i < tokens.size(); ++i) out_->slot_names_.push_back(names_->Intern(tokens[i]));
      return true;
    }
    return Fail("unknown directive " + d);
  }

  bool ParseFlags(const std::vector<std::string>& tokens) {
    static const std::map<std::string, uint16_t> kFlags = {
        {"generator", kCodeGenerator},     {"coroutine", kCodeCoroutine}, {"async_generator", kCodeAsyncGenerator},
        {"varargs", kCodeVarArgs},         {"varkw", kCodeVarKeywords},   {"namespace", kCodeNamespace},
        {"class_cell", kCodeHasClassCell},
    };
    for (size_t i = 1; i < tokens.size(); ++i) {
      auto found = kFlags.find(tokens[i]);
      if (found == kFlags.end()) return Fail("unknown flag " + tokens[i]);
      out_->code_.flags = static_cast<uint16_t>(out_->code_.flags | found->second);
    }
    return true;
  }

  bool ParseConstant(const std::string& text, Value* out) {
    int64_t number = 0;
    if (text == "None") {
      *out = Value::None();
    } else if (text == "True") {
      *out = Value::True();
    } else if (text == "False") {
      *out = Value::False();
    } else if (text == "Ellipsis") {
      *out = Value::Ellipsis();
    } else if (text == "null") {
      *out = Value();
    } else if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
      *out = Value::Name(names_->Intern(text.substr(1, text.size() - 2)));
    } else if (ParseInt(text, &number)) {
      if (!Value::FitsSmallInt(number)) return Fail(text + " is not a small int on this target");
      *out = Value::SmallInt(static_cast<intptr_t>(number));
    } else {
      return Fail("bad constant " + text);
    }
    return true;
  }

  // The constant-table index of interned name `text`, added on first use.
  bool NameIndex(const std::string& text, uint32_t* out) {
    if (!IsIdentifier(text)) return Fail("'" + text + "' is not a name");
    const Value name = Value::Name(names_->Intern(text));
    std::vector<Value>& constants = out_->constants_;
    for (size_t i = 0; i < constants.size(); ++i) {
      if (constants[i].Is(name)) {
        *out = static_cast<uint32_t>(i);
        return true;
      }
    }
    constants.push_back(name);
    *out = static_cast<uint32_t>(constants.size() - 1);
    return true;
  }

  void EmitUint(uint64_t value) {
    uint8_t buffer[kMaxVarUint64Bytes];
    const size_t n = WriteVarUint(value, buffer);
    out_->bytecode_.insert(out_->bytecode_.end(), buffer, buffer + n);
  }

  bool EmitUintOperand(const std::string& text) {
    int64_t value = 0;
    if (!Number(text, 0, 0xffffffffLL, &value)) return false;
    EmitUint(static_cast<uint64_t>(value));
    return true;
  }

  bool EmitNameOperand(const std::string& text) {
    uint32_t index = 0;
    if (!NameIndex(text, &index)) return false;
    EmitUint(index);
    return true;
  }

  bool ParseInstruction(const std::vector<std::string>& tokens) {
    const std::string mnemonic = Upper(tokens[0]);
    int opcode = -1;
    for (uint32_t i = 0; i < kNumOpcodes; ++i) {
      if (mnemonic == OpcodeName(static_cast<Opcode>(i))) opcode = static_cast<int>(i);
    }
    if (opcode < 0) return Fail("unknown instruction " + tokens[0]);
    const Opcode op = static_cast<Opcode>(opcode);
    const size_t start = out_->bytecode_.size();
    instruction_lines_.emplace_back(static_cast<uint32_t>(start), current_line_);
    out_->bytecode_.push_back(static_cast<uint8_t>(opcode));
    switch (OpcodeFormat(op)) {
      case OperandFormat::kNone:
        return Count(tokens, 0);
      case OperandFormat::kUint:
      case OperandFormat::kConst:
      case OperandFormat::kLocal:
        return Count(tokens, 1) && EmitUintOperand(tokens[1]);
      case OperandFormat::kSmallInt: {
        int64_t value = 0;
        if (!Count(tokens, 1) || !Number(tokens[1], Value::kSmallIntMin, Value::kSmallIntMax, &value)) return false;
        EmitUint(EncodeZigZag(value));
        return true;
      }
      case OperandFormat::kName:
        return Count(tokens, 1) && EmitNameOperand(tokens[1]);
      case OperandFormat::kNameCached: {
        if (tokens.size() != 2 && tokens.size() != 3) return Fail(tokens[0] + " takes a name and a cache slot");
        if (!EmitNameOperand(tokens[1])) return false;
        int64_t slot = next_cache_slot_;
        if (tokens.size() == 3 && !Number(tokens[2], 0, 0xfffe, &slot)) return false;
        next_cache_slot_ = std::max<int64_t>(next_cache_slot_, slot + 1);
        EmitUint(static_cast<uint64_t>(slot));
        return true;
      }
      case OperandFormat::kLocalName:
        return Count(tokens, 2) && EmitUintOperand(tokens[1]) && EmitNameOperand(tokens[2]);
      case OperandFormat::kJump:
      case OperandFormat::kJumpFar: {
        if (!Count(tokens, 1)) return false;
        const bool far = OpcodeFormat(op) == OperandFormat::kJumpFar;
        const size_t position = out_->bytecode_.size();
        out_->bytecode_.resize(position + (far ? kFarJumpBytes : kJumpBytes), 0);
        fixups_.push_back({position, out_->bytecode_.size(), far, tokens[1], line_number_});
        return true;
      }
      case OperandFormat::kUintPair:
      case OperandFormat::kFunction:
        return Count(tokens, 2) && EmitUintOperand(tokens[1]) && EmitUintOperand(tokens[2]);
      case OperandFormat::kClosure:
        return Count(tokens, 3) && EmitUintOperand(tokens[1]) && EmitUintOperand(tokens[2]) &&
               EmitUintOperand(tokens[3]);
      case OperandFormat::kCallKw: {
        if (tokens.size() < 2) return Fail(tokens[0] + " takes a count and keyword names");
        if (!EmitUintOperand(tokens[1])) return false;
        EmitUint(tokens.size() - 2);
        for (size_t i = 2; i < tokens.size(); ++i) {
          if (!EmitNameOperand(tokens[i])) return false;
        }
        return true;
      }
    }
    return Fail("unhandled operand format");
  }

  bool LabelOffset(const std::string& label, int source_line, uint32_t* out) {
    auto found = out_->labels_.find(label);
    if (found == out_->labels_.end()) {
      line_number_ = source_line;
      return Fail("undefined label '" + label + "'");
    }
    *out = found->second;
    return true;
  }

  void Resolve() {
    for (const Fixup& fixup : fixups_) {
      uint32_t target = 0;
      if (!LabelOffset(fixup.label, fixup.source_line, &target)) return;
      const int64_t offset = static_cast<int64_t>(target) - static_cast<int64_t>(fixup.end);
      uint8_t* operand = out_->bytecode_.data() + fixup.position;
      if (fixup.far) {
        WriteJump32(static_cast<int32_t>(offset), operand);
      } else if (offset < kJumpMin || offset > kJumpMax) {
        line_number_ = fixup.source_line;
        Fail("jump to '" + fixup.label + "' is out of 16-bit range: use JUMP_FAR");
        return;
      } else {
        WriteJump16(static_cast<int32_t>(offset), operand);
      }
    }
  }

  void BuildLineTable() {
    uint32_t offset = 0;
    uint32_t line = first_line_set_ ? first_line_ : 1;
    out_->code_.first_line = line;
    for (const auto& entry : instruction_lines_) {
      if (entry.second == line) continue;
      const uint32_t offset_delta = entry.first - offset;
      const int32_t line_delta = static_cast<int32_t>(entry.second - line);
      std::vector<uint8_t> bytes(LineEntrySize(offset_delta, line_delta));
      bytes.resize(WriteLineEntry(offset_delta, line_delta, bytes.data()));
      out_->line_table_.insert(out_->line_table_.end(), bytes.begin(), bytes.end());
      offset = entry.first;
      line = entry.second;
    }
  }

  void BuildExceptionTable() {
    for (const HandlerSpec& spec : handlers_) {
      ExceptionHandler handler;
      if (!LabelOffset(spec.start, spec.source_line, &handler.start) ||
          !LabelOffset(spec.end, spec.source_line, &handler.end) ||
          !LabelOffset(spec.target, spec.source_line, &handler.target)) {
        return;
      }
      if (handler.end < handler.start) {
        line_number_ = spec.source_line;
        Fail("handler range ends before it starts");
        return;
      }
      handler.depth = spec.depth;
      uint8_t buffer[kMaxExceptionEntryBytes];
      const size_t n = WriteExceptionHandler(handler, buffer);
      out_->exception_table_.insert(out_->exception_table_.end(), buffer, buffer + n);
      handler_entries_.push_back(handler);
    }
  }

  // Follows every path with the stack effects of opcodes.def: the depth at each instruction must be the same
  // on every path that reaches it and never negative.
  void ComputeMaxStack() {
    const std::vector<uint8_t>& bytecode = out_->bytecode_;
    const uint32_t size = static_cast<uint32_t>(bytecode.size());
    std::map<uint32_t, int64_t> depth_at;
    std::vector<std::pair<uint32_t, int64_t>> work = {{0, 0}};
    for (const ExceptionHandler& handler : handler_entries_) work.push_back({handler.target, handler.depth + 1});
    int64_t max_depth = 0;
    while (!work.empty()) {
      const auto [offset, depth] = work.back();
      work.pop_back();
      if (offset >= size) {
        if (size == 0) break;
        line_number_ = 0;
        Fail("control flow runs off the end of the bytecode");
        return;
      }
      auto known = depth_at.find(offset);
      if (known != depth_at.end()) {
        if (known->second != depth) {
          line_number_ = 0;
          Fail("stack depth " + std::to_string(depth) + " disagrees with " + std::to_string(known->second) +
               " at offset " + std::to_string(offset));
          return;
        }
        continue;
      }
      depth_at[offset] = depth;
      max_depth = std::max(max_depth, depth);
      Instruction insn;
      if (!DecodeInstruction(bytecode.data(), size, offset, &insn)) {
        line_number_ = 0;
        Fail("cannot decode the instruction at offset " + std::to_string(offset));
        return;
      }
      const bool jumps = IsJumpFormat(insn.format);
      if (jumps) {
        const int64_t after = depth + StackEffect(insn, true);
        if (after < 0) return Underflow(offset);
        max_depth = std::max(max_depth, after);
        work.push_back({insn.JumpTarget(), after});
      }
      if (!EndsBlock(insn.opcode)) {
        const int64_t after = depth + StackEffect(insn, false);
        if (after < 0) return Underflow(offset);
        max_depth = std::max(max_depth, after);
        work.push_back({offset + insn.length, after});
      }
    }
    if (!stack_override_) out_->code_.max_stack = static_cast<uint16_t>(max_depth);
  }

  void Underflow(uint32_t offset) {
    line_number_ = 0;
    Fail("operand stack underflow at offset " + std::to_string(offset));
  }

  void Finish() {
    AssembledCode& out = *out_;
    RawCode& code = out.code_;
    code.bytecode = out.bytecode_.data();
    code.bytecode_size = static_cast<uint32_t>(out.bytecode_.size());
    code.constants = out.constants_.data();
    code.num_constants = static_cast<uint16_t>(out.constants_.size());
    code.children = out.children_.data();
    code.num_children = static_cast<uint16_t>(out.children_.size());
    code.line_table = out.line_table_.data();
    code.line_table_size = static_cast<uint32_t>(out.line_table_.size());
    code.exception_table = out.exception_table_.data();
    code.exception_table_size = static_cast<uint32_t>(out.exception_table_.size());
    code.slot_names = out.slot_names_.empty() ? nullptr : out.slot_names_.data();
    code.num_cache_slots = static_cast<uint16_t>(next_cache_slot_);
  }

  NameTable* names_;
  std::unique_ptr<AssembledCode> out_;
  std::string error_;
  int line_number_ = 0;
  uint32_t current_line_ = 1;
  uint32_t first_line_ = 1;
  bool first_line_set_ = false;
  bool line_seen_ = false;
  bool stack_override_ = false;
  int64_t next_cache_slot_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> instruction_lines_;  // (offset, source line)
  std::vector<Fixup> fixups_;
  std::vector<HandlerSpec> handlers_;
  std::vector<ExceptionHandler> handler_entries_;
};

std::unique_ptr<AssembledCode> Assemble(const std::string& source, NameTable* names, std::string* error,
                                        const std::vector<const RawCode*>& children) {
  Assembler assembler(names, children);
  return assembler.Run(source, error);
}

}  // namespace vm
}  // namespace mica
