# Adjacent string literals are joined at compile time, across lines in brackets and mixed prefixes.
s = "abc" 'def' """ghi"""
print(s, len(s))
msg = ("first part, "
       "second part, "
       'third part')
print(msg)
print(r"\raw" "\tcooked", f"{1 + 1}" "plain" rf"{2}\n")
print(b"by" b"tes", len(b"a" b"b"))
print("a" "b" == "ab", ("x"
"y"))
