-- The sandbox: catalogue files see only what is granted, and every failure
-- becomes an error with file:line instead of a Lua error escaping load.

local catalog = require "banshi.catalog"
local h = require "helper"

local t = h.suite()
local F = "luannan/extra.lua"

-- Loads the fixture plus one extra luannan file and returns the errors.
local function errors_for(src)
  local files = h.fixture({ [F] = src })
  local ok, model, errors = pcall(catalog.load, files, "luannan")
  h.truthy(ok, "load did not raise: " .. tostring(model))
  h.eq(model, nil, "model")
  return errors
end

t:case("a syntax error names file and line", function()
  local errors = errors_for("local a = 1\nitem { base = \"000112003000\",\n  name = = 2 }\n")
  local e = h.has(errors, { file = F, line = 3, en = "syntax error" })
  h.contains(e.zh, "语法错误", "zh")
end)

t:case("a runtime error names file and line", function()
  local errors = errors_for("local x = nil\n\nlocal y = x.field\n")
  h.has(errors, { file = F, line = 3, en = "attempt to index a nil value" })
end)

t:case("an error raised by a library function points at the calling line", function()
  local errors = errors_for("local a = 1\nlocal s = string.rep()\n")
  h.has(errors, { file = F, line = 2, en = "bad argument" })
end)

t:case("error() with a table is reported, not raised", function()
  local errors = errors_for("error({})\n")
  h.has(errors, { file = F, line = 1, en = "error object is not a string" })
end)

t:case("banshi check warns of a comparison as a table key, with its line (Lua 5.4.4 miscompiles it)", function()
  local files = h.fixture({ [F] = "local T = { [true] = 1 }\n"
    .. "local function f(x)\n  return T[x ~= nil]\nend\n"
    .. "local s = 'T[x ~= nil]' -- T[a == b]\n"
    .. "local ok = T[(#T or 0) < 3]\n" })
  local model = catalog.load(files, "luannan")
  h.truthy(model, "still loads (a load does not look for it: it must stay fast)")
  local errors, warnings = catalog.check(files)
  h.eq(#errors, 0, "no errors")
  local w = h.has(warnings, { file = F, line = 3, en = "comparison used as a table key" })
  h.contains(w.zh, "Lua 5.4.4", "zh")
  h.has(warnings, { file = F, line = 6, en = "comparison used as a table key" })
  for _, x in ipairs(warnings) do
    h.truthy(not (x.file == F and x.line == 5), "a string or comment is not code")
  end
end)

t:case("os.execute is not available", function()
  local errors = errors_for("local a = 1\nos.execute(\"rm -rf /\")\n")
  h.has(errors, { file = F, line = 2, en = "'execute' is not available to catalogue files" })
end)

t:case("os.getenv is not available", function()
  local errors = errors_for("local home = os.getenv(\"HOME\")\n")
  h.has(errors, { file = F, line = 1, en = "not available" })
end)

t:case("io.open is not available", function()
  local errors = errors_for("local f = io.open(\"/etc/passwd\")\n")
  h.has(errors, { file = F, line = 1, en = "'io' is not available to catalogue files" })
end)

t:case("require \"ffi\" is not available", function()
  local errors = errors_for("\n\nlocal ffi = require \"ffi\"\n")
  h.has(errors, { file = F, line = 3, en = "'require' is not available" })
end)

t:case("load is not available, so binary chunks cannot be made or run", function()
  local errors = errors_for("local f = load(\"\\27Lua\")\n")
  h.has(errors, { file = F, line = 1, en = "'load' is not available" })
end)

t:case("a binary chunk given as a catalogue file is refused", function()
  local chunk = string.dump(function() return 1 end)
  local errors = errors_for(chunk)
  h.has(errors, { file = F, line = 1, en = "binary" })
end)

t:case("string.dump is not available", function()
  local errors = errors_for("local s = string.dump(function() end)\n")
  h.has(errors, { file = F, line = 1, en = "'dump' is not available" })
end)

t:case("setmetatable on a shared table is not available", function()
  local errors = errors_for("setmetatable(string, {})\n")
  h.has(errors, { file = F, line = 1, en = "'setmetatable' is not available" })
end)

t:case("the string table is read-only", function()
  local errors = errors_for("string.rep = function() return \"\" end\n")
  h.has(errors, { file = F, line = 1, en = "string is read-only" })
end)

t:case("math and table are read-only and a change would not reach other files", function()
  local errors = errors_for("math.pi = 3\n")
  h.has(errors, { file = F, line = 1, en = "math is read-only" })
  h.eq(math.pi > 3.14, true, "the host's math.pi is untouched")
end)

t:case("globals set by one file are not seen by the next", function()
  local files = h.fixture()
  files["luannan/a1.lua"] = "shared_value = 5\n"
  files["luannan/a2.lua"] = "local v = shared_value + 1\n"
  local errors = h.load_fails(files)
  h.has(errors, { file = "luannan/a2.lua", line = 1, en = "global 'shared_value'" })
end)

t:case("a misspelt declaration suggests the right one", function()
  local errors = errors_for("itme { base = \"000112003000\" }\n")
  h.has(errors, { file = F, line = 1, en = "did you mean 'item'" })
end)

t:case("a budget error from the host is reported as an error", function()
  local errors = errors_for("local a = 1\nerror(\"instruction budget exceeded\")\n")
  local e = h.has(errors, { file = F, line = 2, en = "budget" })
  h.contains(e.zh, "预算", "zh")
end)

t:case("a declaration called with a non-table is an error", function()
  local errors = errors_for("item \"000112003000\"\n")
  h.has(errors, { file = F, line = 1, en = "item expects a table" })
end)

t:case("the declaration line is the line of the call, also through a helper", function()
  local files = h.fixture()
  files[F] = table.concat({
    "local function adopt(code, extra)",
    "  extra.base = code",
    "  item(extra)",
    "end",
    "adopt(nil, {})",
  }, "\n")
  local errors = h.load_fails(files)
  -- An error about the whole declaration points at the call (line 3);
  -- one about a field would point at the field's own line.
  h.has(errors, { file = F, line = 3, en = "item needs base_code" })
end)

t:case("a table changed after its declaration keeps the declared values", function()
  local files = h.fixture()
  h.edit(files, "luannan/items/minzheng.lua", "item {\n  base = \"000112004000\",",
    "local spec = {\n  base = \"000112004000\",")
  h.edit(files, "luannan/items/minzheng.lua", "  four = { \"马上办\", \"网上办\", \"一次办\" },\n}",
    "  four = { \"马上办\", \"网上办\", \"一次办\" },\n}\nitem(spec)\nspec.promised_limit = 99\n")
  local model = h.load_ok(files)
  h.eq(model.items["000112004000"].promised_limit, 0, "promised_limit as declared")
end)

t:case("a table that refers to itself is an error, not a hang", function()
  local errors = errors_for(
    "local t = { offered = false, reason = \"x\" }\nt.faq = t\nt.base = \"000112005000\"\nitem(t)\n")
  h.has(errors, { file = F, line = 4, en = "refers to itself" })
end)

t:case("declarations cannot be called after loading, from a rule", function()
  local files = h.fixture()
  h.edit(files, "luannan/items/minzheng.lua", "visits_reason = \"领取证书\",",
    "visits_reason = \"领取证书\",\n  accept = function(app) item { base = \"x\" } return true end,")
  local model = h.load_ok(files)
  local notice = catalog.precheck(model, "000112003000", { data = {} })
  h.has(notice.problems, { field = "accept", zh = "may only be called while the catalogue loads" }, "problems")
  h.has(notice.problems, { field = "accept", zh = "luannan/items/minzheng.lua:" }, "problems")
end)

t:case("the allowed library works: string, table, math, utf8, os.time and os.date", function()
  local files = h.fixture()
  files[F] = table.concat({
    "local n = utf8.len(\"滦南\") + #string.format(\"%d\", 5) + math.floor(2.5)",
    "local l = { 3, 1, 2 }; table.sort(l)",
    "local d = os.date(\"!%Y\", os.time({ year = 2026, month = 1, day = 2 }))",
    "assert(n == 5 and l[1] == 1 and d == \"2026\", \"library\")",
    "for _, k in ipairs({ \"x\" }) do",
    "  assert(type(k) == \"string\" and tostring(1) == \"1\" and tonumber(\"2\") == 2)",
    "end",
    "assert(select(\"#\", 1, 2) == 2 and next({}) == nil and pcall(error, \"x\") == false)",
    "assert(os.clock() >= 0)",
  }, "\n")
  h.load_ok(files)
end)

return t
