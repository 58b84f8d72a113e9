# Helper for frozen_shadow.py: shadows the frozen module _shadowed, because the script's folder is before '.frozen'.
WHERE = "script folder"
