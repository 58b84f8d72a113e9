// The methods of str. Case mapping and character classes cover ASCII; other code points are left unchanged by
// upper()/lower() and count as neither letters, digits nor spaces.
#include <string.h>

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_methods.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 32) : c; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

Value RequireStr(Value v, const char* what) {
  if (IsStr(v)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "%s must be str, not %T", what, v);
}

// start/end arguments (None allowed) as char positions clamped to [0, chars], slice style.
Value ResolveRange(const Value* args, uint32_t n_pos, uint32_t first, size_t chars, size_t* start, size_t* end) {
  intptr_t bounds[2] = {0, static_cast<intptr_t>(chars)};
  for (uint32_t i = 0; i < 2; ++i) {
    if (first + i >= n_pos || args[first + i].IsNone()) continue;
    intptr_t v;
    MICA_TRY(ToIndex(args[first + i], &v));
    if (v < 0) {
      v += static_cast<intptr_t>(chars);
      if (v < 0) v = 0;
    }
    if (v > static_cast<intptr_t>(chars)) v = static_cast<intptr_t>(chars);
    bounds[i] = v;
  }
  *start = static_cast<size_t>(bounds[0]);
  *end = static_cast<size_t>(bounds[1]);
  return Value::None();
}

// find/rfind/index/rindex: the char position or -1.
Value FindImpl(const Value* args, uint32_t n_pos, bool reverse, intptr_t* result) {
  MICA_TRY(RequireStr(args[1], "substring"));
  const StrText text = GetStrText(args[0]);
  const StrText needle = GetStrText(args[1]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveRange(args, n_pos, 2, text.chars, &start, &end));
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
  MICA_TRY(ResolveRange(args, n_pos, 2, text.chars, &start, &end));
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
  MICA_TRY(ResolveRange(args, n_pos, 2, text.chars, &start, &end));
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

// Whether the code point starting at data[i] is in the strip set (whitespace when chars is null).
bool InStripSet(const char* data, size_t length, size_t i, const StrText* chars, size_t* width) {
  size_t pos = i;
  const uint32_t code = DecodeUtf8(data, length, &pos);
  *width = pos - i;
  if (chars == nullptr) return code < 0x80 && IsSpace(static_cast<char>(code));
  for (size_t k = 0; k < chars->length;) {
    if (DecodeUtf8(chars->data, chars->length, &k) == code) return true;
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
      size_t start = end - 1;
      while (start > begin && (static_cast<uint8_t>(text.data[start]) & 0xC0) == 0x80) --start;
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

// split/rsplit arguments: sep (None: whitespace) and maxsplit, positional or keyword.
Value SplitArgs(const Value* args, uint32_t n_pos, uint32_t n_kw, Value* sep, intptr_t* maxsplit) {
  *sep = n_pos > 1 ? args[1] : Value::None();
  Value limit = n_pos > 2 ? args[2] : Value::SmallInt(-1);
  const Value sep_kw = FindKeyword(args, n_pos, n_kw, names::sep);
  const Value limit_kw = FindKeyword(args, n_pos, n_kw, names::maxsplit);
  if (!sep_kw.IsNull()) *sep = sep_kw;
  if (!limit_kw.IsNull()) limit = limit_kw;
  MICA_TRY(ToIndex(limit, maxsplit));
  if (!sep->IsNone()) {
    MICA_TRY(RequireStr(*sep, "sep"));
    const char* data = "";
    size_t length = 0;
    StrData(*sep, &data, &length);
    if (length == 0) return RaiseValueError("empty separator");
  }
  return Value::None();
}

Value AppendPiece(Value list, const char* data, size_t length) {
  const Value piece = NewStr(data, length);
  MICA_TRY(piece);
  return ListAppend(list, piece);
}

Value StrSplit(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value sep;
  intptr_t maxsplit;
  MICA_TRY(SplitArgs(args, n_pos, n_kw, &sep, &maxsplit));
  const StrText text = GetStrText(args[0]);
  const Value list = NewList();
  MICA_TRY(list);
  size_t i = 0;
  if (sep.IsNone()) {
    while (true) {
      while (i < text.length && IsSpace(text.data[i])) ++i;
      if (i == text.length) break;
      if (maxsplit == 0) {
        MICA_TRY(AppendPiece(list, text.data + i, text.length - i));
        break;
      }
      const size_t start = i;
      while (i < text.length && !IsSpace(text.data[i])) ++i;
      MICA_TRY(AppendPiece(list, text.data + start, i - start));
      if (maxsplit > 0) --maxsplit;
    }
    return list;
  }
  const StrText separator = GetStrText(sep);
  while (maxsplit != 0) {
    const size_t hit = FindBytes(text.data, text.length, separator.data, separator.length, i, false);
    if (hit == kNoPosition) break;
    MICA_TRY(AppendPiece(list, text.data + i, hit - i));
    i = hit + separator.length;
    if (maxsplit > 0) --maxsplit;
  }
  MICA_TRY(AppendPiece(list, text.data + i, text.length - i));
  return list;
}

Value StrRsplit(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value sep;
  intptr_t maxsplit;
  MICA_TRY(SplitArgs(args, n_pos, n_kw, &sep, &maxsplit));
  if (maxsplit < 0) return StrSplit(args, n_pos, n_kw);
  const StrText text = GetStrText(args[0]);
  const Value list = NewList();
  MICA_TRY(list);
  size_t end = text.length;
  if (sep.IsNone()) {
    while (true) {
      while (end > 0 && IsSpace(text.data[end - 1])) --end;
      if (end == 0) break;
      if (maxsplit == 0) {
        MICA_TRY(AppendPiece(list, text.data, end));
        break;
      }
      size_t start = end;
      while (start > 0 && !IsSpace(text.data[start - 1])) --start;
      MICA_TRY(AppendPiece(list, text.data + start, end - start));
      end = start;
      --maxsplit;
    }
  } else {
    const StrText separator = GetStrText(sep);
    while (maxsplit != 0) {
      if (end < separator.length) break;
      const size_t hit = FindBytes(text.data, end, separator.data, separator.length, 0, true);
      if (hit == kNoPosition) break;
      MICA_TRY(AppendPiece(list, text.data + hit + separator.length, end - hit - separator.length));
      end = hit;
      --maxsplit;
    }
    MICA_TRY(AppendPiece(list, text.data, end));
  }
  // Collected right to left.
  ListObject* items = AsList(list);
  for (uint32_t a = 0, b = items->length; a + 1 < b; ++a, --b) {
    const Value t = items->items[a];
    items->items[a] = items->items[b - 1];
    items->items[b - 1] = t;
  }
  return list;
}

Value StrSplitlines(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value keep = n_pos > 1 ? args[1] : Value::False();
  const Value keep_kw = FindKeyword(args, n_pos, n_kw, names::keepends);
  if (!keep_kw.IsNull()) keep = keep_kw;
  const Value truth = Truth(keep);
  MICA_TRY(truth);
  const StrText text = GetStrText(args[0]);
  const Value list = NewList();
  MICA_TRY(list);
  size_t start = 0;
  size_t i = 0;
  while (i < text.length) {
    const char c = text.data[i];
    size_t eol = 0;
    if (c == '\r' && i + 1 < text.length && text.data[i + 1] == '\n') {
      eol = 2;
    } else if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E)) {
      eol = 1;
    }
    if (eol == 0) {
      ++i;
      continue;
    }
    MICA_TRY(AppendPiece(list, text.data + start, (truth.IsTrue() ? i + eol : i) - start));
    i += eol;
    start = i;
  }
  if (start < text.length) MICA_TRY(AppendPiece(list, text.data + start, text.length - start));
  return list;
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
      size_t next = i + 1;
      while (next < text.length && (static_cast<uint8_t>(text.data[next]) & 0xC0) == 0x80) ++next;
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

// upper/lower/swapcase/capitalize/title: a byte-wise ASCII mapping.
enum class CaseMap : uint8_t { kUpper, kLower, kSwap, kCapitalize, kTitle };

Value MapCase(Value self, CaseMap map) {
  const StrText text = GetStrText(self);
  if (text.length == 0) return self;
  StrObject* str = AllocateStr(text.length);
  if (str == nullptr) return Value::Exception();
  char* out = str->Text();
  bool previous_cased = false;
  for (size_t i = 0; i < text.length; ++i) {
    const char c = text.data[i];
    char mapped = c;
    switch (map) {
      case CaseMap::kUpper: mapped = ToUpper(c); break;
      case CaseMap::kLower: mapped = ToLower(c); break;
      case CaseMap::kSwap: mapped = IsUpper(c) ? ToLower(c) : ToUpper(c); break;
      case CaseMap::kCapitalize: mapped = i == 0 ? ToUpper(c) : ToLower(c); break;
      case CaseMap::kTitle: mapped = previous_cased ? ToLower(c) : ToUpper(c); break;
    }
    previous_cased = IsAlpha(c);
    out[i] = mapped;
  }
  return FinishStr(str, text.length);
}

Value StrUpper(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kUpper); }
Value StrLower(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kLower); }
Value StrSwapcase(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kSwap); }
Value StrCapitalize(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kCapitalize); }
Value StrTitle(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], CaseMap::kTitle); }

// is*(): every character satisfies `test` (and there is at least one).
Value Classify(Value self, bool (*test)(char)) {
  const StrText text = GetStrText(self);
  if (text.length == 0) return Value::False();
  for (size_t i = 0; i < text.length; ++i) {
    if (!test(text.data[i])) return Value::False();
  }
  return Value::True();
}

bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }

Value StrIsdigit(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsDigit); }
Value StrIsalpha(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsAlpha); }
Value StrIsalnum(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsAlnum); }
Value StrIsspace(const Value* args, uint32_t, uint32_t) { return Classify(args[0], IsSpace); }

// isupper/islower: at least one cased character and none of the other case.
Value CaseTest(Value self, bool upper) {
  const StrText text = GetStrText(self);
  bool cased = false;
  for (size_t i = 0; i < text.length; ++i) {
    const char c = text.data[i];
    if (upper ? IsLower(c) : IsUpper(c)) return Value::False();
    cased |= upper ? IsUpper(c) : IsLower(c);
  }
  return Value::Bool(cased);
}

Value StrIsupper(const Value* args, uint32_t, uint32_t) { return CaseTest(args[0], true); }
Value StrIslower(const Value* args, uint32_t, uint32_t) { return CaseTest(args[0], false); }

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
  size_t left = align < 0 ? 0 : (align > 0 ? pad : pad / 2);
  // CPython's center puts the extra space on the right, except when the pad and the width are both odd.
  if (align == 0 && (pad & 1) != 0 && (width & 1) != 0) left = pad / 2 + 1;
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
  Value size_value = n_pos > 1 ? args[1] : Value::SmallInt(8);
  const Value size_kw = FindKeyword(args, n_pos, n_kw, names::tabsize);
  if (!size_kw.IsNull()) size_value = size_kw;
  intptr_t tabsize = 8;
  MICA_TRY(ToIndex(size_value, &tabsize));
  const StrText text = GetStrText(args[0]);
  if (memchr(text.data, '\t', text.length) == nullptr) return args[0];
  StringBuilder builder;
  size_t column = 0;
  size_t run = 0;  // start of the pending run of bytes copied as they are
  for (size_t i = 0; i < text.length; ++i) {
    const char c = text.data[i];
    if (c == '\t') {
      builder.Append(text.data + run, i - run);
      run = i + 1;
      if (tabsize > 0) {
        const size_t spaces = static_cast<size_t>(tabsize) - column % static_cast<size_t>(tabsize);
        builder.AppendRepeated(' ', spaces);
        column += spaces;
      }
    } else if (c == '\n' || c == '\r') {
      column = 0;
    } else if ((static_cast<uint8_t>(c) & 0xC0) != 0x80) {
      ++column;  // not a UTF-8 continuation byte: a new code point
    }
  }
  builder.Append(text.data + run, text.length - run);
  return builder.Finish();
}

Value StrZfill(const Value* args, uint32_t, uint32_t) {
  intptr_t width;
  MICA_TRY(ToIndex(args[1], &width));
  const StrText text = GetStrText(args[0]);
  if (width <= static_cast<intptr_t>(text.chars)) return args[0];
  const size_t pad = static_cast<size_t>(width) - text.chars;
  StringBuilder builder;
  size_t start = 0;
  if (text.length > 0 && (text.data[0] == '+' || text.data[0] == '-')) {
    builder.AppendChar(text.data[0]);
    start = 1;
  }
  builder.AppendRepeated('0', pad);
  builder.Append(text.data + start, text.length - start);
  return builder.Finish();
}

Value PartitionImpl(const Value* args, bool reverse) {
  MICA_TRY(RequireStr(args[1], "separator"));
  const StrText text = GetStrText(args[0]);
  const StrText sep = GetStrText(args[1]);
  if (sep.length == 0) return RaiseValueError("empty separator");
  const size_t hit = FindBytes(text.data, text.length, sep.data, sep.length, 0, reverse);
  Value parts[3];
  if (hit == kNoPosition) {
    const Value empty = Value::Name(names::kEmpty);
    parts[0] = reverse ? empty : args[0];
    parts[1] = empty;
    parts[2] = reverse ? args[0] : empty;
  } else {
    parts[0] = NewStr(text.data, hit);
    MICA_TRY(parts[0]);
    parts[1] = args[1];
    parts[2] = NewStr(text.data + hit + sep.length, text.length - hit - sep.length);
    MICA_TRY(parts[2]);
  }
  return NewTuple(parts, 3);
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

Value StrFormatMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return StrFormat(args[0], args + 1, n_pos - 1, n_kw);
}

constexpr BuiltinFunction kCapitalize = MakeMethod(&kStrType, names::capitalize, 1, 1, StrCapitalize);
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
constexpr BuiltinFunction kIndex = MakeMethod(&kStrType, names::index, 2, 4, StrIndex);
constexpr BuiltinFunction kIsalnum = MakeMethod(&kStrType, names::isalnum, 1, 1, StrIsalnum);
constexpr BuiltinFunction kIsalpha = MakeMethod(&kStrType, names::isalpha, 1, 1, StrIsalpha);
constexpr BuiltinFunction kIsdigit = MakeMethod(&kStrType, names::isdigit, 1, 1, StrIsdigit);
constexpr BuiltinFunction kIslower = MakeMethod(&kStrType, names::islower, 1, 1, StrIslower);
constexpr BuiltinFunction kIsspace = MakeMethod(&kStrType, names::isspace, 1, 1, StrIsspace);
constexpr BuiltinFunction kIsupper = MakeMethod(&kStrType, names::isupper, 1, 1, StrIsupper);
constexpr BuiltinFunction kJoin = MakeMethod(&kStrType, names::join, 2, 2, StrJoin);
constexpr BuiltinFunction kLjust = MakeMethod(&kStrType, names::ljust, 2, 3, StrLjust);
constexpr BuiltinFunction kLower = MakeMethod(&kStrType, names::lower, 1, 1, StrLower);
constexpr BuiltinFunction kLstrip = MakeMethod(&kStrType, names::lstrip, 1, 2, StrLstrip);
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
constexpr BuiltinFunction kUpper = MakeMethod(&kStrType, names::upper, 1, 1, StrUpper);
constexpr BuiltinFunction kZfill = MakeMethod(&kStrType, names::zfill, 2, 2, StrZfill);

}  // namespace

constexpr Member kStrMembers[kStrMemberCount] = {
    {names::capitalize, &kCapitalize.header},
    {names::center, &kCenter.header},
    {names::count, &kCount.header},
    {names::encode, &kEncode.header},
    {names::endswith, &kEndswith.header},
    {names::expandtabs, &kExpandtabs.header},
    {names::find, &kFind.header},
    {names::format, &kFormat.header},
    {names::index, &kIndex.header},
    {names::isalnum, &kIsalnum.header},
    {names::isalpha, &kIsalpha.header},
    {names::isdigit, &kIsdigit.header},
    {names::islower, &kIslower.header},
    {names::isspace, &kIsspace.header},
    {names::isupper, &kIsupper.header},
    {names::join, &kJoin.header},
    {names::ljust, &kLjust.header},
    {names::lower, &kLower.header},
    {names::lstrip, &kLstrip.header},
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
    {names::upper, &kUpper.header},
    {names::zfill, &kZfill.header},
};

static_assert(MembersSorted(kStrMembers, kStrMemberCount), "str members must be sorted by name id");

}  // namespace mica
