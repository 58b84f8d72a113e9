# boot.py: runs first at every boot and soft reset, before main.py and the REPL (frozen into the firmware until
# the board has a file system; edit ports/pyboard/frozen/ and rebuild). Set-up that every program needs goes here.
