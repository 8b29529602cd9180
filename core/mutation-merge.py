#!/usr/bin/env python3
"""Merges pitest's mutations.xml files found under the given directories: a mutant (class, method,
descriptor, line, mutator, instruction indexes) is killed when any run detected it. Prints the score
of core, of each core module (the one whose src/main/java holds the class) and of each class as
Markdown tables, and the surviving mutants. pitest writes the file as it goes: a run still going (or
cut short) counts with the mutants it has reported."""
import sys, os, collections
import xml.etree.ElementTree as ET

DETECTED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}
# Which status a mutant keeps when runs disagree: a kill by a test's assertion before a timeout (a
# timeout on a loaded machine may be the machine's, not the mutant's), a survivor before no coverage.
RANK = {"NO_COVERAGE": 0, "SURVIVED": 1, "TIMED_OUT": 2, "MEMORY_ERROR": 3, "RUN_ERROR": 3, "KILLED": 4}
mutants = {}
for root in sys.argv[1:]:
    for d, _, files in os.walk(root):
        if "mutations.xml" not in files:
            continue
        text = open(os.path.join(d, "mutations.xml"), encoding="utf-8").read()
        if "</mutation>" not in text:
            continue  # a run stopped before its first result
        if not text.rstrip().endswith("</mutations>"):
            text = text[:text.rfind("</mutation>") + len("</mutation>")] + "</mutations>"
        for m in ET.fromstring(text):
            f = lambda k: (m.findtext(k) or "")
            # pitest 1.30 writes <indexes><index>…</index></indexes>: two mutants of one kind on a line differ there
            key = (f("mutatedClass"), f("mutatedMethod"), f("methodDescription"), f("lineNumber"), f("mutator"),
                   ",".join(i.text or "" for i in m.iter("index")))
            status = m.get("status")
            old = mutants.get(key)
            if old is None or RANK.get(status, 0) > RANK.get(old[0], 0):
                mutants[key] = (status, f("description"), f("sourceFile"))
per_class = collections.defaultdict(lambda: [0, 0])
for (cls, *_), (status, _, _) in mutants.items():
    top = cls.split("$")[0]
    per_class[top][1] += 1
    per_class[top][0] += status in DETECTED
killed = sum(k for k, _ in per_class.values())
total = sum(t for _, t in per_class.values())
timed_out = sorted(key for key, (status, _, _) in mutants.items() if status == "TIMED_OUT")
print(f"Core: **{killed * 100 // max(total, 1)}%** ({killed} of {total} mutants killed; {len(timed_out)} of them"
      f" by a timeout only, without them {(killed - len(timed_out)) * 100 // max(total, 1)}%)\n")
core = os.path.dirname(os.path.abspath(__file__))
per_module = collections.defaultdict(lambda: [0, 0])
for cls, (k, t) in per_class.items():
    source = cls.replace(".", "/") + ".java"
    module = next((m for m in sorted(os.listdir(core))
                   if os.path.exists(os.path.join(core, m, "src/main/java", source))), "?")
    per_module[module][0] += k
    per_module[module][1] += t
print("| module | killed | mutants | score |\n|---|---:|---:|---:|")
for module in sorted(per_module):
    k, t = per_module[module]
    print(f"| `core/{module}` | {k} | {t} | {k * 100 // t}% |")
print()
print("| class | killed | mutants | score |\n|---|---:|---:|---:|")
for cls in sorted(per_class):
    k, t = per_class[cls]
    print(f"| `{cls.removeprefix('io.github.fulianrules.')}` | {k} | {t} | {k * 100 // t}% |")
print("\nDetected by a timeout only (pitest counts them killed):\n")
for key in timed_out:
    print(f"- {key[0].removeprefix('io.github.fulianrules.')}.{key[1]} line {key[3]}: {mutants[key][1]}")
print("\nSurviving and uncovered mutants:\n")
for key in sorted(mutants):
    status, desc, src = mutants[key]
    if status not in DETECTED:
        print(f"- {status} {key[0].removeprefix('io.github.fulianrules.')}.{key[1]} line {key[3]}: {desc}")
