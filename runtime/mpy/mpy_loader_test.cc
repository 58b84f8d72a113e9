// The .mpy writer and loader together: programs compiled to .mpy, loaded and run print what the same source
// compiled in the runtime prints; and damaged files (truncated at every byte, every byte flipped, a wrong
// header) end in a clean ValueError, never a crash or an out-of-bounds read (the CI's asan stage runs this too).
#include <stdint.h>
#include <string.h>

#include <string>
#include <vector>

#include "compiler/mpy/mpy_writer.h"
#include "compiler/runtime_sink/runtime_sink.h"
#include "gtest/gtest.h"
#include "gc/heap.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/exec_test_support.h"
#include "runtime/exec/function.h"
#include "runtime/exec/module.h"
#include "runtime/mpy/frozen_module.h"
#include "runtime/mpy/mpy_format.h"
#include "runtime/mpy/mpy_loader.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/bytecode.h"

namespace mica {
namespace {

const char* const kPrograms[] = {
    // functions: defaults, *args, **kwargs, keyword-only, closures, nonlocal
    "def f(a, b=2, *args, k=3, **kw):\n"
    "    x = [a, b, k]\n"
    "    def g():\n"
    "        nonlocal x\n"
    "        x = x + [len(args), sorted(kw)]\n"
    "        return x\n"
    "    return g()\n"
    "print(f(1, 5, 6, k=4, z=1))\n"
    "print(f(7))\n",
    // constants of every kind
    "print(2**100, -12345678901234567890123, 0xffffffffffffffffff, 1.5, -0.0, 2j, b'x\\x00y', 'h\\u00e9')\n"
    "print((1, 'a', None, True, False, ...), 1073741823, 1073741824, -1073741825)\n"
    "print({'k': [1, 2.5], (1, 2): frozenset()}[(1, 2)], 1e300 * 10)\n",
    // classes, super, properties, exceptions, tracebacks through try/finally
    "class A:\n"
    "    def __init__(self, v): self.v = v\n"
    "    @property\n"
    "    def double(self): return self.v * 2\n"
    "class B(A):\n"
    "    def __init__(self, v):\n"
    "        super().__init__(v + 1)\n"
    "    def __repr__(self): return 'B(%d)' % self.v\n"
    "b = B(4)\n"
    "print(b, b.double, isinstance(b, A))\n"
    "try:\n"
    "    try:\n"
    "        raise ValueError('inner')\n"
    "    finally:\n"
    "        print('finally')\n"
    "except ValueError as e:\n"
    "    print('caught', e)\n",
    // generators, comprehensions, f-strings, loops with break/else
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "print(list(gen(5)), [x for x in gen(6) if x % 2], {x: x + 1 for x in range(3)})\n"
    "def outer():\n"
    "    yield from gen(3)\n"
    "print(sum(outer()), f'{3.25:.1f}|{\"s\"!r:>5}|')\n"
    "for i in range(10):\n"
    "    if i == 7: break\n"
    "else:\n"
    "    print('no')\n"
    "print(i)\n"
    "assert i == 7\n",
};

class MpyTest : public ExecTest {
 protected:
  std::vector<uint8_t> Write(const char* source) {
    std::vector<uint8_t> mpy;
    std::string error;
    EXPECT_TRUE(mpy::CompileToMpy(source, "prog.py", mpy::MpyCompileOptions(), &mpy, &error)) << error;
    return mpy;
  }

  Value Globals() {
    const Value module = NewMainModule(names::kAngleString);
    EXPECT_FALSE(module.IsException());
    return ModuleGlobals(module);
  }

  // Runs the source compiled in the runtime; stdout, or the error.
  std::string RunSource(const char* source) {
    TestStdout().clear();
    const Value result = CompileAndRun(source, strlen(source), names::kAngleString, SourceKind::kFile, Globals());
    if (result.IsException()) return "error: " + TakeError();
    return TestStdout();
  }

  // Loads and runs .mpy bytes (copied into the heap, or in place as a frozen module is); stdout, or the error.
  std::string RunMpy(const std::vector<uint8_t>& mpy, bool in_place = false) {
    TestStdout().clear();
    const vm::RawCode* code =
        in_place ? mpy::LoadMpyInPlace(mpy.data(), mpy.size()) : mpy::LoadMpy(mpy.data(), mpy.size());
    if (code == nullptr) return "error: " + TakeError();
    const Value function = NewFunction(code, Globals(), Value(), Value(), Value());
    if (function.IsException()) return "error: " + TakeError();
    const Value result = CallFunction(function, nullptr, 0, 0);
    if (result.IsException()) return "error: " + TakeError();
    return TestStdout();
  }

  // Loads damaged bytes: either a clean ValueError (or MemoryError) or a successful load; never anything else.
  void ExpectCleanLoad(const std::vector<uint8_t>& bytes, const std::string& what) {
    const vm::RawCode* code = mpy::LoadMpy(bytes.data(), bytes.size());
    if (code != nullptr) {
      EXPECT_TRUE(PendingException().IsNull()) << what;
      return;
    }
    const std::string error = TakeError();
    EXPECT_TRUE(error.rfind("ValueError: invalid .mpy file: ", 0) == 0 || error.rfind("MemoryError", 0) == 0)
        << what << ": " << error;
  }
};

TEST_F(MpyTest, RoundTripPrintsWhatTheSourcePrints) {
  for (const char* program : kPrograms) {
    const std::string expected = RunSource(program);
    ASSERT_EQ(expected.find("error:"), std::string::npos) << expected;
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(RunMpy(Write(program)), expected) << program;
  }
}

TEST_F(MpyTest, LoadedCodeRaisesLikeCompiledCode) {
  const std::vector<uint8_t> mpy = Write("def f():\n    return 1 // 0\nf()\n");
  EXPECT_EQ(RunMpy(mpy), "error: ZeroDivisionError: integer division or modulo by zero");
}

TEST_F(MpyTest, HeaderIsCheckedFieldByField) {
  const std::vector<uint8_t> good = Write("print(1)\n");
  ASSERT_EQ(RunMpy(good), "1\n");
  struct Case {
    size_t offset;
    uint8_t value;
    const char* error;
  };
  const Case cases[] = {
      {0, 'X', "ValueError: invalid .mpy file: bad magic"},
      {4, 2, "ValueError: invalid .mpy file: unsupported format version"},
      {5, 0, "ValueError: invalid .mpy file: unsupported bytecode version"},
      {5, 99, "ValueError: invalid .mpy file: unsupported bytecode version"},
      {6, 64, "ValueError: invalid .mpy file: small ints wider than this target's"},
      {7, 1, "ValueError: invalid .mpy file: str is bytes-like in this file but unicode in this build"},
      {7, 2, "ValueError: invalid .mpy file: unsupported feature flags"},
  };
  for (const Case& c : cases) {
    std::vector<uint8_t> bad = good;
    bad[c.offset] = c.value;
    EXPECT_EQ(RunMpy(bad), std::string("error: ") + c.error) << c.offset;
  }
  std::vector<uint8_t> trailing = good;
  trailing.push_back(0);
  EXPECT_EQ(RunMpy(trailing), "error: ValueError: invalid .mpy file: trailing bytes");
  EXPECT_EQ(RunMpy({}), "error: ValueError: invalid .mpy file: bad magic");
}

TEST_F(MpyTest, TruncatedAtEveryByteRaises) {
  for (const char* program : kPrograms) {
    const std::vector<uint8_t> mpy = Write(program);
    for (size_t length = 0; length < mpy.size(); ++length) {
      // A copy of exactly `length` bytes, so ASan sees any read past the end.
      const std::vector<uint8_t> cut(mpy.begin(), mpy.begin() + static_cast<std::ptrdiff_t>(length));
      const vm::RawCode* code = mpy::LoadMpy(cut.data(), cut.size());
      ASSERT_EQ(code, nullptr) << "loaded with " << length << " of " << mpy.size() << " bytes";
      const std::string error = TakeError();
      EXPECT_TRUE(error.rfind("ValueError: invalid .mpy file: ", 0) == 0) << length << ": " << error;
    }
  }
}

TEST_F(MpyTest, EveryByteFlippedLoadsCleanly) {
  for (const char* program : kPrograms) {
    const std::vector<uint8_t> mpy = Write(program);
    for (size_t i = 0; i < mpy.size(); ++i) {
      for (uint8_t mask : {0x01, 0x10, 0x80, 0xff}) {
        std::vector<uint8_t> bad = mpy;
        bad[i] ^= mask;
        ExpectCleanLoad(bad, "byte " + std::to_string(i) + " ^ " + std::to_string(mask));
      }
    }
  }
}

// Where the module's bytecode starts in the .mpy of a small program (every count and size fits one byte), and
// its size: the first code record follows the header and the source name.
size_t ModuleBytecode(const std::vector<uint8_t>& mpy, size_t* bytecode_size) {
  const size_t name_length = mpy[mpy::kHeaderBytes];
  size_t p = mpy::kHeaderBytes + 1 + name_length;
  p += 1 + 1 + mpy[p + 1];  // flags, code name
  p += 1 + 8;               // first_line, the eight 16-bit fields (all one byte here)
  *bytecode_size = mpy[p];
  return p + 3 + 2 + 1;  // three sizes, two counts, slot-name marker
}

// Bytecode the loader must refuse even though the file's structure is sound: the checker's job.
TEST_F(MpyTest, CorruptBytecodeIsRejectedByTheChecker) {
  const std::vector<uint8_t> mpy = Write("x = 5\nprint(x)\n");
  size_t rejected = 0;
  size_t tried = 0;
  size_t bytecode_size;
  const size_t p = ModuleBytecode(mpy, &bytecode_size);
  for (size_t i = 0; i < bytecode_size; ++i) {
    for (int value = 0; value < 256; ++value) {
      std::vector<uint8_t> bad = mpy;
      if (bad[p + i] == value) continue;
      bad[p + i] = static_cast<uint8_t>(value);
      ++tried;
      const vm::RawCode* code = mpy::LoadMpy(bad.data(), bad.size());
      if (code == nullptr) {
        ++rejected;
        const std::string error = TakeError();
        EXPECT_TRUE(error.rfind("ValueError: invalid .mpy file: ", 0) == 0) << error;
      }
    }
  }
  // Most replacement bytes break an operand, a stack depth or the instruction stream.
  EXPECT_GT(rejected, tried * 3 / 4);
}

// Every RawCode of a tree: its bytecode and tables inside [begin, end) (in place) or outside it (copied).
void ExpectCodeIn(const vm::RawCode* code, const uint8_t* begin, const uint8_t* end, bool inside) {
  const auto in = [&](const uint8_t* p, uint32_t size) { return p >= begin && p + size <= end; };
  EXPECT_EQ(in(code->bytecode, code->bytecode_size), inside);
  EXPECT_EQ(in(code->line_table, code->line_table_size), inside);
  EXPECT_EQ(in(code->exception_table, code->exception_table_size), inside);
  for (uint32_t i = 0; i < code->num_children; ++i) ExpectCodeIn(code->children[i], begin, end, inside);
}

TEST_F(MpyTest, InPlaceRunsWhatTheSourceRunsFromTheImage) {
  for (const char* program : kPrograms) {
    const std::vector<uint8_t> mpy = Write(program);
    EXPECT_EQ(RunMpy(mpy, true), RunSource(program)) << program;
    const vm::RawCode* in_place = mpy::LoadMpyInPlace(mpy.data(), mpy.size());
    ASSERT_NE(in_place, nullptr);
    ExpectCodeIn(in_place, mpy.data(), mpy.data() + mpy.size(), true);
    const vm::RawCode* copied = mpy::LoadMpy(mpy.data(), mpy.size());
    ASSERT_NE(copied, nullptr);
    ExpectCodeIn(copied, mpy.data(), mpy.data() + mpy.size(), false);
  }
}

// The point of loading in place: the bytecode and line tables of a big function do not reach the heap.
TEST_F(MpyTest, InPlaceLeavesTheBytecodeOutOfTheHeap) {
  std::string source = "def big(a, b):\n    c = 0\n";
  for (int i = 0; i < 300; ++i) source += "    c = c + a * b - 1\n";
  source += "    return c\n";
  const std::vector<uint8_t> mpy = Write(source.c_str());
  const auto heap_cost = [&](bool in_place) {
    Heap().Collect();
    const size_t before = Heap().Stats().used_bytes;
    const vm::RawCode* code =
        in_place ? mpy::LoadMpyInPlace(mpy.data(), mpy.size()) : mpy::LoadMpy(mpy.data(), mpy.size());
    EXPECT_NE(code, nullptr);
    const size_t after = Heap().Stats().used_bytes;
    EXPECT_EQ(code->num_children, 1u);  // keeps the tree reachable up to here
    return after - before;
  };
  const size_t copied = heap_cost(false);
  const size_t in_place = heap_cost(true);
  EXPECT_GT(copied, size_t{3000});
  EXPECT_LT(in_place * 10, copied) << in_place << " vs " << copied;
}

// The collector ignores the pointers into the image: with a collection before every allocation, code loaded in
// place still runs, and the image (constant memory on a board) is never written.
TEST_F(MpyTest, InPlaceSurvivesCollectionsAndLeavesTheImageAlone) {
  const std::vector<uint8_t> mpy = Write(kPrograms[0]);
  const std::vector<uint8_t> pristine = mpy;
  const std::string expected = RunSource(kPrograms[0]);
  // The objects in flight are found by the conservative scan of the C stack from here down.
  volatile int stack_base = 0;
  Heap().SetStackBase(const_cast<int*>(&stack_base));
  Heap().SetStressMode(true);
  EXPECT_EQ(RunMpy(mpy, true), expected);
  Heap().SetStressMode(false);
  Heap().Collect();
  EXPECT_EQ(RunMpy(mpy, true), expected);
  EXPECT_EQ(mpy, pristine);
  Heap().SetStackBase(nullptr);
}

TEST_F(MpyTest, InPlaceChecksTheImageAsAFile) {
  const std::vector<uint8_t> mpy = Write(kPrograms[0]);
  for (size_t length = 0; length < mpy.size(); ++length) {
    const std::vector<uint8_t> cut(mpy.begin(), mpy.begin() + static_cast<std::ptrdiff_t>(length));
    ASSERT_EQ(mpy::LoadMpyInPlace(cut.data(), cut.size()), nullptr) << length;
    const std::string error = TakeError();
    EXPECT_TRUE(error.rfind("ValueError: invalid .mpy file: ", 0) == 0) << length << ": " << error;
  }
}

TEST(FrozenModuleTest, FilesNameModulesAndPackages) {
  static const uint8_t kData[] = {0};
  static const mpy::FrozenModule kModules[] = {
      {"m", false, kData, 1}, {"pkg", true, kData, 1}, {"pkg.sub", false, kData, 1}, {"pkg.deep", true, kData, 1}};
  static const mpy::FrozenModuleList kList = {kModules, 4};
  static const mpy::FrozenModuleList* const kLists[] = {&kList, nullptr};
  const auto find = [](const char* file) { return mpy::FindFrozenFile(kLists, file, strlen(file)); };
  EXPECT_EQ(find("m.py"), &kModules[0]);
  EXPECT_EQ(find("pkg/__init__.py"), &kModules[1]);
  EXPECT_EQ(find("pkg/sub.py"), &kModules[2]);
  EXPECT_EQ(find("pkg/deep/__init__.py"), &kModules[3]);
  for (const char* missing : {"m.mpy", "m", "m.pyc", "pkg.py", "m/__init__.py", "pkg/__init__.mpy", "pkg/sub",
                              "pkg.sub.py", "pkg/deep.py", "", "mm.py", "pkg/subx.py"}) {
    EXPECT_EQ(find(missing), nullptr) << missing;
  }
  EXPECT_EQ(mpy::FindFrozenFile(nullptr, "m.py", 4), nullptr);
  EXPECT_EQ(mpy::FrozenPathPrefix(".frozen/m.py", 12), 8u);
  EXPECT_EQ(mpy::FrozenPathPrefix(".frozen", 7), 0u);
  EXPECT_EQ(mpy::FrozenPathPrefix(".frozenx/m.py", 13), 0u);
  EXPECT_EQ(mpy::FrozenPathPrefix("lib/.frozen/m.py", 16), 0u);
}

// import through the '.frozen' search-path entry, with the runtime's import code: a package, its submodule, and
// the attributes MicroPython gives frozen modules.
TEST_F(MpyTest, ImportFindsFrozenModulesThroughTheSearchPath) {
  const std::vector<uint8_t> init = Write("from . import sub\nNAME = 'pkg'\n");
  const std::vector<uint8_t> sub = Write("def f():\n    return 42\n");
  const mpy::FrozenModule modules[] = {{"pkg", true, init.data(), static_cast<uint32_t>(init.size())},
                                       {"pkg.sub", false, sub.data(), static_cast<uint32_t>(sub.size())}};
  const mpy::FrozenModuleList list = {modules, 2};
  const mpy::FrozenModuleList* const lists[] = {&list, nullptr};
  Exec().frozen_modules = lists;
  const char* program =
      "import pkg.sub\n"
      "print(pkg.NAME, pkg.sub.f(), pkg.__file__, pkg.__path__, pkg.sub.__file__)\n";
  EXPECT_EQ(RunSource(program), "error: ModuleNotFoundError: No module named 'pkg'");  // not on the path yet
  ASSERT_TRUE(AppendSearchPath(".frozen", 7));
  EXPECT_EQ(RunSource(program), "pkg 42 pkg/__init__.py ['.frozen/pkg'] pkg/sub.py\n");
  Exec().frozen_modules = nullptr;
}

// Instructions whose net stack effect fits the depth but which read deeper than it (found by the fuzzer:
// LOAD_TRUE; ROT_FOUR rotated three values below the module's operand stack). Each case replaces the first
// instruction of `x = 5` (LOAD_SMALL_INT 5, two bytes) by two bytes that keep the rest of the code sound.
TEST_F(MpyTest, InstructionsThatReadBelowTheStackAreRejected) {
  const std::vector<uint8_t> good = Write("x = 5\nprint(x)\n");
  size_t bytecode_size;
  const size_t p = ModuleBytecode(good, &bytecode_size);
  ASSERT_EQ(good[p], static_cast<uint8_t>(vm::Opcode::LOAD_SMALL_INT));
  ASSERT_EQ(RunMpy(good), "5\n");
  auto op = [](vm::Opcode opcode) { return static_cast<uint8_t>(opcode); };
  const uint8_t cases[][2] = {
      {op(vm::Opcode::LOAD_TRUE), op(vm::Opcode::ROT_FOUR)},
      {op(vm::Opcode::LOAD_TRUE), op(vm::Opcode::ROT_TWO)},
      {op(vm::Opcode::LOAD_TRUE), op(vm::Opcode::BINARY_ADD)},
      {op(vm::Opcode::LOAD_TRUE), op(vm::Opcode::COMPARE_NOT_IN)},
      {op(vm::Opcode::DUP_TOP), op(vm::Opcode::LOAD_TRUE)},
      {op(vm::Opcode::UNARY_NOT), op(vm::Opcode::LOAD_TRUE)},
      {op(vm::Opcode::GET_ITER), op(vm::Opcode::LOAD_TRUE)},
      {op(vm::Opcode::LOAD_TRUE), op(vm::Opcode::CHECK_EXC_MATCH)},
      // Block-ending instructions pop without a successor to show it (found by the fuzzer as RAISE_VARARGS 6).
      {op(vm::Opcode::RAISE_VARARGS), 1},
      {op(vm::Opcode::RETURN_VALUE), op(vm::Opcode::LOAD_TRUE)},
      {op(vm::Opcode::RERAISE), op(vm::Opcode::LOAD_TRUE)},
  };
  for (const auto& c : cases) {
    std::vector<uint8_t> bad = good;
    bad[p] = c[0];
    bad[p + 1] = c[1];
    EXPECT_EQ(RunMpy(bad), "error: ValueError: invalid .mpy file: instruction reads below the operand stack")
        << int{c[0]} << " " << int{c[1]};
  }
  // Operands the VM reads as a small enumeration.
  std::vector<uint8_t> bad = good;
  bad[p] = op(vm::Opcode::RAISE_VARARGS);
  bad[p + 1] = 6;
  EXPECT_EQ(RunMpy(bad), "error: ValueError: invalid .mpy file: RAISE_VARARGS operand out of range");
}

}  // namespace
}  // namespace mica
