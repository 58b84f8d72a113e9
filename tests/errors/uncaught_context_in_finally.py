# An exception raised in a finally block while another propagates: the last line is the new exception.
# expect: stderr-last-line
def cleanup():
    try:
        raise KeyError("original")
    finally:
        print("cleaning up")
        raise ValueError("cleanup failed")
cleanup()
