#!/usr/bin/env python3
"""Writes docs/security-scan-latest.md for infra/security/scan.sh (not run on its own) and exits 1 when a
finding is not explained in infra/security/explained-findings.tsv.

A finding has a key (tab-separated: scanner, kind, method and route or path, parameter; for wapiti also its message); the explanations file
holds one regular expression per line with the verdict and the reason, and the first expression that matches
the key explains the finding.
"""
import json
import os
import re
import sys

(output_dir, explanations_file, report, when, total_seconds, sqlmap_seconds, wapiti_seconds, sqlmap_settings,
 wapiti_settings, sqlmap_version, wapiti_version, commit, scan_args) = sys.argv[1:14]
LEVELS = {4: "critical", 3: "high", 2: "medium", 1: "low", 0: "info"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TENANTS = ("wiesbaden", "frankenthal", "duesseldorf", "dietzenbach", "landkreis-boerde")

explanations = []
for line in open(explanations_file, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        expression, verdict, reason = line.rstrip("\n").split("\t", 2)
        explanations.append((re.compile(expression), verdict, reason))


def explain(key):
    """The first explanation that matches; a fixed finding that is found again stays unexplained (a regression)."""
    for expression, verdict, reason in explanations:
        if expression.search(key) and not verdict.startswith("fixed"):
            return verdict, reason
    return None, None


def general(path):
    """A wapiti path as a route: tenant slug and ids replaced, query left out."""
    path = path.split("?")[0]
    parts = path.split("/")
    if len(parts) > 1 and parts[1] in TENANTS:
        parts[1] = "{tenantSlug}"
    return UUID.sub("{id}", "/".join(parts))


findings = []
# --- sqlmap ---
results = []
results_file = os.path.join(output_dir, "sqlmap-results.tsv")
if os.path.exists(results_file):
    for line in open(results_file, encoding="utf-8"):
        number, method, pattern, identity, verdict, baseline, errors, seconds, params = line.rstrip("\n").split("\t")
        log = open(os.path.join(output_dir, "sqlmap", f"{number}.log"), encoding="utf-8", errors="replace").read()
        # sqlmap skips a parameter that answers a non-numeric value like a numeric one ("possible type casting"):
        # ids, numbers and enums that the server converts (400 otherwise) before any query could see them.
        server_errors = re.search(r"500 \(Internal Server Error\) - (\d+) times", log)
        errors = server_errors.group(1) if server_errors else "0"
        tested = len(re.findall(r"parameter '[^']+' (?:does not seem to be injectable|is vulnerable)", log))
        typed = len(re.findall(r"skipping (?:\(custom\) )?\w+ parameter", log))
        results.append(dict(number=int(number), method=method, pattern=pattern, identity=identity, verdict=verdict,
                            baseline=baseline, errors=int(errors or 0), seconds=int(seconds), params=params,
                            tested=tested, typed=typed))
        if verdict == "INJECTABLE":
            findings.append(dict(severity="high", key=f"sqlmap\tinjection\t{method} {pattern}\t{params}",
                                 what=f"sqlmap: injectable parameter at `{method} {pattern}`", log=f"sqlmap/{number}.log"))
        if int(errors or 0) > 0:
            findings.append(dict(severity="low", key=f"sqlmap\tserver-error\t{method} {pattern}\t",
                                 what=f"sqlmap: {errors} server errors (500) at `{method} {pattern}`", log=f"sqlmap/{number}.log"))
summary = json.load(open(os.path.join(output_dir, "targets.jsonl.summary.json"), encoding="utf-8"))

# --- wapiti ---
wapiti = {}
wapiti_file = os.path.join(output_dir, "wapiti.json")
if os.path.exists(wapiti_file):
    wapiti = json.load(open(wapiti_file, encoding="utf-8"))
grouped = {}
for section in ("vulnerabilities", "anomalies"):
    for category, entries in (wapiti.get(section) or {}).items():
        for entry in entries:
            route = general(entry.get("path", ""))
            info = " ".join(str(entry.get("info", "")).split())[:200]
            key = f"wapiti\t{category}\t{entry.get('method', 'GET')} {route}\t{entry.get('parameter', '')}\t{info}"
            level = int(entry.get("level", 0) or 0)
            if key not in grouped:
                grouped[key] = dict(severity=LEVELS.get(level, str(level)), key=key, count=0, info=entry.get("info", ""),
                                    what=f"wapiti {'anomaly' if section == 'anomalies' else 'vulnerability'}: {category} at "
                                         f"`{entry.get('method', 'GET')} {route}`" + (f", parameter `{entry['parameter']}`" if entry.get("parameter") else "")
                                         + (f" ({info})" if section == "vulnerabilities" else ""),
                                    log="wapiti.json")
            grouped[key]["count"] += 1
findings += grouped.values()
for finding in findings:
    finding["verdict"], finding["reason"] = explain(finding["key"])
unexplained = [f for f in findings if not f["verdict"]]

# --- report ---
verdicts = {}
for result in results:
    verdicts[result["verdict"]] = verdicts.get(result["verdict"], 0) + 1
baselines = {}
for result in results:
    baselines[result["baseline"]] = baselines.get(result["baseline"], 0) + 1
infos = wapiti.get("infos") or {}
crawled = infos.get("crawled_pages")
if not crawled:
    # Wapiti 3.0.4's JSON has no crawled pages; its log lists each crawled URL as "[+] http…".
    log_file = os.path.join(output_dir, "wapiti.log")
    crawled = sum(1 for line in open(log_file, encoding="utf-8", errors="replace") if line.startswith("[+] http")) \
        if os.path.exists(log_file) else 0
lines = [
    "# Security scan (sqlmap, wapiti): latest result", "",
    "Written by `infra/security/scan.sh` (README, \"Security scans\"). Do not edit by hand; explanations of findings live in "
    "`infra/security/explained-findings.tsv`.", "",
    f"- when: {when}, commit {commit}; took {int(total_seconds) // 60} min {int(total_seconds) % 60} s "
    f"(sqlmap {int(sqlmap_seconds) // 60} min {int(sqlmap_seconds) % 60} s, wapiti {int(wapiti_seconds) // 60} min {int(wapiti_seconds) % 60} s) "
    f"on {os.cpu_count()} cores shared with other work",
    f"- versions: sqlmap {sqlmap_version} and {wapiti_version} (Debian packages); the built application jar against PostgreSQL on loopback",
    f"- server: default profile (five demo tenants with seed content and demo accounts), scratch database; scan-only arguments: `{scan_args}`",
    f"- sqlmap: {sqlmap_settings}; the original request of each target is sent as a signed-in person where the route needs one "
    "(tenant admin of the tenant, a citizen for `/konto`, the platform admin with TOTP for `/admin`; for `/api` these people's "
    "access tokens, taken through `/oauth2/authorize` with PKCE). Form posts carry the session's CSRF token (Spring Security "
    "keeps one per session, so the token read once is valid for every post; `_csrf` itself is not tested)",
    "- rate limits: the scan-only arguments raise the contact form's limit (default 5 accepted messages per address and hour), "
    "ideas (10 per person and day), comments (30 per person and hour), anonymous questionnaire answers (20 per browser and hour) "
    "and the sign-in lockout (5 failures) through their properties. With the defaults sqlmap's requests are answered 429 "
    "(`Retry-After`) after the first few accepted ones, or the account locks, and the payloads no longer reach the code behind "
    "the limit; that the limits hold is tested in `ContactFormTests`, `IdeaSupportAndCommentTests`, `QuestionnaireApiTests` and `SignInTests`",
    f"- wapiti: {wapiti_settings}; signed out, everything under `/` reachable from the five tenants' start pages (pages that need "
    f"a sign-in answer with a redirect to it; wapiti 3.0.4's `--exclude` fails on Python 3.11, so nothing is excluded); "
    f"{len(crawled) if isinstance(crawled, list) else crawled} pages crawled",
    "",
    "## Result", "",
    f"- routes in the application's route list: {summary['routes']}; sqlmap targets: {len(results)} "
    f"({', '.join(f'{v} {k}' for k, v in sorted(verdicts.items()))}); left out: {len(summary['left_out'])} (below)",
    f"- findings: {len(findings)}, explained: {len(findings) - len(unexplained)}, **unexplained: {len(unexplained)}**",
    f"- answers to the original requests (sqlmap's baseline): " + ", ".join(f"{v}× {k}" for k, v in sorted(baselines.items())),
    "",
]
if findings:
    lines += ["## Findings", "", "| severity | finding | verdict | why |", "| --- | --- | --- | --- |"]
    order = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    for finding in sorted(findings, key=lambda f: (order.get(f["severity"], 5), f["what"])):
        count = f" ({finding['count']}×)" if finding.get("count", 1) > 1 else ""
        lines.append(f"| {finding['severity']} | {finding['what']}{count} | {finding['verdict'] or '**UNEXPLAINED**'} | "
                     f"{(finding['reason'] or finding.get('info', '')).replace('|', '/')} |")
    lines.append("")
fixed = [(expression, verdict, reason) for expression, verdict, reason in explanations if verdict.startswith("fixed")]
if fixed:
    lines += ["## Findings of earlier runs, fixed", "", "Found by earlier runs of this scan and fixed; one that is found again is "
              "reported above as unexplained.", "", "| finding | fix | found again | what and why |", "| --- | --- | --- | --- |"]
    for expression, verdict, reason in fixed:
        again = "**yes**" if any(expression.search(f["key"]) for f in findings) else "no"
        label = expression.pattern.lstrip("^").replace("\\t", " ").replace("\\", "").strip()
        lines.append(f"| `{label}` | {verdict} | {again} | {reason.replace('|', '/')} |")
    lines.append("")
lines += ["## Not covered", "",
          "- The authorization server's protocol endpoints (`/oauth2/token`, `/oauth2/authorize`, `/oauth2/introspect`, "
          "`/oauth2/revoke`, `/userinfo`) and `/abmelden` are security filters, not in the route list; of the filters only the "
          "sign-in and second-factor forms (found on the pages) are scanned.",
          "- File contents of uploads (CSV/XLSX imports, attachments, edition import): the file field is left out and the rest of the "
          "form sent URL-encoded; the parsers have their own module tests.",
          "- `DELETE /api/admin/tenants/{slug}`: its first request would remove a whole municipality.",
          "- Cookies and headers: sqlmap tests them from level 2 on; the session cookie is an opaque id that Spring Session looks up "
          "with a bound parameter.",
          "- Parameters sqlmap skips as typed (column `typed`): Spring converts them (UUID, number, enum, date) before any query, and "
          "answers 400 to anything else.",
          "- Routes whose original request ends in 4xx (column `answer`) were tested only as far as that validation or check.",
          ""]
lines += ["## Endpoints scanned by sqlmap", "",
          "Marked parameters: `path:` path variables, `query:` query parameters, `form:` fields of the form the application renders for "
          "that route, `json body` every value of the JSON body from the OpenAPI schema. Verdict `clean`: sqlmap tested every marked "
          "parameter and found none injectable; `timeout`: the per-target limit ended the test early.", "",
          "Columns: `tested` parameters sqlmap ran its payloads against, `typed` parameters it skipped because the server treats any "
          "non-matching value like a wrong one (ids, numbers, enums converted by Spring before any query; sqlmap's \"possible type "
          "casting\"), `answer` the status of the original request (2xx/3xx unless stated; a 4xx means the request stopped at "
          "validation or authorization, so the payloads reached that code, not deeper).", "",
          "| # | route | as | verdict | tested | typed | answer | 500s | s | parameters |",
          "| ---: | --- | --- | --- | ---: | ---: | --- | ---: | ---: | --- |"]
for result in results:
    lines.append(f"| {result['number']} | `{result['method']} {result['pattern']}` | {result['identity']} | {result['verdict']} | "
                 f"{result['tested']} | {result['typed']} | {result['baseline']} | {result['errors']} | {result['seconds']} | {result['params']} |")
lines += ["", "## Routes left out of sqlmap", "", "| route | why |", "| --- | --- |"]
for entry in summary["left_out"]:
    lines.append(f"| `{entry['method']} {entry['pattern']}` | {entry['reason']} |")
lines.append("")
os.makedirs(os.path.dirname(report), exist_ok=True)
open(report, "w", encoding="utf-8").write("\n".join(lines))
for finding in unexplained:
    print(f"UNEXPLAINED {finding['severity']}: {finding['what']} ({finding['log']})", file=sys.stderr)
sys.exit(1 if unexplained else 0)
