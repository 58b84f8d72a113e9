# Helper module (not a test): without __all__, star-import skips names starting with "_".
visible = "visible"
_hidden = "hidden"
def visible_func():
    return "visible_func"
