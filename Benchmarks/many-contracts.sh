# Sourced by the compiler benchmarks: fills "$work" (a scratch folder) with a repository of $count contracts,
# the repository's catalog and calendar (not its settings files) plus copies of its own contracts under new ids, so that every one
# resolves joins, filters, masks and workflow steps as the real ones do.
mkdir -p "$work/Contracts/generated"
cp -r Contracts/catalog "$work/Contracts/catalog"
cp Contracts/calendar.yaml "$work/Contracts/calendar.yaml"
mapfile -t sources < <(find Contracts -name '*.yaml' -not -path 'Contracts/catalog/*' -not -name calendar.yaml -not -name controller.yaml | sort)
for i in $(seq 1 "$count"); do
    src=${sources[$(( (i - 1) % ${#sources[@]} ))]}
    id=$(awk '/^contract:/ {print $2; exit}' "$src")
    sed "s/^contract: .*/contract: $id-$i/" "$src" > "$work/Contracts/generated/c$i.yaml"
done
