// StringBuilder: text accumulated in one growing heap block that becomes a str object without a copy.
//
//   StringBuilder builder;
//   Printer printer = builder.AsPrinter();
//   MICA_TRY(Print(printer, value, PrintKind::kRepr));
//   return builder.Finish();   // the str, or Value::Exception() if memory ran out on the way
//
// Printer::write cannot fail, so a failed growth is remembered and reported by Finish() (MemoryError). The
// builder lives on the C stack, where the conservative scan keeps its block alive; it must not be copied.
#ifndef MICA_RUNTIME_OBJECTS_STRING_BUILDER_H_
#define MICA_RUNTIME_OBJECTS_STRING_BUILDER_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/objects/str.h"
#include "runtime/value.h"

namespace mica {

class StringBuilder {
 public:
  StringBuilder() = default;
  StringBuilder(const StringBuilder&) = delete;
  StringBuilder& operator=(const StringBuilder&) = delete;
  ~StringBuilder();

  void Append(const char* data, size_t length);
  void Append(const char* text);
  void AppendChar(char c);
  void AppendRepeated(char c, size_t count);
  // Appends the text of a str value (name or object).
  void AppendStr(Value str);

  Printer AsPrinter();

  // What was written so far (valid until the next append).
  const char* data() const;
  size_t length() const { return length_; }
  bool failed() const { return failed_; }
  // Drops the last `count` bytes.
  void Truncate(size_t length);

  // The str (empty text: ""), or Value::Exception() with MemoryError pending if any growth failed. The builder
  // is empty afterwards.
  Value Finish();

 private:
  static void Write(void* context, const char* data, size_t length);
  bool Reserve(size_t extra);

  StrObject* block_ = nullptr;  // a str object under construction; text capacity is capacity_
  size_t length_ = 0;
  size_t capacity_ = 0;
  bool failed_ = false;
};

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_STRING_BUILDER_H_
