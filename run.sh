#!/usr/bin/env bash
# Builds edgar-batch, starts the WildFly the build configured (or uses the one already running),
# deploys the application, runs the nightly job (filings-ingest, then filings-report) over the bundled
# sample filings on the embedded H2 database (./data), writes the workbooks to ./reports, and leaves the
# server up.
#
#   ./run.sh                  build, start, deploy, run nightly over src/samples/filings
#   ./run.sh <filings-dir>    the same over another directory
#   ./run.sh stop             shut the server down
set -euo pipefail

project=$(cd "$(dirname "$0")" && pwd)
cd "$project"

wildfly_version=39.0.1.Final
export JBOSS_HOME="$project/target/wildfly-$wildfly_version"
# The run server keeps its own base directory (configuration, deployments, log), copied from the
# configured server, so the server the tests copy stays as the build configured it.
base_dir="$project/target/run-server"
http_url=http://localhost:8080/edgar-batch
deployment=edgar-batch.war
log="$base_dir/log/server.log"

cli() {
    "$JBOSS_HOME/bin/jboss-cli.sh" --connect --output-json "$@"
}

# Prints the value of "result" from the CLI's JSON answer: a number, or a string without its quotes.
result_of() {
    sed -n -e 's/^ *"result" *: *"\(.*\)",\{0,1\} *$/\1/p' -e 's/^ *"result" *: *\([0-9][0-9]*\).*$/\1/p' | head -n 1
}

server_running() {
    [ -x "$JBOSS_HOME/bin/jboss-cli.sh" ] \
        && cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q '"result" : "running"'
}

# Creates the console's administrator (group batch-admin) in the run server's application realm, once:
# its password is EDGAR_ADMIN_PASSWORD or a generated one, printed this one time. Manage users later
# with the server's own add-user.sh (see README, "Users").
admin_user=edgar-admin
add_admin_user() {
    local users="$base_dir/configuration/application-users.properties"
    if grep -q "^$admin_user=" "$users" 2>/dev/null; then
        return
    fi
    local password="${EDGAR_ADMIN_PASSWORD:-}"
    local generated=
    if [ -z "$password" ]; then
        password="Ed-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')-9"
        generated=yes
    fi
    "$JBOSS_HOME/bin/add-user.sh" -a -s -u "$admin_user" -p "$password" -g batch-admin \
        -sc "$base_dir/configuration" >/dev/null
    if [ -n "$generated" ]; then
        echo "==> Created the console user $admin_user (batch-admin) with the password: $password"
        echo "    It is shown this once; set EDGAR_ADMIN_PASSWORD before the first run to choose it."
    else
        echo "==> Created the console user $admin_user (batch-admin) with the password from EDGAR_ADMIN_PASSWORD"
    fi
}

if [ "${1:-}" = "stop" ]; then
    if server_running; then
        cli --command=':shutdown' >/dev/null
        echo "WildFly stopped."
    else
        echo "WildFly is not running."
    fi
    exit 0
fi

filings_dir=$(cd "${1:-src/samples/filings}" && pwd)

echo "==> Building (./mvnw package, tests skipped: ./mvnw verify runs them)"
./mvnw -B -q -DskipTests package

if server_running; then
    echo "==> WildFly is already running"
else
    echo "==> Starting WildFly $wildfly_version (log: $log)"
    mkdir -p data reports
    if [ ! -d "$base_dir" ] || [ "$JBOSS_HOME/.edgar-batch/configured" -nt "$base_dir" ]; then
        rm -rf "$base_dir"
        cp -r "$JBOSS_HOME/standalone" "$base_dir"
    fi
    add_admin_user
    # The server's working directory is the project: the H2 database lands in ./data, reports in ./reports.
    nohup "$JBOSS_HOME/bin/standalone.sh" \
        -Djboss.server.base.dir="$base_dir" \
        -Dedgar.filings.dir="$project/src/samples/filings" \
        >"$project/target/wildfly-console.out" 2>&1 &
    for _ in $(seq 1 120); do
        server_running && break
        sleep 1
    done
    server_running || { echo "WildFly did not start; see $log" >&2; exit 1; }
fi

echo "==> Deploying target/$deployment"
cli --command="deploy $project/target/$deployment --force" >/dev/null

job=nightly
echo "==> Starting $job over $filings_dir"
execution=$(cli --command="/deployment=$deployment/subsystem=batch-jberet:start-job(job-xml-name=$job, properties={filingsDir=\"$filings_dir\"})" | result_of)
[ -n "$execution" ] || { echo "start-job gave no execution id; see $log" >&2; exit 1; }

execution_resource="/deployment=$deployment/subsystem=batch-jberet/job=$job/execution=$execution"
status=STARTING
for _ in $(seq 1 600); do
    status=$(cli --command="$execution_resource:read-attribute(name=batch-status)" | result_of)
    case "$status" in STARTING|STARTED|STOPPING) sleep 1 ;; *) break ;; esac
done
exit_status=$(cli --command="$execution_resource:read-attribute(name=exit-status)" | result_of)

echo
echo "Execution $execution of $job: $status"
echo "  $exit_status" | sed 's/; /\n  /g'
echo "  workbooks in $project/reports:"
ls -l "$project/reports" | grep '\.xlsx$' | sed 's/^/    /' || true
cat <<EOF

WildFly is still running (sign in as $admin_user).
  console        $http_url/admin/
  API            $http_url/api/ (described at http://localhost:8080/openapi)
  documents      $http_url/api/documents
  server log     $log
  database       $project/data/edgar-batch.mv.db (H2; kept between runs)
  workbooks      $project/reports
  job history    $JBOSS_HOME/bin/jboss-cli.sh -c "/deployment=$deployment/subsystem=batch-jberet/job=$job:read-resource(include-runtime=true,recursive=true)"
  stop           ./run.sh stop
EOF

[ "$status" = COMPLETED ]
