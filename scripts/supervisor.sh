# Sourced by serve.sh and cluster.sh: every long-running process of the site runs under supervisord
# (pinned in requirements.txt), which starts it again within a second if it dies or is killed.
#   supervisor_begin DIR          a new configuration in DIR (socket, log and pid file there too)
#   supervisor_program NAME LOG STOPWAIT COMMAND...
#                                 one process; LOG is a file, or "-" for supervisord's own output
#                                 (make run's console); STOPWAIT: seconds a graceful stop may take
# Then `supervisord -c "$SUPERVISOR_CONF"` runs them all (-n to stay in the foreground), and
# `supervisorctl -c "$SUPERVISOR_CONF" status|restart NAME|stop all` drives them.
SUPERVISOR_BIN=${SUPERVISOR_BIN:-.venv/bin}

supervisor_begin() {
  SUPERVISOR_DIR=$1
  mkdir -p "$SUPERVISOR_DIR"
  SUPERVISOR_CONF=$SUPERVISOR_DIR/supervisord.conf
  cat >"$SUPERVISOR_CONF" <<CONF
; Written by scripts/supervisor.sh: edits are lost at the next start.
[supervisord]
logfile=$SUPERVISOR_DIR/supervisord.log
pidfile=$SUPERVISOR_DIR/supervisord.pid
loglevel=info
directory=$PWD
silent=true

[unix_http_server]
file=$SUPERVISOR_DIR/supervisor.sock
chmod=0700

[supervisorctl]
serverurl=unix://$SUPERVISOR_DIR/supervisor.sock

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
CONF
}

supervisor_program() {
  local name=$1 log=$2 stopwait=$3
  shift 3
  local command="" word
  for word in "$@"; do command+=" $(printf '%q' "$word")"; done
  local output
  if [ "$log" = "-" ]; then
    output="stdout_logfile=/dev/stdout
stdout_logfile_maxbytes=0"
  else
    output="stdout_logfile=$log
stdout_logfile_maxbytes=10MB
stdout_logfile_backups=3"
  fi
  cat >>"$SUPERVISOR_CONF" <<CONF

[program:$name]
command=${command# }
directory=$PWD
autostart=true
autorestart=true
; Started once it has run for a second; restarted at once when it dies, however often.
startsecs=1
startretries=1000000
stopsignal=TERM
stopwaitsecs=$stopwait
stopasgroup=true
killasgroup=true
redirect_stderr=true
$output
CONF
}

supervisorctl_() { "$SUPERVISOR_BIN/supervisorctl" -c "$SUPERVISOR_CONF" "$@"; }
