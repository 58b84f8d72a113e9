// The built-in `re` module: compile, match, search, fullmatch, sub, subn, split, findall, finditer, escape, the
// Pattern and Match types, re.error and the flags I/M/S. The engine is re_compile.cc / re_match.cc
// (re_program.h says what patterns may contain). Only str patterns and subjects are supported.
#include <stdint.h>

#include "runtime/exec/user_class.h"
#include "runtime/modules/modules.h"
#include "runtime/modules/re_program.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {

constexpr Type kReErrorType = {
    {&kTypeType}, names::error, kTypeSubclassable | kTypeIsException, &kExceptionType,
    ExceptionMakeNew, ExceptionPrint, nullptr, nullptr, nullptr, ExceptionAttr, nullptr, nullptr, nullptr,
    MemberTable{nullptr, 0}};

namespace {

extern const Type kPatternType;
extern const Type kMatchType;

struct PatternObject {
  Object header;
  Value pattern;  // the source str
  re::Program program;
};

struct MatchObject {
  Object header;
  Value string;
  Value pattern;
  uint32_t groups;
  intptr_t* Spans() { return reinterpret_cast<intptr_t*>(this + 1); }  // 2 * (groups + 1) byte offsets
};

PatternObject* AsPattern(Value v) { return reinterpret_cast<PatternObject*>(v.AsObject()); }
MatchObject* AsMatch(Value v) { return reinterpret_cast<MatchObject*>(v.AsObject()); }
bool IsPattern(Value v) { return v.IsObject() && v.AsObject()->type == &kPatternType; }

Value RequireStr(Value v, const char** data, size_t* length) {
  if (StrData(Unwrap(v), data, length)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "expected string, got '%T'", v);
}

Value CompilePattern(Value source, Value flags_value) {
  if (IsPattern(source)) return source;
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(source, &text, &length));
  intptr_t flags = 0;
  if (!flags_value.IsNull()) MICA_TRY(ToIndex(flags_value, &flags));
  re::Program program;
  MICA_TRY(re::Compile(text, length, static_cast<uint32_t>(flags), &kReErrorType, &program));
  Object* object = NewObject(&kPatternType, sizeof(PatternObject));
  if (object == nullptr) return Value::Exception();
  PatternObject* pattern = reinterpret_cast<PatternObject*>(object);
  pattern->pattern = Unwrap(source);
  pattern->program = program;
  return Value::FromObject(object);
}

// Code point index of a byte offset (identity for ASCII text).
intptr_t CharIndex(Value string, intptr_t byte) {
  if (byte < 0) return -1;
  const char* data;
  size_t length;
  StrData(string, &data, &length);
  if (StrCharCount(string) == length) return byte;
  return static_cast<intptr_t>(StrCountChars(data, static_cast<size_t>(byte)));
}

// Byte offset of a code point index (clamped to the text).
size_t ByteOffset(Value string, intptr_t index) {
  const char* data;
  size_t length;
  StrData(string, &data, &length);
  if (index <= 0) return 0;
  if (StrCharCount(string) == length) return static_cast<size_t>(index) < length ? static_cast<size_t>(index) : length;
  size_t pos = 0;
  for (intptr_t i = 0; i < index && pos < length; ++i) pos = StrCharEnd(data, length, pos);
  return pos;
}

enum class Mode { kMatch, kSearch, kFull };

// One search from byte offset `start`: a Match object or None.
Value Find(Value pattern_value, Value string, size_t start, bool must_advance, Mode mode) {
  const PatternObject* pattern = AsPattern(pattern_value);
  const char* text;
  size_t length;
  StrData(string, &text, &length);
  const uint32_t groups = pattern->program.groups;
  Object* object = NewObject(&kMatchType, sizeof(MatchObject) + 2 * (groups + 1) * sizeof(intptr_t));
  if (object == nullptr) return Value::Exception();
  MatchObject* match = reinterpret_cast<MatchObject*>(object);
  match->string = string;
  match->pattern = pattern_value;
  match->groups = groups;
  const Value found = re::Search(pattern->program, text, length, start, must_advance, mode != Mode::kSearch,
                                 mode == Mode::kFull, match->Spans());
  MICA_TRY(found);
  return found.IsTrue() ? Value::FromObject(object) : Value::None();
}

// Pattern.match/search/fullmatch(string, pos=0) and the module functions that compile first.
Value PatternFind(Value pattern, const Value* args, uint32_t n_pos, Mode mode) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(args[0], &text, &length));
  const Value string = Unwrap(args[0]);
  size_t start = 0;
  if (n_pos > 1) {
    intptr_t pos;
    MICA_TRY(ToIndex(args[1], &pos));
    start = ByteOffset(string, pos);
  }
  return Find(pattern, string, start, false, mode);
}

Value PatternMatch(const Value* args, uint32_t n_pos, uint32_t) { return PatternFind(args[0], args + 1, n_pos - 1, Mode::kMatch); }
Value PatternSearch(const Value* args, uint32_t n_pos, uint32_t) { return PatternFind(args[0], args + 1, n_pos - 1, Mode::kSearch); }
Value PatternFullmatch(const Value* args, uint32_t n_pos, uint32_t) { return PatternFind(args[0], args + 1, n_pos - 1, Mode::kFull); }

// Calls `each(match, context)` for every match left to right, with CPython 3.7's rule for empty matches (one may
// not start where the previous empty match was). Stops after `limit` matches (0: no limit).
template <typename Each>
Value ForEachMatch(Value pattern, Value string, size_t limit, Each each) {
  const char* text;
  size_t length;
  StrData(string, &text, &length);
  size_t pos = 0;
  bool must_advance = false;
  for (size_t count = 0; limit == 0 || count < limit; ++count) {
    const Value match = Find(pattern, string, pos, must_advance, Mode::kSearch);
    MICA_TRY(match);
    if (match.IsNone()) break;
    MICA_TRY(each(match));
    const intptr_t* spans = AsMatch(match)->Spans();
    must_advance = spans[1] == spans[0];
    pos = static_cast<size_t>(spans[1]);
    if (pos > length) break;
  }
  return Value::None();
}

Value GroupText(Value match, uint32_t group, Value missing) {
  MatchObject* m = AsMatch(match);
  const intptr_t begin = m->Spans()[2 * group];
  const intptr_t end = m->Spans()[2 * group + 1];
  if (begin < 0 || end < 0) return missing;
  const char* text;
  size_t length;
  StrData(m->string, &text, &length);
  return NewStr(text + begin, static_cast<size_t>(end - begin));
}

// A group index from an int or a group name: IndexError("no such group").
Value GroupIndex(Value match, Value which, uint32_t* out) {
  MatchObject* m = AsMatch(match);
  if (IsStr(which)) {
    const Value names = AsPattern(m->pattern)->program.group_names;
    const Value number = names.IsNone() ? Value() : DictLookup(names, which);
    MICA_TRY(number);
    if (!number.IsNull()) {
      *out = static_cast<uint32_t>(number.AsSmallInt());
      return Value::None();
    }
  } else if (IsInt(which)) {
    int64_t index;
    if (IntToInt64(which, &index) && index >= 0 && index <= m->groups) {
      *out = static_cast<uint32_t>(index);
      return Value::None();
    }
  }
  return RaiseIndexError("no such group");
}

// The value findall gives for one match: the whole match, group 1, or a tuple of every group.
Value FindallItem(Value match) {
  const uint32_t groups = AsMatch(match)->groups;
  if (groups <= 1) return GroupText(match, groups, Value::Name(names::kEmpty));
  TupleObject* tuple = AllocateTuple(groups);
  if (tuple == nullptr) return Value::Exception();
  for (uint32_t i = 0; i < groups; ++i) {
    const Value text = GroupText(match, i + 1, Value::Name(names::kEmpty));
    MICA_TRY(text);
    tuple->Items()[i] = text;
  }
  return Value::FromObject(&tuple->header);
}

Value PatternFindall(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(args[1], &text, &length));
  const Value list = NewList();
  MICA_TRY(list);
  MICA_TRY(ForEachMatch(args[0], Unwrap(args[1]), 0, [&](Value match) {
    const Value item = FindallItem(match);
    MICA_TRY(item);
    return ListAppend(list, item);
  }));
  return list;
}

Value PatternFinditer(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(args[1], &text, &length));
  const Value list = NewList();
  MICA_TRY(list);
  MICA_TRY(ForEachMatch(args[0], Unwrap(args[1]), 0, [&](Value match) { return ListAppend(list, match); }));
  return GetIter(list);
}

Value PatternSplit(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(args[1], &text, &length));
  const Value string = Unwrap(args[1]);
  intptr_t maxsplit = 0;
  Value limit = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::maxsplit);
  if (!limit.IsNull()) MICA_TRY(ToIndex(limit, &maxsplit));
  if (maxsplit < 0) return NewListFrom(&string, 1);
  const Value list = NewList();
  MICA_TRY(list);
  size_t last = 0;
  MICA_TRY(ForEachMatch(args[0], string, static_cast<size_t>(maxsplit), [&](Value match) {
    MatchObject* m = AsMatch(match);
    const Value piece = NewStr(text + last, static_cast<size_t>(m->Spans()[0]) - last);
    MICA_TRY(piece);
    MICA_TRY(ListAppend(list, piece));
    for (uint32_t g = 1; g <= m->groups; ++g) {
      const Value group = GroupText(match, g, Value::None());
      MICA_TRY(group);
      MICA_TRY(ListAppend(list, group));
    }
    last = static_cast<size_t>(m->Spans()[1]);
    return Value::None();
  }));
  const Value rest = NewStr(text + last, length - last);
  MICA_TRY(rest);
  MICA_TRY(ListAppend(list, rest));
  return list;
}

// Appends the expansion of a replacement template (\1, \g<1>, \g<name>, \n and other escapes) for `match`.
Value ExpandTemplate(StringBuilder* out, Value match, const char* repl, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    const char c = repl[i];
    if (c != '\\' || i + 1 >= length) {
      out->AppendChar(c);
      continue;
    }
    const char next = repl[++i];
    uint32_t group = 0;
    Value which = Value();
    if (next >= '0' && next <= '9') {
      group = static_cast<uint32_t>(next - '0');
      if (i + 1 < length && repl[i + 1] >= '0' && repl[i + 1] <= '9') group = group * 10 + static_cast<uint32_t>(repl[++i] - '0');
      which = Value::SmallInt(group);
    } else if (next == 'g' && i + 1 < length && repl[i + 1] == '<') {
      const size_t begin = i + 2;
      size_t end = begin;
      while (end < length && repl[end] != '>') ++end;
      if (end >= length) return RaiseNew(&kReErrorType, "missing >, unterminated name");
      bool numeric = end > begin;
      int64_t number = 0;
      for (size_t k = begin; k < end; ++k) {
        if (repl[k] < '0' || repl[k] > '9') numeric = false;
        else number = number * 10 + (repl[k] - '0');
      }
      if (numeric) {
        which = Value::SmallInt(static_cast<intptr_t>(number < 10000 ? number : 10000));
      } else {
        which = NewStr(repl + begin, end - begin);
        MICA_TRY(which);
      }
      i = end;
    } else {
      switch (next) {
        case 'n': out->AppendChar('\n'); break;
        case 't': out->AppendChar('\t'); break;
        case 'r': out->AppendChar('\r'); break;
        case 'f': out->AppendChar('\f'); break;
        case 'v': out->AppendChar('\v'); break;
        case 'a': out->AppendChar('\a'); break;
        case 'b': out->AppendChar('\b'); break;
        case '\\': out->AppendChar('\\'); break;
        default:
          if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
            return RaiseFormat(&kReErrorType, "bad escape \\%c at position %z", next, i - 1);
          }
          out->AppendChar('\\');
          out->AppendChar(next);
      }
      continue;
    }
    Value index_error = GroupIndex(match, which, &group);
    if (index_error.IsException()) {
      if (IsStr(which)) return RaiseFormat(&kIndexErrorType, "unknown group name '%S'", which);
      ClearPendingException();
      return RaiseFormat(&kReErrorType, "invalid group reference %R", which);
    }
    const Value text = GroupText(match, group, Value::Name(names::kEmpty));
    MICA_TRY(text);
    out->AppendStr(text);
  }
  return Value::None();
}

// sub and subn: the new text and the number of replacements.
Value Substitute(Value pattern, Value repl, Value subject, Value count_value, bool with_count) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(subject, &text, &length));
  const Value string = Unwrap(subject);
  intptr_t limit = 0;
  if (!count_value.IsNull()) MICA_TRY(ToIndex(count_value, &limit));
  const char* repl_text = nullptr;
  size_t repl_length = 0;
  const bool literal = StrData(Unwrap(repl), &repl_text, &repl_length);
  if (!literal && TypeOf(repl)->call == nullptr && !IsUserInstance(repl)) {
    return RaiseFormat(&kTypeErrorType, "expected str or callable, got '%T'", repl);
  }
  StringBuilder out;
  size_t last = 0;
  size_t replaced = 0;
  MICA_TRY(ForEachMatch(pattern, string, limit < 0 ? 0 : static_cast<size_t>(limit), [&](Value match) {
    MatchObject* m = AsMatch(match);
    const char* data;
    size_t size;
    StrData(string, &data, &size);
    out.Append(data + last, static_cast<size_t>(m->Spans()[0]) - last);
    last = static_cast<size_t>(m->Spans()[1]);
    ++replaced;
    if (literal) {
      StrData(Unwrap(repl), &repl_text, &repl_length);
      return ExpandTemplate(&out, match, repl_text, repl_length);
    }
    const Value piece = CallValue(repl, &match, 1, 0);
    MICA_TRY(piece);
    if (!IsStr(piece)) return RaiseFormat(&kTypeErrorType, "expected str instance, %T found", piece);
    out.AppendStr(piece);
    return Value::None();
  }));
  StrData(string, &text, &length);
  out.Append(text + last, length - last);
  const Value result = out.Finish();
  MICA_TRY(result);
  if (!with_count) return result;
  const Value pair[2] = {result, Value::SmallInt(static_cast<intptr_t>(replaced))};
  return NewTuple(pair, 2);
}

Value SubArgs(Value pattern, const Value* args, uint32_t n_pos, uint32_t n_kw, bool with_count) {
  // args: repl, string[, count]
  const Value count = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::count);
  return Substitute(pattern, args[0], args[1], count, with_count);
}

Value PatternSub(const Value* args, uint32_t n_pos, uint32_t n_kw) { return SubArgs(args[0], args + 1, n_pos - 1, n_kw, false); }
Value PatternSubn(const Value* args, uint32_t n_pos, uint32_t n_kw) { return SubArgs(args[0], args + 1, n_pos - 1, n_kw, true); }

Value PatternPrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("re.compile(");
  MICA_TRY(Print(printer, AsPattern(self)->pattern, PrintKind::kRepr));
  const uint32_t flags = AsPattern(self)->program.flags;
  static constexpr struct { uint32_t bit; const char* name; } kFlagNames[] = {
      {re::kIgnoreCase, "re.IGNORECASE"}, {re::kMultiline, "re.MULTILINE"}, {re::kDotAll, "re.DOTALL"}};
  bool first = true;
  for (const auto& flag : kFlagNames) {
    if ((flags & flag.bit) == 0) continue;
    printer.Write(first ? ", " : "|");
    printer.Write(flag.name);
    first = false;
  }
  printer.Write(")");
  return Value::None();
}

Value PatternAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  PatternObject* pattern = AsPattern(self);
  Value result;
  if (name == names::pattern) {
    result = pattern->pattern;
  } else if (name == names::flags) {
    result = Value::SmallInt(pattern->program.flags | 32);  // re.UNICODE is implied for str patterns
  } else if (name == names::groups) {
    result = Value::SmallInt(pattern->program.groups);
  } else if (name == names::groupindex) {
    result = NewDict();
    MICA_TRY(result);
    if (!pattern->program.group_names.IsNone()) MICA_TRY(DictUpdateFromDict(result, pattern->program.group_names));
  } else {
    return Value();
  }
  if (op != AttrOp::kLoad) return RaiseFormat(&kAttributeErrorType, "readonly attribute");
  *value = result;
  return Value::None();
}

// ---- Match ----------------------------------------------------------------------------------------------------

Value MatchGroupValue(Value self, Value which) {
  uint32_t group;
  MICA_TRY(GroupIndex(self, which, &group));
  return GroupText(self, group, Value::None());
}

Value MatchGroup(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1) return GroupText(args[0], 0, Value::None());
  if (n_pos == 2) return MatchGroupValue(args[0], args[1]);
  TupleObject* tuple = AllocateTuple(n_pos - 1);
  if (tuple == nullptr) return Value::Exception();
  const Value result = Value::FromObject(&tuple->header);
  for (uint32_t i = 1; i < n_pos; ++i) {
    const Value text = MatchGroupValue(args[0], args[i]);
    MICA_TRY(text);
    tuple->Items()[i - 1] = text;
  }
  return result;
}

Value MatchGroups(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value missing = n_pos > 1 ? args[1] : FindKeyword(args, n_pos, n_kw, names::default_);
  if (missing.IsNull()) missing = Value::None();
  const uint32_t groups = AsMatch(args[0])->groups;
  if (groups == 0) return NewTuple(nullptr, 0);
  TupleObject* tuple = AllocateTuple(groups);
  if (tuple == nullptr) return Value::Exception();
  const Value result = Value::FromObject(&tuple->header);
  for (uint32_t i = 0; i < groups; ++i) {
    const Value text = GroupText(args[0], i + 1, missing);
    MICA_TRY(text);
    tuple->Items()[i] = text;
  }
  return result;
}

Value MatchGroupdict(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value missing = n_pos > 1 ? args[1] : FindKeyword(args, n_pos, n_kw, names::default_);
  if (missing.IsNull()) missing = Value::None();
  const Value dict = NewDict();
  MICA_TRY(dict);
  const Value names = AsPattern(AsMatch(args[0])->pattern)->program.group_names;
  if (names.IsNone()) return dict;
  size_t position = 0;
  Value name, number;
  while (DictNext(names, &position, &name, &number)) {
    const Value text = GroupText(args[0], static_cast<uint32_t>(number.AsSmallInt()), missing);
    MICA_TRY(text);
    MICA_TRY(DictStore(dict, name, text));
  }
  return dict;
}

// start/end/span of group args[1] (default 0), in code points.
Value MatchBounds(const Value* args, uint32_t n_pos, intptr_t* start, intptr_t* end) {
  uint32_t group = 0;
  if (n_pos > 1) MICA_TRY(GroupIndex(args[0], args[1], &group));
  MatchObject* m = AsMatch(args[0]);
  *start = CharIndex(m->string, m->Spans()[2 * group]);
  *end = CharIndex(m->string, m->Spans()[2 * group + 1]);
  return Value::None();
}

Value MatchStart(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t start, end;
  MICA_TRY(MatchBounds(args, n_pos, &start, &end));
  return Value::SmallInt(start);
}

Value MatchEnd(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t start, end;
  MICA_TRY(MatchBounds(args, n_pos, &start, &end));
  return Value::SmallInt(end);
}

Value MatchSpan(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t start, end;
  MICA_TRY(MatchBounds(args, n_pos, &start, &end));
  const Value pair[2] = {Value::SmallInt(start), Value::SmallInt(end)};
  return NewTuple(pair, 2);
}

Value MatchExpand(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(args[1], &text, &length));
  StringBuilder out;
  MICA_TRY(ExpandTemplate(&out, args[0], text, length));
  return out.Finish();
}

Value MatchSubscript(Value self, Value index, Value value) {
  if (!value.IsNull()) return RaiseTypeError("'re.Match' object does not support item assignment");
  return MatchGroupValue(self, index);
}

Value MatchPrint(const Printer& printer, Value self, PrintKind) {
  intptr_t start, end;
  MICA_TRY(MatchBounds(&self, 1, &start, &end));
  printer.Write("<re.Match object; span=(");
  MICA_TRY(Print(printer, Value::SmallInt(start), PrintKind::kRepr));
  printer.Write(", ");
  MICA_TRY(Print(printer, Value::SmallInt(end), PrintKind::kRepr));
  printer.Write("), match=");
  const Value group = GroupText(self, 0, Value::None());
  MICA_TRY(group);
  MICA_TRY(Print(printer, group, PrintKind::kRepr));
  printer.Write(">");
  return Value::None();
}

Value MatchAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  MatchObject* m = AsMatch(self);
  Value result;
  if (name == names::string) {
    result = m->string;
  } else if (name == names::re) {
    result = m->pattern;
  } else if (name == names::lastindex) {
    result = Value::None();
    for (uint32_t g = 1; g <= m->groups; ++g) {
      // The group that closed last: the one ending furthest right, the outermost (lowest number) on a tie.
      const intptr_t end = m->Spans()[2 * g + 1];
      if (end >= 0 && (result.IsNone() || end > m->Spans()[2 * result.AsSmallInt() + 1])) result = Value::SmallInt(g);
    }
  } else {
    return Value();
  }
  if (op != AttrOp::kLoad) return RaiseFormat(&kAttributeErrorType, "readonly attribute");
  *value = result;
  return Value::None();
}

constexpr BuiltinFunction kMatchEnd = MakeMethod(&kMatchType, names::end, 1, 2, MatchEnd);
constexpr BuiltinFunction kMatchExpand = MakeMethod(&kMatchType, names::expand, 2, 2, MatchExpand);
constexpr BuiltinFunction kMatchGroup = MakeMethod(&kMatchType, names::group, 1, kVariadic, MatchGroup);
constexpr BuiltinFunction kMatchGroupdict =
    MakeMethod(&kMatchType, names::groupdict, 1, 2, MatchGroupdict, kBuiltinTakesKeywords);
constexpr BuiltinFunction kMatchGroups = MakeMethod(&kMatchType, names::groups, 1, 2, MatchGroups, kBuiltinTakesKeywords);
constexpr BuiltinFunction kMatchSpan = MakeMethod(&kMatchType, names::span, 1, 2, MatchSpan);
constexpr BuiltinFunction kMatchStart = MakeMethod(&kMatchType, names::start, 1, 2, MatchStart);

constexpr Member kMatchMembers[] = {
    {names::end, &kMatchEnd.header},     {names::expand, &kMatchExpand.header},
    {names::group, &kMatchGroup.header}, {names::groupdict, &kMatchGroupdict.header},
    {names::groups, &kMatchGroups.header}, {names::span, &kMatchSpan.header},
    {names::start, &kMatchStart.header},
};
static_assert(MembersSorted(kMatchMembers, sizeof(kMatchMembers) / sizeof(kMatchMembers[0])), "sorted by name id");

constexpr Type kMatchType = {{&kTypeType}, names::Match, 0, nullptr, nullptr, MatchPrint, nullptr, nullptr, nullptr,
                             MatchAttr, MatchSubscript, nullptr, nullptr,
                             MemberTable{kMatchMembers, sizeof(kMatchMembers) / sizeof(kMatchMembers[0])}};

constexpr BuiltinFunction kPatternFindall = MakeMethod(&kPatternType, names::findall, 2, 2, PatternFindall);
constexpr BuiltinFunction kPatternFinditer = MakeMethod(&kPatternType, names::finditer, 2, 2, PatternFinditer);
constexpr BuiltinFunction kPatternFullmatch = MakeMethod(&kPatternType, names::fullmatch, 2, 3, PatternFullmatch);
constexpr BuiltinFunction kPatternMatch = MakeMethod(&kPatternType, names::match, 2, 3, PatternMatch);
constexpr BuiltinFunction kPatternSearch = MakeMethod(&kPatternType, names::search, 2, 3, PatternSearch);
constexpr BuiltinFunction kPatternSplit =
    MakeMethod(&kPatternType, names::split, 2, 3, PatternSplit, kBuiltinTakesKeywords);
constexpr BuiltinFunction kPatternSub = MakeMethod(&kPatternType, names::sub, 3, 4, PatternSub, kBuiltinTakesKeywords);
constexpr BuiltinFunction kPatternSubn =
    MakeMethod(&kPatternType, names::subn, 3, 4, PatternSubn, kBuiltinTakesKeywords);

constexpr Member kPatternMembers[] = {
    {names::findall, &kPatternFindall.header}, {names::finditer, &kPatternFinditer.header},
    {names::fullmatch, &kPatternFullmatch.header}, {names::match, &kPatternMatch.header},
    {names::search, &kPatternSearch.header},   {names::split, &kPatternSplit.header},
    {names::sub, &kPatternSub.header},         {names::subn, &kPatternSubn.header},
};
static_assert(MembersSorted(kPatternMembers, sizeof(kPatternMembers) / sizeof(kPatternMembers[0])), "sorted");

constexpr Type kPatternType = {{&kTypeType}, names::Pattern, 0, nullptr, nullptr, PatternPrint, nullptr, nullptr,
                               nullptr, PatternAttr, nullptr, nullptr, nullptr,
                               MemberTable{kPatternMembers, sizeof(kPatternMembers) / sizeof(kPatternMembers[0])}};

// ---- Module functions: compile the pattern (args[0]) with flags, then run the Pattern method ---------------------

// The flags argument at positional index `index` or as flags=.
Value FlagsArg(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t index) {
  return n_pos > index ? args[index] : FindKeyword(args, n_pos, n_kw, names::flags);
}

Value ReCompile(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return CompilePattern(args[0], FlagsArg(args, n_pos, n_kw, 1));
}

Value ReFind(const Value* args, uint32_t n_pos, uint32_t n_kw, Mode mode) {
  const Value pattern = CompilePattern(args[0], FlagsArg(args, n_pos, n_kw, 2));
  MICA_TRY(pattern);
  return PatternFind(pattern, args + 1, 1, mode);
}

Value ReMatch(const Value* args, uint32_t n_pos, uint32_t n_kw) { return ReFind(args, n_pos, n_kw, Mode::kMatch); }
Value ReSearch(const Value* args, uint32_t n_pos, uint32_t n_kw) { return ReFind(args, n_pos, n_kw, Mode::kSearch); }
Value ReFullmatch(const Value* args, uint32_t n_pos, uint32_t n_kw) { return ReFind(args, n_pos, n_kw, Mode::kFull); }

Value ReFindall(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value call[2] = {CompilePattern(args[0], FlagsArg(args, n_pos, n_kw, 2)), args[1]};
  MICA_TRY(call[0]);
  return PatternFindall(call, 2, 0);
}

Value ReFinditer(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value call[2] = {CompilePattern(args[0], FlagsArg(args, n_pos, n_kw, 2)), args[1]};
  MICA_TRY(call[0]);
  return PatternFinditer(call, 2, 0);
}

Value ReSplit(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value call[3] = {CompilePattern(args[0], FlagsArg(args, n_pos, n_kw, 3)), args[1], Value()};
  MICA_TRY(call[0]);
  call[2] = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::maxsplit);
  return PatternSplit(call, call[2].IsNull() ? 2 : 3, 0);
}

Value ReSubstitute(const Value* args, uint32_t n_pos, uint32_t n_kw, bool with_count) {
  const Value pattern = CompilePattern(args[0], FlagsArg(args, n_pos, n_kw, 4));
  MICA_TRY(pattern);
  const Value count = n_pos > 3 ? args[3] : FindKeyword(args, n_pos, n_kw, names::count);
  return Substitute(pattern, args[1], args[2], count, with_count);
}

Value ReSub(const Value* args, uint32_t n_pos, uint32_t n_kw) { return ReSubstitute(args, n_pos, n_kw, false); }
Value ReSubn(const Value* args, uint32_t n_pos, uint32_t n_kw) { return ReSubstitute(args, n_pos, n_kw, true); }

// re.escape: a backslash before the characters that are special in patterns (CPython 3.7's set).
Value ReEscape(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length;
  MICA_TRY(RequireStr(args[0], &text, &length));
  static constexpr char kSpecial[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  StringBuilder out;
  for (size_t i = 0; i < length; ++i) {
    for (const char* s = kSpecial; *s != 0; ++s) {
      if (*s == text[i]) {
        out.AppendChar('\\');
        break;
      }
    }
    out.AppendChar(text[i]);
  }
  return out.Finish();
}

constexpr BuiltinFunction kCompile = MakeBuiltin(names::compile, 1, 2, ReCompile, kBuiltinTakesKeywords);
constexpr BuiltinFunction kEscape = MakeBuiltin(names::escape, 1, 1, ReEscape);
constexpr BuiltinFunction kFindall = MakeBuiltin(names::findall, 2, 3, ReFindall, kBuiltinTakesKeywords);
constexpr BuiltinFunction kFinditer = MakeBuiltin(names::finditer, 2, 3, ReFinditer, kBuiltinTakesKeywords);
constexpr BuiltinFunction kFullmatch = MakeBuiltin(names::fullmatch, 2, 3, ReFullmatch, kBuiltinTakesKeywords);
constexpr BuiltinFunction kMatch = MakeBuiltin(names::match, 2, 3, ReMatch, kBuiltinTakesKeywords);
constexpr BuiltinFunction kSearch = MakeBuiltin(names::search, 2, 3, ReSearch, kBuiltinTakesKeywords);
constexpr BuiltinFunction kSplit = MakeBuiltin(names::split, 2, 4, ReSplit, kBuiltinTakesKeywords);
constexpr BuiltinFunction kSub = MakeBuiltin(names::sub, 3, 5, ReSub, kBuiltinTakesKeywords);
constexpr BuiltinFunction kSubn = MakeBuiltin(names::subn, 3, 5, ReSubn, kBuiltinTakesKeywords);

constexpr ModuleMember kReMembers[] = {
    ModuleValueMember(names::DOTALL, Value::SmallInt(re::kDotAll)),
    ModuleValueMember(names::I, Value::SmallInt(re::kIgnoreCase)),
    ModuleValueMember(names::IGNORECASE, Value::SmallInt(re::kIgnoreCase)),
    ModuleValueMember(names::M, Value::SmallInt(re::kMultiline)),
    ModuleValueMember(names::MULTILINE, Value::SmallInt(re::kMultiline)),
    ModuleObjectMember(names::Match, &kMatchType.header),
    ModuleObjectMember(names::Pattern, &kPatternType.header),
    ModuleValueMember(names::S, Value::SmallInt(re::kDotAll)),
    ModuleObjectMember(names::compile, &kCompile.header),
    ModuleObjectMember(names::error, &kReErrorType.header),
    ModuleObjectMember(names::escape, &kEscape.header),
    ModuleObjectMember(names::findall, &kFindall.header),
    ModuleObjectMember(names::finditer, &kFinditer.header),
    ModuleObjectMember(names::fullmatch, &kFullmatch.header),
    ModuleObjectMember(names::match, &kMatch.header),
    ModuleObjectMember(names::search, &kSearch.header),
    ModuleObjectMember(names::split, &kSplit.header),
    ModuleObjectMember(names::sub, &kSub.header),
    ModuleObjectMember(names::subn, &kSubn.header),
};
static_assert(ModuleMembersSorted(kReMembers, sizeof(kReMembers) / sizeof(kReMembers[0])), "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kReModule = {
    names::re, kReMembers, sizeof(kReMembers) / sizeof(kReMembers[0]), nullptr,
};

}  // namespace mica
