#include "ports/unix/command_line.h"

#include <string.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace mica {
namespace {

struct Parsed {
  ParseStatus status;
  Options options;
  std::string error;
};

// Keeps the argv strings alive for the Options' pointers into them.
class CommandLineTest : public ::testing::Test {
 protected:
  Parsed Parse(std::vector<const char*> args) {
    argv_ = {"mica"};
    argv_.insert(argv_.end(), args.begin(), args.end());
    Parsed parsed;
    char error[256];
    parsed.status = ParseCommandLine(static_cast<int>(argv_.size()), argv_.data(), &parsed.options, error,
                                     sizeof(error));
    parsed.error = error;
    return parsed;
  }

  std::vector<const char*> argv_;
};

TEST_F(CommandLineTest, NoArgumentsIsTheRepl) {
  const Parsed p = Parse({});
  EXPECT_EQ(p.status, ParseStatus::kRun);
  EXPECT_EQ(p.options.program, Options::Program::kRepl);
  EXPECT_EQ(p.options.heap_bytes, kDefaultHeapBytes);
  EXPECT_EQ(p.options.optimize, 0);
  EXPECT_FALSE(p.options.inspect);
}

TEST_F(CommandLineTest, ScriptTakesTheRestAsArguments) {
  const Parsed p = Parse({"prog.py", "a", "-c", "--x"});
  ASSERT_EQ(p.status, ParseStatus::kRun);
  EXPECT_EQ(p.options.program, Options::Program::kScript);
  EXPECT_STREQ(p.options.target, "prog.py");
  ASSERT_EQ(p.options.arg_count, 3);
  EXPECT_STREQ(p.options.args[0], "a");
  EXPECT_STREQ(p.options.args[1], "-c");
  EXPECT_STREQ(p.options.args[2], "--x");
}

TEST_F(CommandLineTest, DashAloneIsAScriptName) {
  const Parsed p = Parse({"-"});
  EXPECT_EQ(p.options.program, Options::Program::kScript);
  EXPECT_STREQ(p.options.target, "-");
}

TEST_F(CommandLineTest, CommandAndModule) {
  Parsed p = Parse({"-c", "print(1)", "x"});
  ASSERT_EQ(p.status, ParseStatus::kRun);
  EXPECT_EQ(p.options.program, Options::Program::kCommand);
  EXPECT_STREQ(p.options.target, "print(1)");
  ASSERT_EQ(p.options.arg_count, 1);
  EXPECT_STREQ(p.options.args[0], "x");

  p = Parse({"-m", "pkg.mod"});
  ASSERT_EQ(p.status, ParseStatus::kRun);
  EXPECT_EQ(p.options.program, Options::Program::kModule);
  EXPECT_STREQ(p.options.target, "pkg.mod");
  EXPECT_EQ(p.options.arg_count, 0);
}

TEST_F(CommandLineTest, MissingArgumentsAreErrors) {
  for (const char* flag : {"-c", "-m", "-X"}) {
    const Parsed p = Parse({flag});
    EXPECT_EQ(p.status, ParseStatus::kError) << flag;
    EXPECT_NE(p.error.find("argument expected"), std::string::npos) << p.error;
  }
}

TEST_F(CommandLineTest, FlagsBeforeTheProgram) {
  const Parsed p = Parse({"-i", "-v", "-v", "-O", "prog.py", "-O"});
  ASSERT_EQ(p.status, ParseStatus::kRun);
  EXPECT_TRUE(p.options.inspect);
  EXPECT_EQ(p.options.verbose, 2);
  EXPECT_EQ(p.options.optimize, 1);
  ASSERT_EQ(p.options.arg_count, 1);  // the -O after the script is the script's
}

TEST_F(CommandLineTest, OptimisationLevels) {
  EXPECT_EQ(Parse({"-OO"}).options.optimize, 2);
  EXPECT_EQ(Parse({"-OOO"}).options.optimize, 3);
  EXPECT_EQ(Parse({"-O3"}).options.optimize, 3);
  EXPECT_EQ(Parse({"-O0"}).options.optimize, 0);
  EXPECT_EQ(Parse({"-Ox"}).status, ParseStatus::kError);
}

TEST_F(CommandLineTest, HeapSize) {
  EXPECT_EQ(Parse({"-X", "heapsize=256k"}).options.heap_bytes, 256u * 1024);
  EXPECT_EQ(Parse({"-Xheapsize=2M"}).options.heap_bytes, 2u * 1024 * 1024);
  EXPECT_EQ(Parse({"-X", "heapsize=1000"}).options.heap_bytes, 1000u);
  for (const char* bad : {"heapsize=", "heapsize=0", "heapsize=12q", "heapsize=-5", "heapsize=k"}) {
    const Parsed p = Parse({"-X", bad});
    EXPECT_EQ(p.status, ParseStatus::kError) << bad;
    EXPECT_NE(p.error.find("bad heap size"), std::string::npos) << p.error;
  }
}

TEST_F(CommandLineTest, Emitters) {
  EXPECT_EQ(Parse({"-X", "emit=bytecode"}).status, ParseStatus::kRun);
  for (const char* emitter : {"emit=native", "emit=viper"}) {
    const Parsed p = Parse({"-X", emitter});
    EXPECT_EQ(p.status, ParseStatus::kError);
    EXPECT_NE(p.error.find("not built yet"), std::string::npos) << p.error;
  }
  EXPECT_EQ(Parse({"-X", "emit=asm"}).status, ParseStatus::kError);
  EXPECT_EQ(Parse({"-X", "frobnicate"}).status, ParseStatus::kError);
}

TEST_F(CommandLineTest, HelpAndUnknownFlags) {
  EXPECT_EQ(Parse({"-h"}).status, ParseStatus::kHelp);
  EXPECT_EQ(Parse({"-v", "-h", "prog.py"}).status, ParseStatus::kHelp);
  const Parsed p = Parse({"-q", "prog.py"});
  EXPECT_EQ(p.status, ParseStatus::kError);
  EXPECT_EQ(p.error, "unknown option: -q");
  EXPECT_NE(strstr(kUsage, "usage: mica"), nullptr);
}

}  // namespace
}  // namespace mica
