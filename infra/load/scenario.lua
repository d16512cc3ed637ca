-- wrk script for one scenario of infra/load/load-test.sh and infra/load/fault-drill.sh.
--
-- Environment:
--   LOAD_REQUESTS  file with the scenario's requests, one a line, fields separated by tabs:
--                  METHOD  PATH  HEADERS (name: value, separated by " | ", or "-")  BODY (or "-")
--                  In the body, {n} becomes a running number and {percent} a value 0–100 that
--                  changes with every request (so every editor save really changes something).
--                  Each thread walks the lines in order from its own starting line, so a POST
--                  followed by the GET of its redirect target stays a pair, as a browser does it.
--   LOAD_ALLOW     the statuses this scenario may answer, e.g. "200" or "200,302"; anything else
--                  counts as unexpected, and so does a redirect to the sign-in page (a lost session)
--                  and a 503 without Retry-After
--   LOAD_DELAY_MS  pause of each connection before each request (pacing; default 0)
--   LOAD_TIMELINE  1: also count the statuses per second (fault drill)
--
-- After wrk's summary it writes machine-readable lines: WRK_RESULT (the format of
-- infra/benchmarks/wrk-report.lua), LOAD_STATUS (count per status), LOAD_SECOND (per second,
-- with LOAD_TIMELINE=1).

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local requests = {}
local position = 1
local counter = 0
local delay_ms = tonumber(os.getenv("LOAD_DELAY_MS") or "0")
local timeline_enabled = os.getenv("LOAD_TIMELINE") == "1"
local allowed = {}

statuses = {}
unexpected = 0
signed_out = 0
timeline = {}

local function split(text, separator)
  local parts = {}
  for part in (text .. separator):gmatch("(.-)" .. separator:gsub("%p", "%%%0")) do
    table.insert(parts, part)
  end
  return parts
end

function init(args)
  for code in (os.getenv("LOAD_ALLOW") or "200"):gmatch("%d+") do
    allowed[tonumber(code)] = true
  end
  local file = assert(io.open(assert(os.getenv("LOAD_REQUESTS"), "LOAD_REQUESTS not set"), "r"))
  for line in file:lines() do
    if line ~= "" then
      local fields = split(line, "\t")
      local headers = {}
      if fields[3] and fields[3] ~= "-" then
        for _, header in ipairs(split(fields[3], " | ")) do
          local name, value = header:match("^([^:]+):%s*(.*)$")
          headers[name] = value
        end
      end
      local body = fields[4] ~= "-" and fields[4] or nil
      local templated = body ~= nil and body:find("{", 1, true) ~= nil
      table.insert(requests, {
        method = fields[1], path = fields[2], headers = headers, body = body, templated = templated,
        fixed = (not templated) and wrk.format(fields[1], fields[2], headers, body) or nil,
      })
    end
  end
  file:close()
  assert(#requests > 0, "no requests in " .. os.getenv("LOAD_REQUESTS"))
  -- Threads start at different lines; pairs (even/odd lines) stay together.
  position = ((id or 0) * 2) % #requests + 1
  math.randomseed(os.time() + (id or 0))
end

function request()
  local chosen = requests[position]
  position = position % #requests + 1
  if chosen.fixed then
    return chosen.fixed
  end
  counter = counter + 1
  local body = chosen.body:gsub("{n}", tostring((id or 0) * 1000000000 + counter))
    :gsub("{percent}", tostring(counter % 101))
  return wrk.format(chosen.method, chosen.path, chosen.headers, body)
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local location = headers["Location"] or headers["location"] or ""
  if not allowed[status] then
    unexpected = unexpected + 1
  elseif status >= 300 and status < 400 and location:find("/anmelden", 1, true) then
    signed_out = signed_out + 1
    unexpected = unexpected + 1
  elseif status == 503 and not (headers["Retry-After"] or headers["retry-after"]) then
    unexpected = unexpected + 1
  end
  if timeline_enabled then
    -- Flat (second * 1000 + status): wrk's thread:get copies no nested tables.
    local key = os.time() * 1000 + status
    timeline[key] = (timeline[key] or 0) + 1
  end
end

-- The WRK_RESULT line comes from the benchmarks' reporter, so both kinds of run are parsed alike.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "../benchmarks/wrk-report.lua")
local write_result = done

function done(summary, latency, requests_summary)
  write_result(summary, latency, requests_summary)
  local total, total_unexpected, total_signed_out, seconds_table = {}, 0, 0, {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do
      total[code] = (total[code] or 0) + count
    end
    total_unexpected = total_unexpected + thread:get("unexpected")
    total_signed_out = total_signed_out + thread:get("signed_out")
    for key, count in pairs(thread:get("timeline")) do
      local second, code = math.floor(key / 1000), key % 1000
      local merged = seconds_table[second] or {}
      merged[code] = (merged[code] or 0) + count
      seconds_table[second] = merged
    end
  end
  local function codes(row)
    local keys, parts = {}, {}
    for code in pairs(row) do table.insert(keys, code) end
    table.sort(keys)
    for _, code in ipairs(keys) do table.insert(parts, code .. "=" .. row[code]) end
    return table.concat(parts, " ")
  end
  io.write(string.format("LOAD_STATUS unexpected=%d signed_out=%d %s\n", total_unexpected, total_signed_out, codes(total)))
  local ordered = {}
  for second in pairs(seconds_table) do table.insert(ordered, second) end
  table.sort(ordered)
  for _, second in ipairs(ordered) do
    io.write(string.format("LOAD_SECOND %d %s\n", second, codes(seconds_table[second])))
  end
end
