// The built-in `random` module: xoshiro128++ (four 32-bit words of state, fast on 32-bit cores) behind CPython's
// functions: getrandbits, seed, random, uniform, randrange, randint, choice, shuffle.
//
// The sequence cannot match CPython's Mersenne Twister; what matches is everything else: ranges, types, errors,
// and determinism after seed(n). The state lives in .bss (no constructor); until the program calls seed() it is
// seeded from a fixed value, since the ports offer no entropy source yet (seed(None) uses it too).
#include <stdint.h>

#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

struct Generator {
  uint32_t s[4];
  bool seeded;
};

Generator g_generator;  // zero-initialised: seeded on first use

// splitmix32 spreads a seed over the state words (xoshiro must not start from all zeros).
uint32_t SplitMix(uint32_t* x) {
  uint32_t z = (*x += 0x9e3779b9u);
  z = (z ^ (z >> 16)) * 0x85ebca6bu;
  z = (z ^ (z >> 13)) * 0xc2b2ae35u;
  return z ^ (z >> 16);
}

void SeedWith(uint64_t seed) {
  uint32_t x = static_cast<uint32_t>(seed) ^ static_cast<uint32_t>(seed >> 32) * 0x27d4eb2du;
  for (uint32_t& word : g_generator.s) word = SplitMix(&x);
  g_generator.seeded = true;
}

uint32_t RotateLeft(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

uint32_t Next32() {
  if (!g_generator.seeded) SeedWith(0x6d696361);  // "mica"
  uint32_t* s = g_generator.s;
  const uint32_t result = RotateLeft(s[0] + s[3], 7) + s[0];
  const uint32_t t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = RotateLeft(s[3], 11);
  return result;
}

// A uniform Float in [0, 1) with as many random bits as its mantissa holds: CPython's 53-bit recipe for binary64
// (so a seeded sequence matches CPython's), 24 bits for binary32.
Float NextUnit() {
  if constexpr (kFloatBits == 64) {
    const uint32_t a = Next32() >> 5;
    const uint32_t b = Next32() >> 6;
    return static_cast<Float>((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
  } else {
    return static_cast<Float>(Next32() >> 8) * (Float{1} / 16777216);
  }
}

// The bits of the largest int a bounded build holds: 63 with ints = "long_long", a word less two with "small".
constexpr uint64_t BitsOf(int64_t v) { return v == 0 ? 0 : 1 + BitsOf(v >> 1); }
constexpr uint64_t kMaxSizeIntBits = BitsOf(kMaxSizeInt);

// k random bits as an int (k >= 0).
Value RandomBits(uint64_t k) {
  if (k <= 32) return NewIntFromUint64(k == 0 ? 0 : Next32() >> (32 - k));
  if (k <= 64) {
    const uint64_t high = Next32();
    const uint64_t value = (high << 32 | Next32()) >> (64 - k);
    return NewIntFromUint64(value);
  }
  Value result = Value::SmallInt(0);
  uint64_t done = 0;
  while (done < k) {
    const uint64_t chunk = k - done < 32 ? k - done : 32;
    result = IntBinaryOp(BinaryOp::kLShift, result, Value::SmallInt(static_cast<intptr_t>(chunk)));
    MICA_TRY(result);
    result = IntBinaryOp(BinaryOp::kOr, result, NewIntFromUint64(Next32() >> (32 - chunk)));
    MICA_TRY(result);
    done += chunk;
  }
  return result;
}

// A uniform int in [0, n) for an int n > 0: rejection sampling on bit_length(n) bits.
Value RandomBelow(Value n) {
  const uint64_t bits = IntBitLength(n);
  int64_t small;
  if (IntToInt64(n, &small)) {
    for (;;) {
      uint64_t r = Next32();
      if (bits > 32) r = (r << 32 | Next32());
      r &= bits >= 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
      if (r < static_cast<uint64_t>(small)) return NewIntFromUint64(r);
    }
  }
  for (;;) {
    const Value r = RandomBits(bits);
    MICA_TRY(r);
    if (IntCompare(r, n) < 0) return r;
  }
}

Value RandomGetrandbits(const Value* args, uint32_t, uint32_t) {
  intptr_t k;
  MICA_TRY(ToIndex(args[0], &k));
  if (k < 0) return RaiseValueError("number of bits must be non-negative");
  // A bounded build (ints = "long_long" or "small") cannot hold every k-bit value beyond its width: refuse such k
  // every time rather than fail at random.
  if (kIntsFitInt64 && static_cast<uint64_t>(k) > kMaxSizeIntBits) return RaiseIntOverflow();
  return RandomBits(static_cast<uint64_t>(k));
}

// seed(a=None): ints seed by value (so seed(5) repeats), other hashable objects by their hash.
Value RandomSeed(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 0 || args[0].IsNone()) {
    SeedWith(0x6d696361);
    return Value::None();
  }
  Value seed = args[0];
  if (!IsInt(seed) || IsBigInt(seed)) {
    seed = IsInt(seed) ? IntBinaryOp(BinaryOp::kXor, seed, IntBinaryOp(BinaryOp::kRShift, seed, Value::SmallInt(32)))
                       : Hash(seed);
    MICA_TRY(seed);
    if (IsBigInt(seed)) {
      seed = IntBinaryOp(BinaryOp::kAnd, seed, NewInt(0x7FFFFFFFFFFFFFFF));
      MICA_TRY(seed);
    }
  }
  int64_t value = 0;
  IntToInt64(seed, &value);
  SeedWith(static_cast<uint64_t>(value));
  return Value::None();
}

Value RandomRandom(const Value*, uint32_t, uint32_t) { return NewFloat(NextUnit()); }

Value RandomUniform(const Value* args, uint32_t, uint32_t) {
  Float a, b;
  MICA_TRY(ToFloat(args[0], &a));
  MICA_TRY(ToFloat(args[1], &b));
  return NewFloat(a + (b - a) * NextUnit());
}

// An int argument of randrange; floats are rejected (CPython 3.12 raises TypeError; 3.10-3.11 accept integral
// floats with a warning, so tests use ints).
Value RangeArgument(Value v, int position, Value* out) {
  MICA_TRY(IndexInt(v, out));
  if (out->IsNull()) return RaiseFormat(&kValueErrorType, "non-integer arg %d for randrange()", position);
  if (out->IsBool()) *out = Value::SmallInt(out->IsTrue() ? 1 : 0);
  return Value::None();
}

Value RandRange(Value start, Value stop, Value step, int given) {
  Value width = IntBinaryOp(BinaryOp::kSubtract, stop, start);
  MICA_TRY(width);
  const bool unit = step.IsSmallInt() && step.AsSmallInt() == 1;
  if (unit) {
    if (IntIsNegative(width) || (width.IsSmallInt() && width.AsSmallInt() == 0)) {
      if (given == 1) return RaiseValueError("empty range for randrange()");
      return RaiseFormat(&kValueErrorType, "empty range for randrange() (%S, %S, %S)", start, stop, width);
    }
    const Value r = RandomBelow(width);
    MICA_TRY(r);
    return IntBinaryOp(BinaryOp::kAdd, start, r);
  }
  if (step.IsSmallInt() && step.AsSmallInt() == 0) return RaiseValueError("zero step for randrange()");
  // n = (width + step - 1) // step for step > 0, (width + step + 1) // step for step < 0.
  const Value adjust = Value::SmallInt(IntIsNegative(step) ? 1 : -1);
  Value n = IntBinaryOp(BinaryOp::kAdd, width, step);
  MICA_TRY(n);
  n = IntBinaryOp(BinaryOp::kAdd, n, adjust);
  MICA_TRY(n);
  n = IntBinaryOp(BinaryOp::kFloorDivide, n, step);
  MICA_TRY(n);
  if (IntIsNegative(n) || (n.IsSmallInt() && n.AsSmallInt() == 0)) {
    return RaiseValueError("empty range for randrange()");
  }
  Value r = RandomBelow(n);
  MICA_TRY(r);
  r = IntBinaryOp(BinaryOp::kMultiply, r, step);
  MICA_TRY(r);
  return IntBinaryOp(BinaryOp::kAdd, start, r);
}

// randrange(stop) / randrange(start, stop[, step])
Value RandomRandrange(const Value* args, uint32_t n_pos, uint32_t) {
  Value start, stop, step = Value::SmallInt(1);
  MICA_TRY(RangeArgument(args[0], 1, &start));
  if (n_pos == 1) return RandRange(Value::SmallInt(0), start, step, 1);
  MICA_TRY(RangeArgument(args[1], 2, &stop));
  if (n_pos > 2) MICA_TRY(RangeArgument(args[2], 3, &step));
  return RandRange(start, stop, step, static_cast<int>(n_pos));
}

Value RandomRandint(const Value* args, uint32_t, uint32_t) {
  Value a, b;
  MICA_TRY(RangeArgument(args[0], 1, &a));
  MICA_TRY(RangeArgument(args[1], 2, &b));
  const Value stop = IntBinaryOp(BinaryOp::kAdd, b, Value::SmallInt(1));
  MICA_TRY(stop);
  return RandRange(a, stop, Value::SmallInt(1), 2);
}

Value RandomChoice(const Value* args, uint32_t, uint32_t) {
  const Value length = Len(args[0]);
  MICA_TRY(length);
  if (length.AsSmallInt() == 0) return RaiseIndexError("Cannot choose from an empty sequence");
  const Value index = RandomBelow(length);
  MICA_TRY(index);
  return LoadSubscript(args[0], index);
}

// shuffle(x): Fisher-Yates, in place, on any mutable sequence.
Value RandomShuffle(const Value* args, uint32_t, uint32_t) {
  const Value sequence = args[0];
  const Value length = Len(sequence);
  MICA_TRY(length);
  for (intptr_t i = length.AsSmallInt() - 1; i > 0; --i) {
    const Value j = RandomBelow(Value::SmallInt(i + 1));
    MICA_TRY(j);
    const Value a = LoadSubscript(sequence, Value::SmallInt(i));
    MICA_TRY(a);
    const Value b = LoadSubscript(sequence, j);
    MICA_TRY(b);
    MICA_TRY(StoreSubscript(sequence, Value::SmallInt(i), b));
    MICA_TRY(StoreSubscript(sequence, j, a));
  }
  return Value::None();
}

constexpr BuiltinFunction kChoice = MakeBuiltin(names::choice, 1, 1, RandomChoice);
constexpr BuiltinFunction kGetrandbits = MakeBuiltin(names::getrandbits, 1, 1, RandomGetrandbits);
constexpr BuiltinFunction kRandint = MakeBuiltin(names::randint, 2, 2, RandomRandint);
// random() and uniform() exist only where the build has float (kIntRandomMembers below).
constexpr BuiltinFunction kRandom = MakeBuiltin(names::random, 0, 0, kHasFloat ? RandomRandom : nullptr);
constexpr BuiltinFunction kRandrange = MakeBuiltin(names::randrange, 1, 3, RandomRandrange);
constexpr BuiltinFunction kSeed = MakeBuiltin(names::seed, 0, 1, RandomSeed);
constexpr BuiltinFunction kShuffle = MakeBuiltin(names::shuffle, 1, 1, RandomShuffle);
constexpr BuiltinFunction kUniform = MakeBuiltin(names::uniform, 2, 2, kHasFloat ? RandomUniform : nullptr);

constexpr ModuleMember kRandomMembers[] = {
    ModuleObjectMember(names::choice, &kChoice.header),
    ModuleObjectMember(names::getrandbits, &kGetrandbits.header),
    ModuleObjectMember(names::randint, &kRandint.header),
    ModuleObjectMember(names::random, &kRandom.header),
    ModuleObjectMember(names::randrange, &kRandrange.header),
    ModuleObjectMember(names::seed, &kSeed.header),
    ModuleObjectMember(names::shuffle, &kShuffle.header),
    ModuleObjectMember(names::uniform, &kUniform.header),
};
static_assert(ModuleMembersSorted(kRandomMembers, sizeof(kRandomMembers) / sizeof(kRandomMembers[0])),
              "sorted by name id");

// The module without float (float = none): no random() or uniform().
constexpr ModuleMember kIntRandomMembers[] = {
    ModuleObjectMember(names::choice, &kChoice.header),
    ModuleObjectMember(names::getrandbits, &kGetrandbits.header),
    ModuleObjectMember(names::randint, &kRandint.header),
    ModuleObjectMember(names::randrange, &kRandrange.header),
    ModuleObjectMember(names::seed, &kSeed.header),
    ModuleObjectMember(names::shuffle, &kShuffle.header),
};
static_assert(ModuleMembersSorted(kIntRandomMembers, sizeof(kIntRandomMembers) / sizeof(kIntRandomMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kRandomModule =
    kHasFloat ? BuiltinModuleDef{names::random, kRandomMembers, sizeof(kRandomMembers) / sizeof(kRandomMembers[0]),
                                 nullptr}
              : BuiltinModuleDef{names::random, kIntRandomMembers,
                                 sizeof(kIntRandomMembers) / sizeof(kIntRandomMembers[0]), nullptr};

}  // namespace mica
