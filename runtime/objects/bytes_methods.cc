// The text-like methods bytes and bytearray share: case mapping and classes, padding, splitting, translation and
// hex(). The algorithms are text_ops.h / text_pieces.h, shared with str; this file checks arguments and makes
// results of self's type. (Searching, stripping, join and replace live in bytes.cc next to the slots.)
#include "runtime/objects/bytes_methods.h"

#include <string.h>

#include "runtime/names.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/text_ops.h"
#include "runtime/objects/text_pieces.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

Value MakeBytesPiece(Value like, const uint8_t* data, size_t length) { return NewBytesLike(like, data, length); }

TextView BytesView(Value self) {
  const ByteSpan span = SelfBuffer(self);
  return TextView{self, span.data, span.length, false, MakeBytesPiece};
}

// A result of self's type and at most `length` bytes, written by `fill` from self's data; fill returns the length
// it wrote.
template <typename Fill>
Value MakeLike(Value self, size_t length, Fill fill) {
  BytesObject* result = AllocateBytes(length);
  if (result == nullptr) return Value::Exception();
  return FinishLength(self, result, fill(SelfBuffer(self), result->Data()));
}

Value MapCase(Value self, text::CaseMap map) {
  const size_t length = SelfBuffer(self).length;
  return MakeLike(self, length, [map](ByteSpan in, uint8_t* out) {
    text::MapCase(in.data, in.length, out, map, false);
    return in.length;
  });
}

// is*(): every byte satisfies `test` (and there is at least one).
Value AllBytes(Value self, bool (*test)(uint8_t)) {
  const ByteSpan span = SelfBuffer(self);
  if (span.length == 0) return Value::False();
  for (size_t i = 0; i < span.length; ++i) {
    if (!test(span.data[i])) return Value::False();
  }
  return Value::True();
}

bool IsAsciiByte(uint8_t c) { return c < 0x80; }

// center/ljust/rjust: align < 0 left, 0 centre, > 0 right; the fill is a bytes-like of length 1.
Value Pad(const Value* args, uint32_t n_pos, int align, const char* what) {
  intptr_t width;
  MICA_TRY(ToIndex(args[1], &width));
  uint8_t fill = ' ';
  if (n_pos > 2) {
    ByteSpan span;
    if (!GetBuffer(args[2], &span.data, &span.length) || span.length != 1) {
      return RaiseFormat(&kTypeErrorType, "%s() argument 2 must be a byte string of length 1, not %T", what,
                         args[2]);
    }
    fill = span.data[0];
  }
  const size_t length = SelfBuffer(args[0]).length;
  if (width <= static_cast<intptr_t>(length)) {
    return IsBytes(args[0]) ? args[0] : NewBytesLike(args[0], SelfBuffer(args[0]).data, length);
  }
  const size_t total = static_cast<size_t>(width);
  const size_t pad = total - length;
  const size_t left = align < 0 ? 0 : (align > 0 ? pad : text::CenterLeft(pad, total));
  return MakeLike(args[0], total, [&](ByteSpan in, uint8_t* out) {
    memset(out, fill, total);
    memcpy(out + left, in.data, in.length);
    return total;
  });
}

Value AffixRemoved(const Value* args, bool suffix) {
  ByteSpan affix;
  MICA_TRY(RequireBuffer(args[1], &affix));
  const ByteSpan self = SelfBuffer(args[0]);
  size_t from = 0;
  size_t to = self.length;
  if (affix.length > 0 && affix.length <= self.length &&
      memcmp(self.data + (suffix ? self.length - affix.length : 0), affix.data, affix.length) == 0) {
    if (suffix) {
      to -= affix.length;
    } else {
      from += affix.length;
    }
  }
  if (from == 0 && to == self.length && IsBytes(args[0])) return args[0];
  return NewBytesLike(args[0], self.data + from, to - from);
}

Value PartitionImpl(const Value* args, bool reverse) {
  ByteSpan sep;
  MICA_TRY(RequireBuffer(args[1], &sep));
  const Value parts = PartitionPieces(BytesView(args[0]), sep.data, sep.length, reverse);
  MICA_TRY(parts);
  // bytes (not bytearray) gives back the separator object itself when it was found, as CPython does.
  Value* items = AsTuple(parts)->Items();
  if (IsBytes(args[0]) && SelfBuffer(items[1]).length != 0) items[1] = args[1];
  return parts;
}

Value SplitImpl(const Value* args, uint32_t n_pos, uint32_t n_kw, bool reverse) {
  Value sep;
  intptr_t maxsplit;
  MICA_TRY(SplitArguments(args, n_pos, n_kw, &sep, &maxsplit));
  if (sep.IsNull()) return SplitPieces(BytesView(args[0]), nullptr, 0, maxsplit, reverse);
  ByteSpan separator;
  MICA_TRY(RequireBuffer(sep, &separator));
  if (separator.length == 0) return RaiseValueError("empty separator");
  return SplitPieces(BytesView(args[0]), separator.data, separator.length, maxsplit, reverse);
}

// hex()'s separator: a str or bytes of one ASCII character.
Value HexSeparator(Value sep, uint8_t* out) {
  const uint8_t* data;
  size_t length;
  if (IsStr(sep)) {
    const char* text;
    StrData(sep, &text, &length);
    data = reinterpret_cast<const uint8_t*>(text);
  } else if (!GetBuffer(sep, &data, &length)) {
    return RaiseFormat(&kTypeErrorType, "sep must be str or bytes.");
  }
  if (length != 1) return RaiseValueError("sep must be length 1.");
  if (data[0] >= 0x80) return RaiseValueError("sep must be ASCII.");
  *out = data[0];
  return Value::None();
}

}  // namespace

Value BytesLower(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], text::CaseMap::kLower); }
Value BytesUpper(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], text::CaseMap::kUpper); }
Value BytesSwapCase(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], text::CaseMap::kSwap); }
Value BytesTitle(const Value* args, uint32_t, uint32_t) { return MapCase(args[0], text::CaseMap::kTitle); }
Value BytesCapitalize(const Value* args, uint32_t, uint32_t) {
  return MapCase(args[0], text::CaseMap::kCapitalize);
}

Value BytesIsAlpha(const Value* args, uint32_t, uint32_t) { return AllBytes(args[0], text::IsAsciiAlpha); }
Value BytesIsAlnum(const Value* args, uint32_t, uint32_t) { return AllBytes(args[0], text::IsAsciiAlnum); }
Value BytesIsDigit(const Value* args, uint32_t, uint32_t) { return AllBytes(args[0], text::IsAsciiDigit); }
Value BytesIsSpace(const Value* args, uint32_t, uint32_t) { return AllBytes(args[0], text::IsAsciiSpace); }
Value BytesIsAscii(const Value* args, uint32_t, uint32_t) {
  return SelfBuffer(args[0]).length == 0 ? Value::True() : AllBytes(args[0], IsAsciiByte);
}

Value BytesIsLower(const Value* args, uint32_t, uint32_t) {
  const ByteSpan self = SelfBuffer(args[0]);
  return Value::Bool(text::IsAllCase(self.data, self.length, false));
}

Value BytesIsUpper(const Value* args, uint32_t, uint32_t) {
  const ByteSpan self = SelfBuffer(args[0]);
  return Value::Bool(text::IsAllCase(self.data, self.length, true));
}

Value BytesIsTitle(const Value* args, uint32_t, uint32_t) {
  const ByteSpan self = SelfBuffer(args[0]);
  return Value::Bool(text::IsTitle(self.data, self.length));
}

Value BytesCenter(const Value* args, uint32_t n_pos, uint32_t) { return Pad(args, n_pos, 0, "center"); }
Value BytesLJust(const Value* args, uint32_t n_pos, uint32_t) { return Pad(args, n_pos, -1, "ljust"); }
Value BytesRJust(const Value* args, uint32_t n_pos, uint32_t) { return Pad(args, n_pos, 1, "rjust"); }

Value BytesZFill(const Value* args, uint32_t, uint32_t) {
  intptr_t width;
  MICA_TRY(ToIndex(args[1], &width));
  const size_t length = SelfBuffer(args[0]).length;
  const size_t pad = width > static_cast<intptr_t>(length) ? static_cast<size_t>(width) - length : 0;
  return MakeLike(args[0], length + pad,
                  [pad](ByteSpan in, uint8_t* out) {
    text::ZeroFill(in.data, in.length, pad, out);
    return in.length + pad;
  });
}

Value BytesExpandTabs(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(AllowKeywords(args, n_pos, n_kw, names::tabsize, names::kEmpty, "expandtabs"));
  Value size_value = n_pos > 1 ? args[1] : Value::SmallInt(8);
  const Value size_kw = FindKeyword(args, n_pos, n_kw, names::tabsize);
  if (!size_kw.IsNull()) size_value = size_kw;
  intptr_t tabsize;
  MICA_TRY(ToIndex(size_value, &tabsize));
  const ByteSpan self = SelfBuffer(args[0]);
  const size_t length = text::ExpandTabs(self.data, self.length, tabsize, false, nullptr);
  return MakeLike(args[0], length, [tabsize](ByteSpan in, uint8_t* out) {
    return text::ExpandTabs(in.data, in.length, tabsize, false, out);
  });
}

Value BytesRemovePrefix(const Value* args, uint32_t, uint32_t) { return AffixRemoved(args, false); }
Value BytesRemoveSuffix(const Value* args, uint32_t, uint32_t) { return AffixRemoved(args, true); }

Value BytesPartition(const Value* args, uint32_t, uint32_t) { return PartitionImpl(args, false); }
Value BytesRPartition(const Value* args, uint32_t, uint32_t) { return PartitionImpl(args, true); }

Value BytesSplit(const Value* args, uint32_t n_pos, uint32_t n_kw) { return SplitImpl(args, n_pos, n_kw, false); }
Value BytesRSplit(const Value* args, uint32_t n_pos, uint32_t n_kw) { return SplitImpl(args, n_pos, n_kw, true); }

Value BytesSplitLines(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  bool keepends;
  MICA_TRY(KeepEndsArgument(args, n_pos, n_kw, &keepends));
  return SplitLinesPieces(BytesView(args[0]), keepends);
}

// hex(sep=None, bytes_per_sep=1), positional or keyword.
Value BytesHex(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(AllowKeywords(args, n_pos, n_kw, names::sep, names::bytes_per_sep, "hex"));
  Value sep = n_pos > 1 ? args[1] : Value();
  Value group_value = n_pos > 2 ? args[2] : Value::SmallInt(1);
  const Value sep_kw = FindKeyword(args, n_pos, n_kw, names::sep);
  const Value group_kw = FindKeyword(args, n_pos, n_kw, names::bytes_per_sep);
  if (!sep_kw.IsNull()) sep = sep_kw;
  if (!group_kw.IsNull()) group_value = group_kw;
  uint8_t separator = 0;
  intptr_t group = 0;
  if (!sep.IsNull() && !sep.IsNone()) {
    MICA_TRY(HexSeparator(sep, &separator));
    MICA_TRY(ToIndex(group_value, &group));
  }
  const size_t length = text::HexLength(SelfBuffer(args[0]).length, group);
  StrObject* str = AllocateStr(length);
  if (str == nullptr) return Value::Exception();
  const ByteSpan self = SelfBuffer(args[0]);
  text::WriteHex(self.data, self.length, separator, group, reinterpret_cast<uint8_t*>(str->Text()));
  return FinishStr(str, length);
}

// bytes.maketrans(from, to): the 256-byte table mapping from[i] to to[i] and every other byte to itself.
Value BytesMakeTrans(const Value* args, uint32_t, uint32_t) {
  ByteSpan from;
  ByteSpan to;
  MICA_TRY(RequireBuffer(args[0], &from));
  MICA_TRY(RequireBuffer(args[1], &to));
  if (from.length != to.length) return RaiseValueError("maketrans arguments must have same length");
  BytesObject* table = AllocateBytes(256);
  if (table == nullptr) return Value::Exception();
  GetBuffer(args[0], &from.data, &from.length);
  GetBuffer(args[1], &to.data, &to.length);
  for (size_t i = 0; i < 256; ++i) table->Data()[i] = static_cast<uint8_t>(i);
  for (size_t i = 0; i < from.length; ++i) table->Data()[from.data[i]] = to.data[i];
  return FinishBytes(table);
}

// translate(table, /, delete=b''): drops the bytes in `delete`, maps the rest through the table (None: as is).
Value BytesTranslate(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  ByteSpan table;
  const bool has_table = !args[1].IsNone();
  if (has_table) {
    MICA_TRY(RequireBuffer(args[1], &table));
    if (table.length != 256) return RaiseValueError("translation table must be 256 characters long");
  }
  MICA_TRY(AllowKeywords(args, n_pos, n_kw, names::delete_, names::kEmpty, "translate"));
  Value delete_value = n_pos > 2 ? args[2] : Value();
  const Value delete_kw = FindKeyword(args, n_pos, n_kw, names::delete_);
  if (!delete_kw.IsNull()) delete_value = delete_kw;
  ByteSpan deleted;
  if (!delete_value.IsNull()) MICA_TRY(RequireBuffer(delete_value, &deleted));
  return MakeLike(args[0], SelfBuffer(args[0]).length, [&](ByteSpan in, uint8_t* out) {
    size_t o = 0;
    for (size_t i = 0; i < in.length; ++i) {
      if (deleted.length > 0 && memchr(deleted.data, in.data[i], deleted.length) != nullptr) continue;
      out[o++] = has_table ? table.data[in.data[i]] : in.data[i];
    }
    return o;
  });
}

}  // namespace mica
