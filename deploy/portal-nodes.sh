# Lessons Portal: several nodes behind HAProxy on this machine (./portal run --nodes N). Sourced by ./portal, whose
# functions and variables it uses (say, fail, build_if_needed, prepare_keycloak, start_keycloak, PIDS, stop_all, ...).
#
# Needs PostgreSQL (the nodes share one database: SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD), HAProxy (Debian's
# package haproxy) and OpenSearch: the local one the build unpacks (started here, its index under data/opensearch),
# or an existing cluster named by LESSONS_SEARCH_OPENSEARCH_URIS. People use http://localhost:PORTAL_PORT, HAProxy's
# address; the nodes listen on the next N ports (NODE_PORTS_FROM, default PORTAL_PORT + 1). docs/adr/0064.

OPENSEARCH_VERSION="$(sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' "$ROOT/pom.xml")"
OS_HOME="$ROOT/domain/target/opensearch/opensearch-$OPENSEARCH_VERSION"
OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"

nodes_need_postgres() {
  case "${SPRING_DATASOURCE_URL:-}" in
    jdbc:postgresql:*) ;;
    "") fail "Several nodes share one PostgreSQL database, and the embedded H2 database cannot be shared.
  Create one and name it, for example:
    createdb -h 127.0.0.1 -U postgres lessons
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/lessons SPRING_DATASOURCE_USERNAME=postgres
    ./portal run --nodes $1" ;;
    *) fail "Several nodes need PostgreSQL; SPRING_DATASOURCE_URL names another database ($SPRING_DATASOURCE_URL)." ;;
  esac
}

nodes_need_haproxy() {
  HAPROXY="${HAPROXY:-$(command -v haproxy || true)}"
  [ -z "$HAPROXY" ] && [ -x /usr/sbin/haproxy ] && HAPROXY=/usr/sbin/haproxy
  [ -n "$HAPROXY" ] || fail "HAProxy is needed in front of the nodes: install Debian's package (apt-get install haproxy)."
}

# The OpenSearch distribution the domain's build unpacks (profile opensearch), fetched once from Maven Central when
# missing, with the modules the portal needs (analysis-common, reindex, and lang-painless, which the k-NN plugin for
# ranking by meaning extends) made loadable.
prepare_opensearch() {
  if [ ! -x "$OS_HOME/bin/opensearch" ] || [ -z "$(ls "$OS_HOME/modules/lang-painless/"*.jar 2>/dev/null)" ] \
    || [ ! -f "$OS_HOME/plugins/opensearch-knn/plugin-descriptor.properties" ]; then
    say "Fetching OpenSearch $OPENSEARCH_VERSION from Maven Central (once, about 200 MB)..."
    ./mvnw -B -q -pl domain -Popensearch dependency:unpack@unpack-opensearch dependency:copy@copy-opensearch-modules \
      || fail "Could not fetch OpenSearch. Set LESSONS_SEARCH_OPENSEARCH_URIS to use an existing OpenSearch 2.x cluster."
  fi
  local module
  for module in "analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin" \
    "reindex org.opensearch.index.reindex.ReindexPlugin" "lang-painless org.opensearch.painless.PainlessPlugin"; do
    set -- $module
    printf 'description=%s\nversion=%s\nname=%s\nclassname=%s\njava.version=11\nopensearch.version=%s\n' \
      "$1" "$OPENSEARCH_VERSION" "$1" "$2" "$OPENSEARCH_VERSION" > "$OS_HOME/modules/$1/plugin-descriptor.properties"
  done
  printf 'grant {\n  permission java.lang.RuntimePermission "createClassLoader";\n  permission java.lang.RuntimePermission "getClassLoader";\n};\n' \
    > "$OS_HOME/modules/lang-painless/plugin-security.policy"
}

# One OpenSearch node on 127.0.0.1 with its data under data/opensearch (kept between runs). OpenSearch refuses to run
# as root: then it runs as nobody, which is given the distribution and the data folder.
os_pid=""
start_opensearch() {
  port_free "$OPENSEARCH_PORT" || fail "Port $OPENSEARCH_PORT is in use: stop what uses it or set OPENSEARCH_PORT."
  local data="$ROOT/data/opensearch" as=()
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody: "$OS_HOME" "$data"
    as=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups --)
  fi
  OPENSEARCH_JAVA_HOME="${OPENSEARCH_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}" \
  OPENSEARCH_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx512m}" \
    ${as[@]+"${as[@]}"} "$OS_HOME/bin/opensearch" -E discovery.type=single-node -E network.host=127.0.0.1 \
      -E http.port="$OPENSEARCH_PORT" -E transport.port="$((OPENSEARCH_PORT + 100))" -E path.data="$data" \
      -E cluster.routing.allocation.disk.threshold_enabled=false > "$LOGS/opensearch.log" 2>&1 &
  os_pid="$!"
  PIDS+=("$os_pid")
}

# Starts N nodes of the packaged jar together (their process engines are built one at a time, docs/adr/0061).
NODE_PIDS=() NODE_PORTS=()
start_nodes() { # count opensearch-uris
  local count="$1" uris="$2" i port from="${NODE_PORTS_FROM:-$((PORTAL_PORT + 1))}"
  local public="${LESSONS_PORTAL_PUBLIC_URL:-http://localhost:$PORTAL_PORT}"
  local directory=() class_data=() jar="$JAR" semantic=()
  # ranking by meaning needs OpenSearch's k-NN plugin: the local distribution has it, an existing cluster may not
  # (docs/adr/0062); off unless LESSONS_SEARCH_SEMANTIC says otherwise
  [ -n "${LESSONS_SEARCH_SEMANTIC:-}" ] || semantic=(--lessons.search.semantic=false)
  if [ -z "${LESSONS_OIDC_ISSUER:-}" ] && [ -z "${LESSONS_DIRECTORY_SYNC_CLIENT_SECRET:-}" ]; then
    directory=(--lessons.directory-sync.client-secret=lessons-directory-secret)
  fi
  if [ "${PORTAL_CLASS_DATA:-true}" != false ] && [ -f "$CLASS_DATA" ]; then
    class_data=(-XX:SharedArchiveFile="$CLASS_DATA")
    jar="$APP_JAR"
  fi
  for i in $(seq 1 "$count"); do
    port=$((from + i - 1))
    port_free "$port" || fail "Port $port (node $i) is in use: stop what uses it or set NODE_PORTS_FROM."
    NODE_PORTS+=("$port")
  done
  say "Starting $count portal nodes on ports ${NODE_PORTS[*]} ..."
  for i in $(seq 1 "$count"); do
    java ${PORTAL_JAVA_OPTS:--Xmx512m} ${class_data[@]+"${class_data[@]}"} -jar "$jar" \
      --server.port="${NODE_PORTS[$((i - 1))]}" --lessons.portal.public-url="$public" \
      --lessons.review.notifications.base-url="$public" --lessons.demo-data="${PORTAL_DEMO_DATA:-false}" \
      --lessons.search.engine=opensearch --lessons.search.opensearch-uris="$uris" \
      ${semantic[@]+"${semantic[@]}"} ${directory[@]+"${directory[@]}"} > "$LOGS/node-$i.log" 2>&1 &
    NODE_PIDS+=("$!")
    PIDS+=("$!")
  done
}

start_balancer() {
  "$ROOT/deploy/haproxy-config" "$PORTAL_PORT" "${NODE_PORTS[@]}" > "$ROOT/data/haproxy.cfg"
  "$HAPROXY" -db -f "$ROOT/data/haproxy.cfg" > "$LOGS/haproxy.log" 2>&1 &
  PIDS+=("$!")
}

# Waits for OpenSearch, then every node (health UP), then the balancer's front page, then Keycloak (started once the
# nodes are ready, as with one node, docs/adr/0059); notes when each was ready. A process that exits is noticed.
wait_for_nodes() { # began (ms)
  local began="$1" limit=$(( $(now_ms) + 900000 )) i pending=true
  local -a ready=()
  os_ready="" balancer_ready="" keycloak_ready=""
  while $pending; do
    [ "$(now_ms)" -lt "$limit" ] || fail "Not everything started within 15 minutes; see $LOGS."
    [ -z "$os_pid" ] || kill -0 "$os_pid" 2>/dev/null || fail "OpenSearch stopped while starting; see $LOGS/opensearch.log."
    if [ -n "$os_pid" ] && [ -z "$os_ready" ] \
      && http_ok "http://127.0.0.1:$OPENSEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=1s"; then
      os_ready="$(seconds_since "$began")"
    fi
    pending=false
    for i in "${!NODE_PIDS[@]}"; do
      kill -0 "${NODE_PIDS[$i]}" 2>/dev/null || fail "Node $((i + 1)) stopped while starting; see $LOGS/node-$((i + 1)).log."
      if [ -z "${ready[$i]:-}" ] && http_ok "http://127.0.0.1:${NODE_PORTS[$i]}/actuator/health"; then
        ready[$i]="$(seconds_since "$began")"
      fi
      [ -n "${ready[$i]:-}" ] || pending=true
    done
    if ! $pending && [ -z "$balancer_ready" ]; then
      if http_ok "http://localhost:$PORTAL_PORT/actuator/health"; then
        balancer_ready="$(seconds_since "$began")"
        [ "$keycloak_wanted" = false ] || start_keycloak
      else
        pending=true
      fi
    fi
    if [ "$keycloak_wanted" = true ] && [ -z "$keycloak_ready" ]; then
      pending=true
      if [ -n "$keycloak_pid" ]; then
        kill -0 "$keycloak_pid" 2>/dev/null || fail "Keycloak stopped while starting; see $LOGS/keycloak.log."
        http_ok "http://127.0.0.1:$KEYCLOAK_PORT/realms/lessons/.well-known/openid-configuration" \
          && keycloak_ready="$(seconds_since "$began") (its own start $(seconds_since "$keycloak_started"))"
      fi
      [ -z "$keycloak_ready" ] || pending=false
    fi
    $pending && sleep 0.3
  done
  NODE_READY=("${ready[@]}")
}

run_nodes() { # count until_ready
  local count="$1" until_ready="$2" began prepared uris
  [[ "$count" =~ ^[1-9]$ ]] || fail "--nodes takes a number of nodes from 1 to 9 (./portal run --nodes 2)."
  began="$(now_ms)"
  need_java
  nodes_need_postgres "$count"
  nodes_need_haproxy
  mkdir -p "$LOGS"
  port_free "$PORTAL_PORT" || fail "Port $PORTAL_PORT is in use: stop what uses it or set PORTAL_PORT."
  build_if_needed
  prepare_class_data
  uris="${LESSONS_SEARCH_OPENSEARCH_URIS:-}"
  [ -n "$uris" ] || prepare_opensearch
  if [ -n "${LESSONS_OIDC_ISSUER:-}" ]; then
    say "Using the identity provider at $LESSONS_OIDC_ISSUER (no local Keycloak started)."
  else
    port_free "$KEYCLOAK_PORT" || fail "Port $KEYCLOAK_PORT is in use: stop what uses it or set KEYCLOAK_PORT."
    prepare_keycloak
    keycloak_wanted=true
  fi
  prepared="$(seconds_since "$began")"
  trap 'stop_all; exit 130' INT TERM
  trap stop_all EXIT

  local started
  started="$(now_ms)"
  if [ -z "$uris" ]; then
    say "Starting OpenSearch on http://127.0.0.1:$OPENSEARCH_PORT ..."
    start_opensearch
    uris="http://127.0.0.1:$OPENSEARCH_PORT"
  fi
  start_nodes "$count" "$uris"
  say "Starting HAProxy on http://localhost:$PORTAL_PORT ..."
  start_balancer
  wait_for_nodes "$started"
  say ""
  say "  Started in (from the first start):"
  [ -z "$os_ready" ] || say "    OpenSearch $os_ready"
  for i in "${!NODE_READY[@]}"; do say "    node $((i + 1)) (port ${NODE_PORTS[$i]}) ${NODE_READY[$i]}"; done
  say "    HAProxy answering for all of them $balancer_ready"
  say "    Keycloak ${keycloak_ready:-(not started here)}"
  say "  Building and preparing before them $prepared."
  if [ "$until_ready" = true ]; then
    stop_all
    return 0
  fi
  say ""
  say "  Lessons Portal is running on $count nodes behind http://localhost:$PORTAL_PORT"
  say "  (demo accounts as with one node: ./portal run's message lists them; password demo)."
  say "  Logs: $LOGS    Press Ctrl-C to stop."
  wait -n "${PIDS[@]}" || true
  say "A process stopped; see $LOGS."
}
