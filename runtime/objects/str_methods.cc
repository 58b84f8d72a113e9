// The methods of str. Case mapping and the letter/digit classes cover ASCII only (as MicroPython's do): other code
// points are left unchanged by upper()/lower()/title() and count as neither letters nor digits. Whitespace and
// line breaks follow Unicode, as split()/strip()/splitlines() users expect. Where str is bytes-like
// (kUnicodeStrings false) characters are bytes (str.h's Str*Char helpers): bytes >= 0x80 are not whitespace,
// count as printable and as identifier letters (they are usually parts of UTF-8 letters), and str.maketrans and
// translate map bytes.
#include <string.h>

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_methods.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/text_ops.h"
#include "runtime/objects/text_pieces.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

const uint8_t* Bytes(const char* data) { return reinterpret_cast<const uint8_t*>(data); }

Value MakeStrPiece(Value, const uint8_t* data, size_t length) {
  return NewStr(reinterpret_cast<const char*>(data), length);
}

TextView StrView(Value self) {
  const StrText text = GetStrText(self);
  return TextView{self, Bytes(text.data), text.length, true, MakeStrPiece};
}

Value RequireStr(Value v, const char* what) {
  if (IsStr(v)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "%s must be str, not %T", what, v);
}

// find/rfind/index/rindex: the char position or -1.
Value FindImpl(const Value* args, uint32_t n_pos, bool reverse, intptr_t* result) {
  MICA_TRY(RequireStr(args[1], "substring"));
  const StrText text = GetStrText(args[0]);
  const StrText needle = GetStrText(args[1]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, text.chars, true, &start, &end));
  *result = -1;
  if (start > end) return Value::None();
  const size_t begin_byte = CharToByte(text, start);
  const size_t end_byte = CharToByte(text, end);
  const size_t hit = FindBytes(text.data, end_byte, needle.data, needle.length, begin_byte, reverse);
  if (hit != kNoPosition) *result = static_cast<intptr_t>(ByteToChar(text, hit));
  return Value::None();
}

Value StrFind(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t position;
  MICA_TRY(FindImpl(args, n_pos, false, &position));
  return Value::SmallInt(position);
}

Value StrRfind(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t position;
  MICA_TRY(FindImpl(args, n_pos, true, &position));
  return Value::SmallInt(position);
}

Value StrIndex(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t position;
  MICA_TRY(FindImpl(args, n_pos, false, &position));
  if (position < 0) return RaiseValueError("substring not found");
  return Value::SmallInt(position);
}

Value StrRindex(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t position;
  MICA_TRY(FindImpl(args, n_pos, true, &position));
  if (position < 0) return RaiseValueError("substring not found");
  return Value::SmallInt(position);
}

Value StrCount(const Value* args, uint32_t n_pos, uint32_t) {
  MICA_TRY(RequireStr(args[1], "substring"));
  const StrText text = GetStrText(args[0]);
  const StrText needle = GetStrText(args[1]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, text.chars, true, &start, &end));
  if (start > end) return Value::SmallInt(0);
  if (needle.length == 0) return Value::SmallInt(static_cast<intptr_t>(end - start + 1));
  const size_t end_byte = CharToByte(text, end);
  size_t position = CharToByte(text, start);
  intptr_t count = 0;
  while (true) {
    const size_t hit = FindBytes(text.data, end_byte, needle.data, needle.length, position, false);
    if (hit == kNoPosition) break;
    ++count;
    position = hit + needle.length;
  }
  return Value::SmallInt(count);
}

// startswith/endswith: the affix may be a tuple of strs.
Value AffixImpl(const Value* args, uint32_t n_pos, bool at_end) {
  const StrText text = GetStrText(args[0]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, text.chars, true, &start, &end));
  const Value affix = args[1];
  const Value* candidates = &affix;
  size_t count = 1;
  if (IsTuple(affix)) {
    candidates = TupleItems(affix);
    count = TupleLength(affix);
  }
  for (size_t i = 0; i < count; ++i) {
    if (!IsStr(candidates[i])) {
      return RaiseFormat(&kTypeErrorType, "%s first arg must be str or a tuple of str, not %T",
                         at_end ? "endswith" : "startswith", candidates[i]);
    }
    if (start > end) continue;
    const StrText piece = GetStrText(candidates[i]);
    const size_t begin_byte = CharToByte(text, start);
    const size_t end_byte = CharToByte(text, end);
    if (piece.length > end_byte - begin_byte) continue;
    const size_t at = at_end ? end_byte - piece.length : begin_byte;
    if (memcmp(text.data + at, piece.data, piece.length) == 0) return Value::True();
  }
  return Value::False();
}

Value StrStartswith(const Value* args, uint32_t n_pos, uint32_t) { return AffixImpl(args, n_pos, false); }
Value StrEndswith(const Value* args, uint32_t n_pos, uint32_t) { return AffixImpl(args, n_pos, true); }

// str.isspace()'s whitespace: Unicode's, or its ASCII part for a bytes-like str.
bool IsStrSpace(uint32_t c) { return (kUnicodeStrings || c < 0x80) && text::IsUnicodeSpace(c); }

// Whether the character starting at data[i] is in the strip set (whitespace when chars is null).
bool InStripSet(const char* data, size_t length, size_t i, const StrText* chars, size_t* width) {
  size_t pos = i;
  const uint32_t code = StrNextChar(data, length, &pos);
  *width = pos - i;
  if (chars == nullptr) return IsStrSpace(code);
  for (size_t k = 0; k < chars->length;) {
    if (StrNextChar(chars->data, chars->length, &k) == code) return true;
  }
  return false;
}

Value StripImpl(const Value* args, uint32_t n_pos, bool left, bool right) {
  const StrText text = GetStrText(args[0]);
  StrText chars;
  const StrText* set = nullptr;
  if (n_pos > 1 && !args[1].IsNone()) {
    MICA_TRY(RequireStr(args[1], "strip arg"));
    chars = GetStrText(args[1]);
    set = &chars;
  }
  size_t begin = 0;
  size_t end = text.length;
  size_t width;
  if (left) {
    while (begin < end && InStripSet(text.data, text.length, begin, set, &width)) begin += width;
  }
  if (right) {
    while (end > begin) {
      const size_t start = StrCharStart(text.data, begin, end);
      if (!InStripSet(text.data, text.length, start, set, &width)) break;
      end = start;
    }
  }
  if (begin == 0 && end == text.length) return args[0];
  return NewStr(text.data + begin, end - begin);
}

Value StrStrip(const Value* args, uint32_t n_pos, uint32_t) { return StripImpl(args, n_pos, true, true); }
Value StrLstrip(const Value* args, uint32_t n_pos, uint32_t) { return StripImpl(args, n_pos, true, false); }
Value StrRstrip(const Value* args, uint32_t n_pos, uint32_t) { return StripImpl(args, n_pos, false, true); }

Value SplitImpl(const Value* args, uint32_t n_pos, uint32_t n_kw, bool reverse) {
  Value sep;
  intptr_t maxsplit;
  MICA_TRY(SplitArguments(args, n_pos, n_kw, &sep, &maxsplit));
  if (sep.IsNull()) return SplitPieces(StrView(args[0]), nullptr, 0, maxsplit, reverse);
  MICA_TRY(RequireStr(sep, "sep"));
  const StrText separator = GetStrText(sep);
  if (separator.length == 0) return RaiseValueError("empty separator");
  return SplitPieces(StrView(args[0]), Bytes(separator.data), separator.length, maxsplit, reverse);
}

Value StrSplit(const Value* args, uint32_t n_pos, uint32_t n_kw) { return SplitImpl(args, n_pos, n_kw, false); }
Value StrRsplit(const Value* args, uint32_t n_pos, uint32_t n_kw) { return SplitImpl(args, n_pos, n_kw, true); }

Value StrSplitlines(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  bool keepends;
  MICA_TRY(KeepEndsArgument(args, n_pos, n_kw, &keepends));
  return SplitLinesPieces(StrView(args[0]), keepends);
}

Value StrJoin(const Value* args, uint32_t, uint32_t) {
  const StrText sep = GetStrText(args[0]);
  Value items = args[1];
  if (!IsList(items) && !IsTuple(items)) {
    items = ListFromIterable(items);
    MICA_TRY(items);
  }
  const Value* values;
  size_t count;
  if (IsList(items)) {
    values = AsList(items)->items;
    count = AsList(items)->length;
  } else {
    values = TupleItems(items);
    count = TupleLength(items);
  }
  if (count == 1 && IsStr(values[0])) return values[0];
  size_t total = 0;
  for (size_t i = 0; i < count; ++i) {
    const char* data;
    size_t length;
    if (!StrData(values[i], &data, &length)) {
      return RaiseFormat(&kTypeErrorType, "sequence item %z: expected str instance, %T found", i, values[i]);
    }
    total = SaturatingAdd(total, length);
    if (i > 0) total = SaturatingAdd(total, sep.length);
  }
  if (total == 0) return Value::Name(names::kEmpty);
  StrObject* str = AllocateStr(total);
  if (str == nullptr) return Value::Exception();
  // A list may have changed during the allocation only if something ran Python code; nothing here does.
  char* out = str->Text();
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) {
      memcpy(out, sep.data, sep.length);
      out += sep.length;
    }
    const char* data = "";
    size_t length = 0;
    StrData(values[i], &data, &length);
    memcpy(out, data, length);
    out += length;
  }
  return FinishStr(str, total);
}

Value StrReplace(const Value* args, uint32_t n_pos, uint32_t) {
  MICA_TRY(RequireStr(args[1], "replace() argument 1"));
  MICA_TRY(RequireStr(args[2], "replace() argument 2"));
  intptr_t count = -1;
  if (n_pos > 3) MICA_TRY(ToIndex(args[3], &count));
  const StrText text = GetStrText(args[0]);
  const StrText old_text = GetStrText(args[1]);
  const StrText new_text = GetStrText(args[2]);
  StringBuilder builder;
  if (old_text.length == 0) {
    // Insert `new` before every character and at the end.
    size_t i = 0;
    while (i <= text.length && count != 0) {
      builder.Append(new_text.data, new_text.length);
      if (count > 0) --count;
      if (i == text.length) {
        ++i;
        break;
      }
      const size_t next = StrCharEnd(text.data, text.length, i);
      builder.Append(text.data + i, next - i);
      i = next;
    }
    if (i <= text.length) builder.Append(text.data + i, text.length - i);
    return builder.Finish();
  }
  size_t position = 0;
  bool replaced = false;
  while (count != 0) {
    const size_t hit = FindBytes(text.data, text.length, old_text.data, old_text.length, position, false);
    if (hit == kNoPosition) break;
    builder.Append(text.data + position, hit - position);
    builder.Append(new_text.data, new_text.length);
    position = hit + old_text.length;
    replaced = true;
    if (count > 0) --count;
  }
  if (!replaced) return args[0];
  builder.Append(text.data + position, text.length - position);
  return builder.Finish();
}

// upper/lower/swapcase/capitalize/title/casefold: a byte-wise ASCII mapping (text_ops.h).
using text::CaseMap;

Value MapCase(Value self, CaseMap map) {
  const StrText text = GetStrText(self);
  if (text.length == 0) return self;
  StrObject* str = AllocateStr(text.length);
  if (str == nullptr) return Value::Exception();
  text::MapCase(Bytes(text.data), text.length, reinterpret_cast<uint8_t*>(str->Text()), map, true);
  return FinishStr(str, text.length);
}

Value StrUpper(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kUpper); }
Value StrLower(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kLower); }
Value StrSwapcase(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kSwap); }
Value StrCapitalize(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kCapitalize); }
Value StrTitle(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kTitle); }
Value StrCasefold(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kLower); }

// is*(): every code point satisfies `test` (and there is at least one).
Value Classify(Value self, bool (*test)(uint32_t)) {
  const StrText text = GetStrText(self);
  if (text.length == 0) return Value::False();
  for (size_t i = 0; i < text.length;) {
    if (!test(StrNextChar(text.data, text.length, &i))) return Value::False();
  }
  return Value::True();
}

bool IsDigitCode(uint32_t c) { return c < 0x80 && text::IsAsciiDigit(static_cast<uint8_t>(c)); }
bool IsAlphaCode(uint32_t c) { return c < 0x80 && text::IsAsciiAlpha(static_cast<uint8_t>(c)); }
bool IsAlnumCode(uint32_t c) { return c < 0x80 && text::IsAsciiAlnum(static_cast<uint8_t>(c)); }
bool IsAsciiCode(uint32_t c) { return c < 0x80; }
Value StrIsdigit(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsDigitCode); }
Value StrIsalpha(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsAlphaCode); }
Value StrIsalnum(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsAlnumCode); }
Value StrIsspace(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsStrSpace); }

// A bytes-like str's bytes >= 0x80 are printable: they are parts of the UTF-8 text print() shows.
bool IsStrPrintable(uint32_t c) { return kUnicodeStrings ? text::IsPrintable(c) : c >= 0x20 && c != 0x7F; }

Value StrIsascii(const Value* args, uint32_t, uint32_t) {
  return GetStrText(args[0]).length == 0 ? Value::True() : Classify(args[0], IsAsciiCode);
}

Value StrIsprintable(const Value* args, uint32_t, uint32_t) {
  return GetStrText(args[0]).length == 0 ? Value::True() : Classify(args[0], IsStrPrintable);
}

// An identifier starts with a letter or underscore. Without a Unicode database, every printable non-space non-ASCII
// code point counts as a letter.
bool IsIdentifierCode(uint32_t c) {
  if (c < 0x80) return text::IsAsciiAlnum(static_cast<uint8_t>(c)) || c == '_';
  return !kUnicodeStrings || (text::IsPrintable(c) && !text::IsUnicodeSpace(c));
}

Value StrIsidentifier(const Value* args, uint32_t, uint32_t) {
  const StrText text = GetStrText(args[0]);
  if (text.length > 0 && text::IsAsciiDigit(static_cast<uint8_t>(text.data[0]))) return Value::False();
  return Classify(args[0], IsIdentifierCode);
}

Value StrIsupper(const Value* args, uint32_t, uint32_t) {
  const StrText text = GetStrText(args[0]);
  return Value::Bool(text::IsAllCase(Bytes(text.data), text.length, true));
}

Value StrIslower(const Value* args, uint32_t, uint32_t) {
  const StrText text = GetStrText(args[0]);
  return Value::Bool(text::IsAllCase(Bytes(text.data), text.length, false));
}

Value StrIstitle(const Value* args, uint32_t, uint32_t) {
  const StrText text = GetStrText(args[0]);
  return Value::Bool(text::IsTitle(Bytes(text.data), text.length));
}

// center/ljust/rjust: pad to `width` code points with a one-character fill.
Value Pad(const Value* args, uint32_t n_pos, int align) {
  intptr_t width;
  MICA_TRY(ToIndex(args[1], &width));
  const char* fill = " ";
  size_t fill_length = 1;
  if (n_pos > 2) {
    if (!IsStr(args[2]) || StrCharCount(args[2]) != 1) {
      return RaiseTypeError("The fill character must be exactly one character long");
    }
    StrData(args[2], &fill, &fill_length);
  }
  const StrText text = GetStrText(args[0]);
  if (width <= static_cast<intptr_t>(text.chars)) return args[0];
  const size_t pad = static_cast<size_t>(width) - text.chars;
  const size_t left = align < 0 ? 0 : (align > 0 ? pad : text::CenterLeft(pad, static_cast<size_t>(width)));
  StringBuilder builder;
  for (size_t i = 0; i < left; ++i) builder.Append(fill, fill_length);
  builder.Append(text.data, text.length);
  for (size_t i = left; i < pad; ++i) builder.Append(fill, fill_length);
  return builder.Finish();
}

Value StrCenter(const Value* args, uint32_t n_pos, uint32_t) { return Pad(args, n_pos, 0); }
Value StrLjust(const Value* args, uint32_t n_pos, uint32_t) { return Pad(args, n_pos, -1); }
Value StrRjust(const Value* args, uint32_t n_pos, uint32_t) { return Pad(args, n_pos, 1); }

// expandtabs(tabsize=8): each tab becomes the spaces up to the next multiple of tabsize (columns count code
// points and restart after \n and \r); tabsize <= 0 removes the tabs.
Value StrExpandtabs(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(AllowKeywords(args, n_pos, n_kw, names::tabsize, names::kEmpty, "expandtabs"));
  Value size_value = n_pos > 1 ? args[1] : Value::SmallInt(8);
  const Value size_kw = FindKeyword(args, n_pos, n_kw, names::tabsize);
  if (!size_kw.IsNull()) size_value = size_kw;
  intptr_t tabsize = 8;
  MICA_TRY(ToIndex(size_value, &tabsize));
  const StrText text = GetStrText(args[0]);
  if (memchr(text.data, '\t', text.length) == nullptr) return args[0];
  const size_t length = text::ExpandTabs(Bytes(text.data), text.length, tabsize, true, nullptr);
  StrObject* str = AllocateStr(length);
  if (str == nullptr) return Value::Exception();
  text::ExpandTabs(Bytes(text.data), text.length, tabsize, true, reinterpret_cast<uint8_t*>(str->Text()));
  return FinishStr(str, length);
}

Value StrZfill(const Value* args, uint32_t, uint32_t) {
  intptr_t width;
  MICA_TRY(ToIndex(args[1], &width));
  const StrText text = GetStrText(args[0]);
  if (width <= static_cast<intptr_t>(text.chars)) return args[0];
  const size_t pad = static_cast<size_t>(width) - text.chars;
  StrObject* str = AllocateStr(text.length + pad);
  if (str == nullptr) return Value::Exception();
  text::ZeroFill(Bytes(text.data), text.length, pad, reinterpret_cast<uint8_t*>(str->Text()));
  return FinishStr(str, text.length + pad);
}

Value PartitionImpl(const Value* args, bool reverse) {
  MICA_TRY(RequireStr(args[1], "separator"));
  const StrText sep = GetStrText(args[1]);
  return PartitionPieces(StrView(args[0]), Bytes(sep.data), sep.length, reverse);
}

Value StrPartition(const Value* args, uint32_t, uint32_t) { return PartitionImpl(args, false); }
Value StrRpartition(const Value* args, uint32_t, uint32_t) { return PartitionImpl(args, true); }

Value StrRemoveprefix(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(RequireStr(args[1], "removeprefix() argument"));
  const StrText text = GetStrText(args[0]);
  const StrText prefix = GetStrText(args[1]);
  if (prefix.length == 0 || prefix.length > text.length || memcmp(text.data, prefix.data, prefix.length) != 0) {
    return args[0];
  }
  return NewStr(text.data + prefix.length, text.length - prefix.length);
}

Value StrRemovesuffix(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(RequireStr(args[1], "removesuffix() argument"));
  const StrText text = GetStrText(args[0]);
  const StrText suffix = GetStrText(args[1]);
  if (suffix.length == 0 || suffix.length > text.length ||
      memcmp(text.data + text.length - suffix.length, suffix.data, suffix.length) != 0) {
    return args[0];
  }
  return NewStr(text.data, text.length - suffix.length);
}

// format_map(mapping): format() with the dict's str keys as keyword arguments. Another mapping's keys cannot be
// listed, so it is treated as empty.
Value StrFormatMap(const Value* args, uint32_t, uint32_t) {
  const Value mapping = args[1];
  if (!IsDict(mapping) || DictLength(mapping) == 0) return StrFormat(args[0], args + 2, 0, 0);
  TupleObject* pairs = AllocateTuple(2 * DictLength(mapping));
  if (pairs == nullptr) return Value::Exception();
  const Value keep = Value::FromObject(&pairs->header);  // on the C stack for the collector
  uint32_t n_kw = 0;
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(mapping, &position, &key, &value)) {
    if (!IsStr(key)) continue;
    const Value name = StrToName(key);
    MICA_TRY(name);
    pairs->Items()[2 * n_kw] = name;
    pairs->Items()[2 * n_kw + 1] = value;
    ++n_kw;
  }
  return StrFormat(args[0], TupleItems(keep), 0, n_kw);
}

// str.maketrans(x[, y[, z]]): a dict from characters (code points or bytes) to characters, strs or None.
Value MakeTransFromDict(Value source) {
  const Value table = NewDict(DictLength(source));
  MICA_TRY(table);
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(source, &position, &key, &value)) {
    if (IsStr(key)) {
      if (StrCharCount(key) != 1) return RaiseValueError("string keys in translate table must be of length 1");
      const StrText text = GetStrText(key);
      size_t at = 0;
      key = Value::SmallInt(static_cast<intptr_t>(StrNextChar(text.data, text.length, &at)));
    } else if (!IsInt(key)) {
      return RaiseTypeError("keys in translate table must be strings or integers");
    }
    MICA_TRY(DictStore(table, key, value));
  }
  return table;
}

Value StrMaketrans(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1) {
    if (!IsDict(args[0])) return RaiseTypeError("if you give only one argument to maketrans it must be a dict");
    return MakeTransFromDict(args[0]);
  }
  for (uint32_t i = 0; i < n_pos; ++i) MICA_TRY(RequireStr(args[i], "maketrans() argument"));
  const StrText from = GetStrText(args[0]);
  const StrText to = GetStrText(args[1]);
  if (from.chars != to.chars) return RaiseValueError("the first two maketrans arguments must have equal length");
  const Value table = NewDict(from.chars);
  MICA_TRY(table);
  for (size_t i = 0, k = 0; i < from.length;) {
    const uint32_t key = StrNextChar(from.data, from.length, &i);
    const uint32_t value = StrNextChar(to.data, to.length, &k);
    MICA_TRY(DictStore(table, Value::SmallInt(key), Value::SmallInt(value)));
  }
  if (n_pos > 2) {
    const StrText deleted = GetStrText(args[2]);
    for (size_t i = 0; i < deleted.length;) {
      MICA_TRY(DictStore(table, Value::SmallInt(StrNextChar(deleted.data, deleted.length, &i)), Value::None()));
    }
  }
  return table;
}

// translate(table): each code point through table[ord(c)]; a LookupError keeps the character, None deletes it.
Value StrTranslate(const Value* args, uint32_t, uint32_t) {
  const StrText text = GetStrText(args[0]);
  StringBuilder builder;
  for (size_t i = 0; i < text.length;) {
    const size_t start = i;
    const uint32_t code = StrNextChar(text.data, text.length, &i);
    const Value mapped = LoadSubscript(args[1], Value::SmallInt(code));
    if (mapped.IsException()) {
      if (!PendingIs(&kLookupErrorType)) return mapped;
      ClearPendingException();
      builder.Append(text.data + start, i - start);
    } else if (IsStr(mapped)) {
      builder.AppendStr(mapped);
    } else if (IsInt(mapped)) {
      int64_t replacement;
      if (!IntToInt64(mapped, &replacement) || replacement < 0 || replacement > kMaxStrChar) {
        return RaiseValueError(kUnicodeStrings ? "character mapping must be in range(0x110000)"
                                               : "character mapping must be in range(256)");
      }
      char encoded[4];
      builder.Append(encoded, StrEncodeChar(static_cast<uint32_t>(replacement), encoded));
    } else if (!mapped.IsNone()) {
      return RaiseTypeError("character mapping must return integer, None or str");
    }
  }
  return builder.Finish();
}

Value StrFormatMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return StrFormat(args[0], args + 1, n_pos - 1, n_kw);
}

constexpr BuiltinFunction kCapitalize = MakeMethod(&kStrType, names::capitalize, 1, 1, StrCapitalize);
constexpr BuiltinFunction kCasefold = MakeMethod(&kStrType, names::casefold, 1, 1, StrCasefold);
constexpr BuiltinFunction kCenter = MakeMethod(&kStrType, names::center, 2, 3, StrCenter);
constexpr BuiltinFunction kCount = MakeMethod(&kStrType, names::count, 2, 4, StrCount);
constexpr BuiltinFunction kEncode =
    MakeMethod(&kStrType, names::encode, 1, 3, StrEncodeMethod, kBuiltinTakesKeywords);
constexpr BuiltinFunction kEndswith = MakeMethod(&kStrType, names::endswith, 2, 4, StrEndswith);
constexpr BuiltinFunction kExpandtabs =
    MakeMethod(&kStrType, names::expandtabs, 1, 2, StrExpandtabs, kBuiltinTakesKeywords);
constexpr BuiltinFunction kFind = MakeMethod(&kStrType, names::find, 2, 4, StrFind);
constexpr BuiltinFunction kFormat =
    MakeMethod(&kStrType, names::format, 1, kVariadic, StrFormatMethod, kBuiltinTakesKeywords);
constexpr BuiltinFunction kFormatMap = MakeMethod(&kStrType, names::format_map, 2, 2, StrFormatMap);
constexpr BuiltinFunction kIndex = MakeMethod(&kStrType, names::index, 2, 4, StrIndex);
constexpr BuiltinFunction kIsalnum = MakeMethod(&kStrType, names::isalnum, 1, 1, StrIsalnum);
constexpr BuiltinFunction kIsalpha = MakeMethod(&kStrType, names::isalpha, 1, 1, StrIsalpha);
constexpr BuiltinFunction kIsascii = MakeMethod(&kStrType, names::isascii, 1, 1, StrIsascii);
constexpr BuiltinFunction kIsdecimal = MakeMethod(&kStrType, names::isdecimal, 1, 1, StrIsdigit);
constexpr BuiltinFunction kIsdigit = MakeMethod(&kStrType, names::isdigit, 1, 1, StrIsdigit);
constexpr BuiltinFunction kIsidentifier = MakeMethod(&kStrType, names::isidentifier, 1, 1, StrIsidentifier);
constexpr BuiltinFunction kIslower = MakeMethod(&kStrType, names::islower, 1, 1, StrIslower);
constexpr BuiltinFunction kIsnumeric = MakeMethod(&kStrType, names::isnumeric, 1, 1, StrIsdigit);
constexpr BuiltinFunction kIsprintable = MakeMethod(&kStrType, names::isprintable, 1, 1, StrIsprintable);
constexpr BuiltinFunction kIsspace = MakeMethod(&kStrType, names::isspace, 1, 1, StrIsspace);
constexpr BuiltinFunction kIstitle = MakeMethod(&kStrType, names::istitle, 1, 1, StrIstitle);
constexpr BuiltinFunction kIsupper = MakeMethod(&kStrType, names::isupper, 1, 1, StrIsupper);
constexpr BuiltinFunction kJoin = MakeMethod(&kStrType, names::join, 2, 2, StrJoin);
constexpr BuiltinFunction kLjust = MakeMethod(&kStrType, names::ljust, 2, 3, StrLjust);
constexpr BuiltinFunction kLower = MakeMethod(&kStrType, names::lower, 1, 1, StrLower);
constexpr BuiltinFunction kLstrip = MakeMethod(&kStrType, names::lstrip, 1, 2, StrLstrip);
constexpr BuiltinFunction kMaketrans =
    MakeMethod(&kStrType, names::maketrans, 1, 3, StrMaketrans, kBuiltinStatic);
constexpr BuiltinFunction kPartition = MakeMethod(&kStrType, names::partition, 2, 2, StrPartition);
constexpr BuiltinFunction kRemoveprefix = MakeMethod(&kStrType, names::removeprefix, 2, 2, StrRemoveprefix);
constexpr BuiltinFunction kRemovesuffix = MakeMethod(&kStrType, names::removesuffix, 2, 2, StrRemovesuffix);
constexpr BuiltinFunction kReplace = MakeMethod(&kStrType, names::replace, 3, 4, StrReplace);
constexpr BuiltinFunction kRfind = MakeMethod(&kStrType, names::rfind, 2, 4, StrRfind);
constexpr BuiltinFunction kRindex = MakeMethod(&kStrType, names::rindex, 2, 4, StrRindex);
constexpr BuiltinFunction kRjust = MakeMethod(&kStrType, names::rjust, 2, 3, StrRjust);
constexpr BuiltinFunction kRpartition = MakeMethod(&kStrType, names::rpartition, 2, 2, StrRpartition);
constexpr BuiltinFunction kRsplit = MakeMethod(&kStrType, names::rsplit, 1, 3, StrRsplit, kBuiltinTakesKeywords);
constexpr BuiltinFunction kRstrip = MakeMethod(&kStrType, names::rstrip, 1, 2, StrRstrip);
constexpr BuiltinFunction kSplit = MakeMethod(&kStrType, names::split, 1, 3, StrSplit, kBuiltinTakesKeywords);
constexpr BuiltinFunction kSplitlines = MakeMethod(&kStrType, names::splitlines, 1, 2, StrSplitlines, kBuiltinTakesKeywords);
constexpr BuiltinFunction kStartswith = MakeMethod(&kStrType, names::startswith, 2, 4, StrStartswith);
constexpr BuiltinFunction kStrip = MakeMethod(&kStrType, names::strip, 1, 2, StrStrip);
constexpr BuiltinFunction kSwapcase = MakeMethod(&kStrType, names::swapcase, 1, 1, StrSwapcase);
constexpr BuiltinFunction kTitle = MakeMethod(&kStrType, names::title, 1, 1, StrTitle);
constexpr BuiltinFunction kTranslate = MakeMethod(&kStrType, names::translate, 2, 2, StrTranslate);
constexpr BuiltinFunction kUpper = MakeMethod(&kStrType, names::upper, 1, 1, StrUpper);
constexpr BuiltinFunction kZfill = MakeMethod(&kStrType, names::zfill, 2, 2, StrZfill);

}  // namespace

constexpr Member kStrMembers[kStrMemberCount] = {
    {names::capitalize, &kCapitalize.header},
    {names::casefold, &kCasefold.header},
    {names::center, &kCenter.header},
    {names::count, &kCount.header},
    {names::encode, &kEncode.header},
    {names::endswith, &kEndswith.header},
    {names::expandtabs, &kExpandtabs.header},
    {names::find, &kFind.header},
    {names::format, &kFormat.header},
    {names::format_map, &kFormatMap.header},
    {names::index, &kIndex.header},
    {names::isalnum, &kIsalnum.header},
    {names::isalpha, &kIsalpha.header},
    {names::isascii, &kIsascii.header},
    {names::isdecimal, &kIsdecimal.header},
    {names::isdigit, &kIsdigit.header},
    {names::isidentifier, &kIsidentifier.header},
    {names::islower, &kIslower.header},
    {names::isnumeric, &kIsnumeric.header},
    {names::isprintable, &kIsprintable.header},
    {names::isspace, &kIsspace.header},
    {names::istitle, &kIstitle.header},
    {names::isupper, &kIsupper.header},
    {names::join, &kJoin.header},
    {names::ljust, &kLjust.header},
    {names::lower, &kLower.header},
    {names::lstrip, &kLstrip.header},
    {names::maketrans, &kMaketrans.header},
    {names::partition, &kPartition.header},
    {names::removeprefix, &kRemoveprefix.header},
    {names::removesuffix, &kRemovesuffix.header},
    {names::replace, &kReplace.header},
    {names::rfind, &kRfind.header},
    {names::rindex, &kRindex.header},
    {names::rjust, &kRjust.header},
    {names::rpartition, &kRpartition.header},
    {names::rsplit, &kRsplit.header},
    {names::rstrip, &kRstrip.header},
    {names::split, &kSplit.header},
    {names::splitlines, &kSplitlines.header},
    {names::startswith, &kStartswith.header},
    {names::strip, &kStrip.header},
    {names::swapcase, &kSwapcase.header},
    {names::title, &kTitle.header},
    {names::translate, &kTranslate.header},
    {names::upper, &kUpper.header},
    {names::zfill, &kZfill.header},
};

static_assert(MembersSorted(kStrMembers, kStrMemberCount), "str members must be sorted by name id");

}  // namespace mica
