--- banshi.testkit: the `t` library of the plugin testing kit (banshi test,
-- core/cli_test.c), and the kit's set-up helpers. docs/plugins.md is the
-- reference for plugin authors.
--
-- This module runs in the kit's own plain Lua state (a developer tool, not
-- sandboxed), never in a county's state. The C side does the work that
-- needs the operating system and hands it in as primitives:
--   prim.request(method, path, header_lines, body) -> status, body, head
--                                                   | nil, message
--   prim.staff(role, departments) -> token, username   (raises on failure)
--   prim.sleep(seconds)
--   prim.log() -> the server's log so far
--   prim.result(ok, name, why)   prints "PASS name" or "FAIL name: why"
--
--   testkit.new(prim, info) -> t   (info: county, plugin, dir, token, file)
--   testkit.catalog_setup(files, county) -> county, chain | nil, message
--   testkit.enable_line(plugins) -> one line of Lua (see below)

local json = require "banshi.json"

local M = {}

-- Showing values in messages ----------------------------------------------------

local function show(v, depth)
  depth = depth or 0
  if type(v) == "string" then return ("%q"):format(v) end
  if v == json.null then return "null" end
  if type(v) ~= "table" then return tostring(v) end
  if depth > 4 then return "{...}" end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) and (type(a) == "number" or type(a) == "string") then return a < b end
    return type(a) < type(b)
  end)
  local parts, n = {}, #v
  for _, k in ipairs(keys) do
    if math.type(k) == "integer" and k >= 1 and k <= n then
      parts[#parts + 1] = show(v[k], depth + 1)
    else
      local key = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or ("[" .. show(k, depth + 1) .. "]")
      parts[#parts + 1] = key .. " = " .. show(v[k], depth + 1)
    end
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end
M.show = show

local function deep_equal(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do
    if not deep_equal(v, b[k]) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end
M.deep_equal = deep_equal

-- Set-up: which county, which folders ------------------------------------------------

--- files: catalogue path -> source for the catalog.lua of each folder.
-- Returns the county to serve (the one asked for, or the first serving
-- county in name order) and the chain of folders it loads, root first.
function M.catalog_setup(files, county)
  local catalog = require "banshi.catalog"
  local serving = catalog.counties(files)
  if #serving == 0 then return nil, "no catalogue there serves (catalog { serves = true })" end
  if county then
    local found = false
    for _, id in ipairs(serving) do found = found or id == county end
    if not found then
      return nil, ("no serving county %s; serving counties: %s"):format(county, table.concat(serving, ", "))
    end
  else
    county = serving[1]
  end
  local chain, err = catalog.chain_of(files, county)
  if not chain then return nil, err end
  return county, chain
end

-- A value as Lua source on one line: strings, numbers, booleans and tables
-- of them.
local function literal(v, depth)
  depth = depth or 0
  local ty = type(v)
  if ty == "string" then return (("%q"):format(v):gsub("\\\n", "\\n")) end
  if ty == "number" or ty == "boolean" then return ("%q"):format(v) end
  if ty ~= "table" or depth > 32 then error("the configuration may hold strings, numbers, booleans and tables", 0) end
  local parts = {}
  for k, x in pairs(v) do
    parts[#parts + 1] = "[" .. literal(k, depth + 1) .. "] = " .. literal(x, depth + 1)
  end
  table.sort(parts)
  return "{ " .. table.concat(parts, ", ") .. " }"
end
M.literal = literal

--- One line of Lua put before the county's catalog.lua (on its first line,
-- so that every line number stays): the county's catalog { } declaration
-- enables these plugins alone (plugins: name -> configuration). The wrapper
-- tail-calls the real declaration, so the declaration keeps its own line.
function M.enable_line(plugins)
  return ("local catalog = (function(declare) return function(spec) if type(spec) == \"table\" then "
    .. "spec.plugins = %s end return declare(spec) end end)(catalog); "):format(literal(plugins))
end

-- The t library ----------------------------------------------------------------------

local function header_lines(headers, json_body)
  local lines, has_type = {}, false
  for k, v in pairs(headers or {}) do
    k, v = tostring(k), tostring(v)
    if k:find("[\r\n:]") or v:find("[\r\n]") then error("a header name or value with a line break or colon", 3) end
    if k:lower() == "content-type" then has_type = true end
    lines[#lines + 1] = k .. ": " .. v .. "\r\n"
  end
  if json_body and not has_type then lines[#lines + 1] = "Content-Type: application/json\r\n" end
  table.sort(lines)
  return table.concat(lines)
end

local function parse_head(head)
  local h = {}
  for name, value in (head or ""):gmatch("([^:\r\n]+):[ \t]*([^\r\n]*)\r\n") do
    h[name:lower()] = value
  end
  return h
end

--- The t object a test file gets (as its argument `...` and as the global t).
function M.new(prim, info)
  local t = { county = info.county, plugin = info.plugin, dir = info.dir, file = info.file, json = json }
  t.c = "/api/v1/counties/" .. info.county   -- the county's API
  t.p = t.c .. "/plugins/" .. info.plugin     -- the plugin's routes
  t.passed, t.failed = 0, 0

  local function path_of(path)
    if type(path) ~= "string" or path == "" then error("a path is needed", 3) end
    if path:sub(1, 1) == "/" then return path end
    return t.p .. "/" .. path
  end

  --- request(method, path, body, headers) -> status, body, headers, raw.
  -- A table body is sent as JSON; a string as it is. A JSON answer comes
  -- back decoded, any other as a string. Raises when no answer came.
  function t.request(method, path, body, headers)
    local json_body = type(body) == "table"
    if json_body then
      -- An empty table is the empty object, as request bodies are objects.
      body = (next(body) == nil and getmetatable(body) == nil) and "{}" or json.encode(body)
    end
    local status, raw, head = prim.request(method, path_of(path), header_lines(headers, json_body), body)
    if not status then error(("%s %s: %s"):format(method, path, raw), 2) end
    local h = parse_head(head)
    local decoded = raw
    if raw ~= "" and (h["content-type"] or ""):find("json", 1, true) then
      local v = json.decode(raw)
      if v ~= nil then decoded = v end
    end
    return status, decoded, h, raw
  end
  function t.get(path, headers) return t.request("GET", path, nil, headers) end
  function t.post(path, body, headers) return t.request("POST", path, body or {}, headers) end

  --- The operator's headers (the server's admin token).
  function t.operator() return { Authorization = "Bearer " .. info.token } end

  --- A new staff account of the county (banshi user add, then user token):
  -- returns the headers that act as it, and its user name. department is a
  -- department code or a list of them (reviewers need one).
  function t.staff(role, department)
    if type(role) ~= "string" then error("t.staff: a role (clerk, reviewer, supervisor, county_admin, operator)", 2) end
    local deps = type(department) == "table" and department or { department }
    local token, username = prim.staff(role, deps)
    return { Authorization = "Bearer " .. token }, username
  end

  --- The business clock (unix seconds), and moving it forward.
  function t.now()
    local status, body = t.request("POST", "/api/v1/admin/clock", nil, t.operator())
    if status ~= 200 then error("t.now: the clock answered " .. status, 2) end
    return body.now
  end
  function t.advance(seconds)
    local status, body = t.post("/api/v1/admin/clock", { advance_seconds = seconds }, t.operator())
    if status ~= 200 then error(("t.advance(%s): %s"):format(tostring(seconds), show(body)), 2) end
    return body.now
  end

  t.sleep = prim.sleep
  t.log = prim.log

  --- Calls fn every 50 ms until it returns a true value (returned), for at
  -- most seconds (default 10); then returns nil. For what happens in the
  -- server's own time: durable timers after t.advance.
  function t.wait(fn, seconds)
    local tries = math.floor((seconds or 10) / 0.05)
    for _ = 1, math.max(tries, 1) do
      local v = fn()
      if v then return v end
      prim.sleep(0.05)
    end
    return nil
  end

  --- A complete application for item code (all required materials that
  -- are not 免提交, a natural person with a valid identity number), with
  -- fields replacing the defaults; and submitting one.
  function t.application(code, fields)
    local status, item = t.get(t.c .. "/items/" .. code)
    if status ~= 200 then error(("t.application: item %s: HTTP %d"):format(tostring(code), status), 2) end
    local materials = {}
    for _, m in ipairs(item.materials or {}) do
      if m.necessity == "必要" then materials[m.id] = true end
    end
    local app = { item = code, data = {}, materials = next(materials) and materials or json.object({}),
      applicant = { kind = "自然人", name = "张三", id_number = "11010519491231002X", phone = "13800000000" } }
    for k, v in pairs(fields or {}) do app[k] = v end
    return app
  end
  function t.submit(code, fields) return t.post(t.c .. "/applications", t.application(code, fields)) end
  --- An action on an application (accept, decide, ...) as staff.
  function t.act(number, action, body, headers)
    return t.post(("%s/applications/%s/%s"):format(t.c, number, action), body or {}, headers)
  end

  -- Assertions: each is one case, "PASS name" or "FAIL name: why".
  local function result(ok, name, why)
    if ok then t.passed = t.passed + 1 else t.failed = t.failed + 1 end
    prim.result(ok, tostring(name), why)
    return ok
  end
  function t.eq(name, got, want)
    return result(deep_equal(got, want), name, ("got %s, wanted %s"):format(show(got), show(want)))
  end
  function t.ok(name, value, why)
    return result(value ~= nil and value ~= false, name, why or ("got %s"):format(show(value)))
  end
  --- Passes when fn raises (with a message containing text, when given).
  function t.fails(name, fn, text)
    local ok, err = pcall(fn)
    if ok then return result(false, name, "no error was raised") end
    if text and not tostring(err):find(text, 1, true) then
      return result(false, name, ("the error %q does not say %q"):format(tostring(err), text))
    end
    return result(true, name)
  end
  return t
end

return M
