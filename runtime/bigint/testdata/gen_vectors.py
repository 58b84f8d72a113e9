#!/usr/bin/env python3
"""Prints golden test vectors for runtime/bigint, computed by CPython itself.

usage: gen_vectors.py          > vectors.txt            (the full set, read by vectors_test.cc from runfiles)
       gen_vectors.py --cc     > embedded_vectors.cc    (a subset compiled into the test, for the qemu-arm run)

The output is deterministic (a fixed seed), so regenerating it only changes when this script changes.

Format: one vector per line, fields separated by single spaces, '#' starts a comment line. Integers are written
as Python's hex() writes them (0x1f, -0x1f, 0x0); small counts (exponents, shifts, lengths, bases) in decimal.

  add|sub|mul|floordiv|mod|and|or|xor A B R   R = A op B
  cmp A B R                                   R = -1, 0 or 1
  invert A R                                  R = ~A
  pow A E R                                   R = A ** E
  powmod A E M R                              R = pow(A, E, M)
  lshift|rshift A N R                         R = A << N, A >> N
  str A TEXT                                  TEXT = str(A)
  hex A TEXT                                  TEXT = hex(A)
  format A BASE TEXT                          TEXT = A written in BASE (2..36, lower case, no prefix)
  parse BASE HEXTEXT R                        R = int(text, BASE) where HEXTEXT is the UTF-8 text in hex;
                                              R is ValueError when int() rejects it
  float A R                                   R = repr(float(A)) or OverflowError
  from_float R A                              A = int(float.fromhex(R)) (R written with float.hex())
  int64 A R                                   R = A in decimal if it fits int64, else OverflowError
  to_bytes A LENGTH ORDER SIGNED R            R = A.to_bytes(LENGTH, ORDER, signed=SIGNED) in hex (or '-' for
                                              no bytes), or OverflowError; ORDER is big/little, SIGNED 0/1
  hash A H61 H31                              H61 = hash(A) on a 64-bit CPython; H31 the same scheme with
                                              modulus 2**31 - 1 (CPython on 32-bit targets)
"""
import random
import sys

sys.set_int_max_str_digits(0)

SEED = 20240611
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

# Division cases whose quotient digit estimate needs Knuth's add-back step with 32-bit digits (found by search).
KNUTH_ADD_BACK = [
    (0x800000000000000000000003, 0x200000000000000000000001),
    (0xFFFFFFFF80000000FFFFFFFE0000000000000001, 0x10000000000000003),
    (0x7FFFFFFF7FFFFFFF0000000200000001, 0x7FFFFFFF7FFFFFFF40000000),
    (0x200000007FFFFFFF8000000000000000, 0x80000001FFFFFFFE00000001),
]


def special_values():
    values = [0, 1, 2, 3, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64,
              2**64 + 1, 2**96 - 1, 2**128, 10**9, 10**18, 10**19, 3**100]
    return values + [-v for v in values if v]


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def bits(self, limit):
        """A bit length up to limit: mostly small, often at digit boundaries, sometimes large."""
        r = self.rng.random()
        if r < 0.35:
            bits = self.rng.randint(0, 128)
        elif r < 0.5:
            bits = 32 * self.rng.randint(1, 8) + self.rng.choice([-1, 0, 1])
        elif r < 0.85:
            bits = self.rng.randint(0, min(limit, 2000))
        else:
            bits = self.rng.randint(0, limit)
        return min(bits, limit)

    def magnitude(self, bits):
        if bits <= 0:
            return 0
        style = self.rng.random()
        if style < 0.6:
            value = self.rng.getrandbits(bits) | (1 << (bits - 1))
        elif style < 0.8:
            # Long runs of ones and zeros: carry and borrow chains, quotient digit corrections.
            value = 0
            position = 0
            while position < bits:
                run = self.rng.randint(1, 80)
                if self.rng.random() < 0.5:
                    value |= ((1 << run) - 1) << position
                position += run
            value &= (1 << bits) - 1
            value |= 1 << (bits - 1)
        elif style < 0.9:
            value = (1 << bits) - 1
        else:
            value = 1 << (bits - 1)
        return value

    def integer(self, limit=4000, signed=True):
        if self.rng.random() < 0.08:
            value = self.rng.choice(special_values())
            return value if signed else abs(value)
        value = self.magnitude(self.bits(limit))
        if signed and self.rng.random() < 0.5:
            value = -value
        return value

    def nonzero(self, limit=4000):
        while True:
            value = self.integer(limit)
            if value:
                return value


def write_base(value, base):
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    value = abs(value)
    out = []
    while value:
        value, r = divmod(value, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def literal(gen, value, base):
    """A text int(text, base) accepts for value, with random spacing, sign, case, prefix and underscores."""
    rng = gen.rng
    digit_base = base if base else rng.choice([2, 8, 10, 16])
    body = write_base(abs(value), digit_base)
    if rng.random() < 0.5:
        body = body.upper()
    if rng.random() < 0.4 and len(body) > 1:
        chars = list(body)
        for i in sorted(rng.sample(range(1, len(chars)), min(len(chars) - 1, rng.randint(1, 5))), reverse=True):
            chars.insert(i, "_")
        body = "".join(chars)
    prefix = {2: "0b", 8: "0o", 16: "0x"}.get(digit_base, "")
    if prefix and (base == 0 or (base == digit_base and rng.random() < 0.5)):
        body = (prefix.upper() if rng.random() < 0.3 else prefix) + ("_" if rng.random() < 0.2 else "") + body
    sign = "-" if value < 0 else rng.choice(["", "", "+"])
    space = lambda: rng.choice(["", "", " ", "\t", "\n ", " \r\x0b\x0c"])
    return space() + sign + body + space()


def mutate(gen, text):
    """A likely-invalid variant of a valid literal."""
    rng = gen.rng
    kind = rng.randint(0, 6)
    if kind == 0:
        return text + "_"
    if kind == 1:
        return "_" + text.strip()
    if kind == 2 and len(text) > 2:
        i = rng.randint(1, len(text) - 1)
        return text[:i] + "__" + text[i:]
    if kind == 3:
        return text.strip() + "g"
    if kind == 4:
        return "0" + text.strip().lstrip("+-")
    if kind == 5:
        return "- " + text.strip().lstrip("+-")
    return rng.choice(["", " ", "+", "-", "0x", "0b_", "1 2", "0_", "--1"])


def hash31(value):
    modulus = 2**31 - 1
    h = abs(value) % modulus
    if value < 0:
        h = -h
    return -2 if h == -1 else h


def float_repr(value):
    try:
        return repr(float(value))
    except OverflowError:
        return "OverflowError"


def near_halfway(gen):
    """Integers at or next to a rounding tie of float(): the interesting cases of correct rounding."""
    rng = gen.rng
    mantissa = rng.getrandbits(53) | (1 << 52)
    shift = rng.randint(1, 971)
    value = (mantissa << shift) + (1 << (shift - 1)) + rng.choice([-1, 0, 0, 1])
    if rng.random() < 0.3 and shift > 60:
        value += rng.getrandbits(shift - 60)
    return value if rng.random() < 0.5 else -value


def generate():
    gen = Generator(SEED)
    rng = gen.rng
    lines = []
    H = hex

    def add(*fields):
        lines.append(" ".join(str(f) for f in fields))

    for a, b in KNUTH_ADD_BACK:
        add("floordiv", H(a), H(b), H(a // b))
        add("mod", H(a), H(b), H(a % b))
        add("floordiv", H(-a), H(b), H(-a // b))
        add("mod", H(a), H(-b), H(a % -b))

    for _ in range(24):
        a, b = gen.integer(), gen.integer()
        add("add", H(a), H(b), H(a + b))
        a, b = gen.integer(), gen.integer()
        add("sub", H(a), H(b), H(a - b))
        a, b = gen.integer(2400), gen.integer(2400)
        add("mul", H(a), H(b), H(a * b))
        a, b = gen.integer(), gen.nonzero(2500)
        add("floordiv", H(a), H(b), H(a // b))
        a, b = gen.integer(), gen.nonzero(2500)
        add("mod", H(a), H(b), H(a % b))
        a = gen.integer(300)
        add("cmp", H(a), H(a), 0)
        a, b = gen.integer(), gen.integer()
        add("cmp", H(a), H(b), (a > b) - (a < b))
        for op in ("and", "or", "xor"):
            a, b = gen.integer(2000), gen.integer(2000)
            add(op, H(a), H(b), H({"and": a & b, "or": a | b, "xor": a ^ b}[op]))
        a = gen.integer(2000)
        add("invert", H(a), H(~a))
        a, n = gen.integer(2000), rng.choice([0, 1, 31, 32, 33, 64, rng.randint(0, 700)])
        add("lshift", H(a), n, H(a << n))
        a, n = gen.integer(), rng.choice([0, 1, 31, 32, 33, 64, rng.randint(0, 3000), 5000])
        add("rshift", H(a), n, H(a >> n))

    for _ in range(20):
        a = gen.integer(200)
        e = rng.randint(0, 40) if abs(a) > 1 << 100 else rng.randint(0, 200)
        add("pow", H(a), e, H(a**e))
        a, e, m = gen.integer(800), gen.integer(700, signed=False), gen.nonzero(800)
        add("powmod", H(a), H(e), H(m), H(pow(a, e, m)))

    for _ in range(16):
        a = gen.integer(3000)
        add("str", H(a), str(a))
        a = gen.integer(1500)
        add("hex", H(a), hex(a))
        a, base = gen.integer(800), rng.randint(2, 36)
        add("format", H(a), base, write_base(a, base))

    for _ in range(40):
        base = rng.choice([0, 0, 2, 8, 10, 10, 16, 16, 36, rng.randint(2, 36)])
        value = gen.integer(600)
        text = literal(gen, value, base)
        assert int(text, base) == value, (text, base, value)
        if rng.random() < 0.35:
            text = mutate(gen, text)
        try:
            result = H(int(text, base))
        except ValueError:
            result = "ValueError"
        add("parse", base, text.encode().hex(), result)
    for text, base in [("0_0", 0), ("00", 0), ("010", 0), ("010", 10), ("0b1", 16), ("0x_1f", 16), ("0x", 16),
                       ("0X1F", 0), ("0o_7", 0), ("-0", 0), ("z", 36), ("Z", 35)]:
        try:
            result = H(int(text, base))
        except ValueError:
            result = "ValueError"
        add("parse", base, text.encode().hex(), result)

    for _ in range(30):
        a = near_halfway(gen) if rng.random() < 0.5 else gen.integer(1100)
        add("float", H(a), float_repr(a))
    for a in [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 1, 2**1024, 2**53 + 1, 2**54 + 2, 2**54 + 6,
              -(2**1023 * 3 // 2)]:
        add("float", H(a), float_repr(a))

    for _ in range(16):
        x = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1) * 2.0 ** rng.randint(0, 1023),
                        rng.uniform(-1, 1) * 2.0 ** rng.randint(50, 60)])
        add("from_float", x.hex(), H(int(x)))
    add("from_float", (1.7976931348623157e308).hex(), H(int(1.7976931348623157e308)))

    for _ in range(16):
        a = gen.integer(rng.choice([64, 70, 200]))
        add("int64", H(a), a if -(2**63) <= a < 2**63 else "OverflowError")
    for a in [2**63 - 1, 2**63, -(2**63), -(2**63) - 1]:
        add("int64", H(a), a if -(2**63) <= a < 2**63 else "OverflowError")

    for _ in range(30):
        a = gen.integer(rng.choice([8, 40, 300]))
        length = max(0, (a.bit_length() + 7) // 8 + rng.choice([-1, 0, 0, 1, 3]))
        order = rng.choice(["big", "little"])
        signed = rng.random() < 0.5
        try:
            result = a.to_bytes(length, order, signed=signed).hex() or "-"
        except OverflowError:
            result = "OverflowError"
        add("to_bytes", H(a), length, order, int(signed), result)
    for a, length, signed in [(-128, 1, True), (128, 1, True), (-129, 1, True), (255, 1, False), (0, 0, False),
                              (-(2**63), 8, True), (2**63, 8, True), (-1, 5, True)]:
        try:
            result = a.to_bytes(length, "little", signed=signed).hex() or "-"
        except OverflowError:
            result = "OverflowError"
        add("to_bytes", H(a), length, "little", int(signed), result)

    for _ in range(30):
        a = gen.integer(2000)
        add("hash", H(a), hash(a), hash31(a))
    for a in [-1, -2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61), 2**31 - 1, 2**31, -(2**31 - 1) - 1, 2**62 + 5]:
        add("hash", H(a), hash(a), hash31(a))

    return lines


def emit_cc(lines):
    subset = [line for i, line in enumerate(lines) if i % 3 == 0 and len(line) < 1200]
    print("// Generated by runtime/bigint/testdata/gen_vectors.py --cc: do not edit.")
    print("//")
    print("// A subset of vectors.txt compiled into the test binary, because the emulated (qemu-arm) run has no")
    print("// runfiles to read vectors.txt from.")
    print("namespace mica {")
    print("namespace bigint {")
    print()
    print('extern const char kEmbeddedVectors[] = R"VECTORS(')
    for line in subset:
        print(line)
    print(')VECTORS";')
    print()
    print("}  // namespace bigint")
    print("}  // namespace mica")


def main():
    lines = generate()
    if sys.argv[1:] == ["--cc"]:
        emit_cc(lines)
        return
    print("# Golden vectors for runtime/bigint, generated by gen_vectors.py (seed %d) with CPython %s." %
          (SEED, sys.version.split()[0]))
    print("# Format: see gen_vectors.py.")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
