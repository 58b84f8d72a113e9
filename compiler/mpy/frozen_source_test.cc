// mpy-freeze's source writer: the table is sorted by name and names each file's module correctly, the images are
// written byte for byte, and bad input (names, duplicates, orphan submodules, non-.mpy data) is refused.
#include "compiler/mpy/frozen_source.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/mpy/mpy_format.h"

namespace mica {
namespace mpy {
namespace {

std::vector<uint8_t> Image(uint8_t tail) {
  std::vector<uint8_t> image(kMagic, kMagic + sizeof(kMagic));
  for (uint8_t b : {kFormatVersion, uint8_t{1}, uint8_t{31}, uint8_t{0}, tail}) image.push_back(b);
  return image;
}

std::string Write(const std::vector<FrozenInput>& modules, std::string* error) {
  std::string out;
  if (!WriteFrozenSource(modules, "kFrozenTest", &out, error)) return "";
  return out;
}

TEST(FrozenSourceTest, TableIsSortedAndNamesFiles) {
  std::string error;
  const std::string out = Write({{"zeta", false, Image(0xab)}, {"pkg.sub", false, Image(2)},
                                 {"pkg", true, Image(1)}},
                                &error);
  ASSERT_EQ(error, "");
  const size_t pkg = out.find("{\"pkg\", true, kImage0, sizeof(kImage0)},");
  const size_t sub = out.find("{\"pkg.sub\", false, kImage1, sizeof(kImage1)},");
  const size_t zeta = out.find("{\"zeta\", false, kImage2, sizeof(kImage2)},");
  ASSERT_NE(pkg, std::string::npos) << out;
  ASSERT_NE(sub, std::string::npos);
  ASSERT_NE(zeta, std::string::npos);
  EXPECT_LT(pkg, sub);
  EXPECT_LT(sub, zeta);
  EXPECT_NE(out.find("// pkg (pkg/__init__.py), 9 bytes"), std::string::npos);
  EXPECT_NE(out.find("// pkg.sub (pkg/sub.py), 9 bytes"), std::string::npos);
  // The images byte for byte, in constant storage.
  EXPECT_NE(out.find("alignas(4) const uint8_t kImage2[] = {\n    0x4d, 0x69, 0x63, 0x61, 0x01, 0x01, 0x1f, 0x00, "
                     "0xab,\n};"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("const FrozenModuleList kFrozenTest = {kModules, 3};"), std::string::npos);
}

TEST(FrozenSourceTest, LongImagesWrapEverySixteenBytes) {
  FrozenInput module{"m", false, Image(0)};
  module.image.resize(40, 0x7f);
  std::string error;
  const std::string out = Write({module}, &error);
  ASSERT_EQ(error, "");
  const size_t start = out.find("kImage0[] = {\n");
  const size_t end = out.find("};", start);
  const std::string body = out.substr(start, end - start);
  EXPECT_EQ(std::count(body.begin(), body.end(), '\n'), 1 + 3);  // 16 + 16 + 8 bytes
  EXPECT_EQ(std::count(body.begin(), body.end(), ','), 40);
}

TEST(FrozenSourceTest, EmptyTable) {
  std::string error;
  const std::string out = Write({}, &error);
  ASSERT_EQ(error, "");
  EXPECT_NE(out.find("const FrozenModuleList kFrozenTest = {kModules, 0};"), std::string::npos);
}

TEST(FrozenSourceTest, RefusesBadInput) {
  std::string error;
  EXPECT_EQ(Write({{"a-b", false, Image(0)}}, &error), "");
  EXPECT_EQ(error, "bad module name 'a-b'");
  EXPECT_EQ(Write({{"a..b", false, Image(0)}}, &error), "");
  EXPECT_EQ(Write({{"1a", false, Image(0)}}, &error), "");
  EXPECT_EQ(Write({{"", false, Image(0)}}, &error), "");
  EXPECT_EQ(Write({{"m", false, Image(0)}, {"m", true, Image(0)}}, &error), "");
  EXPECT_EQ(error, "module 'm' given twice");
  EXPECT_EQ(Write({{"pkg.sub", false, Image(0)}}, &error), "");
  EXPECT_EQ(error, "module 'pkg.sub' needs its package 'pkg' (an __init__.py) frozen too");
  EXPECT_EQ(Write({{"pkg", false, Image(0)}, {"pkg.sub", false, Image(0)}}, &error), "");
  EXPECT_EQ(Write({{"m", false, {'M', 'P', 'Y', '!', 1, 1, 31, 0}}}, &error), "");
  EXPECT_EQ(error, "module 'm': not a .mpy image");
  EXPECT_EQ(Write({{"m", false, {'M', 'i', 'c'}}}, &error), "");
  std::string out;
  EXPECT_FALSE(WriteFrozenSource({}, "9bad", &out, &error));
  EXPECT_FALSE(WriteFrozenSource({}, "a::b", &out, &error));
  EXPECT_TRUE(IsValidSymbol("kFrozen_ports_unix_x1"));
}

}  // namespace
}  // namespace mpy
}  // namespace mica
