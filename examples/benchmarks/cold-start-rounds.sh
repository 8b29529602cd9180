# Sourced by cold-start.sh and cold-start-paired.sh: the commands of the array COMMANDS run in turn,
# N rounds, so that a load that changes meanwhile falls on every command alike; each run's wall time
# in milliseconds is appended to $TIMES/INDEX, INDEX the command's place in COMMANDS.
run_rounds() {  # N
  for _ in $(seq "$1"); do
    for i in "${!COMMANDS[@]}"; do
      start=$(date +%s%N)
      ${COMMANDS[$i]} >/dev/null 2>&1 || [ $? -eq 1 ]   # exit 1 = the sample's open violations
      end=$(date +%s%N)
      echo $(( (end - start) / 1000000 )) >> "$TIMES/$i"
    done
  done
}
