count = 0
