// Golden vectors computed by CPython (testdata/gen_vectors.py): the full set from testdata/vectors.txt in the
// test's runfiles, and a subset compiled in (testdata/embedded_vectors.cc) for runs without runfiles (qemu-arm).
#include <stdint.h>
#include <stdlib.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {

extern const char kEmbeddedVectors[];

namespace {

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (in >> field) fields.push_back(field);
  return fields;
}

Big H(const std::string& text) {
  return Big::Parse(text, 0);
}

std::string DecodeHex(const std::string& hex) {
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return bytes;
}

std::string EncodeHex(const std::vector<uint8_t>& bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string text;
  for (uint8_t b : bytes) {
    text += kHex[b >> 4];
    text += kHex[b & 15];
  }
  return text;
}

std::string Mismatch(const std::string& actual, const std::string& expected) {
  if (actual == expected) return "";
  return "got " + actual.substr(0, 300) + ", expected " + expected.substr(0, 300);
}

// Checks one vector; returns "" when it passes, else what went wrong.
std::string Check(const std::vector<std::string>& f) {
  const std::string& op = f[0];
  if (op == "add") return Mismatch((H(f[1]) + H(f[2])).Hex(), f[3]);
  if (op == "sub") return Mismatch((H(f[1]) - H(f[2])).Hex(), f[3]);
  if (op == "mul") return Mismatch((H(f[1]) * H(f[2])).Hex(), f[3]);
  if (op == "floordiv") return Mismatch((H(f[1]) / H(f[2])).Hex(), f[3]);
  if (op == "mod") return Mismatch((H(f[1]) % H(f[2])).Hex(), f[3]);
  if (op == "and") return Mismatch((H(f[1]) & H(f[2])).Hex(), f[3]);
  if (op == "or") return Mismatch((H(f[1]) | H(f[2])).Hex(), f[3]);
  if (op == "xor") return Mismatch((H(f[1]) ^ H(f[2])).Hex(), f[3]);
  if (op == "cmp") return Mismatch(std::to_string(Compare(H(f[1]).view(), H(f[2]).view())), f[3]);
  if (op == "invert") return Mismatch((~H(f[1])).Hex(), f[2]);
  if (op == "pow") return Mismatch(PowOf(H(f[1]), std::stoull(f[2])).Hex(), f[3]);
  if (op == "powmod") return Mismatch(ModPowOf(H(f[1]), H(f[2]), H(f[3])).Hex(), f[4]);
  if (op == "lshift") return Mismatch((H(f[1]) << std::stoull(f[2])).Hex(), f[3]);
  if (op == "rshift") return Mismatch((H(f[1]) >> std::stoull(f[2])).Hex(), f[3]);
  if (op == "str") return Mismatch(H(f[1]).ToString(), f[2]);
  if (op == "hex") return Mismatch(H(f[1]).Hex(), f[2]);
  if (op == "format") return Mismatch(H(f[1]).ToString(std::stoi(f[2])), f[3]);
  if (op == "parse") {
    const std::string text = DecodeHex(f[2]);
    const unsigned base = static_cast<unsigned>(std::stoi(f[1]));
    std::vector<Digit> out(FromTextDigits(text.size(), base) + 1);
    BigResult r{0, false};
    const Status s = FromText(text.data(), text.size(), base, out.data(), &r);
    if (f[3] == "ValueError") return s == Status::kInvalid ? "" : "accepted invalid text";
    if (s != Status::kOk) return "rejected valid text";
    return Mismatch(Big::FromResult(out.data(), r).Hex(), f[3]);
  }
  if (op == "float") {
    double d = 0;
    const Status s = ToFloat(H(f[1]).view(), &d);
    if (f[2] == "OverflowError") return s == Status::kOverflow ? "" : "no overflow";
    if (s != Status::kOk) return "unexpected overflow";
    const double expected = strtod(f[2].c_str(), nullptr);
    return d == expected ? "" : "got " + std::to_string(d) + ", expected " + f[2];
  }
  if (op == "from_float") {
    const double x = strtod(f[1].c_str(), nullptr);
    std::vector<Digit> out(FromFloatDigits(x) + 1);
    BigResult r{0, false};
    if (FromFloat(x, out.data(), &r) != Status::kOk) return "FromFloat failed";
    return Mismatch(Big::FromResult(out.data(), r).Hex(), f[2]);
  }
  if (op == "int64") {
    int64_t v = 0;
    const Status s = ToInt64(H(f[1]).view(), &v);
    if (f[2] == "OverflowError") return s == Status::kOverflow ? "" : "no overflow";
    if (s != Status::kOk) return "unexpected overflow";
    return Mismatch(std::to_string(v), f[2]);
  }
  if (op == "to_bytes") {
    const size_t count = std::stoul(f[2]);
    const ByteOrder order = f[3] == "big" ? ByteOrder::kBig : ByteOrder::kLittle;
    const bool is_signed = f[4] == "1";
    std::vector<uint8_t> bytes(count);
    const Status s = ToBytes(H(f[1]).view(), bytes.data(), count, order, is_signed);
    if (f[5] == "OverflowError") return s == Status::kOverflow ? "" : "no overflow";
    if (s != Status::kOk) return "unexpected overflow";
    const std::string text = EncodeHex(bytes);
    const std::string mismatch = Mismatch(text.empty() ? "-" : text, f[5]);
    if (!mismatch.empty()) return mismatch;
    GuardedDigits out(FromBytesDigits(count));
    return Mismatch(Big::FromResult(out.get(), FromBytes(bytes.data(), count, order, is_signed, out.get())).Hex(),
                    H(f[1]).Hex());
  }
  if (op == "hash") {
    const Big a = H(f[1]);
    const std::string h61 = Mismatch(std::to_string(HashWithBits(a.view(), 61)), f[2]);
    return h61.empty() ? Mismatch(std::to_string(HashWithBits(a.view(), 31)), f[3]) : h61;
  }
  return "unknown operation";
}

// Runs every vector in text; returns how many there were, per operation.
std::map<std::string, int> RunVectors(const std::string& text, const std::string& source) {
  std::map<std::string, int> counts;
  std::istringstream in(text);
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = Split(line);
    ++counts[fields[0]];
    EXPECT_EQ(Check(fields), "") << source << ":" << line_number << ": " << line.substr(0, 200);
  }
  return counts;
}

int Total(const std::map<std::string, int>& counts) {
  int total = 0;
  for (const auto& entry : counts) total += entry.second;
  return total;
}

// Where the vectors are in the test's runfiles (Bazel sets TEST_SRCDIR and TEST_WORKSPACE), or "".
std::string FindVectorsFile() {
  const char* relative = "runtime/bigint/testdata/vectors.txt";
  std::vector<std::string> candidates;
  const char* srcdir = getenv("TEST_SRCDIR");
  const char* workspace = getenv("TEST_WORKSPACE");
  if (srcdir != nullptr && workspace != nullptr)
    candidates.push_back(std::string(srcdir) + "/" + workspace + "/" + relative);
  candidates.push_back(relative);  // the working directory of a test is its workspace's runfiles directory
  for (const std::string& path : candidates) {
    if (std::ifstream(path).good()) return path;
  }
  return "";
}

TEST(BigintVectors, GoldenFileFromCPython) {
  const std::string path = FindVectorsFile();
  ASSERT_FALSE(path.empty()) << "testdata/vectors.txt not found in the runfiles";
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  const std::map<std::string, int> counts = RunVectors(text.str(), path);
  printf("checked %d golden vectors from %s\n", Total(counts), path.c_str());
  EXPECT_GT(Total(counts), 500);
  EXPECT_EQ(counts.size(), 23u) << "every kind of vector is present";
}

TEST(BigintVectors, EmbeddedSubsetFromCPython) {
  const std::map<std::string, int> counts = RunVectors(kEmbeddedVectors, "embedded_vectors.cc");
  printf("checked %d embedded golden vectors\n", Total(counts));
  EXPECT_GT(Total(counts), 150);
}

}  // namespace
}  // namespace bigint
}  // namespace mica
