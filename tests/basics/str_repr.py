# repr of strings picks quotes and escapes non-printables.
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("\x00\x1f\x7f"), repr("\\"))
print(repr("é€日"), repr("é\n"))
print(repr(""), str(""), str("abc"), repr(repr("x")))
print([str("a"), "b"], ("c",), {"d": "e"})
