# Sourced by system-deps.sh and test-deps.sh: apt-get that waits for the package lock.
#
# Another process (unattended upgrades, another install) may hold dpkg's or apt's lock for a
# while. apt-get is told to wait for it (DPkg::Lock::Timeout), and a command that still finds
# the lock held (`apt-get update`'s lists lock, or an older apt) is tried again, until
# APT_LOCK_WAIT seconds (300 unless set) have passed. Then it gives up and says why.

APT_LOCK_WAIT=${APT_LOCK_WAIT:-300}
APT_LOCK_POLL=${APT_LOCK_POLL:-5}

# apt_get_waiting WHO ARGS...: run `apt-get ARGS...`, quietly unless it fails; WHO prefixes
# the messages. Returns apt-get's status; 75 when the lock was still held at the limit.
apt_get_waiting() {
  local who=$1 output status said=""
  shift
  local deadline=$((SECONDS + APT_LOCK_WAIT))
  while :; do
    status=0
    output=$(apt-get -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" "$@" 2>&1) || status=$?
    [ "$status" = 0 ] && return 0
    if ! grep -qiE "could not (get|open) lock|unable to (acquire|lock)|is another process using it" \
        <<<"$output"; then
      printf '%s\n' "$output" | tail -n 5 >&2
      return "$status"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$who: another process still holds the package lock after ${APT_LOCK_WAIT} s" \
           "(apt-get $*); run this again once it has finished" >&2
      printf '%s\n' "$output" | grep -iE "lock" | tail -n 2 >&2
      return 75
    fi
    if [ -z "$said" ]; then
      echo "$who: another process holds the package lock; waiting for it" \
           "(up to ${APT_LOCK_WAIT} s)" >&2
      said=1
    fi
    sleep "$APT_LOCK_POLL"
  done
}
