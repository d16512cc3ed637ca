#!/bin/bash
# Lists newer releases of the dependencies and plugins this build pins (Spring Boot's own managed versions
# are reported once, as the Boot version). Needs Maven Central; changes nothing. Usage: infra/dependencies/outdated.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
./mvnw -B -N versions:display-parent-updates versions:display-property-updates versions:display-plugin-updates \
	-DprocessDependencyManagementTransitive=false >"$log" 2>&1 || { cat "$log"; exit 2; }
./mvnw -B versions:display-dependency-updates -DprocessDependencyManagementTransitive=false >>"$log" 2>&1 || { cat "$log"; exit 2; }
# Join the artifact and version of entries that Maven wraps over two lines, then keep only update lines.
sed -e 's/^\[INFO\] *//' "$log" | awk '/\.\.\.*$/ {held=$0; next} held != "" {print held " " $0; held=""; next} {print}' \
	| grep -E -- '->' | sed -E 's/ \.{2,} / /; s/ +/ /g' | sort -u
