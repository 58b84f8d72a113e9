// A ReplIo over strings for the line editor's tests: input is a fixed byte string, output is collected.
#ifndef MICA_RUNTIME_REPL_FAKE_IO_TEST_UTIL_H_
#define MICA_RUNTIME_REPL_FAKE_IO_TEST_UTIL_H_

#include <string>

#include "runtime/repl/repl_io.h"

namespace mica {

struct FakeIo {
  std::string input;
  size_t position = 0;
  std::string output;
  ReplIo io;

  explicit FakeIo(std::string bytes) : input(std::move(bytes)) {
    io.context = this;
    io.read_byte = [](void* context) {
      FakeIo* self = static_cast<FakeIo*>(context);
      if (self->position >= self->input.size()) return -1;
      return static_cast<int>(static_cast<unsigned char>(self->input[self->position++]));
    };
    io.write = [](void* context, const char* data, size_t length) {
      static_cast<FakeIo*>(context)->output.append(data, length);
    };
  }
};

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_FAKE_IO_TEST_UTIL_H_
