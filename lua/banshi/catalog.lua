--- banshi.catalog: loads, validates and compiles county service catalogues
-- (政务服务事项目录) written in the catalogue language (docs/catalog.md).
--
--   local catalog = require "banshi.catalog"
--
--   catalog.load(files, county_id [, opts]) -> model, warnings | nil, errors, warnings
--   catalog.check(files [, opts])    -> errors, warnings
--   catalog.counties(files)          -> { county ids that serve, sorted }
--   catalog.compile(model [, opts])  -> snapshot (pure data)
--   catalog.precheck(model, code, app) -> notice | nil, message
--   catalog.format_error(e)          -> "file:line: item CODE: field F: en / zh"
--
-- `files` maps a path relative to the catalogues folder
-- ("luannan/items/minzheng.lua") to its source text, for every catalogue
-- folder; load picks the chain it needs (county_id's folder and its
-- ancestors through `extends`). Each error or warning is
-- { file, line, item, field, zh, en, severity }; all are collected before
-- returning, never stopping at the first.
--
-- The model keeps the rule functions (accept, route, fee, material when)
-- for the runtime; compile() drops them. Shape of the model (read-only for
-- callers): { county, chain, items = {[code] = item} (offered only),
-- all_items, order, declined, departments, windows, bundles, calendar,
-- defaults, where }.
--
-- This module runs inside the sandboxed server state: it uses no io, no
-- os.execute or os.getenv, and requires only banshi.* modules. Misuse (a
-- wrong argument type) raises; expected failures return nil and a message.

local compile = require "banshi.catalog.compile"
local precheck = require "banshi.catalog.precheck"
local report_mod = require "banshi.catalog.report"
local resolve = require "banshi.catalog.resolve"
local sandbox = require "banshi.catalog.sandbox"
local util = require "banshi.catalog.util"
local validate = require "banshi.catalog.validate"

local M = {}

local function check_files(files)
  if type(files) ~= "table" then
    error("catalog: files must be a table of path -> source text, got " .. type(files), 3)
  end
end

-- A loader over all folders of files: get(id) runs and checks a folder
-- once, on first use.
local function loader(files, report, opts)
  local paths = resolve.folders(files, report)
  local session = sandbox.new(report, opts and opts.copy)
  local memo = opts and opts.memo
  local cache = {}
  local ids = util.sorted_keys(paths)
  local function get(id)
    if cache[id] == nil then
      if not paths[id] or session.aborted then
        cache[id] = false
      else
        local folder = session:run_folder(id, paths[id], files)
        cache[id] = resolve.check_folder(folder, report, memo)
      end
    end
    return cache[id] or nil
  end
  return get, ids, session
end

--- Loads the implementation list county_id with its chain.
-- Returns model, warnings; or nil, errors, warnings. opts (optional), the
-- host's helpers; the result is the same with or without them:
-- opts.memo, its memory of declarations that passed the schema before,
-- { known = function(kind, spec) -> known, key, add = function(key) }
-- (banshi.catalog.resolve); opts.copy, its deep copy of declared tables
-- (banshi.catalog.sandbox).
function M.load(files, county_id, opts)
  check_files(files)
  if type(county_id) ~= "string" then
    error("catalog.load: county_id must be a string, got " .. type(county_id), 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("catalog.load: opts must be a table, got " .. type(opts), 2)
  end
  local report = report_mod.new(files)
  local get, ids, session = loader(files, report, opts)
  local chain = resolve.chain(county_id, get, ids, report)
  local model
  if chain and not session.aborted then
    model = resolve.build(chain, report)
    validate.model(report, model)
    if not model.county.serves then
      report:add("error", model.where.catalog, county_id, { "serves" },
        ("catalogue '%s' is not an implementation list (serves = true) and cannot be published"):format(county_id),
        ("目录“%s”不是实施清单（未设 serves = true），不能对外发布"):format(county_id))
    end
  end
  local errors = report_mod.sorted(report.errors)
  local warnings = report_mod.sorted(report.warnings)
  if #errors > 0 or not model then
    if #errors == 0 then
      errors[1] = { file = county_id .. "/catalog.lua", line = 1, item = county_id,
        en = "the catalogue could not be loaded", zh = "目录无法加载", severity = "error" }
    end
    return nil, errors, warnings
  end
  return model, warnings
end

--- Validates every catalogue in files: each implementation list through its
-- chain, and every base catalogue on its own. Returns errors, warnings
-- (deduplicated, sorted by file and line; both lists may be empty).
-- opts (optional): opts.serving(model, files), called with the model of
-- each implementation list (serves = true), returns a list of further
-- errors in the same shape (banshi check passes the plugin checks a load
-- makes, banshi.plugins.load, which this module does not know).
function M.check(files, opts)
  check_files(files)
  if opts ~= nil and type(opts) ~= "table" then
    error("catalog.check: opts must be a table, got " .. type(opts), 2)
  end
  local serving = opts and opts.serving
  local report = report_mod.new(files)
  local get, ids, session = loader(files, report)
  for _, id in ipairs(ids) do
    if session.aborted then break end
    local chain = resolve.chain(id, get, ids, report)
    if chain and not session.aborted then
      local model = resolve.build(chain, report)
      validate.model(report, model)
      if serving and model.county.serves then
        for _, e in ipairs(serving(model, files) or {}) do report:add_entry(e) end
      end
    end
  end
  -- A check (not a load, which must stay fast) also looks for the key
  -- expressions Lua 5.4.4 compiles wrongly (util.comparison_keys).
  for _, path in ipairs(util.sorted_keys(files)) do
    if type(path) == "string" and path:match("%.lua$") and type(files[path]) == "string" then
      for _, line in ipairs(util.comparison_keys(files[path])) do
        report:add("warning", { file = path, line = line }, nil, nil,
          "a comparison used as a table key, t[a ~= b], is computed wrongly by Lua 5.4.4 "
            .. "when t is a local of an enclosing function; compute it first: local k = a ~= b; t[k]",
          "比较运算直接作为表的下标（如 t[a ~= b]）时，Lua 5.4.4 在 t 为外层函数的局部变量时会算错；"
            .. "请先计算：local k = a ~= b，再用 t[k]")
      end
    end
  end
  return report_mod.sorted(report.errors), report_mod.sorted(report.warnings)
end

--- The ids of the implementation lists (serves = true) in files, sorted.
-- Runs only each folder's catalog.lua, in the same sandbox as load, so that
-- discovering counties grants a catalogue file nothing more than loading it.
function M.counties(files)
  check_files(files)
  local report = report_mod.new(files)
  local session = sandbox.new(report)
  local out = {}
  for _, id in ipairs(util.sorted_keys(resolve.folders(files, report))) do
    local main = id .. "/catalog.lua"
    if files[main] then
      local folder = session:run_folder(id, { main }, files)
      local decl = folder.catalog[1]
      if decl and decl.spec.serves == true and decl.spec.id == id then out[#out + 1] = id end
    end
  end
  return out
end

--- The chain of catalogue folders county_id loads, root first (e.g. {
-- "base", "hebei", "luannan" }), read from the catalog.lua files alone, so
-- that a host can hand a county only the files it needs. Returns the list,
-- or nil and a message (unknown county, a cycle, a missing parent); the full
-- load reports such problems in detail.
function M.chain_of(files, county_id)
  check_files(files)
  local report = report_mod.new(files)
  local session = sandbox.new(report)
  local folders = resolve.folders(files, report)
  local seen, chain = {}, {}
  -- Only the folders on the chain run their catalog.lua: another county's
  -- file cannot slow or break this one's load.
  local id = county_id
  while id do
    local main = type(id) == "string" and id .. "/catalog.lua"
    if not folders[id] or not files[main] then return nil, ("no catalogue folder '%s'"):format(tostring(id)) end
    if seen[id] then return nil, ("catalogues extend each other in a cycle at '%s'"):format(id) end
    seen[id] = true
    table.insert(chain, 1, id)
    local decl = session:run_folder(id, { main }, files).catalog[1]
    id = decl and decl.spec.extends or nil
  end
  return chain
end

--- The snapshot the C core publishes for a loaded model: { county, items,
-- departments, windows, bundles, calendar, figures, csv }. opts lets the
-- host reuse entries it holds (banshi.catalog.compile).
function M.compile(model, opts)
  if type(model) ~= "table" or type(model.items) ~= "table" then
    error("catalog.compile: expected a model from catalog.load", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("catalog.compile: opts must be a table, got " .. type(opts), 2)
  end
  return compile.compile(model, opts)
end

--- The one-time notification (一次性告知) for an application draft app =
-- { data, applicant, materials = {id = true}, commitment = bool }.
-- Returns { ok, missing = {{id, name, reason_zh}}, tolerable_missing,
-- conditional, problems = {{field, zh}} }, or nil and a message when the
-- model offers no such item.
function M.precheck(model, code, app)
  if type(model) ~= "table" or type(model.items) ~= "table" then
    error("catalog.precheck: expected a model from catalog.load", 2)
  end
  if app ~= nil and type(app) ~= "table" then
    error("catalog.precheck: app must be a table, got " .. type(app), 2)
  end
  return precheck.precheck(model, code, app)
end

--- The fee of item code for app (see banshi.catalog.precheck).
function M.fee(model, code, app)
  if type(model) ~= "table" or type(model.items) ~= "table" then
    error("catalog.fee: expected a model from catalog.load", 2)
  end
  return precheck.fee(model, code, app)
end

--- Who reviews an application for item code, and how (并联 or 串联).
function M.route(model, code, app)
  if type(model) ~= "table" or type(model.items) ~= "table" then
    error("catalog.route: expected a model from catalog.load", 2)
  end
  return precheck.route(model, code, app)
end

--- The county's working-day calendar (a banshi.calendar object), or nil and
-- a message when its data does not make one.
function M.calendar(model)
  if type(model) ~= "table" or type(model.calendar) ~= "table" then
    error("catalog.calendar: expected a model from catalog.load", 2)
  end
  local calendar = require "banshi.calendar"
  -- Only fixed offsets are known here; mainland China keeps UTC+8 all year.
  local offsets = { ["Asia/Shanghai"] = 8 * 3600, ["Asia/Urumqi"] = 6 * 3600 }
  local tz = model.county.timezone or "Asia/Shanghai"
  local offset = offsets[tz]
  if not offset then return nil, ("no fixed UTC offset known for time zone %s"):format(tz) end
  local ok, cal = pcall(calendar.new, compile.calendar(model),
    { utc_offset = offset, office_close = model.county.office_close })
  if not ok then return nil, tostring(cal) end
  return cal
end

--- A warning for the operator when the county's working-day calendar runs
-- out within `days` days of instant now (or does not cover now at all):
-- { en, zh }, else nil. The State Council publishes each year's schedule
-- (国务院办公厅放假安排) late in the year before; until it is in the
-- catalogue, deadlines reaching into that year have no due date.
function M.calendar_horizon(model, now, days)
  local cal = M.calendar(model)
  if not cal then return nil end
  local last, left = cal:covered_until(now)
  if not last then
    local year = cal:date_of(now):sub(1, 4)
    return { en = ("the working-day calendar has no year %s: no deadline can be counted; add its schedule"):format(
      year), zh = ("工作日历缺少%s年：无法计算办结期限，请补充当年放假安排"):format(year) }
  end
  if left >= days then return nil end
  local next_year = tonumber(last:sub(1, 4)) + 1
  return {
    en = ("the working-day calendar ends on %s, in %d days: add the %d schedule, or deadlines reaching into %d"
      .. " cannot be counted"):format(last, left, next_year, next_year),
    zh = ("工作日历截至%s（还有%d天），请补充%d年放假安排，否则跨入%d年的办结期限无法计算"):format(last, left, next_year,
      next_year),
  }
end

--- One line for an error or warning: file:line: item CODE: field F: en / zh.
function M.format_error(e)
  if type(e) ~= "table" then error("catalog.format_error: expected an error table", 2) end
  return report_mod.format(e)
end

return M
