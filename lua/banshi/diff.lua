--- banshi.diff: what changed between two versions of a county's catalogue,
-- per item and per field, for operators deciding on a reload or a rollback.
--
-- Both versions are loaded and compiled as a reload would; the published
-- guides (办事指南) are compared, so the answer speaks of what citizens and
-- clerks see, not of how the files are arranged.

local catalog = require "banshi.catalog"

local M = {}

-- Lists of tables with an id (materials, FAQ rarely) compare by id; other
-- lists by position.
local function keyed(list)
  if type(list) ~= "table" or #list == 0 then return nil end
  local out = {}
  for _, v in ipairs(list) do
    if type(v) ~= "table" or (type(v.id) ~= "string" and type(v.code) ~= "string") then return nil end
    out[v.id or v.code] = v
  end
  return out
end

local function is_list(t)
  return type(t) == "table" and (#t > 0 or next(t) == nil)
end

local function walk(a, b, path, out)
  if type(a) ~= "table" or type(b) ~= "table" then
    if a ~= b then out[#out + 1] = { field = path, from = a, to = b } end
    return
  end
  local ka, kb = keyed(a), keyed(b)
  if ka and kb then
    local ids = {}
    for id in pairs(ka) do ids[#ids + 1] = id end
    for id in pairs(kb) do if not ka[id] then ids[#ids + 1] = id end end
    table.sort(ids)
    for _, id in ipairs(ids) do walk(ka[id], kb[id], ("%s[%s]"):format(path, id), out) end
    return
  end
  if is_list(a) and is_list(b) then
    -- Plain lists (channels, 四办, themes): reported whole when they differ.
    local same = #a == #b
    for i = 1, #a do
      if not same then break end
      if type(a[i]) == "table" or a[i] ~= b[i] then same = type(a[i]) == "table" and type(b[i]) == "table" end
    end
    if same then
      for i = 1, #a do walk(a[i], b[i], ("%s[%d]"):format(path, i), out) end
    else
      out[#out + 1] = { field = path, from = a, to = b }
    end
    return
  end
  local keys = {}
  for k in pairs(a) do keys[#keys + 1] = k end
  for k in pairs(b) do if a[k] == nil then keys[#keys + 1] = k end end
  table.sort(keys, function(x, y) return tostring(x) < tostring(y) end)
  for _, k in ipairs(keys) do
    walk(a[k], b[k], path == "" and tostring(k) or (path .. "." .. tostring(k)), out)
  end
end

local function index(snapshot)
  local by = {}
  for _, it in ipairs(snapshot.items) do by[it.code] = it.guide end
  return by
end

--- Compares the county's catalogue in files_a with the one in files_b
-- (each: relative path -> source). Returns { added = {{code, name}},
-- removed = {{code, name}}, changed = {{code, name, fields = {{field, from,
-- to}}}}, other = {{field, from, to}} }, or nil and a message when either
-- version does not load.
function M.diff(files_a, files_b, county)
  local ma, ea = catalog.load(files_a, county)
  if not ma then
    return nil, ("the first version does not load: %s"):format(catalog.format_error(ea[1]))
  end
  local mb, eb = catalog.load(files_b, county)
  if not mb then
    return nil, ("the second version does not load: %s"):format(catalog.format_error(eb[1]))
  end
  local sa, sb = catalog.compile(ma), catalog.compile(mb)
  local ga, gb = index(sa), index(sb)
  local result = { added = {}, removed = {}, changed = {}, other = {} }
  local codes = {}
  for code in pairs(ga) do codes[#codes + 1] = code end
  for code in pairs(gb) do if not ga[code] then codes[#codes + 1] = code end end
  table.sort(codes)
  for _, code in ipairs(codes) do
    local a, b = ga[code], gb[code]
    if not a then
      result.added[#result.added + 1] = { code = code, name = b.name }
    elseif not b then
      result.removed[#result.removed + 1] = { code = code, name = a.name }
    else
      local fields = {}
      walk(a, b, "", fields)
      if #fields > 0 then
        result.changed[#result.changed + 1] = { code = code, name = b.name, fields = fields }
      end
    end
  end
  for _, section in ipairs({ "county", "departments", "windows", "bundles", "calendar" }) do
    walk(sa[section], sb[section], section, result.other)
  end
  return result
end

return M
