# The test image's main.py: runs after boot.py in __main__, so what it defines is there at the REPL.
import blink

led_state = blink.toggle_all(3)
print("main.py ran", led_state)
