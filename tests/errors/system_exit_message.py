# SystemExit with a string prints it to stderr and exits with status 1.
# expect: stderr-last-line
print("exiting with message")
raise SystemExit("fatal: stopping")
