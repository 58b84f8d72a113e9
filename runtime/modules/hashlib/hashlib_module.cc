// The built-in `hashlib` module: sha256, sha1 and md5 as classes (as in MicroPython) whose instances have
// CPython's interface: constructor with optional data, update(), digest(), hexdigest(), copy(), and the
// digest_size, block_size and name attributes. The algorithms are in block_hash.h (no libcrypto).
//
// The three classes share a base (shown as `HASH`, the name CPython gives the type of its hash objects) that holds
// the methods; each subclass only says which algorithm it runs.
#include <stdint.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/modules/hashlib/block_hash.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

struct HashObject {
  Object header;
  const hashlib::BlockHashAlgorithm* algorithm;  // in flash: the block needs no scanning
  hashlib::BlockHashState state;
};

extern const Type kHashBaseType;

HashObject* AsHash(Value v) { return reinterpret_cast<HashObject*>(v.AsObject()); }

// Data to hash: any bytes-like object; str must be encoded first (CPython's message).
Value HashInput(Value v, const uint8_t** data, size_t* length) {
  if (IsStr(v)) return RaiseTypeError("Strings must be encoded before hashing");
  if (GetBuffer(v, data, length)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "object supporting the buffer API required");
}

Value HashUpdateWith(Value self, Value data_value) {
  const uint8_t* data;
  size_t length;
  MICA_TRY(HashInput(data_value, &data, &length));
  HashObject* hash = AsHash(self);
  hashlib::Update(*hash->algorithm, &hash->state, data, length);
  return Value::None();
}

const hashlib::BlockHashAlgorithm* AlgorithmOf(const Type* type);

// sha256(data=b'', *, usedforsecurity=True)
Value HashMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount(TypeNameOf(type), n_pos, 0, 0, 1));
  Value data = n_pos > 0 ? args[0] : Value();
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = args[n_pos + 2 * i];
    if (name.Is(Value::Name(names::data)) || name.Is(Value::Name(names::string))) {
      data = args[n_pos + 2 * i + 1];
    } else if (!name.Is(Value::Name(names::usedforsecurity))) {
      return RaiseFormat(&kTypeErrorType, "%s() got an unexpected keyword argument '%S'", TypeNameOf(type), name);
    }
  }
  Object* object = NewObject(type, sizeof(HashObject), gc::kNoScan);
  if (object == nullptr) return Value::Exception();
  HashObject* hash = reinterpret_cast<HashObject*>(object);
  hash->algorithm = AlgorithmOf(type);
  hashlib::Init(*hash->algorithm, &hash->state);
  const Value self = Value::FromObject(object);
  if (!data.IsNull()) MICA_TRY(HashUpdateWith(self, data));
  return self;
}

Value HashUpdate(const Value* args, uint32_t, uint32_t) { return HashUpdateWith(args[0], args[1]); }

Value HashDigest(const Value* args, uint32_t, uint32_t) {
  const HashObject* hash = AsHash(args[0]);
  uint8_t digest[hashlib::kMaxDigestSize];
  hashlib::Final(*hash->algorithm, hash->state, digest);
  return NewBytes(digest, hash->algorithm->digest_size);
}

Value HashHexdigest(const Value* args, uint32_t, uint32_t) {
  const HashObject* hash = AsHash(args[0]);
  uint8_t digest[hashlib::kMaxDigestSize];
  hashlib::Final(*hash->algorithm, hash->state, digest);
  char text[2 * hashlib::kMaxDigestSize];
  const uint32_t size = hash->algorithm->digest_size;
  for (uint32_t i = 0; i < size; ++i) {
    text[2 * i] = "0123456789abcdef"[digest[i] >> 4];
    text[2 * i + 1] = "0123456789abcdef"[digest[i] & 15];
  }
  return NewStr(text, 2 * size);
}

Value HashCopy(const Value* args, uint32_t, uint32_t) {
  const Value self = args[0];
  Object* object = NewObject(self.AsObject()->type, sizeof(HashObject), gc::kNoScan);
  if (object == nullptr) return Value::Exception();
  HashObject* copy = reinterpret_cast<HashObject*>(object);
  copy->algorithm = AsHash(self)->algorithm;
  copy->state = AsHash(self)->state;
  return Value::FromObject(object);
}

// digest_size, block_size and name are read-only attributes computed from the algorithm.
Value HashAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const hashlib::BlockHashAlgorithm* algorithm = AsHash(self)->algorithm;
  if (name == names::digest_size) {
    *value = Value::SmallInt(algorithm->digest_size);
  } else if (name == names::block_size) {
    *value = Value::SmallInt(static_cast<intptr_t>(hashlib::kBlockSize));
  } else if (name == names::name) {
    *value = NewStrFromCString(algorithm->name);
    MICA_TRY(*value);
  } else {
    return Value();
  }
  return Value::None();
}

constexpr BuiltinFunction kCopy = MakeMethod(&kHashBaseType, names::copy, 1, 1, HashCopy);
constexpr BuiltinFunction kDigest = MakeMethod(&kHashBaseType, names::digest, 1, 1, HashDigest);
constexpr BuiltinFunction kHexdigest = MakeMethod(&kHashBaseType, names::hexdigest, 1, 1, HashHexdigest);
constexpr BuiltinFunction kUpdate = MakeMethod(&kHashBaseType, names::update, 2, 2, HashUpdate);

constexpr Member kHashMembers[] = {
    {names::copy, &kCopy.header},
    {names::digest, &kDigest.header},
    {names::hexdigest, &kHexdigest.header},
    {names::update, &kUpdate.header},
};
static_assert(MembersSorted(kHashMembers, sizeof(kHashMembers) / sizeof(kHashMembers[0])), "sorted by name id");

constexpr Type MakeHashType(uint16_t name, const Type* base, MemberTable members) {
  return Type{{&kTypeType}, name,    0,        base,    base == nullptr ? nullptr : HashMakeNew,
              nullptr,      nullptr, nullptr,  nullptr, HashAttr,
              nullptr,      nullptr, nullptr,  members};
}

constexpr Type kHashBaseType =
    MakeHashType(names::HASH, nullptr, MemberTable{kHashMembers, sizeof(kHashMembers) / sizeof(kHashMembers[0])});
constexpr Type kSha256Type = MakeHashType(names::sha256, &kHashBaseType, MemberTable{nullptr, 0});
constexpr Type kSha1Type = MakeHashType(names::sha1, &kHashBaseType, MemberTable{nullptr, 0});
constexpr Type kMd5Type = MakeHashType(names::md5, &kHashBaseType, MemberTable{nullptr, 0});

const hashlib::BlockHashAlgorithm* AlgorithmOf(const Type* type) {
  if (type == &kSha1Type) return &hashlib::kSha1;
  if (type == &kMd5Type) return &hashlib::kMd5;
  return &hashlib::kSha256;
}

constexpr ModuleMember kHashlibMembers[] = {
    ModuleObjectMember(names::md5, &kMd5Type.header),
    ModuleObjectMember(names::sha1, &kSha1Type.header),
    ModuleObjectMember(names::sha256, &kSha256Type.header),
};
static_assert(ModuleMembersSorted(kHashlibMembers, sizeof(kHashlibMembers) / sizeof(kHashlibMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kHashlibModule = {
    names::hashlib, kHashlibMembers, sizeof(kHashlibMembers) / sizeof(kHashlibMembers[0]), nullptr,
};

}  // namespace mica
