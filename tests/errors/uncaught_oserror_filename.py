# An uncaught OSError(errno, strerror, filename) prints as its errno subclass with "[Errno n] text: 'file'".
# expect: stderr-last-line
print("opening")
raise OSError(2, "No such file or directory", "config.json")
