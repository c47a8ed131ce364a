print("kharita-bench")
