#include "runtime/mpy/mpy_loader.h"

#include <string.h>

#include "runtime/mpy/code_check.h"
#include "runtime/core_config.h"
#include "runtime/mpy/mpy_format.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/bytecode.h"

namespace mica {
namespace mpy {
namespace {

constexpr uint16_t kKnownCodeFlags = vm::kCodeGenerator | vm::kCodeCoroutine | vm::kCodeAsyncGenerator |
                                     vm::kCodeVarArgs | vm::kCodeVarKeywords | vm::kCodeNamespace |
                                     vm::kCodeHasClassCell;

constexpr size_t AlignUp(size_t n, size_t alignment) {
  return (n + alignment - 1) & ~(alignment - 1);
}

// A bounds-checked cursor over the file. The first failure records its reason and every later read fails, so
// callers may check once after a group of reads.
class Reader {
 public:
  Reader(const uint8_t* data, size_t length) : p_(data), end_(data + length) {}

  const char* error() const { return error_; }
  bool ok() const { return error_ == nullptr; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  bool Fail(const char* reason) {
    if (error_ == nullptr) error_ = reason;
    return false;
  }

  uint8_t Byte() {
    if (!ok()) return 0;
    if (p_ >= end_) return Fail("truncated"), 0;
    return *p_++;
  }

  uint64_t Varint() {
    uint64_t value = 0;
    for (unsigned shift = 0; ok(); shift += 7) {
      if (shift > 63) return Fail("varint too long"), 0;
      const uint8_t byte = Byte();
      if (shift == 63 && (byte & 0x7e) != 0) return Fail("varint too large"), 0;
      value |= uint64_t{byte & 0x7fu} << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return 0;
  }

  // A varint that must be at most `limit`.
  uint32_t Bounded(uint32_t limit) {
    const uint64_t value = Varint();
    if (value > limit) return Fail("value too large for its field"), 0;
    return static_cast<uint32_t>(value);
  }

  // A length or count of things each at least `unit` bytes long, which must fit in what is left of the file.
  uint32_t Count(size_t unit, uint32_t limit) {
    const uint32_t value = Bounded(limit);
    if (ok() && value > remaining() / unit) return Fail("count larger than the file"), 0;
    return value;
  }

  // n bytes in place; null (with a failure) if they are not all there.
  const uint8_t* Bytes(size_t n) {
    if (!ok()) return nullptr;
    if (n > remaining()) return Fail("truncated"), nullptr;
    const uint8_t* start = p_;
    p_ += n;
    return start;
  }

  bool String(const uint8_t** data, size_t* length, bool utf8) {
    *length = Count(1, UINT32_MAX);
    *data = Bytes(*length);
    if (*data == nullptr) return false;
    size_t chars;
    if (utf8 && !CountUtf8(reinterpret_cast<const char*>(*data), *length, &chars)) return Fail("invalid UTF-8");
    return true;
  }

  double Float() {
    const uint8_t* b = Bytes(8);
    if (b == nullptr) return 0.0;
    uint64_t bits = 0;
    for (int i = 7; i >= 0; --i) bits = (bits << 8) | b[i];
    double value;
    memcpy(&value, &bits, sizeof(value));
    return value;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
  const char* error_ = nullptr;
};

// The loader's state: the reader, and how a failure is reported.
struct Loader {
  Reader in;
  uint32_t source_file;
  uint32_t depth;
  bool in_place;  // bytecode and tables stay in the caller's constant buffer (LoadMpyInPlace)
};

Value RaiseInvalid(const char* reason) {
  return RaiseFormat(&kValueErrorType, "invalid .mpy file: %s", reason);
}

// The interned name with the next string's text; the null Value on failure (exception pending).
Value ReadName(Loader& loader) {
  const uint8_t* data;
  size_t length;
  if (!loader.in.String(&data, &length, true)) return RaiseInvalid(loader.in.error());
  return InternName(reinterpret_cast<const char*>(data), length);
}

Value ReadConstant(Loader& loader);

Value ReadTuple(Loader& loader) {
  const uint32_t count = loader.in.Count(1, UINT16_MAX);
  if (!loader.in.ok()) return RaiseInvalid(loader.in.error());
  if (++loader.depth > kMaxNesting) return RaiseInvalid("constants nested too deep");
  // The items go in a scanned scratch block (reachable from this frame) while later items allocate.
  Value* items = nullptr;
  if (count > 0) {
    items = static_cast<Value*>(AllocateRaw(count * sizeof(Value), 0));
    if (items == nullptr) return Value::Exception();
    memset(static_cast<void*>(items), 0, count * sizeof(Value));
  }
  for (uint32_t i = 0; i < count; ++i) {
    const Value item = ReadConstant(loader);
    if (item.IsException()) {
      FreeRaw(items);
      return item;
    }
    items[i] = item;
  }
  const Value result = NewTuple(items, count);
  if (items != nullptr) FreeRaw(items);
  --loader.depth;
  return result;
}

Value ReadConstant(Loader& loader) {
  Reader& in = loader.in;
  const uint8_t tag = in.Byte();
  if (!in.ok()) return RaiseInvalid(in.error());
  switch (static_cast<ConstTag>(tag)) {
    case ConstTag::kNone:
      return Value::None();
    case ConstTag::kFalse:
      return Value::False();
    case ConstTag::kTrue:
      return Value::True();
    case ConstTag::kEllipsis:
      return Value::Ellipsis();
    case ConstTag::kSmallInt: {
      const uint64_t zigzag = in.Varint();
      if (!in.ok()) return RaiseInvalid(in.error());
      const int64_t value = static_cast<int64_t>(zigzag >> 1) ^ -static_cast<int64_t>(zigzag & 1);
      return NewInt(value);  // OverflowError when the build's ints cannot hold it (ints = "small")
    }
    case ConstTag::kBigInt: {
      const uint8_t base = in.Byte();
      const uint8_t* data;
      size_t length;
      if (!in.String(&data, &length, false)) return RaiseInvalid(in.error());
      if (base != 2 && base != 8 && base != 10 && base != 16) return RaiseInvalid("bad int base");
      const char* text = reinterpret_cast<const char*>(data);
      size_t first = length > 0 && text[0] == '-' ? 1 : 0;
      if (first == length) return RaiseInvalid("bad int digits");
      for (size_t i = first; i < length; ++i) {
        const char c = text[i];
        const unsigned digit = c >= '0' && c <= '9'   ? static_cast<unsigned>(c - '0')
                               : c >= 'a' && c <= 'f' ? static_cast<unsigned>(c - 'a' + 10)
                               : c >= 'A' && c <= 'F' ? static_cast<unsigned>(c - 'A' + 10)
                                                      : 99u;
        if (digit >= base) return RaiseInvalid("bad int digits");
      }
      return IntFromText(text, length, base);  // OverflowError beyond a bounded build's range
    }
    case ConstTag::kFloat: {
      const double value = in.Float();
      if (!in.ok()) return RaiseInvalid(in.error());
      if constexpr (kHasFloat) {
        return NewFloat(value);
      } else {
        return RaiseValueError("this .mpy file has a float constant and this build has no float");
      }
    }
    case ConstTag::kComplex: {
      const double real = in.Float();
      const double imag = in.Float();
      if (!in.ok()) return RaiseInvalid(in.error());
      if constexpr (kHasFloat) {
        return NewComplex(real, imag);
      } else {
        return RaiseValueError("this .mpy file has a complex constant and this build has no float");
      }
    }
    case ConstTag::kStr:
    case ConstTag::kBytes: {
      const uint8_t* data;
      size_t length;
      const bool is_str = static_cast<ConstTag>(tag) == ConstTag::kStr;
      // A bytes build's str holds any bytes, so only a unicode build checks that str constants are UTF-8.
      if (!in.String(&data, &length, is_str && kUnicodeStrings)) return RaiseInvalid(in.error());
      const char* text = reinterpret_cast<const char*>(data);
      return is_str ? NewStr(text, length) : NewBytes(text, length);
    }
    case ConstTag::kName:
      return ReadName(loader);
    case ConstTag::kTuple:
      return ReadTuple(loader);
  }
  return RaiseInvalid("unknown constant tag");
}

// The fixed fields of a code record, read before its block is allocated.
struct CodeHeader {
  vm::RawCode fields;
  bool has_slot_names;
};

bool ReadCodeHeader(Reader& in, CodeHeader* header) {
  vm::RawCode& c = header->fields;
  memset(&c, 0, sizeof(c));
  const uint32_t flags = in.Bounded(UINT16_MAX);
  if (in.ok() && (flags & ~uint32_t{kKnownCodeFlags}) != 0) return in.Fail("unknown code flags");
  c.flags = static_cast<uint16_t>(flags);
  return in.ok();
}

bool ReadCodeCounts(Reader& in, CodeHeader* header) {
  vm::RawCode& c = header->fields;
  c.first_line = in.Bounded(UINT32_MAX);
  uint16_t* const shorts[] = {&c.num_positional, &c.num_positional_only, &c.num_kwonly, &c.num_locals,
                              &c.num_cells,      &c.num_free,            &c.max_stack,  &c.num_cache_slots};
  for (uint16_t* field : shorts) *field = static_cast<uint16_t>(in.Bounded(UINT16_MAX));
  c.bytecode_size = in.Count(1, UINT32_MAX);
  c.line_table_size = in.Count(1, UINT32_MAX);
  c.exception_table_size = in.Count(1, UINT32_MAX);
  c.num_constants = static_cast<uint16_t>(in.Count(1, UINT16_MAX));
  c.num_children = static_cast<uint16_t>(in.Count(1, UINT16_MAX));
  const uint8_t has_names = in.Byte();
  if (in.ok() && has_names > 1) return in.Fail("bad slot-name marker");
  header->has_slot_names = has_names == 1;
  if (in.ok() && c.bytecode_size == 0) return in.Fail("empty bytecode");
  return in.ok();
}

const vm::RawCode* LoadCode(Loader& loader);

// Reads one code record into a heap block laid out as the runtime sink lays out compiled code.
const vm::RawCode* LoadCodeBody(Loader& loader, const CodeHeader& header, uint32_t name) {
  Reader& in = loader.in;
  const vm::RawCode& h = header.fields;
  const size_t n_slots = vm::NumSlots(h);
  size_t size = AlignUp(sizeof(vm::RawCode), sizeof(void*));
  const size_t constants_at = size;
  size += AlignUp(h.num_constants * sizeof(Value), sizeof(void*));
  const size_t children_at = size;
  size += AlignUp(h.num_children * sizeof(vm::RawCode*), sizeof(void*));
  const size_t slot_names_at = size;
  size += header.has_slot_names ? n_slots * sizeof(uint32_t) : 0;
  const size_t bytecode_at = size;
  if (!loader.in_place) size += h.bytecode_size + h.line_table_size + h.exception_table_size;

  const uint8_t* bytecode = in.Bytes(h.bytecode_size);
  const uint8_t* line_table = in.Bytes(h.line_table_size);
  const uint8_t* exception_table = in.Bytes(h.exception_table_size);
  if (!in.ok()) return RaiseInvalid(in.error()), nullptr;
  if (header.has_slot_names && n_slots > in.remaining()) return RaiseInvalid("count larger than the file"), nullptr;

  // The block is scanned by the collector (constants and children point into the heap) and reachable from
  // this frame's C stack until a function object holds it.
  uint8_t* block = static_cast<uint8_t*>(AllocateRaw(size, 0));
  if (block == nullptr) return nullptr;
  memset(block, 0, size);
  vm::RawCode* code = reinterpret_cast<vm::RawCode*>(block);
  *code = h;
  code->name = name;
  code->source_file = loader.source_file;
  Value* constants = reinterpret_cast<Value*>(block + constants_at);
  const vm::RawCode** children = reinterpret_cast<const vm::RawCode**>(block + children_at);
  code->constants = constants;
  code->children = children;
  if (loader.in_place) {
    // Frozen: the VM reads these from the image (flash on a board). The collector ignores pointers outside
    // its pool, so it neither marks nor frees them.
    code->bytecode = bytecode;
    code->line_table = line_table;
    code->exception_table = exception_table;
  } else {
    uint8_t* bytes = block + bytecode_at;
    memcpy(bytes, bytecode, h.bytecode_size);
    code->bytecode = bytes;
    bytes += h.bytecode_size;
    if (h.line_table_size > 0) memcpy(bytes, line_table, h.line_table_size);
    code->line_table = bytes;
    bytes += h.line_table_size;
    if (h.exception_table_size > 0) memcpy(bytes, exception_table, h.exception_table_size);
    code->exception_table = bytes;
  }
  // Until the constants are in, the table holds nulls (the zeroed block), which nothing reads yet.
  if (header.has_slot_names) {
    uint32_t* slot_names = reinterpret_cast<uint32_t*>(block + slot_names_at);
    for (size_t i = 0; i < n_slots; ++i) {
      const Value slot_name = ReadName(loader);
      if (slot_name.IsException()) return nullptr;
      slot_names[i] = slot_name.AsNameId();
    }
    code->slot_names = slot_names;
  }
  for (uint32_t i = 0; i < h.num_constants; ++i) {
    const Value constant = ReadConstant(loader);
    if (constant.IsException()) return nullptr;
    constants[i] = constant;
  }
  for (uint32_t i = 0; i < h.num_children; ++i) {
    const vm::RawCode* child = LoadCode(loader);
    if (child == nullptr) return nullptr;
    children[i] = child;
  }
  bool out_of_memory = false;
  const char* problem = CheckLoadedCode(*code, &out_of_memory);
  if (out_of_memory) return nullptr;
  if (problem != nullptr) return RaiseInvalid(problem), nullptr;
  return code;
}

const vm::RawCode* LoadCode(Loader& loader) {
  if (++loader.depth > kMaxNesting) return RaiseInvalid("code nested too deep"), nullptr;
  if (CheckCStack().IsException()) return nullptr;
  CodeHeader header;
  if (!ReadCodeHeader(loader.in, &header)) return RaiseInvalid(loader.in.error()), nullptr;
  const Value name = ReadName(loader);
  if (name.IsException()) return nullptr;
  if (!ReadCodeCounts(loader.in, &header)) return RaiseInvalid(loader.in.error()), nullptr;
  const vm::RawCode* code = LoadCodeBody(loader, header, name.AsNameId());
  --loader.depth;
  return code;
}

}  // namespace

bool HasMpyMagic(const uint8_t* data, size_t length) {
  return length >= sizeof(kMagic) && memcmp(data, kMagic, sizeof(kMagic)) == 0;
}

namespace {

const vm::RawCode* Load(const uint8_t* data, size_t length, bool in_place) {
  if (!HasMpyMagic(data, length)) return RaiseInvalid("bad magic"), nullptr;
  if (length < kHeaderBytes) return RaiseInvalid("truncated"), nullptr;
  if (data[4] != kFormatVersion) return RaiseInvalid("unsupported format version"), nullptr;
  if (data[5] < vm::kBytecodeVersionMin || data[5] > vm::kBytecodeVersion) {
    return RaiseInvalid("unsupported bytecode version"), nullptr;
  }
  constexpr unsigned kOwnSmallIntBits = sizeof(uintptr_t) * 8 - 1;
  if (data[6] == 0 || data[6] > kOwnSmallIntBits) return RaiseInvalid("small ints wider than this target's"), nullptr;
  if ((data[7] & ~kKnownFeatureFlags) != 0) return RaiseInvalid("unsupported feature flags"), nullptr;
  if (kUnicodeStrings && (data[7] & kFeatureBytesStr) != 0) {
    return RaiseInvalid("str is bytes-like in this file but unicode in this build"), nullptr;
  }
  Loader loader = {Reader(data + kHeaderBytes, length - kHeaderBytes), 0, 0, in_place};
  const Value source_file = ReadName(loader);
  if (source_file.IsException()) return nullptr;
  loader.source_file = source_file.AsNameId();
  const vm::RawCode* code = LoadCode(loader);
  if (code == nullptr) return nullptr;
  if (loader.in.remaining() != 0) return RaiseInvalid("trailing bytes"), nullptr;
  return code;
}

}  // namespace

const vm::RawCode* LoadMpy(const uint8_t* data, size_t length) {
  return Load(data, length, false);
}

const vm::RawCode* LoadMpyInPlace(const uint8_t* image, size_t length) {
  return Load(image, length, true);
}

}  // namespace mpy
}  // namespace mica
