# Statements the parser must reject; IndentationError is a SyntaxError subclass.
def check(name):
    try:
        __import__("_bad." + name)
    except SyntaxError as e:
        return type(e).__name__
    return "no error (wrong)"
for name in ["missing_colon", "unclosed_paren", "unmatched_bracket", "expected_indent", "dedent_mismatch",
             "print_statement", "assign_to_literal", "assign_to_call", "assign_to_keyword", "keyword_as_name",
             "default_before_plain", "walrus_statement", "unparenthesized_genexp", "starred_alone",
             "return_in_class", "lambda_statement", "else_without_if", "try_without_except"]:
    print(name, check(name))
