# Malformed literals and tokens are SyntaxErrors; each bad module lives in the helper package _bad/.
def check(name):
    try:
        __import__("_bad." + name)
    except SyntaxError as e:
        return type(e).__name__
    return "no error (wrong)"
for name in ["leading_zero", "double_underscore", "trailing_underscore", "bad_binary_digit",
             "bad_octal_digit", "bad_hex", "bad_exponent", "unterminated_string", "unterminated_triple",
             "newline_in_string", "bad_unicode_escape", "bytes_non_ascii", "fstring_unclosed",
             "fstring_empty_expr"]:
    print(name, check(name))
