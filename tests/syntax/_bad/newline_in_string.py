x = "ab
cd"
