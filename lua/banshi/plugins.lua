--- banshi.plugins: the plugins a county enables, in the county's own Lua
-- state. docs/plugins.md is the reference for plugin authors.
--
-- A plugin is a folder plugins/NAME with manifest.lua (data: name, version,
-- description, api, hooks with priorities, a configuration schema) and
-- init.lua (code returning a module table with setup and hook functions).
-- The C core hands the files to load() under "@plugins/NAME/..." with the
-- catalogue, so a plugin's code is part of the county's version: a reload
-- picks up its changes, and a rollback restores the code as it was.
--
--   plugins.load(files, model, sources) -> runtime | nil, errors   (sources:
--     the catalogue's files, to point errors in its plugins = { } at a line)
--     errors: { { file, line, field, en, zh, severity = "error" } }, all of them
--   plugins.findings(model, app)          precheck hooks -> findings list
--   plugins.veto(model, hook, app[, number]) veto hooks -> nil | refusal
--   plugins.after(model, event, doc, number) -> n (observers queued)
--   plugins.run_after(model, i)           runs the i-th queued observer
--   plugins.http(model, name, method, path, req) -> status, body[, ctype[, failed]]
--   plugins.provider(model, service)      -> the enabled provider's name | nil
--   plugins.lookup(model, service, ...)   -> true, answer | false, message
--
-- A plugin may provide a service the platform otherwise gives itself
-- (manifest provides = { "elicense" }); a county enables at most one
-- provider of each service, and that one replaces the built-in.
--
-- Plugin code runs in a sandbox of its own (no io, os.execute, load,
-- require of platform modules or debug; copies of the standard tables) and
-- reaches the platform only through the api object it is given.

local json = require "banshi.json"
local host = require "banshi.host"
local timer = require "banshi.timer"

local M = {}

M.API_VERSION = 1

-- What each hook may do. "veto" and "finding" hooks run before the step is
-- stored and may stop it; "observe" hooks run after it was stored, each in
-- its own call under the county's budgets, and cannot change it.
M.HOOKS = {
  submitted = "veto",        -- before a submission is stored: refuse it with a reason
  precheck = "finding",      -- while the one-time notification is drawn up: add findings
  before_accept = "veto",    -- before acceptance is stored: refuse it with a reason
  received = "observe",      -- a submission was stored
  accepted = "observe",      -- acceptance (受理, 容缺受理, 告知承诺) was stored
  correction = "observe",    -- returned for correction (补正)
  review_assigned = "observe", -- a review was claimed or reassigned
  decided = "observe",       -- a decision (准予 or 不予)
  issued = "observe",        -- the result issued (出件): ready for pick-up or posted
  warning = "observe",       -- a yellow or red warning was raised
  overdue = "observe",       -- the deadline passed (the red warning, 督办)
  terminated = "observe",    -- ended: 容缺 overdue
  withdrawn = "observe",     -- the applicant withdrew
  evaluated = "observe",     -- an applicant rated a finished application (好差评)
}

local DATE = "^%d%d%d%d%-%d%d%-%d%d$"

-- An elicense answer as the workflow may keep it, or nil and what is wrong.
-- Each field is read once: what is checked is what is kept (a plugin's
-- table may answer each read differently, and the platform uses the answer
-- unmetered).
local function license_answer(a)
  if a == nil or a == false then return nil end
  if type(a) ~= "table" then return nil, "a lookup answers nil or { number = string, issuer, valid_until }" end
  local number, issuer, valid_until = a.number, a.issuer, a.valid_until
  if type(number) ~= "string" or number == "" then
    return nil, "a lookup answers nil or { number = string, issuer, valid_until }"
  end
  if issuer ~= nil and type(issuer) ~= "string" then return nil, "issuer must be a string" end
  if valid_until ~= nil and (type(valid_until) ~= "string" or not valid_until:match(DATE)) then
    return nil, "valid_until must be a date \"YYYY-MM-DD\""
  end
  return { number = number, issuer = issuer, valid_until = valid_until }
end

-- Services a plugin may provide in place of the built-in (manifest
-- provides = { ... }): the module function each needs, what it is, and
-- the check of its answer. A lookup runs before the step is stored, so it
-- may only read.
M.SERVICES = {
  -- 免提交: lookup(holder, license, api) -> { number, issuer, valid_until } | nil
  elicense = { fn = "lookup", zh = "电子证照来源（免提交材料）", check = license_answer },
}

-- The observe hooks each stored workflow action leads to.
local AFTER = {
  submit = { "received" }, accept = { "accepted" }, return_for_correction = { "correction" },
  claim = { "review_assigned" }, reassign = { "review_assigned" }, decide = { "decided" },
  issue = { "issued" }, terminate = { "terminated" }, withdraw = { "withdrawn" }, review_overdue = { "warning" },
}

local CONFIG_TYPES = { string = "string", number = "number", integer = "number", boolean = "boolean",
  table = "table", list = "table" }

local ROLES = { clerk = true, reviewer = true, supervisor = true, county_admin = true, operator = true }

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

local function shown(path) return (path:gsub("^@", "")) end

-- The first line at or after `from` in source that mentions key as a
-- table field (key = or ["key"] =), else from: errors point at the field.
local function line_of(source, key, from)
  from = from or 1
  local n = 0
  for line in (source .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if n >= from and (line:find("%f[%w_]" .. key .. "%s*=") or line:find('%["' .. key .. '"%]%s*=')) then
      return n
    end
  end
  return from
end

-- The plugin sandbox ------------------------------------------------------------

local BASICS = { "assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber", "tostring", "type",
  "xpcall", "rawequal", "rawget", "rawlen", "rawset", "setmetatable", "getmetatable" }
local LIBS = { "string", "table", "math", "utf8", "coroutine" }

local function copy_lib(lib, drop)
  local c = {}
  for k, v in pairs(lib) do
    if not (drop and drop[k]) then c[k] = v end
  end
  return c
end

local function new_env(name, files)
  local env = {}
  for _, k in ipairs(BASICS) do env[k] = _G[k] end
  for _, k in ipairs(LIBS) do env[k] = copy_lib(_G[k], k == "string" and { dump = true } or nil) end
  env.os = { time = os.time, date = os.date, clock = os.clock }
  env._G = env
  -- require: the plugin's own modules only, require "x.y" -> plugins/NAME/x/y.lua
  local loaded = {}
  env.require = function(mod)
    if type(mod) ~= "string" or not mod:match("^[%w_]+[%w_.]*$") then
      error("require: a module name of the plugin's own folder, such as \"templates\"", 2)
    end
    if loaded[mod] == nil then
      local path = ("@plugins/%s/%s.lua"):format(name, mod:gsub("%.", "/"))
      local src = files[path]
      if not src then error(("require: plugins/%s has no module %s"):format(name, mod), 2) end
      local chunk, err = load(src, "@" .. shown(path), "t", env)
      if not chunk then error(err, 0) end
      loaded[mod] = chunk() or true
    end
    return loaded[mod]
  end
  return env
end

-- Errors -------------------------------------------------------------------------

local function reporter()
  local list = {}
  local r = {}
  function r.add(file, line, field, en, zh)
    list[#list + 1] = { file = file, line = line, field = field, en = en, zh = zh, severity = "error" }
  end
  r.list = list
  return r
end

-- Where a Lua error happened, as file and line ("plugins/x/init.lua:12: ...").
local function split_error(msg, default_file)
  msg = tostring(msg)
  local file, line, rest = msg:match("^(plugins/[^:]+%.lua):(%d+): (.*)$")
  if file then return file, tonumber(line), rest end
  return default_file, 1, msg
end

-- Manifests -----------------------------------------------------------------------

local function load_manifest(name, files, rep)
  local path = ("@plugins/%s/manifest.lua"):format(name)
  local file = shown(path)
  local src = files[path]
  if not src then return nil end
  local chunk, err = load(src, "@" .. file, "t", {})
  if not chunk then
    local f, l, m = split_error(err, file)
    rep.add(f, l, nil, "syntax error: " .. m, "语法错误：" .. m)
    return false
  end
  local ok, man = pcall(chunk)
  if not ok or type(man) ~= "table" then
    local f, l, m = split_error(ok and "the manifest must return a table" or man, file)
    rep.add(f, l, nil, m, "插件清单须返回一个表：" .. m)
    return false
  end
  local good = true
  local function bad(key, en, zh)
    rep.add(file, line_of(src, key), key, en, zh)
    good = false
  end
  if man.name ~= name then
    bad("name", ("name must be the folder's name, %q"):format(name), ("name 应与文件夹名一致：%s"):format(name))
  end
  if type(man.version) ~= "string" or not man.version:match("^%d+%.%d+%.%d+") then
    bad("version", "version must be a string such as \"1.0.0\"", "version 应为形如 \"1.0.0\" 的版本号")
  end
  if type(man.description) ~= "string" or man.description == "" then
    bad("description", "description must say what the plugin does", "description 应说明插件的用途")
  end
  if math.type(man.api) ~= "integer" then
    bad("api", "api must be the banshi plugin API version the plugin needs (an integer)",
      "api 应为插件所需的接口版本号（整数）")
  elseif man.api > M.API_VERSION or man.api < 1 then
    bad("api", ("the plugin needs API %d; this banshi offers API %d"):format(man.api, M.API_VERSION),
      ("插件需要接口版本%d，本系统提供版本%d"):format(man.api, M.API_VERSION))
  end
  if man.hooks ~= nil and type(man.hooks) ~= "table" then
    bad("hooks", "hooks must be a table { hook = priority }", "hooks 应为 { 钩子 = 优先级 } 表")
  else
    for _, h in ipairs(sorted_keys(man.hooks or {})) do
      local p = man.hooks[h]
      if not M.HOOKS[h] then
        bad(h, ("unknown hook %s; hooks are: %s"):format(tostring(h), table.concat(sorted_keys(M.HOOKS), ", ")),
          ("未知的钩子：%s"):format(tostring(h)))
      elseif math.type(p) ~= "integer" or p < 0 or p > 1000 then
        bad(h, ("the priority of hook %s must be an integer from 0 to 1000 (lower runs first)"):format(h),
          ("钩子%s的优先级应为0至1000的整数（数字小者先执行）"):format(h))
      end
    end
  end
  if man.provides ~= nil and type(man.provides) ~= "table" then
    bad("provides", "provides must be a list of services such as { \"elicense\" }",
      "provides 应为所提供服务的列表，如 { \"elicense\" }")
  else
    for _, svc in ipairs(man.provides or {}) do
      if not M.SERVICES[svc] then
        bad("provides", ("unknown service %s; services are: %s"):format(tostring(svc),
          table.concat(sorted_keys(M.SERVICES), ", ")), ("未知的服务：%s"):format(tostring(svc)))
      end
    end
  end
  if man.config ~= nil and type(man.config) ~= "table" then
    bad("config", "config must be a table of field = { type = ..., ... }", "config 应为配置项定义表")
  else
    for _, k in ipairs(sorted_keys(man.config or {})) do
      local f = man.config[k]
      if type(f) ~= "table" or not CONFIG_TYPES[f.type] then
        bad(k, ("config field %s needs type = string, number, integer, boolean, table or list"):format(tostring(k)),
          ("配置项%s须注明类型"):format(tostring(k)))
      end
    end
  end
  return good and man or false
end

-- Configuration --------------------------------------------------------------------

local function check_value(spec, v)
  local want = CONFIG_TYPES[spec.type]
  if type(v) ~= want or (spec.type == "integer" and math.type(v) ~= "integer") then
    return ("must be a %s"):format(spec.type), ("应为%s类型"):format(spec.type)
  end
  if spec.enum then
    local ok = false
    for _, e in ipairs(spec.enum) do ok = ok or e == v end
    if not ok then
      local opts = {}
      for _, e in ipairs(spec.enum) do opts[#opts + 1] = tostring(e) end
      return "must be one of " .. table.concat(opts, ", "), "应为以下之一：" .. table.concat(opts, "、")
    end
  end
  if want == "number" and ((spec.min and v < spec.min) or (spec.max and v > spec.max)) then
    return ("must be from %s to %s"):format(tostring(spec.min or "-inf"), tostring(spec.max or "inf")),
      ("应在%s至%s之间"):format(tostring(spec.min or "-∞"), tostring(spec.max or "∞"))
  end
  if spec.type == "list" then
    for i, e in ipairs(v) do
      if spec.of and type(e) ~= spec.of then
        return ("item %d must be a %s"):format(i, spec.of), ("第%d项应为%s类型"):format(i, spec.of)
      end
      -- A list of records: fields = { name = { type, required } }.
      for _, k in ipairs(type(e) == "table" and spec.fields and sorted_keys(spec.fields) or {}) do
        local f = spec.fields[k]
        if e[k] == nil and f.required then
          return ("item %d needs %s"):format(i, k), ("第%d项缺少%s"):format(i, k)
        elseif e[k] ~= nil and type(e[k]) ~= CONFIG_TYPES[f.type] then
          return ("item %d: %s must be a %s"):format(i, k, f.type), ("第%d项的%s应为%s类型"):format(i, k, f.type)
        end
      end
    end
  end
end

local function deep_copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = deep_copy(x) end
  return c
end

-- The county's configuration of plugin name, checked against its schema,
-- defaults filled in. Errors point at the county's catalogue file.
local function check_config(name, man, given, where, rep)
  local file, src, base = where.file, where.source, where.line
  local pline = line_of(src, name, base)
  if type(given) ~= "table" then
    rep.add(file, pline, "plugins." .. name, "a plugin's configuration must be a table (use {} for none)",
      "插件配置应为表（无配置写 {}）")
    return nil
  end
  local schema, cfg, ok = man.config or {}, {}, true
  for _, k in ipairs(sorted_keys(given)) do
    if not schema[k] then
      rep.add(file, line_of(src, tostring(k), pline), ("plugins.%s.%s"):format(name, tostring(k)),
        ("plugin %s has no setting %s; it has: %s"):format(name, tostring(k),
          #sorted_keys(schema) > 0 and table.concat(sorted_keys(schema), ", ") or "none"),
        ("插件%s没有配置项%s"):format(name, tostring(k)))
      ok = false
    end
  end
  for _, k in ipairs(sorted_keys(schema)) do
    local spec, v = schema[k], given[k]
    local field = ("plugins.%s.%s"):format(name, k)
    if v == nil then
      if spec.required then
        rep.add(file, pline, field, ("plugin %s needs the setting %s (%s)"):format(name, k, spec.zh or k),
          ("插件%s缺少必填配置项%s（%s）"):format(name, k, spec.zh or k))
        ok = false
      end
      v = deep_copy(spec.default)
    else
      local en, zh = check_value(spec, v)
      if en then
        rep.add(file, line_of(src, k, pline), field, ("%s %s"):format(field, en), ("%s（%s）%s"):format(field,
          spec.zh or k, zh))
        ok = false
      end
    end
    cfg[k] = deep_copy(v)
  end
  return ok and cfg or nil
end

-- The plugin API --------------------------------------------------------------------

local function readonly(t, what)
  return setmetatable({}, {
    __index = t,
    __newindex = function() error(what .. " is read-only", 2) end,
    __metatable = false,
  })
end

local function make_api(p, model, runtime)
  local name = p.name
  local api = { name = name, version = p.manifest.version, config = p.config,
    county = { id = model.county.id, name = model.county.name } }
  api.json = { encode = json.encode, decode = json.decode }
  api.now = function() return host.now_ms() / 1000 end
  api.log = function(level, fmt, ...)
    host.log(level, name, select("#", ...) > 0 and fmt:format(...) or tostring(fmt))
  end
  -- Writes are refused where they would be made under the county's lock
  -- outside a transaction (hooks before a step is stored, GET routes).
  local function writable(what)
    -- read_only holds for the call that set it only: a call stopped by its
    -- budget never reaches the line that clears it.
    if runtime.read_only and runtime.read_only_call == host.call_id() then
      error(("%s: %s may only read; write from an observe hook, a POST route or a timer"):format(what,
        runtime.read_only), 3)
    end
  end
  api.kv = {
    get = function(key) return host.kv_get(name, key) end,
    set = function(key, value, ttl) writable("kv.set"); return host.kv_set(name, key, value, ttl) end,
    delete = function(key) writable("kv.delete"); return host.kv_delete(name, key) end,
    incr = function(key, by, ttl) writable("kv.incr"); return host.kv_incr(name, key, by, ttl) end,
    list = function(prefix, limit) return host.kv_list(name, prefix, limit) end,
  }
  local prefix = "plugin." .. name .. "."
  -- In-memory timers tagged with the plugin's name: its cancel reaches only
  -- its own (another plugin's or the platform's answer nil and a message).
  local own = timer.owned(name)
  api.timer = {
    at = own.at, every = own.every, cancel = own.cancel,
    schedule = function(when, tname, payload)
      writable("timer.schedule")
      return timer.schedule(when, prefix .. tname, payload)
    end,
    -- Only this plugin's own durable timers.
    unschedule = function(id) writable("timer.unschedule"); return timer.unschedule(id, prefix) end,
    handle = function(tname, fn)
      if type(fn) ~= "function" then error("timer.handle: a function is needed", 2) end
      timer.handle(prefix .. tname, function(payload, info)
        info.name = tname
        return runtime.guard(p, "timer " .. tname, fn, payload, info)
      end)
    end,
  }
  api.route = function(method, path, fn, opts)
    if not runtime.setting_up then error("api.route may only be called from setup", 2) end
    if method ~= "GET" and method ~= "POST" then error("api.route: method is GET or POST", 2) end
    if type(path) ~= "string" or not path:match("^/[%w_%-]+$") and not path:match("^/[%w_%-]+/:[%w_]+$") then
      error("api.route: path is /name or /name/:param", 2)
    end
    if type(fn) ~= "function" then error("api.route: a handler function is needed", 2) end
    local roles
    if opts and opts.roles then
      roles = {}
      for _, r in ipairs(opts.roles) do
        if not ROLES[r] then error("api.route: unknown role " .. tostring(r), 2) end
        roles[r] = true
      end
    end
    local seg, param = path:match("^/([%w_%-]+)/:([%w_]+)$")
    seg = seg or path:sub(2)
    -- p.routes[method][seg], or p.routes[method .. "/:"][seg] with a parameter.
    local by = p.routes[method .. (param and "/:" or "")]
    by[seg] = { fn = fn, roles = roles, param = param, what = "route " .. method .. " " .. path }
  end
  -- The staff audit log (docs/security.md): who (the route's signed-in
  -- caller, "anonymous", or "plugin:NAME" outside a route), when, the action
  -- as plugin.NAME.action, on what, and a detail (a string, or a table
  -- stored as JSON). Allowed where writes are not (reads are what it
  -- records), but not in setup. Raises when the entry cannot be stored.
  api.audit = function(action, target, detail)
    if runtime.setting_up then error("api.audit may not be called from setup", 2) end
    if type(action) ~= "string" or not action:match("^[%w_.%-]+$") or #action > 48 then
      error("api.audit: action is a name of letters, digits, '.', '_' and '-' (at most 48)", 2)
    end
    if type(target) ~= "string" or #target > 200 then error("api.audit: target is a string (at most 200 bytes)", 2) end
    if type(detail) == "table" then
      detail = json.encode(detail)
    elseif detail ~= nil and type(detail) ~= "string" then
      error("api.audit: detail is a string, a table or nil", 2)
    end
    -- M.http notes the caller before the route's code runs, for this call.
    local actor, remote = "plugin:" .. name, ""
    if runtime.caller_call == host.call_id() then
      actor = runtime.caller_user and ("%s/%s"):format(tostring(runtime.caller_county), runtime.caller_user)
        or "anonymous"
      remote = runtime.caller_remote or ""
    end
    return host.audit(actor, remote, ("plugin.%s.%s"):format(name, action), target, detail or "")
  end
  api.calendar = function() return runtime.calendar() end
  api.application = function(number)
    if type(number) ~= "string" then return nil end
    local row = host.application(number)
    return row and readonly(row, "an application") or nil
  end
  -- The built-in e-licence source: the newest certificate this county
  -- issued to holder under the licence name (电子证照), or nil.
  api.certificate = function(holder, license)
    if type(holder) ~= "string" or type(license) ~= "string" then
      error("api.certificate: holder and license are strings", 2)
    end
    return host.certificate(holder, license)
  end
  api.figures = function(from, to) return host.figures(math.floor(from * 1000), math.floor(to * 1000)) end
  api.http_post = function(url, body, timeout)
    return host.http_post(url, type(body) == "string" and body or json.encode(body), timeout)
  end
  api.fire = function(hook, payload)
    if M.HOOKS[hook] ~= "observe" then error("api.fire: only observe hooks may be fired", 2) end
    return runtime.fire(hook, payload, name)
  end
  -- From setup: a setting the schema cannot check (a template, a
  -- combination of settings) is wrong. Raises; the load then fails with the
  -- error at the county's catalogue line of plugins.NAME.<field>.
  api.config_error = function(field, en, zh)
    if type(field) ~= "string" or type(en) ~= "string" then
      error("api.config_error(field, en, zh): field and message are strings", 2)
    end
    error(setmetatable({ config_field = field, en = en, zh = type(zh) == "string" and zh or en },
      { __tostring = function(e) return ("configuration %s: %s"):format(e.config_field, e.en) end }), 2)
  end
  api.plugin = function(other)
    local q = runtime.plugins[other]
    return q and q.exports or nil
  end
  return api
end

-- Loading ---------------------------------------------------------------------------

--- Loads the plugins the county enables (model.county.plugins) from files
-- ("@plugins/NAME/..." -> source). Returns the runtime, also kept as
-- model.plugin_runtime, or nil and every error found.
function M.load(files, model, sources)
  local rep = reporter()
  local enabled = model.county.plugins or {}
  local decl = model.where and model.where.catalog
  local where = { file = decl and decl.file or "catalog.lua", line = decl and decl.line or 1,
    source = decl and sources and sources[decl.file] or "" }
  local runtime = { plugins = {}, order = {}, hooks = {}, has_after = false, queue = {} }
  local cal
  function runtime.calendar()
    if cal == nil then cal = require("banshi.catalog").calendar(model) or false end
    return cal or nil
  end

  -- Runs fn(...) for plugin p, counting the call; an error is counted,
  -- logged with its file:line, and raised again. Up to three results.
  function runtime.guard(p, what, fn, ...)
    host.count(p.counter, "calls")
    local ok, a, b, c = pcall(fn, ...)
    if not ok then
      host.count(p.counter, "errors")
      host.log("error", p.name, ("%s failed: %s"):format(what, tostring(a)))
      error(a, 0)
    end
    return a, b, c
  end

  for _, name in ipairs(sorted_keys(enabled)) do
    if type(name) ~= "string" or not name:match("^[a-z][a-z0-9_]*$") or #name > 63 then
      rep.add(where.file, line_of(where.source, tostring(name), where.line), "plugins",
        ("plugin names are lower-case letters, digits and _, at most 63: %s"):format(tostring(name)),
        ("插件名称只能由小写字母、数字和下划线组成，不超过63个字符：%s"):format(tostring(name)))
    else
      local man = load_manifest(name, files, rep)
      if man == nil then
        rep.add(where.file, line_of(where.source, name, where.line), "plugins." .. name,
          ("no plugin %s is installed (plugins/%s/manifest.lua)"):format(name, name),
          ("未安装插件%s（缺少 plugins/%s/manifest.lua）"):format(name, name))
      elseif man then
        local cfg = check_config(name, man, enabled[name], where, rep)
        if cfg then
          runtime.plugins[name] = { name = name, manifest = man, config = readonly(cfg, "the configuration"),
            routes = { GET = {}, POST = {}, ["GET/:"] = {}, ["POST/:"] = {} },
            counter = host.counter(name) }
          runtime.order[#runtime.order + 1] = name
        end
      end
    end
  end
  -- Services: at most one provider of each, which replaces the built-in.
  runtime.providers = {}
  for _, name in ipairs(runtime.order) do
    for _, svc in ipairs(runtime.plugins[name].manifest.provides or {}) do
      local first = runtime.providers[svc]
      if first then
        rep.add(where.file, line_of(where.source, name, where.line), "plugins." .. name,
          ("plugins %s and %s both provide %s; enable at most one of them"):format(first, name, svc),
          ("插件%s和%s都提供“%s”，只能启用其中一个"):format(first, name, M.SERVICES[svc].zh))
      else
        runtime.providers[svc] = name
      end
    end
  end
  if #rep.list > 0 then return nil, rep.list end

  -- Code: each plugin's init.lua in its own sandbox, then its setup.
  runtime.setting_up = true
  for _, name in ipairs(runtime.order) do
    local p = runtime.plugins[name]
    local path = ("@plugins/%s/init.lua"):format(name)
    local file = shown(path)
    local src = files[path]
    if not src then
      rep.add(("plugins/%s/manifest.lua"):format(name), 1, nil, ("plugins/%s has no init.lua"):format(name),
        ("插件%s缺少 init.lua"):format(name))
    else
      local env = new_env(name, files)
      local chunk, err = load(src, "@" .. file, "t", env)
      local ok, mod = false, err
      if chunk then ok, mod = pcall(chunk) end
      if ok and type(mod) ~= "table" then ok, mod = false, file .. ":1: init.lua must return the module table" end
      if not ok then
        local f, l, m = split_error(mod, file)
        rep.add(f, l, nil, m, "插件代码错误：" .. m)
      else
        p.module = mod
        p.exports = mod.exports
        p.api = make_api(p, model, runtime)
        for hook in pairs(p.manifest.hooks or {}) do
          if type(mod[hook]) ~= "function" then
            rep.add(("plugins/%s/manifest.lua"):format(name), line_of(files[("@plugins/%s/manifest.lua"):format(name)],
              hook), hook, ("hook %s is declared but init.lua has no function %s"):format(hook, hook),
              ("声明了钩子%s，但 init.lua 中没有同名函数"):format(hook))
          end
        end
        for _, svc in ipairs(p.manifest.provides or {}) do
          local fn = M.SERVICES[svc].fn
          if type(mod[fn]) ~= "function" then
            rep.add(("plugins/%s/manifest.lua"):format(name), line_of(files[("@plugins/%s/manifest.lua"):format(name)],
              "provides"), "provides", ("the plugin provides %s but init.lua has no function %s"):format(svc, fn),
              ("插件声明提供“%s”，但 init.lua 中没有函数%s"):format(M.SERVICES[svc].zh, fn))
          end
        end
        if type(mod.setup) == "function" then
          local sok, serr = pcall(mod.setup, p.api)
          if not sok and type(serr) == "table" and serr.config_field then
            -- api.config_error: point at the setting in the catalogue.
            local line = line_of(where.source, name, where.line)
            for key in serr.config_field:gmatch("[^.]+") do line = line_of(where.source, key, line) end
            rep.add(where.file, line, ("plugins.%s.%s"):format(name, serr.config_field), serr.en, serr.zh)
          elseif not sok then
            local f, l, m = split_error(serr, file)
            rep.add(f, l, nil, "setup failed: " .. m, "插件初始化失败：" .. m)
          end
        end
      end
    end
  end
  runtime.setting_up = false
  if #rep.list > 0 then return nil, rep.list end

  -- Hooks in priority order, then by plugin name.
  for _, name in ipairs(runtime.order) do
    local p = runtime.plugins[name]
    for hook, prio in pairs(p.manifest.hooks or {}) do
      local list = runtime.hooks[hook] or {}
      list[#list + 1] = { plugin = p, priority = prio, fn = p.module[hook] }
      runtime.hooks[hook] = list
      if M.HOOKS[hook] == "observe" then runtime.has_after = true end
    end
  end
  for _, list in pairs(runtime.hooks) do
    table.sort(list, function(a, b)
      if a.priority ~= b.priority then return a.priority < b.priority end
      return a.plugin.name < b.plugin.name
    end)
  end

  -- Queues the observers of hook for a stored step (run by run_after).
  function runtime.observe(hook, payload)
    local n = 0
    for _, h in ipairs(runtime.hooks[hook] or {}) do
      runtime.queue[#runtime.queue + 1] = { h = h, hook = hook, payload = payload }
      n = n + 1
    end
    return n
  end

  -- api.fire: the other plugins' observers of hook run at once, inside the
  -- caller's call (its transaction, budgets and read-only rule), each with
  -- its own copy of payload; an observer's error is logged and counted and
  -- stops neither the others nor the caller. (Observers that fire each
  -- other in a cycle end in Lua's "stack overflow" error, caught the same
  -- way.) Returns how many ran without error.
  function runtime.fire(hook, payload, from)
    local n = 0
    for _, h in ipairs(runtime.hooks[hook] or {}) do
      if h.plugin.name ~= from and pcall(runtime.guard, h.plugin, hook, h.fn, deep_copy(payload), h.plugin.api) then
        n = n + 1
      end
    end
    return n
  end

  model.plugin_runtime = runtime
  return runtime
end

-- Running hooks ------------------------------------------------------------------------

local function runtime_of(model) return model.plugin_runtime end

--- What plugins know about an application: a copy, never the stored
-- document itself.
local function view_of(doc, number)
  local d = deep_copy(doc)
  d.number = number or d.number
  return d
end

--- The precheck hooks' findings for an application draft, each
-- { plugin, field, zh, en }. A failing precheck hook is itself a finding,
-- so nothing is accepted on a check that did not run.
function M.findings(model, app)
  local rt = runtime_of(model)
  local out = {}
  for _, h in ipairs(rt and rt.hooks.precheck or {}) do
    rt.read_only, rt.read_only_call = "a precheck hook", host.call_id()
    local ok, res = pcall(rt.guard, h.plugin, "precheck", h.fn, view_of(app), h.plugin.api)
    rt.read_only = nil
    if not ok then
      out[#out + 1] = { plugin = h.plugin.name, field = "plugin." .. h.plugin.name,
        en = ("the %s check failed and must be repeated"):format(h.plugin.name),
        zh = ("“%s”核查未能完成，请稍后重试"):format(h.plugin.manifest.description) }
    elseif type(res) == "table" then
      for _, f in ipairs(res) do
        -- Each field read once, as in license_answer: only strings leave.
        local field, zh, en
        if type(f) == "table" then field, zh, en = f.field, f.zh, f.en end
        if type(zh) == "string" then
          out[#out + 1] = { plugin = h.plugin.name, field = type(field) == "string" and field
            or ("plugin." .. h.plugin.name), zh = zh, en = type(en) == "string" and en or zh }
        end
      end
    end
  end
  return out
end

--- Runs the veto hooks of hook in order; the first refusal stops the step:
-- returns nil, or { status = 422, code = "plugin_refused", plugin, en, zh }.
-- A veto hook that fails refuses too (the step cannot be checked). number:
-- the application's number, once it has one (before_accept).
function M.veto(model, hook, app, number)
  local rt = runtime_of(model)
  for _, h in ipairs(rt and rt.hooks[hook] or {}) do
    rt.read_only, rt.read_only_call = "a " .. hook .. " hook", host.call_id()
    local ok, res, reason_en = pcall(rt.guard, h.plugin, hook, h.fn, view_of(app, number), h.plugin.api)
    rt.read_only = nil
    if not ok then
      return { status = 422, code = "plugin_failed", plugin = h.plugin.name,
        en = ("the %s check failed: %s"):format(h.plugin.name, tostring(res)),
        zh = ("“%s”核查出错，暂不能办理"):format(h.plugin.manifest.description) }
    end
    if res == false or type(res) == "string" then
      local zh = type(res) == "string" and res or "插件拒绝办理"
      return { status = 422, code = "plugin_refused", plugin = h.plugin.name, zh = zh,
        en = type(reason_en) == "string" and reason_en or ("refused by plugin %s: %s"):format(h.plugin.name, zh) }
    end
  end
  return nil
end

--- Whether some enabled plugin of the model has a hook of this name: a
-- step asks first, and builds what a hook receives only when one does.
function M.hooked(model, hook)
  local rt = runtime_of(model)
  local list = rt and rt.hooks[hook]
  return list ~= nil and #list > 0
end

--- How many observers a stored step of this action may have (for a
-- warning, those of overdue too). The C core asks first, and decodes the
-- event and the application only when some plugin observes it.
function M.observed(model, action)
  local rt = runtime_of(model)
  if not rt or not rt.has_after then return 0 end
  local n = 0
  for _, hook in ipairs(action == "warn" and { "warning", "overdue" } or AFTER[action] or {}) do
    n = n + #(rt.hooks[hook] or {})
  end
  return n
end

--- Queues the observe hooks a stored event leads to; returns how many.
-- The C core then calls run_after(model, i) for i = 1..n, each in its own
-- call, and clear_after(model).
function M.after(model, event, doc, number)
  local rt = runtime_of(model)
  if not rt or not rt.has_after then return 0 end
  rt.queue = {}
  local hooks = AFTER[event.action]
  if event.action == "warn" then
    hooks = (event.data and event.data.level == "red") and { "warning", "overdue" } or { "warning" }
  end
  local payload = { event = event, application = view_of(doc, number) }
  local n = 0
  for _, hook in ipairs(hooks or {}) do n = n + rt.observe(hook, payload) end
  return n
end

function M.run_after(model, i)
  local rt = runtime_of(model)
  local q = rt and rt.queue[i]
  if not q then return end
  rt.guard(q.h.plugin, q.hook, q.h.fn, q.payload, q.h.plugin.api)
end

function M.pending_after(model)
  local rt = runtime_of(model)
  return rt and #rt.queue or 0
end

function M.clear_after(model)
  local rt = runtime_of(model)
  if rt then rt.queue = {} end
end

-- Services --------------------------------------------------------------------------

--- The name of the county's enabled plugin that provides service, or nil
-- (then the platform's built-in serves).
function M.provider(model, service)
  local rt = runtime_of(model)
  return rt and rt.providers and rt.providers[service] or nil
end

--- Asks the county's provider of service (elicense: holder, license).
-- Returns true and its answer (nil: not found), or false and a message
-- when the provider failed or answered in a shape it may not (logged and
-- counted as the plugin's error). Read-only, as a hook before a step.
-- Raises when no plugin of the county provides service.
function M.lookup(model, service, ...)
  local rt = runtime_of(model)
  local name = M.provider(model, service)
  if not name then error("plugins.lookup: no plugin provides " .. tostring(service), 2) end
  local p = rt.plugins[name]
  local fn = p.module[M.SERVICES[service].fn]
  local args = table.pack(...)
  args[args.n + 1] = p.api
  rt.read_only, rt.read_only_call = ("the %s lookup"):format(service), host.call_id()
  local ok, res = pcall(rt.guard, p, service .. " lookup", fn, table.unpack(args, 1, args.n + 1))
  rt.read_only = nil
  if not ok then return false, tostring(res) end
  local answer, bad = M.SERVICES[service].check(res)
  if bad then
    host.count(p.counter, "errors")
    host.log("error", p.name, ("%s lookup: %s"):format(service, bad))
    return false, bad
  end
  return true, answer
end

-- Routes -------------------------------------------------------------------------------

local function http_error(status, code, en)
  return status, { error = { code = code, message = en } }
end

-- The table of routes for a method, with or without a parameter.
local ROUTES_PLAIN, ROUTES_WITH_ARG = { GET = "GET", POST = "POST" }, { GET = "GET/:", POST = "POST/:" }
local OTHER_METHOD = { GET = "POST", POST = "GET" }

--- A request to a plugin's route: GET|POST /api/v1/counties/{county}/plugins/NAME/SEG[/ARG].
-- req = { query = {}, body = table|nil, principal = { role, county, username, departments } | nil }.
-- Returns status and a body table (JSON) or string (with content type);
-- a fourth value true when the handler failed (its writes are undone).
-- Every plugin request runs this, so it avoids building strings and
-- calls the handler under one pcall (what runtime.guard does, inline).
function M.http(model, name, method, seg, arg, req)
  local rt = model.plugin_runtime
  local p = rt and rt.plugins[name]
  if not p then return http_error(404, "plugin_not_found", ("this county has no plugin %s"):format(name)) end
  local kinds = arg and ROUTES_WITH_ARG or ROUTES_PLAIN
  local other = OTHER_METHOD[method]
  local r = other and p.routes[kinds[method]][seg]
  if not r then
    if other and p.routes[kinds[other]][seg] then
      return http_error(405, "method_not_allowed", ("use %s"):format(other))
    end
    return http_error(404, "route_not_found", ("plugin %s has no route %s"):format(name, seg))
  end
  local who = req.principal
  if r.roles then
    if not who then return http_error(401, "unauthorized", "sign in") end
    if not r.roles[who.role] then
      return http_error(403, "forbidden", ("a %s may not use this route"):format(who.role))
    end
  end
  -- Who called, noted before the plugin's code can change the request
  -- (api.audit), and valid for this one call into the state.
  rt.caller_call, rt.caller_remote = host.call_id(), type(req.remote) == "string" and req.remote or nil
  rt.caller_county, rt.caller_user = who and who.county, who and who.username
  -- The request is the plugin's own copy (built for this call).
  req.method, req.params = method, r.param and { [r.param] = arg } or {}
  rt.read_only, rt.read_only_call = method == "GET" and "a GET route" or nil, host.call_id()
  host.count(p.counter, "calls")
  local ok, status, body, ctype = pcall(r.fn, req, p.api)
  rt.read_only = nil
  if not ok then
    host.count(p.counter, "errors")
    host.log("error", p.name, ("%s failed: %s"):format(r.what, tostring(status)))
    -- The fourth value tells the C side to roll back what the route wrote.
    local s, b = http_error(500, "plugin_error", ("plugin %s failed; the error is in the server log"):format(name))
    return s, b, nil, true
  end
  if math.type(status) ~= "integer" or status < 100 or status > 599 then
    return http_error(500, "plugin_error", ("plugin %s returned no status"):format(name))
  end
  return status, body, ctype
end

return M
