// The methods that cut a text into pieces (split, rsplit, splitlines, partition, rpartition), written once for
// str and bytes/bytearray. A TextView says how to make a piece: NewStr for str, a new bytes or bytearray (the
// type of self) for the byte types; `unicode` selects str's whitespace and line breaks (text_ops.h).
#ifndef MICA_RUNTIME_OBJECTS_TEXT_PIECES_H_
#define MICA_RUNTIME_OBJECTS_TEXT_PIECES_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

namespace mica {

using PieceMaker = Value (*)(Value like, const uint8_t* data, size_t length);

struct TextView {
  Value self;
  const uint8_t* data;
  size_t length;
  bool unicode;
  PieceMaker make;
};

// split/rsplit: sep null means runs of whitespace; maxsplit < 0 means no limit. A list of pieces.
Value SplitPieces(const TextView& text, const uint8_t* sep, size_t sep_length, intptr_t maxsplit, bool reverse);
// splitlines(keepends): a list of lines.
Value SplitLinesPieces(const TextView& text, bool keepends);
// partition/rpartition: a 3-tuple. ValueError("empty separator") for an empty sep.
Value PartitionPieces(const TextView& text, const uint8_t* sep, size_t sep_length, bool reverse);

// The split/rsplit (sep, maxsplit) and splitlines (keepends) arguments, positional or keyword. sep is Value() when
// not given.
Value SplitArguments(const Value* args, uint32_t n_pos, uint32_t n_kw, Value* sep, intptr_t* maxsplit);
Value KeepEndsArgument(const Value* args, uint32_t n_pos, uint32_t n_kw, bool* keepends);
// TypeError("'x' is an invalid keyword argument for split()") unless every keyword is `first` or `second`
// (names::kEmpty: no second).
Value AllowKeywords(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t first, uint32_t second,
                    const char* function);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_TEXT_PIECES_H_
