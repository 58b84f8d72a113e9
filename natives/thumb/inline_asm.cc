#include "natives/thumb/inline_asm.h"

#include <string.h>

#include "compiler/number_literal.h"
#include "natives/thumb/encoder.h"

namespace mica {
namespace thumb {
namespace {

using ast::NodeKind;

constexpr uint32_t kNoRegister = 0xFF;
constexpr int kMaxPasses = 32;  // each relaxation pass widens at least one branch; a body this long cannot exist
constexpr uint32_t kMaxCodeBytes = 64 * 1024;

struct LabelEntry {
  ast::Ident name;
  uint32_t offset;
};

struct Condition {
  const char* name;
  Cond cond;
};

constexpr Condition kConditions[] = {
    {"beq", Cond::kEq}, {"bne", Cond::kNe}, {"bcs", Cond::kCs}, {"bcc", Cond::kCc}, {"bmi", Cond::kMi},
    {"bpl", Cond::kPl}, {"bvs", Cond::kVs}, {"bvc", Cond::kVc}, {"bhi", Cond::kHi}, {"bls", Cond::kLs},
    {"bge", Cond::kGe}, {"blt", Cond::kLt}, {"bgt", Cond::kGt}, {"ble", Cond::kLe},
};

// The two-register narrow ALU instructions (`and_` is MicroPython's spelling of `and`).
struct AluName {
  const char* name;
  AluOp op;
};

constexpr AluName kAluOps[] = {
    {"and_", AluOp::kAnd}, {"eor", AluOp::kEor}, {"adc", AluOp::kAdc}, {"sbc", AluOp::kSbc}, {"ror", AluOp::kRor},
    {"tst", AluOp::kTst},  {"neg", AluOp::kRsb}, {"cmn", AluOp::kCmn}, {"orr", AluOp::kOrr}, {"mul", AluOp::kMul},
    {"bic", AluOp::kBic},  {"mvn", AluOp::kMvn},
};

struct MemName {
  const char* name;
  MemOp op;
};

constexpr MemName kMemOps[] = {
    {"str", MemOp::kStr}, {"strb", MemOp::kStrb}, {"strh", MemOp::kStrh},
    {"ldr", MemOp::kLdr}, {"ldrb", MemOp::kLdrb}, {"ldrh", MemOp::kLdrh},
};

class Assembler {
 public:
  Assembler(const char* source, const ast::FunctionDef* def, Arena* arena, SyntaxError* error)
      : source_(source), def_(def), arena_(arena), error_(error) {}

  bool Run(natives::AssembledCode* out);

 private:
  // ---- Errors ----
  struct Piece {
    Piece(const char* t) : text(t), length(static_cast<uint32_t>(strlen(t))) {}  // NOLINT: implicit on purpose
    Piece(const char* t, uint32_t n) : text(t), length(n) {}
    const char* text;
    uint32_t length;
  };
  bool Fail(const ast::Node* at, Piece a, Piece b = Piece(""), Piece c = Piece(""), Piece d = Piece(""),
            Piece e = Piece(""));
  Piece Op() const { return Piece(op_, op_length_); }
  Piece NameOf(const ast::Name* name) const { return Piece(Text(name->id), name->id.length); }
  bool FailOp(const ast::Node* at, const char* what) { return Fail(at, "'", Op(), "' ", what); }
  bool FailRange(const ast::Node* at, int64_t value, int64_t low, int64_t high);
  const char* Text(ast::Ident id) const { return source_ + id.offset; }

  // ---- Operands ----
  bool Register(const ast::Expr* e, uint32_t* reg);
  bool LowRegister(const ast::Expr* e, uint32_t* reg);
  bool AnyRegister(const ast::Expr* e, uint32_t* reg);
  bool Integer(const ast::Expr* e, int64_t* value);
  bool Immediate(const ast::Expr* e, int64_t low, int64_t high, uint32_t* value);
  bool Address(const ast::Expr* e, uint32_t* rn, uint32_t* offset);
  bool RegisterList(const ast::Expr* e, uint32_t allowed_high, uint32_t* low_list, bool* high);
  bool LabelOffset(const ast::Expr* e, int32_t* offset);

  // ---- Output ----
  void Put(const Encoding& encoding);
  void PutByte(uint32_t byte);

  bool CheckParameters();
  bool Pass();
  bool Statement(uint32_t index, const ast::Stmt* statement);
  bool Instruction(uint32_t index, const ast::Call* call);
  bool Branch(uint32_t index, const ast::Call* call, bool link, const Cond* cond);
  bool DataDirective(const ast::Call* call);
  bool AlignDirective(const ast::Call* call);
  bool DefineLabel(const ast::Call* call);
  bool Is(const char* name) const { return strlen(name) == op_length_ && memcmp(name, op_, op_length_) == 0; }

  const char* source_;
  const ast::FunctionDef* def_;
  Arena* arena_;
  SyntaxError* error_;

  const char* op_ = "";  // the instruction being assembled
  uint32_t op_length_ = 0;
  uint32_t n_args_ = 0;

  uint8_t* out_ = nullptr;  // null in the measuring passes
  uint32_t pos_ = 0;
  bool* wide_ = nullptr;  // per statement: its branch needs the wide form
  bool widened_ = false;  // this pass widened a branch
  bool labels_known_ = false;
  LabelEntry* labels_ = nullptr;  // per statement, in the order label() appears
  uint32_t* label_offsets_ = nullptr;  // this pass's offsets (labels_ keeps the previous pass's)
  uint32_t n_labels_ = 0;
  bool labels_moved_ = false;
};

// ---- Errors ----------------------------------------------------------------------------------------------------

// The message is the concatenation of the pieces, copied into the arena (a constant fallback if it is full).
bool Assembler::Fail(const ast::Node* at, Piece a, Piece b, Piece c, Piece d, Piece e) {
  const Piece pieces[] = {a, b, c, d, e};
  size_t length = 0;
  for (const Piece& piece : pieces) length += piece.length;
  char* text = static_cast<char*>(arena_->Allocate(length + 1, 1));
  if (text != nullptr) {
    char* p = text;
    for (const Piece& piece : pieces) {
      memcpy(p, piece.text, piece.length);
      p += piece.length;
    }
    *p = '\0';
  }
  error_->kind = ErrorKind::kSyntaxError;
  error_->message = text != nullptr ? text : "invalid inline assembler";
  error_->line = at->line;
  error_->column = at->column;
  return false;
}

// Decimal text of `value` into `out` (at least 21 bytes).
const char* DecimalText(int64_t value, char* out) {
  char digits[24];
  int n = 0;
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  char* p = out;
  if (value < 0) *p++ = '-';
  while (n > 0) *p++ = digits[--n];
  *p = '\0';
  return out;
}

bool Assembler::FailRange(const ast::Node* at, int64_t value, int64_t low, int64_t high) {
  // " out of range low..high"
  char v[24], l[24], h[24], range[72];
  DecimalText(low, l);
  DecimalText(high, h);
  char* p = range;
  const char* const parts[] = {" out of range ", l, "..", h};
  for (const char* part : parts) {
    const size_t n = strlen(part);
    memcpy(p, part, n);
    p += n;
  }
  *p = '\0';
  return Fail(at, "'", Op(), "' integer ", DecimalText(value, v), range);
}

// ---- Operands ----------------------------------------------------------------------------------------------------

// r0-r15, sp, lr, pc; kNoRegister in *reg (no error) when `e` is not a register name.
bool Assembler::Register(const ast::Expr* e, uint32_t* reg) {
  *reg = kNoRegister;
  const auto* name = ast::As<ast::Name>(e);
  if (name == nullptr) return false;
  const char* t = Text(name->id);
  const uint32_t n = name->id.length;
  if (n == 2 && memcmp(t, "sp", 2) == 0) *reg = kSp;
  if (n == 2 && memcmp(t, "lr", 2) == 0) *reg = kLr;
  if (n == 2 && memcmp(t, "pc", 2) == 0) *reg = kPc;
  if ((n == 2 || n == 3) && t[0] == 'r' && t[1] >= '0' && t[1] <= '9') {
    const uint32_t number = n == 2 ? static_cast<uint32_t>(t[1] - '0')
                                   : (t[1] == '1' && t[2] >= '0' && t[2] <= '5' ? 10u + (t[2] - '0') : 99u);
    if (number < 16) *reg = number;
  }
  return *reg != kNoRegister;
}

bool Assembler::AnyRegister(const ast::Expr* e, uint32_t* reg) {
  if (Register(e, reg)) return true;
  return FailOp(e, "expects a register");
}

bool Assembler::LowRegister(const ast::Expr* e, uint32_t* reg) {
  if (!AnyRegister(e, reg)) return false;
  if (IsLow(*reg)) return true;
  return Fail(e, "'", Op(), "' expects a low register (r0-r7), not '", NameOf(static_cast<const ast::Name*>(e)),
              "'");
}

// An int literal, optionally negated, complemented or with a unary plus.
bool Assembler::Integer(const ast::Expr* e, int64_t* value) {
  if (const auto* unary = ast::As<ast::UnaryOpExpr>(e)) {
    int64_t inner;
    if (unary->op() == ast::UnaryOp::kNot || !Integer(unary->operand, &inner)) {
      return unary->op() == ast::UnaryOp::kNot ? FailOp(e, "expects an integer") : false;
    }
    *value = unary->op() == ast::UnaryOp::kUSub ? -inner : unary->op() == ast::UnaryOp::kInvert ? ~inner : inner;
    return true;
  }
  if (e->kind == NodeKind::kInt) {
    const auto* number = static_cast<const ast::Number*>(e);
    uint64_t bits;
    if (DecodeIntLiteral(source_ + number->offset, number->length, &bits) && bits <= 0xFFFFFFFFull) {
      *value = static_cast<int64_t>(bits);
      return true;
    }
    return FailOp(e, "integer does not fit 32 bits");
  }
  return FailOp(e, "expects an integer");
}

bool Assembler::Immediate(const ast::Expr* e, int64_t low, int64_t high, uint32_t* value) {
  int64_t v;
  if (!Integer(e, &v)) return false;
  if (v < low || v > high) return FailRange(e, v, low, high);
  *value = static_cast<uint32_t>(v);
  return true;
}

// [rn] or [rn, offset].
bool Assembler::Address(const ast::Expr* e, uint32_t* rn, uint32_t* offset) {
  const auto* list = ast::As<ast::Sequence>(e);
  if (list == nullptr || e->kind != NodeKind::kList || list->elts.count < 1 || list->elts.count > 2) {
    return FailOp(e, "expects an address [rn, offset]");
  }
  if (!AnyRegister(list->elts[0], rn)) return false;
  if (*rn == kPc) return FailOp(e, "cannot address from pc");
  *offset = 0;
  return list->elts.count == 1 || Immediate(list->elts[1], 0, 4095, offset);
}

// {r0, r4, lr}: a bit per low register; `allowed_high` (lr or pc) may appear too.
bool Assembler::RegisterList(const ast::Expr* e, uint32_t allowed_high, uint32_t* low_list, bool* high) {
  const auto* set = ast::As<ast::Set>(e);
  if (set == nullptr) return FailOp(e, "expects a register set like {r4, r5}");
  *low_list = 0;
  *high = false;
  for (const ast::Expr* item : set->elts) {
    uint32_t reg;
    if (!AnyRegister(item, &reg)) return false;
    if (reg == allowed_high) {
      *high = true;
    } else if (IsLow(reg)) {
      *low_list |= 1u << reg;
    } else {
      return FailOp(item, allowed_high == kLr ? "takes r0-r7 and lr" : "takes r0-r7 and pc");
    }
  }
  return true;
}

// target - (pc + 4) for the branch at pos_. In the first pass labels are not known yet: 0.
bool Assembler::LabelOffset(const ast::Expr* e, int32_t* offset) {
  const auto* name = ast::As<ast::Name>(e);
  if (name == nullptr) return FailOp(e, "expects a label");
  *offset = 0;
  if (!labels_known_) return true;
  for (uint32_t i = 0; i < n_labels_; ++i) {
    const LabelEntry& label = labels_[i];
    if (label.name.length == name->id.length && memcmp(Text(label.name), Text(name->id), name->id.length) == 0) {
      *offset = static_cast<int32_t>(label.offset) - static_cast<int32_t>(pos_ + 4);
      return true;
    }
  }
  return Fail(e, "label '", NameOf(name), "' not defined");
}

// ---- Output ----------------------------------------------------------------------------------------------------

void Assembler::PutByte(uint32_t byte) {
  if (out_ != nullptr) out_[pos_] = static_cast<uint8_t>(byte);
  ++pos_;
}

void Assembler::Put(const Encoding& encoding) {
  if (pos_ % 2 != 0) PutByte(0);  // instructions are halfword-aligned (after odd-sized data)
  for (uint32_t i = 0; i < encoding.count; ++i) {
    PutByte(encoding.half[i] & 0xFF);
    PutByte(encoding.half[i] >> 8);
  }
}

// ---- Statements --------------------------------------------------------------------------------------------------

bool Assembler::CheckParameters() {
  const ast::Arguments* args = def_->args;
  if (args->vararg != nullptr || args->kwarg != nullptr || args->keyword_only.count != 0 ||
      args->positional_only_count != 0) {
    return Fail(def_, "asm_thumb parameters must be plain r0, r1, r2, r3");
  }
  if (args->positional.count > 4) return Fail(def_, "can only have up to 4 parameters to Thumb assembly");
  for (uint32_t i = 0; i < args->positional.count; ++i) {
    const ast::Arg* arg = args->positional[i];
    const char expected[2] = {'r', static_cast<char>('0' + i)};
    if (arg->default_value != nullptr || arg->name.length != 2 || memcmp(Text(arg->name), expected, 2) != 0) {
      return Fail(arg, "parameters must be registers in sequence r0 to r3");
    }
  }
  n_args_ = args->positional.count;
  return true;
}

bool Assembler::DefineLabel(const ast::Call* call) {
  const auto* name = call->args.count == 1 ? ast::As<ast::Name>(call->args[0]) : nullptr;
  if (name == nullptr) return FailOp(call, "expects one label name");
  if (!labels_known_) {
    for (uint32_t i = 0; i < n_labels_; ++i) {
      if (labels_[i].name.length == name->id.length &&
          memcmp(Text(labels_[i].name), Text(name->id), name->id.length) == 0) {
        return Fail(name, "label '", NameOf(name), "' defined twice");
      }
    }
    labels_[n_labels_] = LabelEntry{name->id, pos_};
    label_offsets_[n_labels_++] = pos_;
    return true;
  }
  // Later passes meet the labels in the same order.
  for (uint32_t i = 0; i < n_labels_; ++i) {
    if (labels_[i].name.offset == name->id.offset) {
      if (label_offsets_[i] != pos_) labels_moved_ = true;
      label_offsets_[i] = pos_;
    }
  }
  return true;
}

// data(size, value, ...): little-endian values of 1, 2 or 4 bytes, signed or unsigned.
bool Assembler::DataDirective(const ast::Call* call) {
  if (call->args.count < 1) return FailOp(call, "expects a size and values");
  uint32_t size;
  if (!Immediate(call->args[0], 1, 4, &size)) return false;
  if (size == 3) return FailOp(call->args[0], "size must be 1, 2 or 4");
  const int64_t low = -(int64_t{1} << (8 * size - 1)), high = (int64_t{1} << (8 * size)) - 1;
  for (uint32_t i = 1; i < call->args.count; ++i) {
    uint32_t value;
    if (!Immediate(call->args[i], low, high, &value)) return false;
    for (uint32_t b = 0; b < size; ++b) PutByte(value >> (8 * b));
  }
  return true;
}

// align(n): zero bytes up to a multiple of n (a power of two) from the start of the code.
bool Assembler::AlignDirective(const ast::Call* call) {
  uint32_t n;
  if (call->args.count != 1 || !Immediate(call->args[0], 1, 4096, &n)) {
    return error_->failed() ? false : FailOp(call, "expects one power of two");
  }
  if ((n & (n - 1)) != 0) return FailOp(call->args[0], "expects a power of two");
  while (pos_ % n != 0) PutByte(0);
  return true;
}

bool Assembler::Branch(uint32_t index, const ast::Call* call, bool link, const Cond* cond) {
  if (call->args.count != 1) {
    return Fail(call, "unsupported Thumb instruction '", Op(), "' with ",
                call->args.count == 0 ? "0 arguments" : "more than 1 argument");
  }
  int32_t offset;
  if (!LabelOffset(call->args[0], &offset)) return false;
  if (link) {
    if (labels_known_ && !FitsWideB(offset)) return FailOp(call, "branch out of range");
    Put(Bl(offset));
    return true;
  }
  const bool fits_narrow = cond != nullptr ? FitsNarrowBCond(offset) : FitsNarrowB(offset);
  if (labels_known_ && !fits_narrow && !wide_[index]) {
    wide_[index] = true;
    widened_ = true;
  }
  if (wide_[index]) {
    if (labels_known_ && !(cond != nullptr ? FitsWideBCond(offset) : FitsWideB(offset))) {
      return FailOp(call, "branch out of range");
    }
    Put(cond != nullptr ? BCondWide(*cond, offset) : BWide(offset));
  } else {
    Put(cond != nullptr ? BCondNarrow(*cond, offset) : BNarrow(offset));
  }
  return true;
}

bool Assembler::Instruction(uint32_t index, const ast::Call* call) {
  const uint32_t n = call->args.count;
  const ast::Expr* const* a = call->args.items;
  uint32_t rd = 0, rn = 0, rm = 0, imm = 0;
  bool high = false;
  if (Is("label")) return DefineLabel(call);
  if (Is("data")) return DataDirective(call);
  if (Is("align")) return AlignDirective(call);
  if (Is("b")) return Branch(index, call, false, nullptr);
  if (Is("bl")) return Branch(index, call, true, nullptr);
  for (const Condition& c : kConditions) {
    if (Is(c.name)) return Branch(index, call, false, &c.cond);
  }
  if (n == 0 && Is("nop")) {
    Put(Nop());
    return true;
  }
  if (n == 1 && (Is("bx") || Is("blx"))) {
    if (!AnyRegister(a[0], &rm)) return false;
    Put(Is("bx") ? Bx(rm) : Blx(rm));
    return true;
  }
  if (n == 1 && (Is("push") || Is("pop"))) {
    const bool push = Is("push");
    if (!RegisterList(a[0], push ? kLr : kPc, &imm, &high)) return false;
    if (imm == 0 && !high) return FailOp(a[0], "expects at least one register");
    Put(push ? Push(imm, high) : Pop(imm, high));
    return true;
  }
  if (n == 2 && Is("mov")) {
    if (Register(a[1], &rm)) {
      if (!AnyRegister(a[0], &rd)) return false;
      Put(MovReg(rd, rm));
      return true;
    }
    if (!LowRegister(a[0], &rd) || !Immediate(a[1], 0, 255, &imm)) return false;
    Put(MovsImm(rd, imm));
    return true;
  }
  if (n == 2 && (Is("movw") || Is("movt"))) {
    if (!AnyRegister(a[0], &rd) || !Immediate(a[1], 0, 65535, &imm)) return false;
    if (rd == kSp || rd == kPc) return FailOp(a[0], "cannot write sp or pc");
    Put(Is("movw") ? Movw(rd, imm) : Movt(rd, imm));
    return true;
  }
  if (n == 2 && Is("movwt")) {  // a 32-bit constant: movw of the low half, movt of the high half
    int64_t value;
    if (!AnyRegister(a[0], &rd) || !Integer(a[1], &value)) return false;
    if (rd == kSp || rd == kPc) return FailOp(a[0], "cannot write sp or pc");
    if (value < -2147483648LL || value > 4294967295LL) return FailRange(a[1], value, -2147483648LL, 4294967295LL);
    const uint32_t word = static_cast<uint32_t>(value);
    Put(Movw(rd, word & 0xFFFF));
    Put(Movt(rd, word >> 16));
    return true;
  }
  const bool add = Is("add") || Is("adds"), sub = Is("sub") || Is("subs");
  if (n == 3 && (add || sub)) {
    if (!LowRegister(a[0], &rd) || !LowRegister(a[1], &rn)) return false;
    if (Register(a[2], &rm)) {
      if (!LowRegister(a[2], &rm)) return false;
      Put(add ? AddsReg(rd, rn, rm) : SubsReg(rd, rn, rm));
      return true;
    }
    if (rd == rn) {  // `adds rd, rd, #imm` is T2 (as GNU as picks it), which also allows 0..255
      if (!Immediate(a[2], 0, 255, &imm)) return false;
      Put(add ? AddsImm8(rd, imm) : SubsImm8(rd, imm));
      return true;
    }
    if (!Immediate(a[2], 0, 7, &imm)) return false;
    Put(add ? AddsImm3(rd, rn, imm) : SubsImm3(rd, rn, imm));
    return true;
  }
  if (n == 2 && (add || sub)) {
    if (Register(a[1], &rm)) {
      if (add && (Is("add"))) {  // add rdn, rm: any registers, flags unchanged
        if (!AnyRegister(a[0], &rd)) return false;
        Put(AddReg(rd, rm));
        return true;
      }
      if (!LowRegister(a[0], &rd) || !LowRegister(a[1], &rm)) return false;
      Put(add ? AddsReg(rd, rd, rm) : SubsReg(rd, rd, rm));
      return true;
    }
    if (!LowRegister(a[0], &rd) || !Immediate(a[1], 0, 255, &imm)) return false;
    Put(add ? AddsImm8(rd, imm) : SubsImm8(rd, imm));
    return true;
  }
  if (n == 2 && Is("cmp")) {
    if (Register(a[1], &rm)) {
      if (!AnyRegister(a[0], &rn)) return false;
      Put(CmpReg(rn, rm));
      return true;
    }
    if (!LowRegister(a[0], &rn) || !Immediate(a[1], 0, 255, &imm)) return false;
    Put(CmpImm(rn, imm));
    return true;
  }
  const bool lsl = Is("lsl"), lsr = Is("lsr"), asr = Is("asr");
  if ((lsl || lsr || asr) && (n == 2 || n == 3)) {
    if (!LowRegister(a[0], &rd) || !LowRegister(a[1], &rm)) return false;
    if (n == 2) {
      Put(Alu(lsl ? AluOp::kLsl : lsr ? AluOp::kLsr : AluOp::kAsr, rd, rm));
      return true;
    }
    if (!Immediate(a[2], lsl ? 0 : 1, lsl ? 31 : 32, &imm)) return false;
    Put(ShiftImm(lsl ? Shift::kLsl : lsr ? Shift::kLsr : Shift::kAsr, rd, rm, imm));
    return true;
  }
  if (n == 2) {
    for (const AluName& alu : kAluOps) {
      if (!Is(alu.name)) continue;
      if (!LowRegister(a[0], &rd) || !LowRegister(a[1], &rm)) return false;
      Put(Alu(alu.op, rd, rm));
      return true;
    }
    for (const MemName& mem : kMemOps) {
      if (!Is(mem.name)) continue;
      uint32_t rt = 0, offset = 0;
      if (!AnyRegister(a[0], &rt) || !Address(a[1], &rn, &offset)) return false;
      if (rt == kSp || rt == kPc) return FailOp(a[0], "cannot transfer sp or pc");
      Put(Mem(mem.op, rt, rn, offset));
      return true;
    }
  }
  if (n == 3 && (Is("sdiv") || Is("udiv"))) {
    if (!AnyRegister(a[0], &rd) || !AnyRegister(a[1], &rn) || !AnyRegister(a[2], &rm)) return false;
    if (rd >= kSp || rn >= kSp || rm >= kSp) return FailOp(call, "takes r0-r12");
    Put(Is("sdiv") ? Sdiv(rd, rn, rm) : Udiv(rd, rn, rm));
    return true;
  }
  static const char* const kCounts[] = {"0 arguments", "1 argument", "2 arguments", "3 arguments"};
  return Fail(call, "unsupported Thumb instruction '", Op(), "' with ",
              n < 4 ? kCounts[n] : "more than 3 arguments");
}

bool Assembler::Statement(uint32_t index, const ast::Stmt* statement) {
  if (statement->kind == NodeKind::kPass) return true;
  const auto* expression = ast::As<ast::ExprStmt>(statement);
  if (expression != nullptr && ast::As<ast::Str>(expression->value) != nullptr && index == 0) return true;
  const ast::Call* call = expression != nullptr ? ast::As<ast::Call>(expression->value) : nullptr;
  const ast::Name* name = call != nullptr ? ast::As<ast::Name>(call->func) : nullptr;
  if (name == nullptr) return Fail(statement, "expecting an assembler instruction");
  if (call->keywords.count != 0) return Fail(call, "assembler instructions take no keyword arguments");
  op_ = Text(name->id);
  op_length_ = name->id.length;
  return Instruction(index, call);
}

bool Assembler::Pass() {
  pos_ = 0;
  widened_ = false;
  labels_moved_ = false;
  Put(Push(0xF0, true));  // push {r4, r5, r6, r7, lr}
  const Span<ast::Stmt*>& body = def_->body;
  for (uint32_t i = 0; i < body.count; ++i) {
    if (!Statement(i, body[i])) return false;
    if (pos_ > kMaxCodeBytes) return Fail(body[i], "asm_thumb function too big");
  }
  Put(Pop(0xF0, true));  // pop {r4, r5, r6, r7, pc}
  return true;
}

bool Assembler::Run(natives::AssembledCode* out) {
  if (!CheckParameters()) return false;
  natives::ReturnKind kind = natives::ReturnKind::kInt;
  if (def_->returns != nullptr) {
    const auto* name = ast::As<ast::Name>(def_->returns);
    const uint32_t n = name != nullptr ? name->id.length : 0;
    const char* t = name != nullptr ? Text(name->id) : "";
    if (n == 4 && memcmp(t, "uint", 4) == 0) {
      kind = natives::ReturnKind::kUint;
    } else if (n == 4 && memcmp(t, "bool", 4) == 0) {
      kind = natives::ReturnKind::kBool;
    } else if (!(n == 3 && memcmp(t, "int", 3) == 0)) {
      return Fail(def_->returns, "return annotation must be int, uint or bool");
    }
  }
  const uint32_t count = def_->body.count;
  wide_ = static_cast<bool*>(arena_->Allocate(count * sizeof(bool) + 1, alignof(bool)));
  labels_ = static_cast<LabelEntry*>(arena_->Allocate(count * sizeof(LabelEntry) + 1, alignof(LabelEntry)));
  label_offsets_ = static_cast<uint32_t*>(arena_->Allocate(count * sizeof(uint32_t) + 4, alignof(uint32_t)));
  if (wide_ == nullptr || labels_ == nullptr || label_offsets_ == nullptr) {
    error_->kind = ErrorKind::kMemoryError;
    error_->message = "out of memory";
    error_->line = def_->line;
    return false;
  }
  for (uint32_t i = 0; i < count; ++i) wide_[i] = false;
  if (!Pass()) return false;  // collects the labels
  labels_known_ = true;
  for (int pass = 0;; ++pass) {
    if (!Pass()) return false;
    for (uint32_t i = 0; i < n_labels_; ++i) labels_[i].offset = label_offsets_[i];
    if (!widened_ && !labels_moved_) break;
    if (pass == kMaxPasses) return Fail(def_, "asm_thumb: branches do not settle");
  }
  out_ = static_cast<uint8_t*>(arena_->Allocate(pos_, 4));
  if (out_ == nullptr) {
    error_->kind = ErrorKind::kMemoryError;
    error_->message = "out of memory";
    error_->line = def_->line;
    return false;
  }
  if (!Pass()) return false;
  out->code = out_;
  out->size = pos_;
  out->num_args = static_cast<uint8_t>(n_args_);
  out->return_kind = kind;
  return true;
}

}  // namespace

bool AssembleFunction(const char* source, const ast::FunctionDef* def, Arena* arena, natives::AssembledCode* out,
                      SyntaxError* error) {
  Assembler assembler(source, def, arena, error);
  return assembler.Run(out);
}

}  // namespace thumb
}  // namespace mica
