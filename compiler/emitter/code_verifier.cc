#include "compiler/emitter/code_verifier.h"

#include <stdint.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "runtime/vm/bytecode.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace testing_emitter {
namespace {

std::string At(uint32_t offset, const std::string& what) {
  return "offset " + std::to_string(offset) + ": " + what;
}

std::string CheckOperands(const vm::RawCode& code, const vm::Instruction& insn, const std::set<uint32_t>& starts) {
  const uint32_t slots = vm::NumSlots(code);
  auto name_ok = [&](uint32_t index) { return index < code.num_constants && code.constants[index].IsName(); };
  switch (insn.format) {
    case vm::OperandFormat::kConst:
      if (insn.a >= code.num_constants) return At(insn.offset, "constant index out of range");
      break;
    case vm::OperandFormat::kName:
      if (!name_ok(insn.a)) return At(insn.offset, "name operand is not a name constant");
      break;
    case vm::OperandFormat::kNameCached:
      if (!name_ok(insn.a)) return At(insn.offset, "name operand is not a name constant");
      if (insn.b >= code.num_cache_slots) return At(insn.offset, "cache slot out of range");
      break;
    case vm::OperandFormat::kLocal:
      if (insn.a >= slots) return At(insn.offset, "slot out of range");
      break;
    case vm::OperandFormat::kLocalName:
      if (insn.a >= slots) return At(insn.offset, "slot out of range");
      if (!name_ok(insn.b)) return At(insn.offset, "name operand is not a name constant");
      break;
    case vm::OperandFormat::kFunction:
    case vm::OperandFormat::kClosure:
      if (insn.a >= code.num_children) return At(insn.offset, "child index out of range");
      if (insn.format == vm::OperandFormat::kClosure && insn.c != code.children[insn.a]->num_free) {
        return At(insn.offset, "closure cell count differs from the child's free variables");
      }
      if (insn.format == vm::OperandFormat::kFunction && code.children[insn.a]->num_free != 0) {
        return At(insn.offset, "MAKE_FUNCTION of a child with free variables");
      }
      break;
    case vm::OperandFormat::kCallKw: {
      const uint8_t* p = insn.names;
      const uint8_t* end = code.bytecode + insn.offset + insn.length;
      for (uint32_t i = 0; i < insn.b; ++i) {
        uint32_t index = 0;
        if (!vm::ReadVarUintChecked(p, end, &index) || !name_ok(index)) return At(insn.offset, "bad keyword name");
      }
      break;
    }
    case vm::OperandFormat::kJump:
    case vm::OperandFormat::kJumpFar: {
      const int64_t target = static_cast<int64_t>(insn.offset) + insn.length + insn.jump;
      if (target < 0 || target >= code.bytecode_size || starts.count(static_cast<uint32_t>(target)) == 0) {
        return At(insn.offset, "jump target is not an instruction");
      }
      break;
    }
    default:
      break;
  }
  return "";
}

std::string VerifyOne(const vm::RawCode& code) {
  // Instructions.
  std::map<uint32_t, vm::Instruction> instructions;
  std::set<uint32_t> starts;
  for (uint32_t offset = 0; offset < code.bytecode_size;) {
    vm::Instruction insn;
    if (!vm::DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn)) return At(offset, "undecodable");
    instructions[offset] = insn;
    starts.insert(offset);
    offset += insn.length;
  }
  if (code.bytecode_size == 0) return "empty bytecode";
  for (const auto& entry : instructions) {
    const std::string problem = CheckOperands(code, entry.second, starts);
    if (!problem.empty()) return problem;
  }
  // Exception table.
  std::vector<vm::ExceptionHandler> handlers;
  vm::ExceptionTableReader reader(code);
  vm::ExceptionHandler handler;
  size_t table_bytes = 0;
  while (reader.Next(&handler)) {
    if (handler.start >= handler.end || handler.end > code.bytecode_size || starts.count(handler.start) == 0 ||
        (handler.end != code.bytecode_size && starts.count(handler.end) == 0) || starts.count(handler.target) == 0) {
      return "bad exception table entry " + std::to_string(handler.start) + ".." + std::to_string(handler.end);
    }
    handlers.push_back(handler);
    table_bytes += vm::VarUintSize(handler.start) + vm::VarUintSize(handler.end - handler.start) +
                   vm::VarUintSize(handler.target) + vm::VarUintSize(handler.depth);
  }
  if (table_bytes != code.exception_table_size) return "exception table has trailing bytes";
  // Line table: decodes up to the end, lines are positive.
  vm::LineTableReader lines(code);
  for (const auto& entry : instructions) {
    if (lines.LineAt(entry.first) == 0) return At(entry.first, "line 0");
  }
  // Stack depths along every path.
  std::map<uint32_t, int32_t> depth_at;
  std::vector<uint32_t> work;
  int32_t max_depth = 0;
  std::string problem;
  auto reach = [&](uint32_t offset, int32_t depth, uint32_t from) {
    if (depth < 0) {
      problem = At(from, "stack depth goes negative");
      return;
    }
    if (depth > max_depth) max_depth = depth;
    auto found = depth_at.find(offset);
    if (found == depth_at.end()) {
      depth_at[offset] = depth;
      work.push_back(offset);
    } else if (found->second != depth) {
      problem = At(offset, "paths meet with depths " + std::to_string(found->second) + " and " + std::to_string(depth) +
                               " (from " + std::to_string(from) + ")");
    }
  };
  reach(0, 0, 0);
  while (!work.empty() && problem.empty()) {
    const uint32_t offset = work.back();
    work.pop_back();
    const vm::Instruction& insn = instructions[offset];
    const int32_t depth = depth_at[offset];
    for (const vm::ExceptionHandler& entry : handlers) {
      if (offset < entry.start || offset >= entry.end) continue;
      if (static_cast<int32_t>(entry.depth) > depth) {
        problem = At(offset, "protected with a handler depth above the stack");
        break;
      }
      reach(entry.target, static_cast<int32_t>(entry.depth) + 1, offset);
      break;  // the first matching entry is the handler
    }
    if (!problem.empty()) break;
    if (vm::IsJumpFormat(insn.format)) reach(insn.JumpTarget(), depth + vm::StackEffect(insn, true), offset);
    if (!vm::EndsBlock(insn.opcode)) {
      const uint32_t next = offset + insn.length;
      if (next >= code.bytecode_size) {
        problem = At(offset, "falls off the end of the code");
        break;
      }
      reach(next, depth + vm::StackEffect(insn, false), offset);
    }
  }
  if (!problem.empty()) return problem;
  for (uint32_t offset : starts) {
    if (depth_at.count(offset) == 0) return At(offset, "unreachable instruction");
  }
  if (max_depth != code.max_stack) {
    return "max_stack is " + std::to_string(code.max_stack) + ", the deepest point is " + std::to_string(max_depth);
  }
  return "";
}

}  // namespace

std::string VerifyCode(const vm::RawCode& code) {
  std::string problem = VerifyOne(code);
  if (!problem.empty()) return problem;
  for (uint32_t i = 0; i < code.num_children; ++i) {
    problem = VerifyCode(*code.children[i]);
    if (!problem.empty()) return "child " + std::to_string(i) + ": " + problem;
  }
  return "";
}

}  // namespace testing_emitter
}  // namespace mica
