import Bitext
print("bitext \(BitextVersion.current)")
