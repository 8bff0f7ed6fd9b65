#!/usr/bin/env bash
# Writes the golden case Cases/approval-signatures/: a roster and contracts whose approvals fail in each way
# the checker names (and one that stands), signed with keys made here by ssh-keygen and thrown away. Run it
# again only when the statement that is signed changes (ApprovalStatement); then RECORD_SNAPSHOTS=1.
# Usage: Tests/SanyaFrontendTests/make-approval-case.sh [path/to/sanya]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
sanya=${1:-$repo/.build/debug/sanya}
case_dir=$here/Cases/approval-signatures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for who in director executive former revoked stranger; do ssh-keygen -q -t ed25519 -N "" -C "$who@test" -f "$work/$who"; done
mkdir -p "$work/Contracts"
cp -r "$repo/Tests/Fixtures/registrar/Contracts/catalog" "$work/Contracts/"
cat > "$work/Contracts/approvers.yaml" <<ROSTER
# The roster of the case: keys made by make-approval-case.sh, their private halves thrown away.
signatures:
  required_from: 2026-01-01
approvers:
  - name: Director
    role: director
    steps: [endorsed]
    key: $(cat "$work/director.pub")
    valid_from: 2025-10-01
  - name: Approver
    role: executive
    steps: [approved]
    key: $(cat "$work/executive.pub")
    valid_from: 2025-10-01
  - name: Former Executive
    role: executive
    steps: [approved]
    key: $(cat "$work/former.pub")
    valid_from: 2024-10-01
    valid_until: 2025-12-31
  - name: Revoked Executive
    role: executive
    steps: [approved]
    key: $(cat "$work/revoked.pub")
    valid_from: 2025-10-01
    revoked: 2026-06-01
ROSTER
contract() { # id, approver
    sed -e "s/^contract: case-contract/contract: $1/" -e "s/approved: { by: Approver,/approved: { by: $2,/" "$here/Cases/valid-contract/contract.yaml"
}
sign() { # id, step, name, key
    "$sanya" sign "$1" --step "$2" --by "$3" --key "$work/$4" --root "$work" --today 2026-11-26 >/dev/null
}
# Signs the statement with another key than the name's: what a forger with commit access can do at best.
forge() { # id, step, name, key
    "$sanya" sign "$1" --step "$2" --by "$3" --statement --root "$work" --today 2026-11-26 > "$work/statement"
    rm -f "$work/statement.sig"
    ssh-keygen -q -Y sign -f "$work/$4" -n sanya-approval "$work/statement"
    python3 - "$work/Contracts/$1.yaml" "$2" "$3" "$work/statement" <<'PY'
import re, sys
path, step, name, statement = sys.argv[1:]
digest = re.search(r"substance: (\S+)", open(statement).read()).group(1)
signature = open(statement + ".sig").read().strip().split("\n")
text = open(path).read()
block = [f"  {step}:", f"    by: {name}", "    date: " + re.search(rf"  {step}: {{ by: [^,]+, date: (\S+) }}", text).group(1),
         "    signature:", f"      digest: {digest}", "      sshsig: |"] + ["        " + line for line in signature]
open(path, "w").write(re.sub(rf"  {step}: {{ by: [^}}]+}}", "\n".join(block), text))
PY
}
for id in ap-valid ap-unsigned ap-forged-name ap-stranger ap-former ap-revoked ap-changed ap-damaged; do
    approver=Approver
    case $id in ap-former) approver="Former Executive" ;; ap-revoked) approver="Revoked Executive" ;; esac
    contract "$id" "$approver" > "$work/Contracts/$id.yaml"
done
for id in ap-valid ap-unsigned ap-forged-name ap-stranger ap-former ap-revoked ap-changed ap-damaged; do sign "$id" endorsed Director director; done
# The revoked key signed before its revocation, the former executive after leaving: sanya sign refuses both today.
for id in ap-valid ap-changed ap-damaged; do sign "$id" approved Approver executive; done
forge ap-forged-name approved Approver director
forge ap-stranger approved Approver stranger
forge ap-former approved "Former Executive" former
forge ap-revoked approved "Revoked Executive" revoked
# After signing: a field added, and one character of a signature changed.
python3 - "$work/Contracts/ap-changed.yaml" "$work/Contracts/ap-damaged.yaml" <<'PY'
import sys
changed, damaged = sys.argv[1:]
text = open(changed).read()
open(changed, "w").write(text.replace("    - first_name_th\n", "    - first_name_th\n    - last_name_th\n", 1))
text = open(damaged).read()
i = text.rindex("-----END SSH SIGNATURE-----") - 30
open(damaged, "w").write(text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1:])
PY
rm -rf "$case_dir"
mkdir -p "$case_dir"
cp "$work/Contracts/approvers.yaml" "$work"/Contracts/ap-*.yaml "$case_dir/"
echo "wrote $case_dir"
