-- precheck(): the one-time notification (一次性告知) lists everything
-- missing or wrong at once.

local catalog = require "banshi.catalog"
local h = require "helper"

local t = h.suite()
local MZ = "luannan/items/minzheng.lua"
local MINFEI = "000112003000"

local GOOD = { name = "滦南县爱心服务中心", funds = 50000 }

local function ids(list)
  local out = {}
  for _, e in ipairs(list) do out[#out + 1] = e.id end
  return table.concat(out, ",")
end

local function model_with(edits)
  local files = h.fixture()
  for _, e in ipairs(edits or {}) do h.edit(files, e[1], e[2], e[3]) end
  return h.load_ok(files)
end

t:case("a complete application passes", function()
  local notice = catalog.precheck(model_with(), MINFEI,
    { data = GOOD, materials = { sqb = true, cdzm = true, zhangcheng = true } })
  h.eq(notice.ok, true, "ok")
  h.eq(#notice.missing, 0, "missing")
  h.eq(#notice.problems, 0, "problems")
  h.eq(#notice.tolerable_missing, 0, "tolerable_missing")
end)

t:case("every missing material is listed at once, with a Chinese reason", function()
  local notice = catalog.precheck(model_with(), MINFEI, { data = GOOD, materials = {} })
  h.eq(notice.ok, false, "ok")
  h.eq(ids(notice.missing), "sqb,zhangcheng", "missing")
  h.eq(notice.missing[1].name, "民办非企业单位成立登记申请表", "name")
  h.eq(notice.missing[1].reason_zh, "缺少必要材料", "reason")
end)

t:case("a conditional material is asked only when its rule says so", function()
  local model = model_with()
  local base = { sqb = true, cdzm = true, zhangcheng = true }
  local without = catalog.precheck(model, MINFEI, { data = GOOD, materials = base })
  h.eq(ids(without.missing), "", "no supervisor: not asked")
  local data = { name = GOOD.name, funds = GOOD.funds, has_supervisor = true }
  local with = catalog.precheck(model, MINFEI, { data = data, materials = base })
  h.eq(ids(with.missing), "yjs", "with a supervisor: asked")
  h.contains(with.missing[1].reason_zh, "有业务主管单位的", "reason names the condition")
end)

t:case("a conditional material without a rule is listed for the clerk to judge", function()
  local model = model_with({ { "base/items/minzheng.lua",
    "      when = function(app) return app.data.has_supervisor == true end },", "}," } })
  local notice = catalog.precheck(model, MINFEI, { data = GOOD, materials = { sqb = true, zhangcheng = true } })
  h.eq(notice.ok, true, "ok (cdzm is tolerable, yjs is for the clerk)")
  h.eq(ids(notice.conditional), "yjs", "conditional")
end)

t:case("an exempt material (免提交) is not asked unless the e-licence source did not find it", function()
  local notice = catalog.precheck(model_with(), MINFEI, { data = GOOD, materials = {} })
  for _, list in ipairs({ notice.missing, notice.tolerable_missing, notice.conditional }) do
    h.hasnt(list, { id = "sfz" }, "lists")
  end
  local base = { sqb = true, cdzm = true, zhangcheng = true }
  local unshared = { sfz = "电子证照库未查到该证照，请提交" }
  local asked = catalog.precheck(model_with(), MINFEI, { data = GOOD, materials = base, unshared = unshared })
  h.eq(ids(asked.missing), "sfz", "asked like any other")
  h.eq(asked.missing[1].reason_zh, "电子证照库未查到该证照，请提交", "with the reason")
  h.eq(asked.ok, false, "not complete")
  local given = { sqb = true, cdzm = true, zhangcheng = true, sfz = true }
  h.eq(catalog.precheck(model_with(), MINFEI, { data = GOOD, materials = given, unshared = unshared }).ok, true,
    "complete once supplied")
  local other = catalog.precheck(model_with(), MINFEI, { data = GOOD, materials = { cdzm = true, zhangcheng = true },
    unshared = { sqb = "x" } })
  h.eq(ids(other.missing) .. " " .. other.missing[1].reason_zh, "sqb 缺少必要材料",
    "unshared means nothing for a material that is not exempt")
end)

t:case("a tolerable material (容缺) is reported separately and does not block", function()
  local notice = catalog.precheck(model_with(), MINFEI, { data = GOOD, materials = { sqb = true, zhangcheng = true } })
  h.eq(notice.ok, true, "ok")
  h.eq(ids(notice.tolerable_missing), "cdzm", "tolerable_missing")
  h.contains(notice.tolerable_missing[1].reason_zh, "5个工作日内补齐", "deadline")
  h.eq(ids(notice.missing), "", "missing")
end)

t:case("with tolerance.allowed = false a tolerable material is simply missing", function()
  local model = model_with({
    { MZ, "tolerance = { allowed = true, supplement_days = 5 }", "tolerance = { allowed = false }" } })
  local notice = catalog.precheck(model, MINFEI, { data = GOOD, materials = { sqb = true, zhangcheng = true } })
  h.eq(ids(notice.missing), "cdzm", "missing")
end)

t:case("the accept rule's reasons become problems, all of them", function()
  local notice = catalog.precheck(model_with(), MINFEI,
    { data = { funds = 100 }, materials = { sqb = true, cdzm = true, zhangcheng = true } })
  h.eq(notice.ok, false, "ok")
  h.eq(#notice.problems, 2, "problems")
  h.eq(notice.problems[1].field, "accept", "field")
  h.eq(notice.problems[1].zh, "未填写单位名称", "first reason")
  h.eq(notice.problems[2].zh, "开办资金不足3万元", "second reason")
end)

t:case("missing materials and rule problems come together", function()
  local notice = catalog.precheck(model_with(), MINFEI, { data = {} })
  h.eq(ids(notice.missing), "sqb,zhangcheng", "missing")
  h.eq(#notice.problems, 2, "problems")
end)

t:case("a single reason string and a bare false are problems too", function()
  local model = model_with({ { MZ, 'visits_reason = "领取证书",',
    'visits_reason = "领取证书",\n  accept = function(app)\n    if app.data.x then return false end\n'
      .. '    return false, "年龄不符"\n  end,' } })
  h.eq(catalog.precheck(model, MINFEI, { data = {} }).problems[1].zh, "年龄不符", "string reason")
  h.eq(catalog.precheck(model, MINFEI, { data = { x = 1 } }).problems[1].zh, "不符合受理条件", "bare false")
end)

t:case("a failing rule is a problem naming file and line", function()
  local model = model_with({ { MZ, 'visits_reason = "领取证书",',
    'visits_reason = "领取证书",\n  accept = function(app) return app.data.a.b end,' } })
  local notice = catalog.precheck(model, MINFEI, { data = {} })
  h.eq(notice.ok, false, "ok")
  h.contains(notice.problems[1].zh, "规则出错（luannan/items/minzheng.lua:10）", "place")
end)

t:case("a failing when rule is a problem on that material", function()
  local model = model_with({ { "base/items/minzheng.lua", "return app.data.has_supervisor == true",
    "return app.data.x.y" } })
  local notice = catalog.precheck(model, MINFEI, { data = GOOD, materials = { sqb = true, zhangcheng = true } })
  h.has(notice.problems, { field = "materials.yjs", zh = "base/items/minzheng.lua:" }, "problems")
end)

t:case("a budget error inside a rule is re-raised, never swallowed", function()
  local model = model_with({ { MZ, 'visits_reason = "领取证书",',
    'visits_reason = "领取证书",\n  accept = function(app) error("instruction budget exceeded") end,' } })
  local ok, err = pcall(catalog.precheck, model, MINFEI, { data = {} })
  h.eq(ok, false, "raised")
  h.contains(err, "budget", "message")
end)

t:case("a 告知承诺 replaces the listed materials when the applicant chooses it", function()
  local model = model_with({ { MZ, 'visits_reason = "领取证书",',
    'visits_reason = "领取证书",\n'
      .. '  commitment = { allowed = true, conditions = { "承诺章程合规" }, replaces = { "zhangcheng" } },' } })
  local plain = catalog.precheck(model, MINFEI, { data = GOOD, materials = { sqb = true, cdzm = true } })
  h.eq(ids(plain.missing), "zhangcheng", "without the promise")
  local promised = catalog.precheck(model, MINFEI, { data = GOOD, materials = { sqb = true, cdzm = true },
    commitment = true })
  h.eq(promised.ok, true, "with the promise")
end)

t:case("an unknown item returns nil and a message", function()
  local notice, msg = catalog.precheck(model_with(), "000112005000", {})
  h.eq(notice, nil, "notice")
  h.contains(msg, "no offered item 000112005000", "message")
end)

t:case("precheck misuse raises", function()
  h.truthy(not pcall(catalog.precheck, nil, MINFEI, {}), "nil model")
  h.truthy(not pcall(catalog.precheck, model_with(), MINFEI, "x"), "string app")
end)

return t
