// The JSON codec on its own: round trips, formats and CPython's error positions.
#include "runtime/modules/json_codec.h"

#include <string.h>

#include "runtime/exec/exec_test_support.h"
#include "runtime/objects/object_ops.h"

namespace mica {
namespace {

class JsonCodecTest : public ExecTest {
 protected:
  // repr(loads(text)) or the error.
  std::string Load(const char* text) {
    const Value value = JsonDecode(text, strlen(text));
    if (value.IsException()) return TakeError();
    return Text(Repr(value));
  }
  // dumps(loads(text)) with the default format.
  std::string RoundTrip(const char* text) {
    const Value value = JsonDecode(text, strlen(text));
    if (value.IsException()) return TakeError();
    const Value out = JsonEncode(value, DefaultJsonFormat());
    if (out.IsException()) return TakeError();
    return Text(out);
  }
};

TEST_F(JsonCodecTest, Values) {
  EXPECT_EQ(Load(" [1, -2.5e1, \"a\\nb\", true, false, null, {}] "), "[1, -25.0, 'a\\nb', True, False, None, {}]");
  EXPECT_EQ(Load("123456789012345678901234567890"), "123456789012345678901234567890");
  EXPECT_EQ(Load("\"\\ud83d\\ude00\""), "'\xF0\x9F\x98\x80'");
}

TEST_F(JsonCodecTest, RoundTrip) {
  EXPECT_EQ(RoundTrip("{\"a\":[1,{\"b\":null}],\"c\":\"\\u00e9\"}"), "{\"a\": [1, {\"b\": null}], \"c\": \"\\u00e9\"}");
  EXPECT_EQ(RoundTrip("[NaN,Infinity,-Infinity]"), "[NaN, Infinity, -Infinity]");
}

TEST_F(JsonCodecTest, ErrorsCarryPositions) {
  EXPECT_EQ(Load(""), "JSONDecodeError: Expecting value: line 1 column 1 (char 0)");
  EXPECT_EQ(Load("[1,\n2,\n"), "JSONDecodeError: Expecting value: line 3 column 1 (char 7)");
  EXPECT_EQ(Load("{\"a\" 1}"), "JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)");
  EXPECT_EQ(Load("[1] x"), "JSONDecodeError: Extra data: line 1 column 5 (char 4)");
  EXPECT_EQ(Load("\"\xC3\xA9\\q\""), "JSONDecodeError: Invalid \\escape: line 1 column 3 (char 2)");
}

}  // namespace
}  // namespace mica
