-- evaluation/scale.lua: the national five-level scale of 好差评
-- (国办发〔2019〕51号). 不满意 and 非常不满意 are 差评: each must be called
-- back and rectified.

local S = {}

-- Best first.
S.LEVELS = {
  { score = 5, name = "非常满意" },
  { score = 4, name = "满意" },
  { score = 3, name = "基本满意" },
  { score = 2, name = "不满意" },
  { score = 1, name = "非常不满意" },
}

local by_name, by_score = {}, {}
for _, l in ipairs(S.LEVELS) do
  by_name[l.name] = l
  by_score[l.score] = l
end

--- The level named (Chinese) or scored (1..5), or nil.
function S.level(name, score)
  if name ~= nil then return by_name[name] end
  return type(score) == "number" and by_score[math.tointeger(score) or -1] or nil
end

--- Is a score a 差评?
function S.is_bad(score) return score <= 2 end

--- The names, for messages: 非常满意、满意、基本满意、不满意、非常不满意
function S.names(sep)
  local out = {}
  for _, l in ipairs(S.LEVELS) do out[#out + 1] = l.name end
  return table.concat(out, sep or "、")
end

return S
