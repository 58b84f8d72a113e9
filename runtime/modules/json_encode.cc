// json.dumps: JSON text from Python values (json_codec.h states the contract).
#include <stdint.h>

#include "runtime/exec/user_class.h"
#include "runtime/modules/json_codec.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/text_ops.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

void AppendEscape16(StringBuilder* out, uint32_t unit) {
  static constexpr char kHex[] = "0123456789abcdef";
  char text[6] = {'\\', 'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15], kHex[(unit >> 4) & 15],
                  kHex[unit & 15]};
  out->Append(text, 6);
}

// A JSON string literal, ASCII only (ensure_ascii=True).
void AppendQuoted(StringBuilder* out, Value str) {
  const char* data;
  size_t length;
  StrData(str, &data, &length);
  out->AppendChar('"');
  size_t pos = 0;
  while (pos < length) {
    const uint8_t byte = static_cast<uint8_t>(data[pos]);
    if (byte >= 0x80) {
      // A bytes-like str may hold bytes outside any UTF-8 sequence: each goes out as the Latin-1 character.
      if (!kUnicodeStrings && text::Utf8ValidLength(reinterpret_cast<const uint8_t*>(data + pos), length - pos) == 0) {
        AppendEscape16(out, byte);
        ++pos;
        continue;
      }
      uint32_t cp = DecodeUtf8(data, length, &pos);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        AppendEscape16(out, 0xD800 + (cp >> 10));
        AppendEscape16(out, 0xDC00 + (cp & 0x3FF));
      } else {
        AppendEscape16(out, cp);
      }
      continue;
    }
    ++pos;
    switch (byte) {
      case '"': out->Append("\\\"", 2); break;
      case '\\': out->Append("\\\\", 2); break;
      case '\n': out->Append("\\n", 2); break;
      case '\r': out->Append("\\r", 2); break;
      case '\t': out->Append("\\t", 2); break;
      case '\b': out->Append("\\b", 2); break;
      case '\f': out->Append("\\f", 2); break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          if (byte == 0x7F) {
            out->AppendChar(static_cast<char>(byte));
          } else {
            AppendEscape16(out, byte);
          }
        } else {
          out->AppendChar(static_cast<char>(byte));
        }
    }
  }
  out->AppendChar('"');
}

void AppendFloat(StringBuilder* out, double value) {
  if (value != value) {
    out->Append("NaN");
  } else if (value > 1.7976931348623157e308) {
    out->Append("Infinity");
  } else if (value < -1.7976931348623157e308) {
    out->Append("-Infinity");
  } else {
    char text[32];
    out->Append(text, FormatFloatRepr(value, text, sizeof(text)));
  }
}

// Whether `value` is a float (never, where the build has no float).
bool IsJsonFloat(Value value) {
  if constexpr (kHasFloat) {
    return IsFloat(value);
  } else {
    return false;
  }
}

class Encoder {
 public:
  Encoder(StringBuilder* out, const JsonFormat& format) : out_(out), format_(format) {}

  Value Encode(Value original) {
    MICA_TRY(CheckCStack());
    const Value value = Unwrap(original);  // instances of subclasses of str, int, list, dict encode as their base
    if (value.IsNone()) {
      out_->Append("null");
    } else if (value.IsTrue()) {
      out_->Append("true");
    } else if (value.IsFalse()) {
      out_->Append("false");
    } else if (IsStr(value)) {
      AppendQuoted(out_, value);
    } else if (IsInt(value)) {
      MICA_TRY(Print(out_->AsPrinter(), value, PrintKind::kRepr));
    } else if (IsJsonFloat(value)) {
      if constexpr (kHasFloat) AppendFloat(out_, FloatValue(value));
    } else if (IsList(value) || IsTuple(value)) {
      return EncodeSequence(value);
    } else if (IsDict(value)) {
      return EncodeDict(value);
    } else {
      return RaiseFormat(&kTypeErrorType, "Object of type %T is not JSON serializable", original);
    }
    return Value::None();
  }

 private:
  Value NewLine() {
    if (format_.indent.IsNone()) return Value::None();
    out_->AppendChar('\n');
    for (int i = 0; i < depth_; ++i) {
      if (IsStr(format_.indent)) {
        out_->AppendStr(format_.indent);
      } else {
        out_->AppendRepeated(' ', static_cast<size_t>(format_.indent.AsSmallInt()));
      }
    }
    return Value::None();
  }

  Value EncodeSequence(Value sequence) {
    const Value* items;
    size_t length;
    SequenceItems(sequence, &items, &length);
    if (length == 0) {
      out_->Append("[]");
      return Value::None();
    }
    out_->AppendChar('[');
    ++depth_;
    for (size_t i = 0; SequenceItems(sequence, &items, &length), i < length; ++i) {
      if (i > 0) out_->Append(format_.item_separator, format_.item_separator_length);
      NewLine();
      MICA_TRY(Encode(items[i]));
    }
    --depth_;
    NewLine();
    out_->AppendChar(']');
    return Value::None();
  }

  // A dict key as JSON text: str as is; int, float, bool and None as their JSON spelling in quotes.
  Value EncodeKey(Value key) {
    if (IsStr(key)) {
      AppendQuoted(out_, Unwrap(key));
      return Value::None();
    }
    if (key.IsNone() || key.IsBool() || IsInt(key) || IsJsonFloat(Unwrap(key))) {
      out_->AppendChar('"');
      MICA_TRY(Encode(key));
      out_->AppendChar('"');
      return Value::None();
    }
    return RaiseFormat(&kTypeErrorType, "keys must be str, int, float, bool or None, not %T", key);
  }

  Value EncodeDict(Value dict) {
    if (DictLength(dict) == 0) {
      out_->Append("{}");
      return Value::None();
    }
    Value keys = Value();
    if (format_.sort_keys) {
      keys = NewList(DictLength(dict));
      MICA_TRY(keys);
      size_t position = 0;
      Value key, value;
      while (DictNext(dict, &position, &key, &value)) MICA_TRY(ListAppend(keys, key));
      MICA_TRY(ListSort(keys, Value(), false));
    }
    out_->AppendChar('{');
    ++depth_;
    size_t position = 0;
    size_t index = 0;
    Value key, value;
    for (;;) {
      if (format_.sort_keys) {
        if (index >= AsList(keys)->length) break;
        key = AsList(keys)->items[index];
        value = DictLookup(dict, key);
        MICA_TRY(value);
        if (value.IsNull()) return RaiseKeyError(key);
      } else if (!DictNext(dict, &position, &key, &value)) {
        break;
      }
      if (index++ > 0) out_->Append(format_.item_separator, format_.item_separator_length);
      NewLine();
      MICA_TRY(EncodeKey(key));
      out_->Append(format_.key_separator, format_.key_separator_length);
      MICA_TRY(Encode(value));
    }
    --depth_;
    NewLine();
    out_->AppendChar('}');
    return Value::None();
  }

  StringBuilder* out_;
  const JsonFormat& format_;
  int depth_ = 0;
};

}  // namespace

JsonFormat DefaultJsonFormat() { return JsonFormat{Value::None(), ", ", 2, ": ", 2, false}; }

Value JsonEncode(Value value, const JsonFormat& format) {
  StringBuilder out;
  Encoder encoder(&out, format);
  MICA_TRY(encoder.Encode(value));
  return out.Finish();
}

}  // namespace mica
