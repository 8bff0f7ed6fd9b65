# Sourced by the benchmark scripts: a release build, a scratch repository under var/bench with the catalog
# and the benchmark contracts compiled, and the large demo registrar (built once, ~40 s).
# Sets: work (var/bench), bin (the release sanya), db (the SQLite registrar).
work=var/bench
mkdir -p "$work/repo/Contracts"
rm -rf "$work/repo/Contracts/"*
cp -r Contracts/catalog "$work/repo/Contracts/catalog"
cp Benchmarks/contracts/*.yaml "$work/repo/Contracts/"
swift build -c release --product sanya >/dev/null
bin=$PWD/.build/release/sanya
(cd "$work/repo" && "$bin" build >/dev/null)
db=$PWD/$work/registrar.sqlite
[ -f "$db" ] || (cd "$work/repo" && "$bin" demo --size large -o "$db")
