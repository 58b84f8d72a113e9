#include "runtime/objects/text_pieces.h"

#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/text_ops.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

Value AppendPiece(const TextView& text, Value list, size_t from, size_t to) {
  const Value piece = text.make(text.self, text.data + from, to - from);
  MICA_TRY(piece);
  return ListAppend(list, piece);
}

// The start of the character after the one at i.
size_t NextChar(const TextView& text, size_t i) {
  ++i;
  if (text::StrMultiByte(text.unicode)) {
    while (i < text.length && text::IsContinuationByte(text.data[i])) ++i;
  }
  return i;
}

// The start of the character before `end`.
size_t PreviousChar(const TextView& text, size_t end) {
  --end;
  if (text::StrMultiByte(text.unicode)) {
    while (end > 0 && text::IsContinuationByte(text.data[end])) --end;
  }
  return end;
}

// Whitespace split; pieces are appended in the order found (right to left when reverse).
Value SplitOnSpace(const TextView& text, Value list, intptr_t maxsplit, bool reverse) {
  const uint8_t* data = text.data;
  size_t lo = 0;
  size_t hi = text.length;
  for (intptr_t count = 0;; ++count) {
    size_t w;
    if (!reverse) {
      while (lo < hi && (w = text::SpaceAt(data, hi, lo, text.unicode)) != 0) lo += w;
    } else {
      while (hi > lo && (w = text::SpaceBefore(data, hi, text.unicode)) != 0) hi -= w;
    }
    if (lo == hi) break;
    if (maxsplit >= 0 && count >= maxsplit) return AppendPiece(text, list, lo, hi);
    if (!reverse) {
      size_t end = lo;
      while (end < hi && text::SpaceAt(data, hi, end, text.unicode) == 0) end = NextChar(text, end);
      MICA_TRY(AppendPiece(text, list, lo, end));
      lo = end;
    } else {
      size_t start = hi;
      while (start > lo && text::SpaceBefore(data, start, text.unicode) == 0) start = PreviousChar(text, start);
      MICA_TRY(AppendPiece(text, list, start, hi));
      hi = start;
    }
  }
  return Value::None();
}

// The position of sep in data[from..to), the last one when reverse; `to` if none.
size_t FindIn(const TextView& text, const uint8_t* sep, size_t sep_length, size_t from, size_t to, bool reverse) {
  const size_t at = FindBytes(reinterpret_cast<const char*>(text.data), to, reinterpret_cast<const char*>(sep),
                              sep_length, from, reverse);
  return at == kNoPosition ? to : at;
}

Value SplitOnSeparator(const TextView& text, Value list, const uint8_t* sep, size_t sep_length, intptr_t maxsplit,
                       bool reverse) {
  size_t lo = 0;
  size_t hi = text.length;
  for (intptr_t count = 0; maxsplit < 0 || count < maxsplit; ++count) {
    const size_t at = FindIn(text, sep, sep_length, lo, hi, reverse);
    if (at == hi) break;
    if (!reverse) {
      MICA_TRY(AppendPiece(text, list, lo, at));
      lo = at + sep_length;
    } else {
      MICA_TRY(AppendPiece(text, list, at + sep_length, hi));
      hi = at;
    }
  }
  return AppendPiece(text, list, lo, hi);
}

void ReverseList(Value list) {
  ListObject* items = AsList(list);
  for (uint32_t a = 0, b = items->length; a + 1 < b; ++a, --b) {
    const Value t = items->items[a];
    items->items[a] = items->items[b - 1];
    items->items[b - 1] = t;
  }
}

}  // namespace

Value SplitPieces(const TextView& text, const uint8_t* sep, size_t sep_length, intptr_t maxsplit, bool reverse) {
  const Value list = NewList();
  MICA_TRY(list);
  if (sep == nullptr) {
    MICA_TRY(SplitOnSpace(text, list, maxsplit, reverse));
  } else {
    MICA_TRY(SplitOnSeparator(text, list, sep, sep_length, maxsplit, reverse));
  }
  if (reverse) ReverseList(list);
  return list;
}

Value SplitLinesPieces(const TextView& text, bool keepends) {
  const Value list = NewList();
  MICA_TRY(list);
  size_t start = 0;
  size_t i = 0;
  while (i < text.length) {
    const size_t eol = text::LineBreakAt(text.data, text.length, i, text.unicode);
    if (eol == 0) {
      ++i;
      continue;
    }
    MICA_TRY(AppendPiece(text, list, start, keepends ? i + eol : i));
    i += eol;
    start = i;
  }
  if (start < text.length) MICA_TRY(AppendPiece(text, list, start, text.length));
  return list;
}

Value PartitionPieces(const TextView& text, const uint8_t* sep, size_t sep_length, bool reverse) {
  if (sep_length == 0) return RaiseValueError("empty separator");
  const size_t at = FindIn(text, sep, sep_length, 0, text.length, reverse);
  // Not found: the whole text goes first (partition) or last (rpartition).
  size_t cuts[2] = {at, at + sep_length};
  if (at == text.length) cuts[0] = cuts[1] = reverse ? 0 : text.length;
  const size_t bounds[4] = {0, cuts[0], cuts[1], text.length};
  Value parts[3];
  for (int k = 0; k < 3; ++k) {
    size_t from = bounds[k];
    size_t to = bounds[k + 1];
    if (k == 1 && at == text.length) from = to = 0;
    parts[k] = text.make(text.self, text.data + from, to - from);
    MICA_TRY(parts[k]);
  }
  return NewTuple(parts, 3);
}

Value AllowKeywords(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t first, uint32_t second,
                    const char* function) {
  const Value* pairs = args + n_pos;
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = pairs[2 * i];
    if (name.IsName() && (name.AsNameId() == first || name.AsNameId() == second)) continue;
    return RaiseFormat(&kTypeErrorType, "'%S' is an invalid keyword argument for %s()", name, function);
  }
  return Value::None();
}

Value SplitArguments(const Value* args, uint32_t n_pos, uint32_t n_kw, Value* sep, intptr_t* maxsplit) {
  MICA_TRY(AllowKeywords(args, n_pos, n_kw, names::sep, names::maxsplit, "split"));
  *sep = n_pos > 1 ? args[1] : Value();
  Value limit = n_pos > 2 ? args[2] : Value::SmallInt(-1);
  const Value sep_kw = FindKeyword(args, n_pos, n_kw, names::sep);
  const Value limit_kw = FindKeyword(args, n_pos, n_kw, names::maxsplit);
  if (!sep_kw.IsNull()) *sep = sep_kw;
  if (!limit_kw.IsNull()) limit = limit_kw;
  if (!sep->IsNull() && sep->IsNone()) *sep = Value();
  return ToIndex(limit, maxsplit);
}

Value KeepEndsArgument(const Value* args, uint32_t n_pos, uint32_t n_kw, bool* keepends) {
  MICA_TRY(AllowKeywords(args, n_pos, n_kw, names::keepends, names::kEmpty, "splitlines"));
  Value keep = n_pos > 1 ? args[1] : Value::False();
  const Value keep_kw = FindKeyword(args, n_pos, n_kw, names::keepends);
  if (!keep_kw.IsNull()) keep = keep_kw;
  const Value truth = Truth(keep);
  MICA_TRY(truth);
  *keepends = truth.IsTrue();
  return Value::None();
}

}  // namespace mica
