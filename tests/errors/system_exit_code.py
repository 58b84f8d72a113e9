# SystemExit with an int sets the exit status and prints nothing to stderr.
# expect: stderr-last-line
print("exiting with 3")
raise SystemExit(3)
print("never")
