-- The benchmark's rule, run unchanged by banshi (the rule plugin) and by
-- nginx (content_by_lua): which of twelve materials an application lacks.
local M = {}

local NAMES = { "申请表", "营业执照", "法定代表人身份证明", "场所使用证明", "章程", "股东会决议", "委托书", "资金证明",
  "人员名单", "管理制度", "设施清单", "承诺书" }

M.materials = {}
for i, name in ipairs(NAMES) do M.materials[i] = { id = string.format("m%02d", i), name = name } end

--- app = { materials = { m01 = true, ... } } -> { ok, missing = { {id, name, reason_zh} } }
function M.check(app)
  local have = type(app) == "table" and type(app.materials) == "table" and app.materials or {}
  local missing = {}
  for _, m in ipairs(M.materials) do
    if not have[m.id] then missing[#missing + 1] = { id = m.id, name = m.name, reason_zh = "未提交" } end
  end
  return { ok = #missing == 0, missing = missing }
end

return M
