#!/usr/bin/env python3
"""Builds the sqlmap target list for infra/security/scan.sh (not run on its own).

Input: the running server's route list (/actuator/mappings), its OpenAPI document, the scratch database
(psql) and signed-in sessions. Every MVC route with a path variable, a query parameter or a body becomes one
target whose parameters carry sqlmap's injection marker (*):
  - path variables are filled with real ids of the demo tenants (database look-ups below, or a link the app
    itself rendered), query parameters come from links and GET forms in the rendered pages (web) or from the
    OpenAPI document (API), bodies from the forms the app renders (web) or the OpenAPI schemas (API);
  - the tenant slug is resolved by one filter before any handler runs, and ?lang= by one locale resolver, so
    they are marked on a few routes only (representative_slug, representative_lang below).
Output: one JSON object per line (sqlmap targets, read-only ones first, destructive ones last) and a
summary of routes left out and why. Standard library only (Debian's python3, as sqlmap).
"""
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from html.parser import HTMLParser

BASE, ROUTES, OPENAPI, SESSIONS, DATABASE, OUT = sys.argv[1:7]
TENANTS = ["wiesbaden", "frankenthal", "duesseldorf", "dietzenbach", "landkreis-boerde"]
VARIABLE = re.compile(r"\{([^}:]+)(?::([^}]*))?}")
DESTRUCTIVE = re.compile(r"(entfernen|loeschen|entziehen|ablehnen|zurueckziehen|abmeldung|/sicherheit$|/konto|reject|/hide$|"
                         r"freeze|einfrieren|/status$|fortschreibung|/dismiss$)")
sessions = json.load(open(SESSIONS))


def psql(sql, **params):
    args = ["psql", "-d", DATABASE, "-Atq", "-v", "ON_ERROR_STOP=1"]
    for key, value in params.items():
        args += ["-v", f"{key}={value}"]
    result = subprocess.run(args, input=sql, capture_output=True, text=True, check=True)
    return [line for line in result.stdout.splitlines() if line]


# Real values per kind of variable, for one tenant (:'t' is its slug) and the values already chosen to the
# left in the same path (:'process', :'group', …), so that nested ids belong together.
LOOKUPS = {
    # The edition with the most to look at: a yearly report, funded projects, published.
    "edition": "select e.id from concepts.edition e join platform.tenant t on t.id = e.tenant_id where t.slug = :'t' order by "
               "exists (select from monitoring.yearly_report r where r.edition_id = e.id) desc, "
               "exists (select from monitoring.funded_project p where p.edition_id = e.id) desc, "
               "(e.status = 'VEROEFFENTLICHT') desc, e.created_at limit 1",
    "field": "select f.id from concepts.field f where f.edition_id = :'edition' order by f.position limit 1",
    "goal": "select g.id from concepts.goal g where g.edition_id = :'edition' order by g.position limit 1",
    "measure": "select m.id from concepts.measure m where m.edition_id = :'edition' order by m.position limit 1",
    "indicator": "select i.id from concepts.indicator i join concepts.goal g on g.tenant_id = i.tenant_id and g.id = i.goal_id "
                 "where g.edition_id = :'edition' order by i.position limit 1",
    "milestone": "select id from monitoring.milestone where measure_id = :'measure' limit 1",
    "project": "select id from monitoring.funded_project where edition_id = :'edition' limit 1",
    "report_year": "select year from monitoring.yearly_report where edition_id = :'edition' order by year desc limit 1",
    "actor": "select a.id from concepts.actor a join platform.tenant t on t.id = a.tenant_id where t.slug = :'t' limit 1",
    "process": "select p.id from participation.process p join platform.tenant t on t.id = p.tenant_id where t.slug = :'t' limit 1",
    "process_edition": "select p.edition_id from participation.process p where p.id = :'process'",
    "workshop": "select id from participation.workshop where process_id = :'process' order by starts_at limit 1",
    "group": "select id from participation.working_group where process_id = :'process' order by created_at limit 1",
    "meeting": "select id from participation.working_group_meeting where group_id = :'group' order by starts_at limit 1",
    "meeting_file": "select id from participation.attachment where owner_id = :'meeting' limit 1",
    "workshop_file": "select id from participation.attachment where owner_id = :'workshop' limit 1",
    "suggestion": "select id from participation.goal_suggestion where group_id = :'group' order by proposed_at limit 1",
    "group_member": "select account_id from participation.working_group_member where group_id = :'group' limit 1",
    "idea": "select id from participation.idea where process_id = :'process' order by submitted_at limit 1",
    "any_idea": "select i.id from participation.idea i join platform.tenant t on t.id = i.tenant_id where t.slug = :'t' limit 1",
    "comment": "select id from participation.idea_comment where idea_id = :'idea' limit 1",
    "any_comment": "select c.id from participation.idea_comment c join platform.tenant t on t.id = c.tenant_id where t.slug = :'t' limit 1",
    "circle_field": "select field_id from participation.expert_circle where process_id = :'process' limit 1",
    "expert": "select account_id from participation.expert where process_id = :'process' and field_id = :'circle_field' limit 1",
    "voter": "select account_id from participation.voter where process_id = :'process' limit 1",
    "rated_goal": "select g.id from concepts.goal g join participation.process p on p.tenant_id = g.tenant_id and p.edition_id = g.edition_id "
                  "where p.id = :'process' order by g.position limit 1",
    "questionnaire": "select q.id from participation.questionnaire q join platform.tenant t on t.id = q.tenant_id where t.slug = :'t' limit 1",
    "news": "select n.id from publishing.news_item n join platform.tenant t on t.id = n.tenant_id where t.slug = :'t' limit 1",
    "message": "select m.id from publishing.contact_message m join platform.tenant t on t.id = m.tenant_id where t.slug = :'t' limit 1",
    "member": "select m.user_id from platform.membership m join platform.tenant t on t.id = m.tenant_id where t.slug = :'t' "
              "and m.role = 'CITIZEN' limit 1",
    "opt_in": "select o.code from monitoring.benchmark_opt_in o join platform.tenant t on t.id = o.tenant_id where t.slug = :'t' limit 1",
    "catalogue": "select code from concepts.catalogue_indicator order by code limit 1",
    "template": "select code from concepts.field_template order by code limit 1",
    "signup": "select s.tenant_id from platform.tenant_signup s limit 1",
    "tenant_id": "select id from platform.tenant where slug = :'t'",
}
# (text before the variable, variable) → kind; the first matching rule wins.
KINDS = [
    (r"/api/admin/tenants/$", "slug", "SLUG"), (r"/api/tenants/$", "tenantSlug", "SLUG"),
    (r"^/$|^/api/$", "tenantSlug", "SLUG"),
    (r"anmeldungen/$", "tenantId", "signup"),
    (r"(konzept|editions|monitoring|reports|fassungen)/$", "(id|editionId)", "edition"),
    (r"handlungsfelder/$", "field", "field"), (r"ziele/$", "goal", "goal"), (r"goals/$", "goalId", "rated_goal"),
    (r"bewertung/$", "goalId", "rated_goal"),
    (r"(massnahmen|measures)/$", "(measure|measureId)", "measure"),
    (r"(indikatoren|indicators)/$", "indicatorId", "indicator"),
    (r"(meilensteine|milestones)/$", "milestoneId", "milestone"),
    (r"(projekte|projects)/$", "projectId", "project"),
    (r"(berichte|reports/[^/]+)/$", "year", "report_year"), (r"targets/$", "year", "report_year"),
    (r"actors/$", "id", "actor"), (r"aktuelles/$", "id", "news"), (r"nachrichten/$", "id", "message"),
    (r"(beteiligung|processes)/$", "(id|processId)", "process"),
    (r"workshops/$", "workshopId", "workshop"),
    (r"(arbeitsgruppen|working-groups)/$", "groupId", "group"),
    (r"(sitzungen|meetings)/$", "meetingId", "meeting"),
    (r"(sitzungen|meetings)/[^/]+/(dateien|files)/$", "fileId", "meeting_file"),
    (r"workshops/[^/]+/dateien/$", "fileId", "workshop_file"),
    (r"(vorschlaege|suggestions)/$", "suggestionId", "suggestion"),
    (r"(mitglieder|members)/$", "accountId", "group_member"),
    (r"(ideen|ideas)/$", "(ideaId|id)", "idea_or_any"),
    (r"moderation/[^/]+/$", "id", "any_idea"),
    (r"(kommentare|comments)/$", "(commentId|id)", "comment_or_any"),
    (r"(expertenkreise|circles)/$", "fieldId", "circle_field"),
    (r"(expertenkreise/[^/]+|experts)/$", "accountId", "expert"),
    (r"(stimmberechtigte|voters)/$", "accountId", "voter"),
    (r"frageboegen/$|questionnaires/$", "id", "questionnaire"),
    (r"benchmarking/$", "code", "opt_in"), (r"(opt-ins|comparisons)/$", "code", "opt_in"),
    (r"templates/indicators/$", "code", "catalogue"), (r"templates/fields/$", "code", "template"),
]
FIXED = {"part": "leitlinien", "name": "handlungsfelder", "section": "summary", "kind": "IDEA", "token": None}


def kind_of(before, name):
    for context, variable, kind in KINDS:
        if re.search(context, before) and re.fullmatch(variable, name):
            return kind
    return None


def resolve(kind, tenant, chosen):
    """One real value of this kind for the tenant, or None."""
    if kind == "idea_or_any":
        return resolve("idea", tenant, chosen) if "process" in chosen else resolve("any_idea", tenant, chosen)
    if kind == "comment_or_any":
        return resolve("comment", tenant, chosen) if "idea" in chosen else resolve("any_comment", tenant, chosen)
    if kind in ("field", "goal", "measure", "indicator", "project", "report_year", "rated_goal") and "edition" not in chosen:
        if chosen.get("process"):
            chosen["edition"] = (psql(LOOKUPS["process_edition"], process=chosen["process"]) or [None])[0]
        else:
            chosen["edition"] = resolve("edition", tenant, chosen)
    needed = sorted(set(re.findall(r":'([a-z_]+)'", LOOKUPS[kind])) - {"t"})
    if not all(chosen.get(key) for key in needed):
        return None
    key = (kind, tenant) + tuple(chosen[name] for name in needed)
    if key not in looked_up:
        rows = psql(LOOKUPS[kind], t=tenant, **{name: chosen[name] for name in needed})
        looked_up[key] = rows[0] if rows else None
    return looked_up[key]


looked_up = {}
observed = {}  # (tenant, variable) → a value seen in a rendered link


def fill(pattern, tenant):
    """The pattern with real values for the tenant; (path, values, complete)."""
    chosen, values, complete, path, last = {}, [], True, [], 0
    for match in VARIABLE.finditer(pattern):
        before = pattern[:match.start()]
        name = match.group(1)
        path.append(pattern[last:match.start()])
        kind = kind_of(before, name)
        if name == "tenantSlug" or kind == "SLUG":
            value = tenant
        elif kind is None and (tenant, name) in observed:
            value = observed[(tenant, name)]  # e.g. a Handlungsfeld's slug, from a link the app rendered
        elif name in FIXED:
            value = FIXED[name] or uuid.uuid4().hex
        elif kind is None:
            value, complete = str(uuid.uuid4()), False
        else:
            value = resolve(kind, tenant, chosen)
            chosen[{"idea_or_any": "idea", "comment_or_any": "comment", "rated_goal": "goal"}.get(kind, kind)] = value
            if kind in ("edition",):
                chosen["edition"] = value
            if value is None:
                value, complete = str(uuid.uuid4()), False
        values.append((name, value))
        path.append(value)
        last = match.end()
    path.append(pattern[last:])
    return "".join(path), values, complete


def regex_of(pattern):
    out, last = "", 0
    for match in VARIABLE.finditer(pattern):
        out += re.escape(pattern[last:match.start()]) + ("(" + match.group(2) + ")" if match.group(2) else "([^/]+)")
        last = match.end()
    return re.compile("^" + out + re.escape(pattern[last:]) + "$")


# --- routes ----------------------------------------------------------------------------------------------
mappings = json.load(open(ROUTES))
routes = []
for context in mappings["contexts"].values():
    for servlet in context["mappings"]["dispatcherServlets"].values():
        for mapping in servlet:
            conditions = (mapping.get("details") or {}).get("requestMappingConditions")
            if not conditions:
                continue
            for pattern in conditions["patterns"]:
                for method in conditions["methods"] or ["GET"]:
                    routes.append((method, pattern))
routes = sorted(set(routes), key=lambda r: (r[1], r[0]))
left_out = []


def excluded(method, pattern):
    if pattern.startswith(("/actuator", "/error", "/v3/api-docs", "/swagger-ui")) or "**" in pattern:
        return "operations or documentation endpoint (no parameters of its own)"
    if method == "DELETE" and pattern == "/api/admin/tenants/{slug}":
        return "removes a whole tenant (platform admins only, needs a platform admin's token)"
    return None


# --- crawl: the pages the app renders, as the people who see them ---------------------------------------
class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.forms, self.form, self.select, self.textarea = [], [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"action": a.get("action") or "", "method": (a.get("method") or "get").upper(),
                         "enctype": a.get("enctype") or "", "fields": []}
            self.forms.append(self.form)
        elif self.form is not None and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and any(f[0] == a["name"] for f in self.form["fields"]):
                return
            if kind == "file":
                self.form["file"] = True
                return
            value = a.get("value")
            if value is None or value == "":
                value = {"number": "1", "date": "2024-01-01", "email": "scan@demo.invalid", "url": "https://example.org",
                         "checkbox": "on", "datetime-local": "2030-01-01T10:00", "time": "10:00", "month": "2024-01"}.get(kind, "Test")
            self.form["fields"].append([a["name"], value])
        elif self.form is not None and tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.form["fields"].append(self.select)
        elif self.select is not None and tag == "option" and self.select[1] is None:
            self.select[1] = a.get("value", "")
        elif self.form is not None and tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.form["fields"].append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            if self.textarea is not None and not self.textarea[1].strip():
                self.textarea[1] = "Test"
            self.textarea = None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def identity_for(method, pattern, tenant):
    if pattern.startswith(("/api/templates", "/api/admin")):
        return "api:platform"
    if pattern.startswith("/api/"):
        return f"api:{tenant}"
    if pattern.startswith("/admin"):
        return "platform"
    if pattern.startswith("/konto"):
        return f"citizen:{tenant}"
    if "/verwaltung" in pattern or (pattern.startswith("/{tenantSlug}/beteiligung") and method != "GET"):
        return f"staff:{tenant}"
    if pattern.startswith("/{tenantSlug}/beteiligung"):
        return f"staff:{tenant}"  # a signed-in member sees the forms (ideas, comments, ratings)
    return "anon"


def fetch(url, identity):
    request = urllib.request.Request(BASE + url, headers=sessions.get(identity, {}))
    try:
        with opener.open(request, timeout=30) as response:
            if "html" not in response.headers.get("Content-Type", ""):
                return None
            return response.read().decode("utf-8", "replace")
    except (urllib.error.HTTPError, urllib.error.URLError, TimeoutError):
        return None


route_regexes = [(method, pattern, regex_of(pattern)) for method, pattern in routes]
seen_links = {}    # pattern → (concrete path, query params) from a rendered link
seen_forms = {}    # (method, pattern) → (concrete path, form, page it was on)
fetched = 0


def record(page_path, html):
    parser = Page()
    parser.feed(html)
    for href in parser.links:
        parts = urllib.parse.urlsplit(urllib.parse.urljoin(page_path, href))
        if parts.netloc and parts.netloc not in BASE:
            continue
        for method, pattern, regex in route_regexes:
            if method == "GET" and regex.match(parts.path):
                names = [m.group(1) for m in VARIABLE.finditer(pattern)]
                segment = parts.path.split("/")[1] if parts.path.count("/") >= 1 else ""
                for name, value in zip(names, regex.match(parts.path).groups()):
                    observed.setdefault((segment, name), value)
                query = urllib.parse.parse_qsl(parts.query)
                old = seen_links.get(pattern)
                if old is None or (query and not old[1]):
                    seen_links[pattern] = (parts.path, query)
                break
    for form in parser.forms:
        action = urllib.parse.urlsplit(urllib.parse.urljoin(page_path, form["action"] or page_path))
        for method, pattern, regex in route_regexes:
            if method == form["method"] and regex.match(action.path):
                key = (method, pattern)
                if key not in seen_forms or len(form["fields"]) > len(seen_forms[key][1]["fields"]):
                    seen_forms[key] = (action.path, form, page_path)
                break
        else:
            if form["method"] == "POST":  # a form handled by a security filter (sign-in, second factor)
                seen_forms.setdefault(("POST", action.path), (action.path, form, page_path))


pages = [("GET", pattern) for method, pattern in routes if method == "GET" and not pattern.startswith(("/api", "/actuator", "/v3", "/swagger"))
         and not pattern.endswith((".pdf", ".csv", ".json", ".ttl", ".atom", ".css", ".txt", ".xml", "/logo", "/export"))]
for tenant in TENANTS:
    for _, pattern in pages:
        path, _, _ = fill(pattern, tenant)
        if pattern.startswith("/admin") and tenant != TENANTS[0]:
            continue
        identities = [identity_for("GET", pattern, tenant)]
        if "/verwaltung" not in pattern and not pattern.startswith(("/admin", "/konto")):
            identities.append("anon")  # signed-out visitors get other forms (sign-in, registration, contact)
        for identity in dict.fromkeys(identities):
            html = fetch(path, identity)
            fetched += 1
            if html:
                record(path, html)
# Signed-out forms (sign-in, registration, password reset) and the second factor's form.
for path, identity in [("/anmelden", "anon"), ("/passwort/vergessen", "anon"), ("/registrierung", "anon"),
                       ("/anmelden/zweiter-faktor", "second-factor")]:
    html = fetch(path, identity)
    fetched += 1
    if html:
        record(path, html)

# --- OpenAPI: query parameters and JSON bodies of the API ------------------------------------------------
openapi = json.load(open(OPENAPI))
schemas = openapi.get("components", {}).get("schemas", {})


def example(schema, name="", depth=0):
    if "$ref" in schema:
        schema = schemas.get(schema["$ref"].split("/")[-1], {})
    for combined in ("allOf", "oneOf", "anyOf"):
        if combined in schema and schema[combined]:
            return example(schema[combined][0], name, depth)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 3:
            return {}
        return {key: example(value, key, depth + 1) for key, value in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema.get("items", {}), name, depth + 1)] if depth <= 3 else []
    if "enum" in schema:
        return schema["enum"][0]
    if kind in ("integer", "number"):
        return 2024 if "year" in name.lower() else 1
    if kind == "boolean":
        return True
    fmt, lower = schema.get("format", ""), name.lower()
    if fmt == "email" or "email" in lower:
        return "scan@demo.invalid"
    if fmt == "uri" or any(word in lower for word in ("website", "url", "link")):
        return "https://example.org"
    if "phone" in lower:
        return "+49 611 123456"
    if fmt == "uuid":
        return str(uuid.uuid4())
    if fmt == "date":
        return "2024-01-01"
    if fmt == "date-time":
        return "2030-01-01T10:00:00Z"
    return "Test"


def marked(value):
    """Every scalar in a JSON body carries the marker."""
    if isinstance(value, dict):
        return {key: marked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [marked(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    return f"{value}*"


def marked_json(value):
    # Numbers become strings ("1*"): Jackson reads a numeric string as a number, and sqlmap tests the value.
    return json.dumps(marked(value), ensure_ascii=False)


# Query parameters of the API that name an entity: a real one of the tenant.
QUERY_KINDS = {"process": "process", "editionId": "edition", "with": "edition"}


def query_value(parameter, tenant):
    kind = QUERY_KINDS.get(parameter["name"])
    value = resolve(kind, tenant, {}) if kind else None
    return value or str(example(parameter.get("schema", {}), parameter["name"]))


# --- targets -----------------------------------------------------------------------------------------------
representative_slug = {"/{tenantSlug}/suche": True, "/{tenantSlug}/verwaltung/konzept/{id}": True,
                       "/api/{tenantSlug}/concepts/editions/{id}": True}
# ?lang= is read by one locale resolver for every page, like the slug: marked on a few pages only.
representative_lang = {"/", "/{tenantSlug}", "/{tenantSlug}/handlungsfelder/{fieldSlug}", "/{tenantSlug}/verwaltung/konzept/{id}"}
# Links that exist only in mails (no SMTP in this run): the token parameter the README documents.
MAILED = {"/passwort/neu": [("token", "0123456789abcdef")], "/registrierung/bestaetigen": [("token", "0123456789abcdef")]}
targets = []
for method, pattern in routes:
    reason = excluded(method, pattern)
    if reason:
        left_out.append({"method": method, "pattern": pattern, "reason": reason})
        continue
    # Tenant: the first whose data fills every variable.
    chosen_tenant, path, values = None, None, None
    for tenant in TENANTS:
        path, values, complete = fill(pattern, tenant)
        if complete:
            chosen_tenant = tenant
            break
    if chosen_tenant is None:
        chosen_tenant = TENANTS[0]
        path, values, _ = fill(pattern, chosen_tenant)
    origin = "database"
    form = seen_forms.get((method, pattern))
    link = seen_links.get(pattern) if method == "GET" else None
    query = []
    if form:
        path, origin = form[0], "form"
        chosen_tenant = path.split("/")[1] if path.split("/")[1] in TENANTS else chosen_tenant
    elif link:
        path, query, origin = link[0], link[1], "link"
        chosen_tenant = path.split("/")[1] if path.split("/")[1] in TENANTS else chosen_tenant
    if pattern not in representative_lang:
        query = [(name, value) for name, value in query if name != "lang"]
    elif method == "GET" and not pattern.startswith("/api/") and "lang" not in dict(query):
        query = query + [("lang", "de")]
    if method == "GET" and pattern in MAILED:
        query, origin = MAILED[pattern], "mailed link"
    # Mark the path variables of the concrete path.
    match = regex_of(pattern).match(path)
    names = [m.group(1) for m in VARIABLE.finditer(pattern)]
    segments, last, params = [], 0, []
    if match:
        for index, name in enumerate(names, start=1):
            start, end = match.span(index)
            segments.append(path[last:end])
            if name != "tenantSlug" or pattern in representative_slug:
                segments.append("*")
                params.append(f"path:{name}")
            last = end
        segments.append(path[last:])
        url = "".join(segments)
    else:
        url = path
    data, content_type = None, None
    operation = openapi.get("paths", {}).get(pattern, {}).get(method.lower(), {})
    if pattern.startswith("/api/"):
        query = [(p["name"], query_value(p, chosen_tenant)) for p in operation.get("parameters", []) if p.get("in") == "query"]
        body = operation.get("requestBody", {}).get("content", {})
        if "application/json" in body:
            data, content_type = marked_json(example(body["application/json"].get("schema", {}))), "application/json"
            params.append("json body")
        elif body:
            params.append("body " + ",".join(body) + " (not marked: file content)")
    elif form:
        # Never the scanning account itself (revoking its own role would end the scan's session).
        fields = [(name, value.replace("tenant-admin.", "editor.")) for name, value in form[1]["fields"] if name != "_csrf"]
        data = "&".join(f"{urllib.parse.quote(n)}={urllib.parse.quote(v)}*" for n, v in fields)
        if form[1]["method"] == "POST":
            data = (data + "&" if data else "") + "_csrf=@CSRF@"
        content_type = "application/x-www-form-urlencoded"
        params += [f"form:{name}" for name, _ in fields]
        if form[1].get("file"):
            params.append("file field left out (sent url-encoded)")
    elif method != "GET":
        data, content_type = "_csrf=@CSRF@", "application/x-www-form-urlencoded"
    if query:
        url += "?" + "&".join(f"{urllib.parse.quote(n)}={urllib.parse.quote(v)}*" for n, v in query)
        params += [f"query:{n}" for n, _ in query]
    if not any(p.startswith(("path:", "query:", "form:", "json")) for p in params):
        left_out.append({"method": method, "pattern": pattern, "reason": "no parameter (no path variable, query parameter or form field)"})
        continue
    targets.append({"method": method, "pattern": pattern, "url": url, "data": data, "content_type": content_type,
                    "identity": identity_for(method, pattern, chosen_tenant), "params": params, "origin": origin,
                    "destructive": bool(method == "DELETE" or DESTRUCTIVE.search(pattern))})
# Forms whose action is no MVC route: the security filters' sign-in and second factor.
for (method, key), (path, form, page) in seen_forms.items():
    if not key.startswith("/") or any(key == p for _, p in routes):
        continue
    fields = [(n, v) for n, v in form["fields"] if n != "_csrf"]
    if key == "/anmelden":
        fields = [("email", "nobody@demo.invalid"), ("password", "Falsch-Passwort-1")]
    data = "&".join(f"{urllib.parse.quote(n)}={urllib.parse.quote(v)}*" for n, v in fields) + "&_csrf=@CSRF@"
    targets.append({"method": "POST", "pattern": key + " (security filter)", "url": key, "data": data,
                    "content_type": "application/x-www-form-urlencoded",
                    "identity": "second-factor" if "zweiter-faktor" in key else "anon",
                    "params": [f"form:{n}" for n, _ in fields], "origin": "form", "destructive": False})

order = {"GET": 0}
targets.sort(key=lambda t: (t["destructive"], "/sicherheit" in t["pattern"], order.get(t["method"], 1)))
with open(OUT, "w") as out:
    for target in targets:
        out.write(json.dumps(target, ensure_ascii=False) + "\n")
json.dump({"routes": len(routes), "targets": len(targets), "pages_fetched": fetched, "left_out": left_out,
           "forms_found": len(seen_forms)}, open(OUT + ".summary.json", "w"), ensure_ascii=False, indent=1)
print(f"{len(routes)} routes, {len(targets)} targets, {len(left_out)} left out, {fetched} pages fetched", file=sys.stderr)
