#include "compiler/token.h"

#include <string.h>

namespace mica {
namespace {

constexpr const char* kTokenTexts[] = {
#define MICA_TOKEN_TEXT(name, text) text,
    MICA_TOKEN_KINDS(MICA_TOKEN_TEXT)
#undef MICA_TOKEN_TEXT
};

static_assert(sizeof kTokenTexts / sizeof kTokenTexts[0] == static_cast<size_t>(TokenKind::kCount),
              "one text per token kind");

}  // namespace

const char* TokenText(TokenKind kind) {
  const size_t index = static_cast<size_t>(kind);
  return index < static_cast<size_t>(TokenKind::kCount) ? kTokenTexts[index] : "?";
}

TokenKind LookupKeyword(const char* text, uint32_t length) {
  // 35 keywords, each at most 8 letters: a linear scan filtered on the first letter costs a few compares.
  if (length < 2 || length > 8) return TokenKind::kName;
  for (size_t i = static_cast<size_t>(TokenKind::kFirstKeyword); i <= static_cast<size_t>(TokenKind::kLastKeyword);
       ++i) {
    const char* keyword = kTokenTexts[i];
    if (keyword[0] == text[0] && strlen(keyword) == length && memcmp(keyword, text, length) == 0) {
      return static_cast<TokenKind>(i);
    }
  }
  return TokenKind::kName;
}

}  // namespace mica
