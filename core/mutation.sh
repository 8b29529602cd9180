#!/usr/bin/env bash
# Mutation testing of core (issue 18): pitest with each module's own tests, then with rules-drl's tests
# (the engine with the compiled rules) over core's classes, one package group at a time so that a run
# cut short still leaves the groups done; then one merged score per class, a mutant counting as killed
# when any run kills it. Not part of mvn verify. Run from the repository root:
#   core/mutation.sh [-Dmaven.repo.local=...]                       all of core
#   GROUPS="io.github.fulianrules.internal.*" core/mutation.sh ...  some groups only
# Reports: core/*/target/pit-reports, rules-drl/target/pit-reports/GROUP; the merge: target/mutation-score.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GROUPS=${GROUPS:-"io.github.fulianrules.FulianRules*,io.github.fulianrules.RuleSession*,io.github.fulianrules.ReloadableRules*,io.github.fulianrules.*Exception*
io.github.fulianrules.internal.*
io.github.fulianrules.scenario.*,io.github.fulianrules.lint.*,io.github.fulianrules.authoring.*
io.github.fulianrules.report.*,io.github.fulianrules.rulesupport.*,io.github.fulianrules.catalogue.*
io.github.fulianrules.input.*,io.github.fulianrules.model.*"}
if [ "${SKIP_OWN:-}" != "1" ]; then
  mvn -B "$@" -Pmutation -pl core/runtime,core/authoring process-test-classes
fi
n=0
while IFS= read -r group; do
  n=$((n + 1))
  mvn -B "$@" -Pmutation -pl core/runtime,core/authoring,rules-drl process-test-classes \
      -Dpit.skipModuleTests=true -DtargetClasses="$group" -DreportsDirectory="$PWD/rules-drl/target/pit-reports/group-$n"
done <<< "$GROUPS"
python3 core/mutation-merge.py core/runtime/target/pit-reports core/authoring/target/pit-reports rules-drl/target/pit-reports \
    | tee target/mutation-score.md
