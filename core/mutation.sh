#!/usr/bin/env bash
# Mutation testing of core (issue 18), not part of mvn verify. Run from anywhere in the repository:
#   core/mutation.sh [-Dmaven.repo.local=...]              all of core (hours on a busy 2-core machine)
#   TARGETS="io.github.fulianrules.report.ReportHtml*,..." core/mutation.sh ...   some classes only
# TARGETS holds one group of class globs a line; a line may name, after a space, the tests of step 2
# for its group (e.g. "io.github.fulianrules.explain.* io.github.fulianrules.rules.ExplainerTest"):
# pitest runs every test that covers a surviving mutant, so fewer tests make a run shorter.
# 1. pitest with each core module's own tests over its own classes: core/runtime, core/test-kit,
#    core/authoring and core/xlsx (rules-drl is built in the same reactor, for xlsx's tests, without running pitest);
# 2. pitest from rules-drl with crossModule: its tests (the engine with the compiled rules: scenarios,
#    properties, sessions, explanations, what-if) over core/runtime's and core/authoring's
#    classes, one group of packages at a time, so that a run cut short still leaves the groups done;
# 3. one merged score per class (core/mutation-merge.py), a mutant counting as killed when any run
#    kills it.
# Each run writes target/pit-reports/NAME in its module, NAME made of its globs (all for step 1 without
# TARGETS), and replaces only a run of the same globs: a run of some classes (TARGETS) adds to the reports of earlier runs, which
# the merge reads too (rm -rf core/*/target/pit-reports rules-drl/target/pit-reports to start anew).
# SKIP_OWN=1 leaves out step 1, SKIP_CROSS=1 step 2; OWN=core/runtime,core/test-kit,core/authoring narrows step 1
# to these modules (without rules-drl, whose build would rewrite the classes of a step 2 under way).
# The merge with the surviving mutants: target/mutation-score.md.
set -euo pipefail
cd "$(dirname "$0")/.."
P=io.github.fulianrules
groups=${TARGETS:-"$P.FulianRules*,$P.RuleSession*,$P.ReloadableRules*,$P.Rule*Exception,$P.internal.*
$P.verify.*,$P.compare.*,$P.rulesupport.*,$P.catalogue.*,$P.model.*,$P.input.*,$P.report.*
$P.authoring.*,$P.explain.*,$P.lint.*,$P.scenario.*,$P.testkit.*,$P.build.*"}
name() {
  printf '%s' "$1" | sed "s/$P\\.//g; s/[^A-Za-z0-9.,]/_/g"
}
if [ "${SKIP_OWN:-}" != "1" ]; then
  own=$(printf '%s\n' "${TARGETS:-$P.*}" | cut -d' ' -f1 | paste -sd, -)
  run=all
  if [ -n "${TARGETS:-}" ]; then
    run=$(name "$own")
  fi
  mvn -B "$@" -Pmutation -pl "${OWN:-core/runtime,core/test-kit,core/authoring,rules-drl,core/xlsx}" process-test-classes \
      -Dpit.skipCrossModule=true -DtargetClasses="$own" -Dpit.run="$run"
fi
if [ "${SKIP_CROSS:-}" != "1" ]; then
  while IFS=' ' read -r group tests; do
    mvn -B "$@" -Pmutation -pl core/runtime,core/test-kit,core/authoring,rules-drl process-test-classes \
        -Dpit.skipModuleTests=true -DtargetClasses="$group" -Dpit.targetTests="${tests:-$P.*}" \
        -Dpit.run="$(name "$group")" < /dev/null
  done <<< "$groups"
fi
mkdir -p target
python3 core/mutation-merge.py core/runtime/target/pit-reports core/test-kit/target/pit-reports core/authoring/target/pit-reports \
    core/xlsx/target/pit-reports rules-drl/target/pit-reports | tee target/mutation-score.md
