#!/usr/bin/env bash
# One CI stage. .ci/run runs the setup stages in order on a fresh Debian machine, then README's `npm test`
# itself; .github/workflows/ci.yml runs the same stages as separate jobs on ubuntu-latest. Keeping the commands here, and only here, is what stops
# the two from drifting apart (test/contract/github-workflows.test.ts checks that both call every stage).
#
#   apt-packages     install scripts/ci/apt-packages.txt (through sudo when not root)
#   npm-ci           npm ci
#   check-generated  npm run build, then fail if dist/ or a generated file differs from what is committed
#   lint             npm run lint
#   test             npm test, exactly the README's command
set -euo pipefail
cd "$(dirname "$0")/../.."
export CI=true

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

stage="${1:-}"
# Setup stages fold in the log; the test output stays open.
[ "$stage" = test ] || echo "::group::${stage}"
case "$stage" in
  apt-packages)
    mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' scripts/ci/apt-packages.txt)
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
    # kubectl (1.32, kustomize 5.5) renders kustomizations in the gitops tests. It comes with these machines
    # and with ubuntu-latest, from Kubernetes' own apt repository, not Debian's (whose kubernetes-client 1.20
    # conflicts with it). Install it where an apt source offers it; the tests fail under CI=true without it.
    if ! command -v kubectl >/dev/null 2>&1; then
      if apt-cache policy kubectl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends kubectl
      else
        echo "::warning::kubectl is not installed and no apt source offers it (add the pkgs.k8s.io repository)"
      fi
    fi
    kubectl version --client 2>/dev/null | head -2 || true
    ;;
  npm-ci)
    npm ci --no-audit --no-fund
    node_modules/.bin/node --version
    ;;
  check-generated)
    npm run build
    generated=(dist README.md action.yml actions src/generated schema)
    if ! git diff --exit-code --stat -- "${generated[@]}"; then
      echo "::error::dist/ or generated files differ from a fresh build: run npm run build and commit the result"
      exit 1
    fi
    untracked=$(git ls-files --others --exclude-standard -- "${generated[@]}")
    if [ -n "$untracked" ]; then
      echo "::error::npm run build produced files that are not committed: ${untracked//$'\n'/ }"
      exit 1
    fi
    ;;
  lint)
    npm run lint
    ;;
  test)
    npm test
    ;;
  *)
    echo "usage: scripts/ci/stage.sh apt-packages|npm-ci|check-generated|lint|test (got '${stage}')" >&2
    exit 2
    ;;
esac
[ "$stage" = test ] || echo "::endgroup::"
