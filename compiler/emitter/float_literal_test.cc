// DecodeFloatLiteral against the C library's strtod (correctly rounded on glibc) and against known values, on
// the hard cases: halfway points, subnormals, overflow, very long mantissas.
#include "compiler/emitter/float_literal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <random>
#include <string>

#include "gtest/gtest.h"

namespace mica {
namespace emit {
namespace {

uint64_t Bits(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

double Decode(const std::string& text) {
  return DecodeFloatLiteral(text.data(), static_cast<uint32_t>(text.size()));
}

// strtod on the text without underscores and the imaginary suffix.
double Reference(const std::string& text) {
  std::string plain;
  for (char c : text) {
    if (c != '_' && c != 'j' && c != 'J') plain += c;
  }
  return strtod(plain.c_str(), nullptr);
}

TEST(FloatLiteral, SimpleValues) {
  EXPECT_EQ(Decode("0.0"), 0.0);
  EXPECT_EQ(Decode("1.5"), 1.5);
  EXPECT_EQ(Decode(".5"), 0.5);
  EXPECT_EQ(Decode("5."), 5.0);
  EXPECT_EQ(Decode("1e3"), 1000.0);
  EXPECT_EQ(Decode("1E+3"), 1000.0);
  EXPECT_EQ(Decode("2.5e-3"), 0.0025);
  EXPECT_EQ(Decode("1_000.000_1"), 1000.0001);
  EXPECT_EQ(Decode("1e1_0"), 1e10);
  EXPECT_EQ(Decode("2.5j"), 2.5);
  EXPECT_EQ(Decode("10J"), 10.0);
  EXPECT_EQ(Decode("000.000"), 0.0);
}

TEST(FloatLiteral, RangeEnds) {
  EXPECT_EQ(Bits(Decode("1.7976931348623157e308")), Bits(1.7976931348623157e308));
  EXPECT_TRUE(isinf(Decode("1.7976931348623159e308")));  // rounds up past the largest double
  EXPECT_TRUE(isinf(Decode("1e309")));
  EXPECT_TRUE(isinf(Decode("1e999999999999")));
  EXPECT_EQ(Bits(Decode("4.9406564584124654e-324")), 1u);  // the smallest subnormal
  EXPECT_EQ(Bits(Decode("2.4703282292062328e-324")), 1u);  // just above half of it
  EXPECT_EQ(Bits(Decode("2.4703282292062327e-324")), 0u);  // just below
  EXPECT_EQ(Decode("1e-400"), 0.0);
  EXPECT_EQ(Bits(Decode("2.2250738585072014e-308")), Bits(2.2250738585072014e-308));  // smallest normal
  EXPECT_EQ(Bits(Decode("2.2250738585072011e-308")), Bits(2.2250738585072011e-308));  // largest subnormal
}

TEST(FloatLiteral, HalfwayCasesRoundToEven) {
  // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties to the even 2^53.
  EXPECT_EQ(Decode("9007199254740993"), 9007199254740992.0);
  EXPECT_EQ(Decode("9007199254740995"), 9007199254740996.0);
  // The same with a nonzero digit far beyond: no longer a tie.
  EXPECT_EQ(Decode("9007199254740993.00000000000000000000000000000001"), 9007199254740994.0);
  // Classic hard inputs (from the literature on strtod).
  const char* const hard[] = {
      "2.2250738585072012e-308",
      "0.1",
      "0.3",
      "1.00000000000000011102230246251565404236316680908203125",
      "1.00000000000000011102230246251565404236316680908203124",
      "7.038531e-26",
      "9214843084008499",
      "30078505129381147446200",
      "1777820000000000000001",
      "0.500000000000000166533453693773481063544750213623046875",
      "3.518437208883201171875e13",
      "62.5364939768271845828",
      "8.10109172351e-10",
      "1.50000000000000011102230246251565404236316680908203125",
      "9007199254740991.4999999999999999999999999999999995",
      "6.631236846766476e-316",
      "3."
      "2378839133029012895883524125015321748630376694231080599012970495523019706706765657868357425877995578606157765598"
      "3828343551439108415316925268919056439645957739461803892836530514346395510035669666562920201733134403173004436936"
      "0205258345803431471660032699580731300954848363975548690010751530018881758184174569652173110473696022749934638425"
      "3806233697747365600089974040609674980283891918789639685754392222064169814626901133425240027243859416510512935526"
      "0142115533343022523729152384332233132613843147782359114240880003077517062591567072865700315195366426076982249493"
      "7951845801530895238439819708403389937873241463484205608000027270531106827387907791444918534771598750162812548862"
      "7684932015189916680282517302999531439241685457086639",
      "2."
      "4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772"
      "2858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193"
      "7045767824921936562366986365848075700158576926990370631192827955855133292783433840935197801553124659726357957462"
      "2766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968"
      "9513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538"
      "8187963623937328042389101867234849766823508986338858792562830275599565752445550725518931369083625477918694866799"
      "4968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
  };
  for (const char* text : hard) {
    EXPECT_EQ(Bits(Decode(text)), Bits(Reference(text))) << text;
  }
}

TEST(FloatLiteral, RandomDecimalsMatchStrtod) {
  std::mt19937_64 random(20240612);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int digits = 1 + static_cast<int>(random() % (i % 10 == 0 ? 60 : 20));
    const int point = static_cast<int>(random() % (digits + 1));
    for (int d = 0; d < digits; ++d) {
      if (d == point) text += '.';
      text += static_cast<char>('0' + random() % 10);
    }
    if (point == digits) text += ".0";
    const int exponent = static_cast<int>(random() % 700) - 350;
    text += "e" + std::to_string(exponent);
    ASSERT_EQ(Bits(Decode(text)), Bits(Reference(text))) << text;
  }
}

TEST(FloatLiteral, RandomDoublesRoundTrip) {
  // Every double printed with 17 significant digits (and with its shortest text) reads back exactly.
  std::mt19937_64 random(99);
  for (int i = 0; i < 20000; ++i) {
    uint64_t bits = random() & 0x7fffffffffffffffu;
    if ((bits >> 52) == 0x7ff) continue;  // inf and nan have no literal
    double value;
    memcpy(&value, &bits, sizeof value);
    char text[40];
    snprintf(text, sizeof text, "%.17g", value);
    ASSERT_EQ(Bits(Decode(text)), bits) << text;
    snprintf(text, sizeof text, "%.16e", value);
    ASSERT_EQ(Bits(Decode(text)), Bits(Reference(text))) << text;
  }
}

}  // namespace
}  // namespace emit
}  // namespace mica
