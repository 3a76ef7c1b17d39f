--- banshi.catalog.resolve: turns the declarations of catalogue folders into
-- one county's model, applying inheritance along its chain.
--
-- Inheritance, root first: each catalogue may define items (base_code, or
-- code + local_item) and adopt or override inherited ones (base). A field set
-- again replaces the parent's value wholesale; materials instead take
-- { remove = , set = , add = } (or a plain list, which replaces). A field not
-- set follows the parent, so a base change flows to every descendant that
-- did not override it. Departments, windows and bundles with the same code as
-- a parent's replace it; calendar years replace the parent's year; closures
-- and defaults accumulate (a child's default wins per field).
--
-- Declarations are never modified: a merged item is a fresh table whose
-- values are shared with the declarations (read-only), and materials are
-- copied before they are changed. check() builds many chains from one set
-- of loaded folders and relies on this.
--
-- For each merged field the model remembers which declaration set it
-- (model.where), so a message about a rule between two fields points at the
-- file and line that must change.

local schema = require "banshi.catalog.schema"
local util = require "banshi.catalog.util"

local M = {}

local IDENTITY = { base_code = true, code = true, base = true }

local MATERIAL_DEFAULTS = {
  form = "原件", medium = "纸质", copies = 1, necessity = "必要", source = "申请人自备",
  core = false, tolerable = false,
}
M.MATERIAL_DEFAULTS = MATERIAL_DEFAULTS

-- A material as merged: a copy of a declared one (never changed itself),
-- with the defaults for the fields it leaves out. Every merged material is
-- made here, so a merged item's materials are complete; a later patch
-- (materials.set) replaces a default as it replaces a declared value.
local D = MATERIAL_DEFAULTS
local function material_copy(m)
  local c = { form = D.form, medium = D.medium, copies = D.copies, necessity = D.necessity, source = D.source,
    core = D.core, tolerable = D.tolerable }
  for k, v in pairs(m) do c[k] = v end
  return c
end

--- Groups file paths by catalogue folder: { [id] = { paths in load order } }.
-- catalog.lua runs first, then the rest in byte order of their path.
function M.folders(files, report)
  local by_id = {}
  for _, path in ipairs(util.sorted_keys(files)) do
    if type(path) ~= "string" then
      error("catalog: file names must be strings, got " .. type(path), 3)
    end
    if type(files[path]) ~= "string" then
      error(("catalog: source of %s must be a string, got %s"):format(path, type(files[path])), 3)
    end
    if path:match("%.lua$") then
      local id = path:match("^([^/]+)/")
      if not id then
        report:add("warning", { file = path, line = 1 }, nil, nil,
          "file is outside any catalogue folder and was not loaded",
          "该文件不在任何目录文件夹中，未加载")
      else
        by_id[id] = by_id[id] or {}
        table.insert(by_id[id], path)
      end
    end
  end
  for id, paths in pairs(by_id) do
    local first = id .. "/catalog.lua"
    table.sort(paths, function(a, b)
      if a == first or b == first then return a == first and b ~= first end
      return a < b
    end)
  end
  return by_id
end

-- Raw checks, once per folder ----------------------------------------------------

--- The code an item declaration is about and how: "define" or "adopt".
local function item_key(d, report)
  local s = d.spec
  local keys = {}
  for _, k in ipairs({ "base_code", "code", "base" }) do
    if s[k] ~= nil then keys[#keys + 1] = k end
  end
  local code = s.base_code or s.code or s.base
  if type(code) ~= "string" then code = nil end
  if #keys == 0 then
    report:add("error", d, nil, nil,
      "item needs base_code = (a new base item), base = (adopting an inherited item) or code = with local_item = true",
      "事项须写明 base_code（新基本事项）、base（继承的事项）或 code 加 local_item = true（本地事项）")
    return nil
  end
  if #keys > 1 then
    report:add("error", d, code, { keys[2] },
      ("item sets both %s and %s; use exactly one"):format(keys[1], keys[2]),
      ("事项同时写了%s和%s，只能写一个"):format(keys[1], keys[2]))
    return nil
  end
  if keys[1] == "code" and s.local_item ~= true then
    report:add("error", d, code, { "code" },
      "code = is for local items and needs local_item = true; to adopt an inherited item write base =",
      "code 仅用于本地事项，须同时写 local_item = true；继承上级事项请写 base =")
  elseif keys[1] ~= "code" and s.local_item ~= nil then
    report:add("error", d, code, { "local_item" }, "local_item goes with code = (a local item), not with " .. keys[1],
      "local_item 只与 code（本地事项）一起使用，不能与" .. keys[1] .. "一起使用")
  end
  if not code then return nil end
  return code, keys[1] == "base" and "adopt" or "define"
end

local function check_calendar(d, report)
  local s = d.spec
  if not util.is_whole(s.year) then return end
  local seen = {}
  for _, key in ipairs({ "rest", "work" }) do
    if util.is_list(s[key]) then
      for i, e in ipairs(s[key]) do
        local a, b = util.date_range(e)
        if a and b and a <= b and b - a < 400 then
          for n = a, b do
            local date = util.civil_from_days(n)
            if tonumber(date:sub(1, 4)) ~= s.year then
              report:add("error", d, nil, { key, i }, ("calendar %d: %s[%d] %s is not in %d")
                :format(s.year, key, i, date, s.year),
                ("%d年工作日历：%s第%d项%s不在%d年内"):format(s.year, key, i, date, s.year))
              break
            end
            local wd = util.weekday(n)
            if key == "work" and wd < 6 then
              report:add("warning", d, nil, { key, i },
                ("calendar %d: work day %s is a weekday already; list only weekend days worked (调休上班)")
                  :format(s.year, date),
                ("%d年工作日历：调休上班日%s本身就是工作日，只需列出周末上班的日子"):format(s.year, date))
            end
            if seen[date] and seen[date] ~= key then
              report:add("error", d, nil, { key, i }, ("calendar %d: %s is listed both as rest and as work day")
                :format(s.year, date),
                ("%d年工作日历：%s同时列为休息日和调休上班日"):format(s.year, date))
            end
            seen[date] = key
          end
        end
      end
    end
  end
end

local function check_closure(d, report)
  local s = d.spec
  if s.date ~= nil and (s.from ~= nil or s.to ~= nil) then
    report:add("error", d, nil, { "date" }, "closure takes date = or from = / to =, not both",
      "临时闭厅只能写 date 或 from/to 其中一种")
  elseif s.date == nil and (s.from == nil or s.to == nil) then
    report:add("error", d, nil, nil, "closure needs date = \"YYYY-MM-DD\" or from = and to =",
      "临时闭厅须写 date = \"YYYY-MM-DD\" 或 from 与 to")
  elseif s.from and s.to and util.day_number(s.from) and util.day_number(s.to)
    and util.day_number(s.from) > util.day_number(s.to) then
    report:add("error", d, nil, { "to" }, ("closure ends %s before it starts %s"):format(s.to, s.from),
      ("临时闭厅结束日期%s早于起始日期%s"):format(s.to, s.from))
  end
end

-- Checks one declaration against the schema. memo (optional, from the
-- host) knows declarations that passed before, in this load or an earlier
-- one: memo.known(kind, spec) -> known, key; memo.add(key) remembers one.
-- The schema depends on nothing but the declaration, so one that passed
-- passes again. The key (a digest of the declaration's content) stays on
-- the declaration as d.key (see M.build).
local function check_declaration(kind, d, item, report, memo)
  local key
  if memo then
    local known
    known, key = memo.known(kind, d.spec)
    d.key = key
    if known then return end
  end
  if schema.declaration_valid(kind, d.spec) then
    if key then memo.add(key) end
  else
    schema.check_declaration(kind, d.spec, report:context(d, item))
  end
end

--- Checks a loaded folder's declarations on their own and indexes them.
-- Adds folder.catalog (the one catalog declaration) and folder.items_by_code.
-- memo: see check_declaration above (nil to check every declaration).
function M.check_folder(folder, report, memo)
  local id = folder.id
  local cats = folder.catalog
  local main = id .. "/catalog.lua"
  if #cats == 0 then
    report:add("error", { file = main, line = 1 }, id, nil,
      ("catalogue folder '%s' has no catalog { } declaration in %s"):format(id, main),
      ("目录文件夹“%s”的%s中没有 catalog { } 声明"):format(id, main))
  end
  for i, d in ipairs(cats) do
    if d.file ~= main then
      report:add("error", d, id, nil, ("catalog { } belongs in %s, not in %s"):format(main, d.file),
        ("catalog { } 应写在%s中，而不是%s"):format(main, d.file))
    elseif i > 1 then
      report:add("error", d, id, nil, ("catalogue '%s' is declared twice (first at %s:%d)"):format(id, cats[1].file,
        cats[1].line or 0), ("目录“%s”重复声明（首次在%s:%d）"):format(id, cats[1].file, cats[1].line or 0))
    end
    check_declaration("catalog", d, id, report, memo)
    if d.spec.id ~= nil and d.spec.id ~= id then
      report:add("error", d, id, { "id" }, ("id is %s but the folder is '%s'; they must match")
        :format(schema.describe(d.spec.id), id),
        ("id为%s，但文件夹名为“%s”，两者必须一致"):format(schema.describe(d.spec.id), id))
    end
  end
  folder.catalog = cats[1]
  if not id:match("^[a-z][a-z0-9_]*$") then
    report:add("error", { file = main, line = 1 }, id, nil,
      ("folder name '%s' must match ^[a-z][a-z0-9_]*$"):format(id),
      ("文件夹名“%s”须符合 ^[a-z][a-z0-9_]*$"):format(id))
  end

  for _, kind in ipairs({ "department", "window", "bundle" }) do
    local seen = {}
    for _, d in ipairs(folder[kind]) do
      local code = type(d.spec.code) == "string" and d.spec.code or nil
      check_declaration(kind, d, code, report, memo)
      if code then
        if seen[code] then
          report:add("error", d, code, { "code" }, ("%s '%s' is declared twice (first at %s:%d)")
            :format(kind, code, seen[code].file, seen[code].line or 0),
            ("%s“%s”重复声明（首次在%s:%d）"):format(schema.declarations[kind].zh, code, seen[code].file,
              seen[code].line or 0))
        end
        seen[code] = seen[code] or d
      end
    end
  end

  local years = {}
  for _, d in ipairs(folder.calendar) do
    check_declaration("calendar", d, nil, report, memo)
    check_calendar(d, report)
    local y = d.spec.year
    if y ~= nil then
      if years[y] then
        report:add("error", d, nil, { "year" }, ("calendar for %s is declared twice (first at %s:%d)")
          :format(tostring(y), years[y].file, years[y].line or 0),
          ("%s年工作日历重复声明（首次在%s:%d）"):format(tostring(y), years[y].file, years[y].line or 0))
      end
      years[y] = years[y] or d
    end
  end
  for _, d in ipairs(folder.closure) do
    check_declaration("closure", d, nil, report, memo)
    check_closure(d, report)
  end

  folder.items_by_code = {}
  for _, d in ipairs(folder.item) do
    local code, mode = item_key(d, report)
    check_declaration("item", d, code, report, memo)
    if code then
      local prev = folder.items_by_code[code]
      if prev then
        report:add("error", d, code, nil, ("item %s is declared twice in catalogue '%s' (first at %s:%d)")
          :format(code, id, prev.file, prev.line or 0),
          ("事项%s在目录“%s”中重复声明（首次在%s:%d）"):format(code, id, prev.file, prev.line or 0))
      else
        d.code, d.mode = code, mode
        folder.items_by_code[code] = d
      end
    end
  end
  return folder
end

-- Chains ---------------------------------------------------------------------------

--- The chain of folders from the root to leaf_id, or nil when it is broken
-- (reported). get(id) returns a checked folder or nil when there is none.
function M.chain(leaf_id, get, all_ids, report)
  local chain, on_chain = {}, {}
  local id = leaf_id
  local child
  while id do
    local folder = get(id)
    if not folder then
      local at = child and child.catalog
      local en_dym, zh_dym = util.did_you_mean(id, all_ids)
      if at then
        report:add("error", at, child.id, { "extends" }, ("extends = \"%s\": there is no catalogue folder '%s'%s")
          :format(id, id, en_dym), ("extends = \"%s\"：没有名为“%s”的目录文件夹%s"):format(id, id, zh_dym))
      else
        report:add("error", nil, id, nil, ("there is no catalogue folder '%s'%s"):format(id, en_dym),
          ("没有名为“%s”的目录文件夹%s"):format(id, zh_dym))
      end
      return nil
    end
    if on_chain[id] then
      local names = {}
      for i = #chain, 1, -1 do names[#names + 1] = chain[i].id end
      names[#names + 1] = id
      local path = names
      report:add("error", child.catalog, child.id, { "extends" },
        ("inheritance cycle: %s"):format(table.concat(path, " -> ")),
        ("继承形成循环：%s"):format(table.concat(path, " -> ")))
      return nil
    end
    if not folder.catalog then return nil end
    on_chain[id] = true
    table.insert(chain, 1, folder)
    child = folder
    id = type(folder.catalog.spec.extends) == "string" and folder.catalog.spec.extends or nil
  end
  return chain
end

-- Merging --------------------------------------------------------------------------

local function find_material(list, id)
  for i, m in ipairs(list) do
    if m.id == id then return i end
  end
  return nil
end

local function material_ids(list)
  local ids = {}
  for _, m in ipairs(list) do ids[#ids + 1] = tostring(m.id) end
  return ids
end

-- Where a material's fields were set, for one no declaration patched:
-- shared by all such materials and never changed (a patch copies it).
local NO_FIELDS = {}

-- Applies one declaration's materials to the merged list.
local function merge_materials(state, d, value, report)
  local list, meta = state.materials, state.material_where
  if util.is_list(value) then
    state.materials, state.material_where = {}, {}
    for _, m in ipairs(value) do
      if type(m) == "table" and type(m.id) == "string" then
        local c = material_copy(m)
        state.materials[#state.materials + 1] = c
        state.material_where[m.id] = { decl = d, fields = NO_FIELDS }
      end
    end
    return
  end
  if type(value) ~= "table" then return end
  local code = d.code
  if util.is_list(value.remove) then
    for i, id in ipairs(value.remove) do
      local at = find_material(list, id)
      if at then
        table.remove(list, at)
        meta[id] = nil
      elseif type(id) == "string" then
        local en_dym, zh_dym = util.did_you_mean(id, material_ids(list))
        report:add("error", d, code, { "materials", "remove", i },
          ("materials.remove names '%s' but the inherited item has no such material%s; its materials are: %s")
            :format(id, en_dym, table.concat(material_ids(list), ", ")),
          ("materials.remove 指定的材料“%s”在继承的事项中不存在%s；现有材料：%s")
            :format(id, zh_dym, table.concat(material_ids(list), "、")))
      end
    end
  end
  if type(value.set) == "table" then
    for _, id in ipairs(util.sorted_keys(value.set)) do
      local patch = value.set[id]
      local at = find_material(list, id)
      if not at then
        local en_dym, zh_dym = util.did_you_mean(tostring(id), material_ids(list))
        report:add("error", d, code, { "materials", "set", { id = tostring(id) } },
          ("materials.set names '%s' but the inherited item has no such material%s; its materials are: %s")
            :format(tostring(id), en_dym, table.concat(material_ids(list), ", ")),
          ("materials.set 指定的材料“%s”在继承的事项中不存在%s；现有材料：%s")
            :format(tostring(id), zh_dym, table.concat(material_ids(list), "、")))
      elseif type(patch) == "table" then
        local c = util.copy(list[at])
        local fields = util.copy(meta[id] and meta[id].fields or {})
        for k, v in pairs(patch) do
          if schema.material_fields[k] and k ~= "id" then
            c[k] = v
            fields[k] = d
          end
        end
        list[at] = c
        meta[id] = { decl = meta[id] and meta[id].decl or d, fields = fields, set_by = d }
      end
    end
  end
  if util.is_list(value.add) then
    for _, m in ipairs(value.add) do
      if type(m) == "table" and type(m.id) == "string" then
        if find_material(list, m.id) then
          report:add("error", d, code, { "materials", "add", { id = m.id }, "id" },
            ("materials.add: the item already has a material '%s'; change it with set = { %s = { ... } }")
              :format(m.id, m.id),
            ("materials.add：事项已有材料“%s”，修改请用 set = { %s = { ... } }"):format(m.id, m.id))
        else
          list[#list + 1] = material_copy(m)
          meta[m.id] = { decl = d, fields = NO_FIELDS }
        end
      end
    end
  end
end

local function apply_item(state, d, serves, report)
  for k, v in pairs(d.spec) do
    if IDENTITY[k] then
      state.origin[k] = state.origin[k] or d
    elseif k == "materials" then
      merge_materials(state, d, v, report)
      state.origin.materials = d
    elseif schema.item_fields[k] then
      state.fields[k] = v
      state.origin[k] = d
    end
  end
  -- Adopting (or defining) an item in an implementation list offers it,
  -- unless the declaration says offered = false.
  if serves and d.spec.offered == nil then
    state.fields.offered = true
    state.origin.offered = d
  end
end

--- Builds the model of the catalogue at the end of chain.
-- Returns the model; entries go to report.
function M.build(chain, report)
  local leaf = chain[#chain]
  local cat = leaf.catalog.spec
  local model = {
    chain = {},
    departments = {}, windows = {}, bundles = {},
    items = {}, all_items = {}, declined = {},
    calendar = { years = {}, closures = {} },
    defaults = {},
    where = { departments = {}, windows = {}, bundles = {}, items = {}, calendar = {}, defaults = {} },
  }
  for i, f in ipairs(chain) do model.chain[i] = f.id end
  model.county = {
    id = leaf.id, name = cat.name, level = cat.level, region = cat.region,
    timezone = cat.timezone or "Asia/Shanghai", serves = cat.serves == true,
    centre = cat.centre or {}, office_close = cat.office_close, warning = cat.warning or {},
    plugins = cat.plugins or {}, chain = model.chain,
  }
  model.where.catalog = leaf.catalog

  -- What every item inherits from the chain's catalogues (whether a folder
  -- serves, the defaults), as the digests of their declarations.
  local chain_key = ""
  for _, folder in ipairs(chain) do
    if not folder.catalog.key then
      chain_key = nil
      break
    end
    chain_key = chain_key .. folder.id .. "\0" .. folder.catalog.key .. "\0"
  end
  local states = {}
  local order = {}
  for _, folder in ipairs(chain) do
    local serves = folder.catalog.spec.serves == true
    if type(folder.catalog.spec.defaults) == "table" then
      for k, v in pairs(folder.catalog.spec.defaults) do
        if schema.default_fields[k] then
          model.defaults[k] = v
          model.where.defaults[k] = folder.catalog
        end
      end
    end
    for _, kind in ipairs({ "department", "window", "bundle" }) do
      local into, where = model[kind .. "s"], model.where[kind .. "s"]
      for _, d in ipairs(folder[kind]) do
        if type(d.spec.code) == "string" then
          into[d.spec.code] = d.spec
          where[d.spec.code] = d
        end
      end
    end
    for _, d in ipairs(folder.calendar) do
      if util.is_whole(d.spec.year) then
        model.calendar.years[math.tointeger(d.spec.year)] = d.spec
        model.where.calendar[math.tointeger(d.spec.year)] = d
      end
    end
    for _, d in ipairs(folder.closure) do
      table.insert(model.calendar.closures, { spec = d.spec, decl = d })
    end
    for _, d in ipairs(folder.item) do
      local code = d.code
      if code and folder.items_by_code[code] == d then
        local state = states[code]
        if d.mode == "define" then
          if state then
            report:add("error", d, code, { d.spec.base_code and "base_code" or "code" },
              ("item %s is already defined in catalogue '%s' (%s:%d); adopt or override it with base = \"%s\"")
                :format(code, state.defined_in, state.first.file, state.first.line or 0, code),
              ("事项%s已在目录“%s”中定义（%s:%d）；继承或覆盖请写 base = \"%s\"")
                :format(code, state.defined_in, state.first.file, state.first.line or 0, code))
          else
            state = { code = code, fields = { base_code = code }, origin = {}, materials = {},
              material_where = {}, first = d, defined_in = folder.id, decls = {} }
            states[code] = state
            order[#order + 1] = code
            if d.spec.local_item then state.fields.local_item = true end
            apply_item(state, d, serves, report)
            state.decls[#state.decls + 1] = d
          end
        elseif not state then
          local codes = {}
          for c in pairs(states) do codes[#codes + 1] = c end
          local en_dym, zh_dym = util.did_you_mean(code, codes)
          report:add("error", d, code, { "base" },
            ("base = \"%s\": no parent catalogue (%s) defines this item%s"):format(code,
              table.concat(model.chain, " <- "), en_dym),
            ("base = \"%s\"：上级目录（%s）中没有这个事项%s"):format(code, table.concat(model.chain, " <- "), zh_dym))
        else
          apply_item(state, d, serves, report)
          state.decls[#state.decls + 1] = d
        end
      end
    end
  end

  table.sort(order)
  local default_origin = {}
  for _, code in ipairs(order) do
    local state = states[code]
    local item = state.fields
    item.materials = state.materials
    if item.offered then
      for k, v in pairs(model.defaults) do
        if item[k] == nil then
          item[k] = v
          default_origin[k] = default_origin[k] or { decl = model.where.defaults[k], path = { "defaults", k } }
          state.origin[k] = default_origin[k] -- shared: read, never changed
        end
      end
    end
    item.state = item.state or "在用"
    model.all_items[code] = item
    model.where.items[code] = state
    -- What the merged item is made of, when every part has a digest: the
    -- chain's catalogues and the item's declarations in order, each with
    -- its folder. Nothing else goes into it (declarations are never
    -- changed), so banshi.catalog.compile tells an unchanged item by it.
    if chain_key then
      local parts = { code, chain_key }
      for _, d in ipairs(state.decls) do
        if not d.key then
          parts = nil
          break
        end
        parts[#parts + 1] = d.folder
        parts[#parts + 1] = d.key
      end
      state.inputs = parts and table.concat(parts, "\0")
    end
    if item.offered == true then
      model.items[code] = item
    elseif item.offered == false then
      model.declined[#model.declined + 1] = code
    end
  end
  model.order = order
  return model
end

--- Where a merged item's field was set: the declaration and the path of the
-- field inside it (a default comes from the catalogue's defaults table).
function M.field_origin(state, field)
  local o = state.origin[field]
  if o == nil then return state.first, { field } end
  if o.decl then return o.decl, o.path end
  return o, { field }
end

--- Where a material's field was set.
function M.material_origin(state, id, field)
  local w = state.material_where[id]
  if not w then return state.first, { "materials" } end
  local d = field and w.fields[field]
  if d then return d, { "materials", "set", { id = id }, field } end
  if w.decl.spec.materials and not util.is_list(w.decl.spec.materials) then
    return w.decl, { "materials", "add", { id = id }, field }
  end
  return w.decl, { "materials", { id = id }, field }
end

return M
