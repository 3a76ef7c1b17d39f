--- banshi.workflow.intake: what an application is for and what it brought.
--
-- Used by banshi.workflow when an application is received (收件) and when
-- materials come in later (补正, 容缺补齐):
--
--   intake.subject(model, cmd)                       -> subject (cached per model) | nil, err
--   intake.answered(subject, answers)                -> one submission's subject, 免提交 marked
--   intake.supplied(given, list, alias, role)        -> { [id] = record } | nil, problems
--   intake.in_hand(materials)                        -> { [id] = record } already in
--   intake.licenses(model, cmd)                     -> licence names the 免提交 materials need
--   intake.share(list, answers)                      marks each 免提交 material shared or not
--   intake.app(subject, form, applicant, supplied, commitment) -> app for catalogue rules
--   intake.precheck(ctx, subject, form, applicant, supplied, commitment) -> notice (一次性告知)
--   intake.statuses(list, supplied, notice, replaced, tolerated) -> materials with status
--   intake.notice_lines(name, notice, extra)         -> Chinese lines for a printed notice
--   intake.shared[t], intake.mark_shared(t)          tables shared between applications
--
-- A subject is one item (事项) or one bundle (一件事一次办). Everything taken
-- from the catalogue is copied into plain data here (the "pinned facts"),
-- because events must replay without the catalogue: later versions of the
-- catalogue must not change an application already received.
--
-- What depends on the catalogue alone is worked out once per model and
-- shared by the applications that need it (subjects, licence lists, the
-- status entries of materials with nothing of an application's own): such
-- tables go into events and documents as they are, so no one may change
-- them; intake.shared lists them (banshi.apps encodes each once).
--
-- Pure: no I/O, no clock; every list is built in a fixed order.

local M = {}

-- Inside the server banshi.json's clone does what copy below does, in C and
-- without growing each new table step by step: copying was the largest
-- cost of a submission. Plain Lua (the Lua tests) uses copy itself.
local has_json, json = pcall(require, "banshi.json")

local function lua_copy(v)
  if type(v) ~= "table" then return v end
  local out = {}
  -- Recurse into tables only: most values are strings and numbers, and a
  -- call per value made copying the largest cost of a submission.
  for k, x in next, v do
    local t = type(x)
    if t == "table" then
      out[k] = lua_copy(x)
    elseif t ~= "function" then
      out[k] = x
    end
  end
  return out
end
local copy = has_json and json.clone or lua_copy
M.copy = copy

local function strings(list)
  local out = {}
  if type(list) == "table" then
    for _, s in ipairs(list) do
      if type(s) == "string" then out[#out + 1] = s end
    end
  end
  return out
end

local function fail(status, code, en, zh, extra)
  local e = { status = status, code = code, en = en, zh = zh }
  for k, v in pairs(extra or {}) do e[k] = v end
  return e
end
M.fail = fail

--- Legal basis (设定依据) of an item as one line of text.
local function basis_text(item)
  local parts = {}
  for _, b in ipairs(type(item.legal_basis) == "table" and item.legal_basis or {}) do
    if type(b) == "table" and type(b.law) == "string" then
      parts[#parts + 1] = b.law .. (type(b.article) == "string" and b.article or "")
    end
  end
  return table.concat(parts, "、")
end

-- The facts of an offered item an application keeps for its whole life.
local function pin_item(model, code)
  local item = model.items[code]
  local dep = model.departments and model.departments[item.department] or {}
  local tol = type(item.tolerance) == "table" and item.tolerance or {}
  local com = type(item.commitment) == "table" and item.commitment or {}
  local procedures = {}
  for _, p in ipairs(type(item.special_procedures) == "table" and item.special_procedures or {}) do
    if type(p) == "table" and type(p.name) == "string" then
      procedures[#procedures + 1] = { name = p.name, limit = tonumber(p.limit) }
    end
  end
  local result
  if type(item.result) == "table" then
    result = { type = item.result.type, name = item.result.name }
  end
  return {
    code = code,
    name = item.name,
    impl_code = item.impl_code,
    type = item.type,
    department = item.department,
    department_name = dep.name,
    promised_limit = item.promised_limit,
    statutory_limit = item.statutory_limit,
    case_type = item.case_type,
    channels = #strings(item.channels) > 0 and strings(item.channels) or { "窗口办理" },
    result = result,
    legal_basis = basis_text(item),
    tolerance = { allowed = tol.allowed ~= false, supplement_days = tonumber(tol.supplement_days) },
    commitment = { allowed = com.allowed == true, conditions = strings(com.conditions),
      replaces = strings(com.replaces) },
    special_procedures = procedures,
    review_limit = type(item.review) == "table" and tonumber(item.review.limit) or nil,
  }
end

--- The licence (证照) the e-licence source is asked for in place of a 免提交
-- catalogue material: the one it names, else the material's own name.
function M.license_of(m)
  local e = m.exempt
  return type(e) == "table" and type(e.license) == "string" and e.license or m.name
end

-- A catalogue material as the application sees it.
local function material_entry(m)
  local e = { id = m.id, name = m.name, core = m.core == true, tolerable = m.tolerable == true,
    necessity = m.necessity or "必要", form = m.form }
  if type(m.exempt) == "table" then
    e.exempt = m.exempt.source or "数据共享"
    e.license = M.license_of(m)
  end
  return e
end

-- Tables shared between applications for their model's life, never
-- changed: a cached subject's pinned facts, kept status entries, review
-- plans (banshi.workflow). banshi.apps encodes each of them once.
-- Weak keys: a reload brings new ones.
-- M.shared is the set itself, for reading.
local shared_tables = setmetatable({}, { __mode = "k" })
M.shared = shared_tables

--- Records that t is shared between applications and never changed; returns t.
function M.mark_shared(t)
  shared_tables[t] = true
  return t
end

-- Status entries of cached subjects' materials, by material and status:
-- an entry with nothing of one application's own (no upload) is the same
-- for all of them, so it is made once and shared, like the subject
-- (M.subject): never change one. Weak keys: a reload brings new subjects.
local kept_entries = setmetatable({}, { __mode = "k" })

-- Builds the subject of a submit command (see M.subject).
local function build_subject(model, cmd)
  local codes, whole
  if cmd.bundle ~= nil then
    if cmd.item ~= nil then
      return nil, fail(422, "item_and_bundle", "give either item or bundle, not both",
        "只能选择一个事项或一个“一件事”，不能同时选择")
    end
    local b = type(cmd.bundle) == "string" and model.bundles and model.bundles[cmd.bundle]
    if not b or (model.dropped_bundles and model.dropped_bundles[cmd.bundle]) then
      return nil, fail(422, "unknown_bundle", ("no bundle %s in this catalogue"):format(tostring(cmd.bundle)),
        ("本县未提供“一件事”%s"):format(tostring(cmd.bundle)))
    end
    codes = strings(b.items)
    for _, c in ipairs(codes) do
      if not model.items[c] then
        return nil, fail(422, "bundle_item_not_offered",
          ("bundle %s includes item %s, which this county does not offer"):format(cmd.bundle, c),
          ("“一件事”%s包含的事项%s本县未实施"):format(cmd.bundle, c))
      end
    end
    whole = { code = cmd.bundle, name = b.name, bundle = true, members = codes,
      promised_limit = tonumber(b.promised_limit), case_type = "联办件" }
  else
    if type(cmd.item) ~= "string" or not model.items[cmd.item] then
      return nil, fail(422, "unknown_item", ("no offered item %s in this catalogue"):format(tostring(cmd.item)),
        ("本县未实施事项%s"):format(tostring(cmd.item)))
    end
    codes = { cmd.item }
  end

  local members = {}
  for i, c in ipairs(codes) do
    if model.items[c].state == "暂停" then
      return nil, fail(422, "item_paused", ("item %s is paused (暂停) and takes no applications"):format(c),
        ("事项“%s”已暂停办理，不能申请"):format(model.items[c].name))
    end
    members[i] = pin_item(model, c)
  end

  -- Materials: the same id, or failing that the same name, is asked once.
  local list, by_key, alias = {}, {}, {}
  for _, c in ipairs(codes) do
    for _, m in ipairs(model.items[c].materials) do
      local entry = by_key["id:" .. m.id] or (m.name and by_key["name:" .. m.name])
      if not entry then
        entry = material_entry(m)
        if whole then entry.items = {} end
        list[#list + 1] = entry
        by_key["id:" .. m.id] = entry
        if m.name then by_key["name:" .. m.name] = entry end
      else
        if m.necessity == "必要" then entry.necessity = "必要" end
        if m.core then entry.core = true end
        if not m.tolerable then entry.tolerable = false end
        if not m.exempt then entry.exempt, entry.license = nil, nil end
        if entry.id ~= m.id then
          entry.aliases = entry.aliases or {}
          entry.aliases[#entry.aliases + 1] = m.id
        end
      end
      if m.id ~= entry.id then alias[m.id] = entry.id end
      if whole then entry.items[#entry.items + 1] = c end
    end
  end

  if whole then
    local statutory, promised, days, departments, seen = 0, 0, nil, {}, {}
    local tol_allowed, com_allowed, conditions, replaces = false, false, {}, {}
    for _, m in ipairs(members) do
      statutory = math.max(statutory, tonumber(m.statutory_limit) or 0)
      promised = math.max(promised, tonumber(m.promised_limit) or 0)
      if m.tolerance.allowed then
        tol_allowed = true
        if m.tolerance.supplement_days then days = math.min(days or math.huge, m.tolerance.supplement_days) end
      end
      if m.commitment.allowed then
        com_allowed = true
        for _, s in ipairs(m.commitment.conditions) do conditions[#conditions + 1] = s end
        for _, s in ipairs(m.commitment.replaces) do replaces[#replaces + 1] = alias[s] or s end
      end
      if m.department and not seen[m.department] then
        seen[m.department] = true
        departments[#departments + 1] = m.department
      end
    end
    whole.statutory_limit = statutory
    whole.promised_limit = whole.promised_limit or promised
    whole.departments = departments
    whole.tolerance = { allowed = tol_allowed, supplement_days = days }
    whole.commitment = { allowed = com_allowed, conditions = conditions, replaces = replaces }
    local bases, channels = {}, nil
    for _, m in ipairs(members) do
      if m.legal_basis ~= "" then bases[#bases + 1] = m.legal_basis end
      -- A bundle can be applied for through a channel every member offers.
      local set = {}
      for _, ch in ipairs(m.channels) do set[ch] = true end
      if channels == nil then
        channels = m.channels
      else
        local keep = {}
        for _, ch in ipairs(channels) do if set[ch] then keep[#keep + 1] = ch end end
        channels = keep
      end
    end
    whole.legal_basis = table.concat(bases, "；")
    whole.channels = channels or {}
  else
    whole = members[1]
    members = nil
  end
  -- What every submission of the subject would otherwise work out again:
  -- where its 免提交 materials are, with the reason each is asked for when
  -- the e-licence source has no answer; the channels it offers, as a set.
  local exempt, channel_set = {}, {}
  for i, m in ipairs(list) do
    if m.exempt then
      exempt[#exempt + 1] = { at = i, not_found = ("%s未查到该证照，请提交"):format(m.exempt) }
    else
      kept_entries[m] = {}
    end
  end
  for _, ch in ipairs(whole.channels) do channel_set[ch] = true end
  -- Whether an item routes by a rule (which reads the application).
  local routed = false
  for _, c in ipairs(codes) do
    if model.items[c].route then routed = true end
  end
  M.mark_shared(whole)
  M.mark_shared(alias)
  M.mark_shared(codes)
  if members then M.mark_shared(members) end
  return { kind = whole.bundle and "bundle" or "item", item = whole, members = members,
    materials = list, alias = alias, codes = codes, exempt = exempt, channel_set = channel_set,
    routed = routed,
    -- One item whose materials were not merged (no two share an id or a
    -- name): the catalogue's notice for it is the application's as it is.
    unmerged = members == nil and #list == #model.items[codes[1]].materials }
end

-- The licence names of a submit command's item or bundle (see M.licenses).
local function list_licenses(model, cmd)
  local codes = {}
  if type(cmd.bundle) == "string" then
    local b = model.bundles and model.bundles[cmd.bundle]
    codes = b and strings(b.items) or {}
  elseif type(cmd.item) == "string" then
    codes = { cmd.item }
  end
  local seen, out = {}, {}
  for _, code in ipairs(codes) do
    local item = model.items[code]
    for _, m in ipairs(item and item.materials or {}) do
      if type(m.exempt) == "table" then
        local name = M.license_of(m)
        if not seen[name] then
          seen[name] = true
          out[#out + 1] = name
        end
      end
    end
  end
  table.sort(out)
  return out
end

-- The key of a submit command's subject in a cache by model: its item code,
-- or "bundle:" and its bundle code; nil when it names neither as a string
-- or both (such a command is refused, and nothing is kept for it).
local function subject_key(cmd)
  if cmd.bundle == nil and type(cmd.item) == "string" then
    return cmd.item
  elseif cmd.item == nil and type(cmd.bundle) == "string" then
    return "bundle:" .. cmd.bundle
  end
  return nil
end

-- Licence lists already made, by model, then by "item" or "bundle" and its
-- code: like subjects (M.subject), they depend only on the model.
local license_lists = setmetatable({}, { __mode = "k" })

--- The licence names the 免提交 materials of a submit command's item or
-- bundle need, sorted and each once: what banshi.apps asks the county's
-- e-licence source for before the workflow decides. Reads only the
-- catalogue; an unknown item or bundle gives none (decide refuses it).
-- The list is shared between submissions of the same subject: read it,
-- never change it.
function M.licenses(model, cmd)
  local kind = cmd.bundle == nil and type(cmd.item) == "string" and "item"
    or cmd.item == nil and type(cmd.bundle) == "string" and "bundle"
  if not kind then return list_licenses(model, cmd) end
  local cache = license_lists[model]
  if not cache then
    cache = { item = {}, bundle = {} }
    license_lists[model] = cache
  end
  local code = cmd[kind]
  local list = cache[kind][code]
  if not list then
    list = list_licenses(model, cmd)
    -- Only for what the model has: unknown codes would grow it without end.
    if kind == "item" and model.items[code] or kind == "bundle" and model.bundles and model.bundles[code] then
      cache[kind][code] = list
    end
  end
  return list
end

-- Marks the 免提交 material m (an application's own entry) with the
-- e-licence source's answer a; not_found: the reason it is asked for when
-- the source did not find it (precomputed for a cached subject).
local function mark(m, a, not_found)
  if type(a) == "table" and a.found == true and type(a.number) == "string" and a.number ~= "" then
    m.shared = { number = a.number, issuer = a.issuer, valid_until = a.valid_until, provider = a.provider }
  else
    m.unshared = type(a) == "table" and type(a.reason) == "string" and a.reason
      or not_found or ("%s未查到该证照，请提交"):format(m.exempt)
  end
end

local NO_ANSWERS = {}

--- Marks each 免提交 material of list (fresh entries of a subject) with the
-- e-licence source's answer for its licence: answers = { [licence] =
-- { found = true, number, issuer, valid_until, provider } | { found =
-- false, reason } }. Found: m.shared = { number, issuer, valid_until,
-- provider }, and the material is not asked for. Otherwise m.unshared =
-- the Chinese reason, and the material is asked like any other. No answer
-- counts as not found: nothing is taken as shared unless the source said so.
function M.share(list, answers)
  answers = type(answers) == "table" and answers or NO_ANSWERS
  for _, m in ipairs(list) do
    if m.exempt then mark(m, answers[m.license]) end
  end
  return list
end

-- Subjects already built, by model and then by item code or "bundle:" and
-- the bundle's code. A subject depends only on the model, which does not
-- change once loaded (a reload makes a new one), and building it was a
-- sixth of the cost of a submission. Refusals are not kept.
local subjects = setmetatable({}, { __mode = "k" })

--- The subject of a submit command: { kind = "item" | "bundle", item =
-- pinned facts of the whole (for a bundle: name, members, limits, review
-- departments), members = { pinned member items } (bundle only),
-- materials = merged list, alias = { member id -> merged id }, codes =
-- the item codes, exempt = { { at = index of a 免提交 material,
-- not_found = its reason when not shared } }, channel_set, routed (an item
-- routes by a rule), unmerged (one item, no materials merged) }.
-- Or nil and a 422 error. The subject is shared between submissions of the
-- same item: read it, copy what goes into an event, never change it.
function M.subject(model, cmd)
  local key = subject_key(cmd)
  local cache = subjects[model]
  local subject = key and cache and cache[key]
  if subject then return subject end
  local err
  subject, err = build_subject(model, cmd)
  if subject and key then
    if not cache then
      cache = {}
      subjects[model] = cache
    end
    cache[key] = subject
  end
  return subject, err
end

--- The subject of one submission, from a cached subject (M.subject) and
-- the e-licence source's answers (see M.share): the cached subject itself
-- when it has no 免提交 material, else a copy whose 免提交 materials are
-- its own copies, marked with the answers. The cached subject is not changed.
function M.answered(cached, answers)
  local exempt = cached.exempt
  if #exempt == 0 then return cached end
  answers = type(answers) == "table" and answers or NO_ANSWERS
  local materials = { table.unpack(cached.materials) }
  for i = 1, #exempt do
    local at = exempt[i].at
    local m = copy(materials[at]) -- its fields are plain values
    mark(m, answers[m.license], exempt[i].not_found)
    materials[at] = m
  end
  -- Every field of a subject (build_subject).
  return { kind = cached.kind, item = cached.item, members = cached.members, materials = materials,
    alias = cached.alias, codes = cached.codes, exempt = exempt, channel_set = cached.channel_set,
    routed = cached.routed, unmerged = cached.unmerged }
end

local MATERIAL_FORMS = { "true", "{ upload = <hash> }", "{ seen = true }" }

--- Reads a command's materials { id = true | { upload = hash } | { seen =
-- true } } against the application's list. Returns { [merged id] =
-- { status = "submitted" | "seen", upload = hash } }, or nil and problems
-- { field, en, zh } listing every bad entry. Only a clerk at the window may
-- say an original was seen.
function M.supplied(given, list, alias, role)
  local out, problems = {}, {}
  if given == nil or (type(given) == "table" and next(given) == nil) then return out end
  if type(given) ~= "table" then
    return nil, { { field = "materials", en = "materials must be an object of id -> value",
      zh = "材料应为“材料编号: 值”的对象" } }
  end
  local known = {}
  for _, m in ipairs(list) do known[m.id] = m end
  local ids = {}
  for id in pairs(given) do ids[#ids + 1] = tostring(id) end
  table.sort(ids)
  for _, id in ipairs(ids) do
    local v = given[id]
    local target = alias[id] or id
    local record
    if v == true then
      record = { status = "submitted" }
    elseif type(v) == "table" and (type(v.upload) == "string" or v.seen == true) then
      record = { status = v.seen == true and "seen" or "submitted",
        upload = type(v.upload) == "string" and v.upload or nil }
    end
    if not known[target] then
      problems[#problems + 1] = { field = "materials." .. id, en = ("no material %s in this item"):format(id),
        zh = ("本事项没有编号为%s的材料"):format(id) }
    elseif not record and v ~= false then
      problems[#problems + 1] = { field = "materials." .. id,
        en = ("material %s: expected one of %s"):format(id, table.concat(MATERIAL_FORMS, ", ")),
        zh = ("材料%s的值应为true、{ upload = 文件摘要 }或{ seen = true }"):format(id) }
    elseif record and record.status == "seen" and role ~= "clerk" then
      problems[#problems + 1] = { field = "materials." .. id,
        en = ("material %s: only a clerk at the window can record an original as seen"):format(id),
        zh = ("材料%s：只有窗口人员可以登记“原件已核验”"):format(id) }
    elseif record then
      out[target] = record
    end
  end
  if #problems > 0 then return nil, problems end
  return out
end

--- The materials already in: { [id] = record } from a status list.
function M.in_hand(materials)
  local out = {}
  for _, m in ipairs(materials) do
    if m.status == "submitted" or m.status == "seen" then
      out[m.id] = { status = m.status, upload = m.upload }
    end
  end
  return out
end

--- The app table catalogue rules see, with every alias of a supplied
-- material marked too. unshared: { [id] = reason } of the 免提交 materials
-- the e-licence source did not answer for, by every id they have, so that
-- the pre-check asks for them like any other (catalog.precheck).
function M.app(subject, form, applicant, supplied, commitment)
  local materials, unshared = {}, {}
  for id in pairs(supplied) do materials[id] = true end
  local list = subject.materials
  for i = 1, #list do
    local m = list[i]
    if m.unshared then unshared[m.id] = m.unshared end
  end
  if not subject.unmerged then
    for member_id, merged in pairs(subject.alias) do
      if supplied[merged] then materials[member_id] = true end
      if unshared[merged] then unshared[member_id] = unshared[merged] end
    end
  end
  return { data = form, applicant = applicant, materials = materials, commitment = commitment,
    unshared = unshared }
end

--- The one-time notification (一次性告知) for an application, merged over a
-- bundle's members: { ok, missing, tolerable_missing, conditional,
-- problems, fee }, each material once by its merged id.
local NOTICE_LISTS = { "missing", "tolerable_missing", "conditional" }

-- Drops from out[key] every material that seen[other] holds for one of the
-- other lists.
local function drop(out, seen, key, other1, other2)
  local keep = {}
  for _, e in ipairs(out[key]) do
    if not (seen[other1][e.id] or (other2 and seen[other2][e.id])) then keep[#keep + 1] = e end
  end
  out[key] = keep
end

-- The notice of an unmerged subject (one item): the catalogue's, which
-- merging would only copy. Its lists are new tables of this call; the fee
-- is copied only when it holds the catalogue's fee items.
local function precheck_one(ctx, code, app)
  local n = ctx.catalog.precheck(ctx.model, code, app)
  if not n then return nil end
  local problems, listed = {}, n.problems
  for i = 1, #listed do
    local p = listed[i]
    problems[i] = { field = tostring(p.field), zh = tostring(p.zh) }
  end
  local fee = n.fee
  if fee.items ~= nil then fee = copy(fee) end
  return { missing = n.missing, tolerable_missing = n.tolerable_missing, conditional = n.conditional,
    problems = problems, fee = fee, ok = #n.missing == 0 and #problems == 0 }
end

function M.precheck(ctx, subject, form, applicant, supplied, commitment)
  local app = M.app(subject, form, applicant, supplied, commitment)
  if subject.unmerged then
    local notice = precheck_one(ctx, subject.codes[1], app)
    if notice then return notice end
  end
  local out = { missing = {}, tolerable_missing = {}, conditional = {}, problems = {} }
  local seen = { missing = {}, tolerable_missing = {}, conditional = {} }
  local fees = {}
  local bundle = subject.kind == "bundle"
  for i, code in ipairs(subject.codes) do
    local n = ctx.catalog.precheck(ctx.model, code, app) or { missing = {}, tolerable_missing = {},
      conditional = {}, problems = { { field = "item", zh = "该事项本县已不再实施" } }, fee = { charged = false } }
    local label = bundle and ("【%s】"):format(subject.members[i].name) or ""
    for _, key in ipairs(NOTICE_LISTS) do
      for _, e in ipairs(n[key]) do
        local id = subject.alias[e.id] or e.id
        if not seen[key][id] then
          seen[key][id] = true
          out[key][#out[key] + 1] = { id = id, name = e.name, reason_zh = e.reason_zh }
        end
      end
    end
    for _, p in ipairs(n.problems) do
      out.problems[#out.problems + 1] = { field = (bundle and code .. ":" or "") .. tostring(p.field),
        zh = label .. tostring(p.zh) }
    end
    fees[i] = { code = code, fee = copy(n.fee) }
  end
  -- A material one member requires outright is not tolerable for the bundle,
  -- and one required or tolerable is no longer for the clerk to judge.
  drop(out, seen, "tolerable_missing", "missing")
  drop(out, seen, "conditional", "missing", "tolerable_missing")
  if bundle then
    local total, charged = 0, false
    for _, f in ipairs(fees) do
      if f.fee.charged then charged = true end
      if total and type(f.fee.amount) == "number" then total = total + f.fee.amount else total = nil end
    end
    out.fee = { charged = charged, amount = total, members = fees }
  else
    out.fee = fees[1].fee
  end
  out.ok = #out.missing == 0 and #out.problems == 0
  return out
end

--- Each material of list with its status: shared (免提交, found by the
-- e-licence source: m.shared), submitted, seen (original seen at the
-- window), replaced (告知承诺), missing, tolerated (容缺, accepted without
-- it), conditional (for the clerk to judge) or not_required. A 免提交
-- material the source did not find (m.unshared) is treated as any other.
-- The entries are copies of list's, or for a cached subject's materials
-- entries shared between applications (kept_entries).
-- Records in listed[id] that the notice lists each material of list in where.
local function list_in(listed, list, where)
  for i = 1, #list do listed[list[i].id] = where end
end

function M.statuses(list, supplied, notice, replaced, tolerated)
  -- Which of the notice's lists holds each material: one table for the
  -- three, filled so that missing wins over tolerable over conditional.
  local listed = {}
  list_in(listed, notice.conditional, "conditional")
  list_in(listed, notice.tolerable_missing, "tolerable")
  list_in(listed, notice.missing, "missing")
  local out = {}
  for i = 1, #list do
    local m = list[i]
    local s = supplied[m.id]
    local where = listed[m.id]
    local status
    if m.exempt and m.shared then
      status, s = "shared", nil
    elseif s then
      status = s.status
    elseif where == "missing" then
      status = "missing"
    elseif where == "tolerable" then
      status = tolerated and tolerated[m.id] and "tolerated" or "missing"
    elseif replaced[m.id] then
      status = "replaced"
    elseif where == "conditional" then
      status = "conditional"
    else
      status = "not_required"
    end
    local kept = not (s and s.upload) and kept_entries[m]
    local e = kept and kept[status]
    if not e then
      e = copy(m)
      e.status = status
      if s then e.upload = s.upload end
      if kept then kept[status] = M.mark_shared(e) end
    end
    out[i] = e
  end
  return out
end

local SECTION = { "一", "二", "三", "四", "五", "六" }

-- "1. ", "2. ", ...: the numbers of a section's lines, made once.
local NUMBERED = {}
for i = 1, 30 do NUMBERED[i] = i .. ". " end

-- Line makers of the sections other than materials': (i, entry) -> text.
local function problem_line(i, e) return ("%d. %s"):format(i, e.zh) end
local function finding_line(i, e)
  return ("%d. %s%s"):format(i, e.name, e.reason and e.reason ~= "" and ("（" .. e.reason .. "）") or "")
end

-- Appends a section (numbered after the n before it) when it has entries;
-- returns the number of sections now. Without line, the entries are
-- materials { name, reason_zh }, whose names are required strings: their
-- lines are joined with .. rather than formatted, in this loop.
local function section(lines, n, title, entries, line)
  if #entries == 0 then return n end
  n = n + 1
  local k = #lines + 1
  lines[k] = SECTION[n] .. "、" .. title
  for i = 1, #entries do
    local e = entries[i]
    k = k + 1
    if line then
      lines[k] = line(i, e)
    else
      lines[k] = (NUMBERED[i] or i .. ". ") .. e.name .. "（" .. (e.reason_zh or "") .. "）"
    end
  end
  return n
end

local NO_FINDINGS = {}

--- The one-time notification as lines of Chinese text for a printed
-- notice: every missing material, every unmet condition, the tolerable
-- materials and those the clerk must judge, and the clerk's own findings
-- (extra = { { name, reason } }), at once.
function M.notice_lines(name, notice, extra)
  extra = extra or NO_FINDINGS
  local lines = { type(name) == "string" and "申请事项：" .. name or ("申请事项：%s"):format(name) }
  local n = section(lines, 0, "须补齐的材料：", notice.missing)
  n = section(lines, n, "不符合受理条件的情形：", notice.problems, problem_line)
  n = section(lines, n, "窗口审核发现的问题：", extra, finding_line)
  n = section(lines, n, "可容缺受理的材料（受理后限期补齐）：", notice.tolerable_missing)
  n = section(lines, n, "请确认是否属于下列情形（属于的须提交）：", notice.conditional)
  if n == 0 then
    lines[#lines + 1] = "经审查，申请材料齐全，符合法定形式。"
  elseif #notice.missing + #notice.problems + #extra > 0 then
    lines[#lines + 1] = "以上内容一次性告知，请补齐后重新提交。"
  end
  return lines
end

return M
