// C3 linearisation: the method resolution order of a class with several bases, as Python defines it.
//
// The algorithm only needs sequences of type pointers, so it is kept apart from the class machinery (and tested
// alone): the caller passes the MROs of the bases and the list of bases itself, and owns every buffer.
#ifndef MICA_RUNTIME_EXEC_MRO_H_
#define MICA_RUNTIME_EXEC_MRO_H_

#include <stdint.h>

#include "runtime/object.h"

namespace mica {

// Merges `count` sequences (sequences[i] has lengths[i] entries) after `head`, the class being created. For a
// class with bases B1..Bn the sequences are MRO(B1), .., MRO(Bn) and then [B1, .., Bn]. `cursors` is scratch
// space for `count` indices; `out` needs room for 1 + the sum of the lengths. Returns the number of entries
// written to `out` (head first), or 0 when no consistent order exists (TypeError for the caller to raise).
uint32_t C3Merge(const Type* head, const Type* const* const* sequences, const uint32_t* lengths, uint32_t count,
                 uint32_t* cursors, const Type** out);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_MRO_H_
