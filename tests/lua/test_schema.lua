-- schema.valid (the quick answer) agrees with schema.check (the walk that
-- writes messages): for every declaration of the sample catalogues and
-- thousands of mutants of them, valid() is true exactly when check()
-- reports nothing. The loader trusts valid() to skip check() on clean
-- declarations, so a disagreement would lose an error message.

local catalog = require "banshi.catalog"
local h = require "helper"
local report_mod = require "banshi.catalog.report"
local resolve = require "banshi.catalog.resolve"
local sandbox = require "banshi.catalog.sandbox"
local schema = require "banshi.catalog.schema"

local t = h.suite()

local function read_tree()
  local files = {}
  local list = io.popen("cd catalogs && find . -name '*.lua' | sort")
  for path in list:lines() do
    path = path:sub(3)
    local f = assert(io.open("catalogs/" .. path, "rb"))
    files[path] = f:read("a")
    f:close()
  end
  list:close()
  return files
end

-- Every declaration of the sample catalogues, as { kind, spec }.
local function sample_declarations()
  local files = read_tree()
  local report = report_mod.new(files)
  local session = sandbox.new(report)
  local out = {}
  for id, paths in pairs(resolve.folders(files, report)) do
    local folder = session:run_folder(id, paths, files)
    for _, kind in ipairs(schema.kinds) do
      for _, d in ipairs(folder[kind]) do out[#out + 1] = { kind = kind, spec = d.spec } end
    end
  end
  table.sort(out, function(a, b)
    if a.kind ~= b.kind then return a.kind < b.kind end
    return tostring(a.spec.code or a.spec.base_code or a.spec.base or a.spec.id or a.spec.year or a.spec.reason)
      < tostring(b.spec.code or b.spec.base_code or b.spec.base or b.spec.id or b.spec.year or b.spec.reason)
  end)
  return out
end

-- What check() says about spec: the number of entries, or "raises".
local function checked(kind, spec)
  local n = 0
  local ctx = { add = function() n = n + 1 end }
  local ok = pcall(schema.check_declaration, kind, spec, ctx)
  -- check_declaration consults valid() first; ask check() itself too.
  local d = schema.declarations[kind]
  local m = 0
  local ok2 = pcall(schema.check, d.type, spec, { add = function() m = m + 1 end }, {}, { en = kind, zh = d.zh })
  return ok and ok2 and m or "raises", n
end

local function check_only(kind, spec)
  local d, n = schema.declarations[kind], 0
  local ok = pcall(schema.check, d.type, spec, { add = function() n = n + 1 end }, {}, { en = kind, zh = d.zh })
  return ok and n or "raises"
end

local function quick(kind, spec)
  local ok, v = pcall(schema.valid, schema.declarations[kind].type, spec)
  if not ok then return "raises" end
  return v
end

local function copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = copy(x) end
  return c
end

local VALUES = { 0, -1, 0.5, 0.25, 1.0, 3, 2100, 1899, "", " ", "x", "abc", "2026-02-30", "2026-03-01", "08:30",
  "1-5", "6,7", "在用", "承诺件", "全程网办", "网上办", "sfz", "A1B2C3D4E5F6", "911302247865123456", true, false,
  {}, { 1 }, { "a", "a" }, { "马上办" }, { x = 1 }, { { id = "m1" } }, { { id = "m1", name = "表" } },
  { charged = true }, { charged = false, items = { { name = "f" } } },
  { { days = "1-5", open = "18:00", close = "08:00" } }, { "2026-01-02", "2026-01-01" }, { remove = { "zz" } },
  { set = { zz = { copies = 2 } } }, { add = { { id = "n" } } },
  function() end }
local KEYS = { "name", "nmae", "id", "code", "copies", "tolerable", "items", "charged", "zz", 1, 2, "mode" }

-- Every table inside v (v included), in a stable order.
local function tables_in(v, out)
  out = out or {}
  out[#out + 1] = v
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do
    if type(v[k]) == "table" then tables_in(v[k], out) end
  end
  return out
end

-- One random change somewhere inside spec (a copy).
local function mutate(spec, rand)
  local m = copy(spec)
  local all = tables_in(m)
  local target = all[rand(#all)]
  local keys = {}
  for k in pairs(target) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local how = rand(5)
  if how == 1 or #keys == 0 then
    target[KEYS[rand(#KEYS)]] = VALUES[rand(#VALUES)]
  elseif how == 2 then
    target[keys[rand(#keys)]] = nil
  elseif how == 3 and #target > 0 then
    target[#target + 1] = copy(target[rand(#target)])
  else
    target[keys[rand(#keys)]] = copy(VALUES[rand(#VALUES)])
  end
  return m
end

local decls = sample_declarations()

t:case("every sample declaration is valid and checks clean", function()
  h.truthy(#decls > 100, "sample declarations found")
  for _, d in ipairs(decls) do
    local n = checked(d.kind, d.spec)
    h.eq(n, 0, d.kind .. " entries from check()")
    h.eq(quick(d.kind, d.spec), true, d.kind .. " valid()")
  end
end)

-- Every single change of the first declaration of each kind (two items): each value
-- inside replaced by each of VALUES, removed, or emptied, and each key of
-- KEYS added, at every depth.
t:case("valid() agrees with check() on every single change of a few declarations", function()
  local per_kind, tried = {}, 0
  for _, d in ipairs(decls) do
    per_kind[d.kind] = (per_kind[d.kind] or 0) + 1
    if per_kind[d.kind] <= (d.kind == "item" and 2 or 1) then
      local base = copy(d.spec)
      local all = tables_in(base)
      for ti = 1, #all do
        local keys = {}
        for k in pairs(all[ti]) do keys[#keys + 1] = k end
        for _, k in ipairs(KEYS) do keys[#keys + 1] = k end
        table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
        local target = all[ti]
        for _, k in ipairs(keys) do
          local was = target[k]
          for vi = 0, #VALUES do
            -- Neither check() nor valid() changes what it looks at: change
            -- the one value in place and put it back.
            target[k] = VALUES[vi]
            local full = check_only(d.kind, base)
            local q = quick(d.kind, base)
            target[k] = was
            if q ~= (full == 0) and not (full == "raises" and q ~= true) then
              h.eq(q, full == 0, ("%s %d: [%s] = %s: valid() against check() (%s entries)")
                :format(d.kind, per_kind[d.kind], tostring(k), tostring(VALUES[vi]), full))
            end
            tried = tried + 1
          end
        end
      end
    end
  end
  h.truthy(tried > 10000, "changes tried: " .. tried)
end)

t:case("valid() is true exactly when check() reports nothing, over mutated declarations", function()
  local seed = 12345
  local function rand(n) -- a small LCG: the same mutants on every run and platform
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n + 1
  end
  local faulty, clean = 0, 0
  for round = 1, 6 do
    for i, d in ipairs(decls) do
      local spec = d.spec
      for _ = 1, 1 + (round + i) % 3 do spec = mutate(spec, rand) end
      local full, via_decl = checked(d.kind, spec)
      local q = quick(d.kind, spec)
      local what = ("%s mutant %d/%d"):format(d.kind, round, i)
      if full == "raises" then
        h.eq(q == true, false, what .. ": valid() on a declaration check() raises on")
      else
        h.eq(q, full == 0, what .. ": valid() against check() (" .. full .. " entries)")
        h.eq(via_decl, full, what .. ": check_declaration reports as check()")
        if full == 0 then clean = clean + 1 else faulty = faulty + 1 end
      end
    end
  end
  h.truthy(faulty > 1000 and clean > 50, ("both kinds of mutant seen (%d faulty, %d clean)"):format(faulty, clean))
end)

-- A memo as the host keeps one (core/county.c digests instead): the key is
-- the kind and the content, functions by type alone.
local function lua_memo()
  local passed, asked, hits = {}, 0, 0
  local function key_of(v, out)
    local ty = type(v)
    if ty == "table" then
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = k end
      table.sort(keys, function(a, b)
        if type(a) ~= type(b) then return type(a) < type(b) end
        return a < b
      end)
      out[#out + 1] = "{"
      for _, k in ipairs(keys) do
        key_of(k, out)
        out[#out + 1] = "="
        key_of(v[k], out)
        out[#out + 1] = ","
      end
      out[#out + 1] = "}"
    elseif ty == "string" then
      out[#out + 1] = ("%q"):format(v)
    elseif ty == "number" or ty == "boolean" or ty == "nil" then
      out[#out + 1] = math.type(v) or tostring(v)
      out[#out + 1] = tostring(v)
    else
      out[#out + 1] = ty
    end
    return out
  end
  local memo = {}
  function memo.known(kind, spec)
    asked = asked + 1
    local key = kind .. table.concat(key_of(spec, {}))
    if passed[key] then hits = hits + 1 end
    return passed[key] == true, key
  end
  function memo.add(key) passed[key] = true end
  return memo, function() return asked, hits end
end

local function lines(list)
  local out = {}
  for i, e in ipairs(list) do out[i] = catalog.format_error(e) end
  return table.concat(out, "\n")
end

t:case("a memo of declarations that passed the schema changes no result", function()
  local memo, counts = lua_memo()
  local files = h.fixture()
  local plain, pw = catalog.load(files, "luannan")
  local first, fw = catalog.load(files, "luannan", { memo = memo })
  local again, aw = catalog.load(files, "luannan", { memo = memo })
  h.truthy(plain and first and again, "all three load")
  h.eq(lines(fw), lines(pw), "warnings with an empty memo")
  h.eq(lines(aw), lines(pw), "warnings with a full memo")
  local asked, hits = counts()
  h.truthy(hits > 0 and hits * 2 >= asked - hits, ("the second load used the memo (%d of %d)"):format(hits, asked))
  local snap = catalog.compile(plain)
  h.eq(catalog.compile(again).csv, snap.csv, "same snapshot")
  -- A declaration that changes is checked again, and its faults reported.
  h.edit(files, "luannan/items/minzheng.lua", 'case_type = "即办件"', 'case_type = "即办"')
  local none, errors = catalog.load(files, "luannan")
  local none2, errors2 = catalog.load(files, "luannan", { memo = memo })
  h.eq(none, nil, "broken without memo")
  h.eq(none2, nil, "broken with memo")
  h.truthy(#errors > 0, "errors")
  h.eq(lines(errors2), lines(errors), "the same errors")
end)

return t
