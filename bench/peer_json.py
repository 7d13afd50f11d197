# Peer for group reports: the obvious Python json script (read, parse, sum).
import json, os, sys
files = total = 0
for name in os.listdir(sys.argv[1]):
    if name.endswith(".json"):
        with open(os.path.join(sys.argv[1], name), "rb") as f:
            total += sum(a.get("value", 0) for a in json.load(f)["answers"].values())
        files += 1
print("files %d sum %d" % (files, total))
