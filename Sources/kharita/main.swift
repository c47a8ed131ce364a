import Atlas
print("kharita")
