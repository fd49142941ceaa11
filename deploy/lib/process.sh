# Process handling shared by deploy/kafka/kafka.sh and deploy/keycloak/keycloak.sh, which source it
# (it is not run on its own). Both run a JVM in the background with a pid file in a state dir.
# The caller sets REPO_ROOT, HOST, STATE_DIR, PID_FILE, STOP_TIMEOUT and PROCESS_NAME (how its
# messages name the server), and defines log and die.

port_open() { # port -> 0 if something accepts TCP connections on $HOST:port
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$HOST" "$1" 2>/dev/null
}

java_with() { # pid text -> 0 if pid is a live java process whose command line holds text
  local comm="" cmdline
  { read -r comm <"/proc/$1/comm"; } 2>/dev/null || return 1
  [[ "$comm" == java ]] || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *"$2"* ]]
}

# Prints `found` (the pid file's process, or nothing) and every other process for which `check pid`
# succeeds: a scan of /proc, so a lost pid file never leaves an orphan JVM.
scan_pids() { # found check
  local found="$1" check="$2" d pid
  for d in /proc/[0-9]*; do
    pid="${d#/proc/}"
    [[ "$pid" == "$found" ]] && continue
    "$check" "$pid" && found="$found $pid"
  done
  echo $found
}

check_ports_free() { # "ITS/PORT_VARIABLES" port... -> dies when another process holds one of them
  local variables="$1" p
  shift
  for p in "$@"; do
    if port_open "$p"; then
      die "$HOST:$p is already in use by another process (not a $PROCESS_NAME of $STATE_DIR); choose other $variables"
    fi
  done
}

kill_pids() { # pids... : SIGTERM, wait STOP_TIMEOUT, SIGKILL
  local pids=("$@") p alive waited=0
  [[ ${#pids[@]} -gt 0 ]] || return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  while :; do
    alive=()
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
    [[ ${#alive[@]} -eq 0 ]] && return 0
    if ((waited >= STOP_TIMEOUT * 10)); then
      log "$PROCESS_NAME did not exit within ${STOP_TIMEOUT}s, sending SIGKILL to ${alive[*]}"
      kill -KILL "${alive[@]}" 2>/dev/null || true
      for p in "${alive[@]}"; do
        while kill -0 "$p" 2>/dev/null; do sleep 0.1; done
      done
      return 0
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

stop_pids() { # where pids... : the `stop` command, once the caller has found its processes
  local where="$1"
  shift
  if [[ $# -eq 0 ]]; then
    rm -f "$PID_FILE"
    log "no $PROCESS_NAME running for $STATE_DIR"
    return 0
  fi
  log "stopping $PROCESS_NAME on $where (pid $*)"
  kill_pids "$@"
  rm -f "$PID_FILE"
  log "stopped"
}

log_tail() { # file -> its last 40 lines on stderr, for a server that failed to start
  echo "----- last 40 lines of $1 -----" >&2
  tail -n 40 "$1" >&2 || true
}

remove_state_dir() { # refuses a state dir that is clearly not one
  case "$STATE_DIR" in
    "" | / | "$HOME" | "$REPO_ROOT" | "$REPO_ROOT/") die "refusing to delete state dir '$STATE_DIR'" ;;
  esac
  rm -rf "$STATE_DIR"
}
