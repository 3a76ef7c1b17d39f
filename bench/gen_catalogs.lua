-- bench/gen_catalogs.lua OUT N_COUNTIES EXTRA_ITEMS: writes a catalogue tree
-- for the reload benchmark into OUT: the sample base and Hebei layers, N
-- copies of 滦南县 (c001, c002, ...), and one county "big" with the sample
-- county's items plus EXTRA_ITEMS generated local items (about 600 in all).
local out, n, extra = arg[1], tonumber(arg[2]), tonumber(arg[3])
assert(out and n and extra, "usage: gen_catalogs.lua OUT N_COUNTIES EXTRA_ITEMS")

local function read(path)
  local f = assert(io.open(path, "rb")); local s = f:read("a"); f:close(); return s
end
local function write(path, s)
  os.execute(("mkdir -p '%s'"):format(path:match("^(.*)/[^/]*$")))
  local f = assert(io.open(path, "wb")); f:write(s); f:close()
end
local function files_under(dir)
  local list = {}
  for p in io.popen(("cd '%s' && find . -name '*.lua' | sort"):format(dir)):lines() do list[#list + 1] = p:sub(3) end
  return list
end

for _, layer in ipairs({ "base", "hebei" }) do
  for _, p in ipairs(files_under("catalogs/" .. layer)) do
    write(out .. "/" .. layer .. "/" .. p, read("catalogs/" .. layer .. "/" .. p))
  end
end
local county = {}
for _, p in ipairs(files_under("catalogs/luannan")) do county[p] = read("catalogs/luannan/" .. p) end

local function copy_county(id, name)
  for p, src in pairs(county) do
    if p == "catalog.lua" then
      src = src:gsub('id = "luannan"', ('id = "%s"'):format(id)):gsub('name = "滦南县"', ('name = "%s"'):format(name))
    end
    write(out .. "/" .. id .. "/" .. p, src)
  end
end
for i = 1, n do copy_county(("c%03d"):format(i), ("测试县%03d"):format(i)) end
copy_county("big", "大县")

-- Local items for "big", each a complete 承诺件 with five materials.
local dept_line = county["departments.lua"]:match('credit_code = "([0-9A-Z]+)"')
local dept_code = county["departments.lua"]:match('code = "([a-z_]+)"')
local parts = {}
for i = 1, extra do
  local code = ("99%010d"):format(i)
  parts[#parts + 1] = ([[
item {
  code = "%s", local_item = true,
  name = "县级特色事项%d", type = "公共服务",
  legal_basis = { { law = "《中华人民共和国行政许可法》", article = "第十二条" } },
  levels = { "县" }, statutory_limit = 20, objects = { "自然人", "企业法人" },
  conditions = { "符合条件" },
  materials = {
    { id = "m1", name = "申请表", form = "原件", medium = "纸质", copies = 1, necessity = "必要", source = "申请人自备", core = true },
    { id = "m2", name = "身份证明", form = "复印件", medium = "纸质", copies = 1, necessity = "必要", source = "申请人自备" },
    { id = "m3", name = "场所证明", form = "复印件", medium = "纸质", copies = 1, necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "m4", name = "情况说明", form = "原件", medium = "纸质", copies = 1, necessity = "非必要", source = "申请人自备" },
    { id = "m5", name = "承诺书", form = "原件", medium = "纸质", copies = 1, necessity = "必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "办理结果" }, theme = { "县级特色" }, keywords = { "特色%d" },
  impl_code = "%s%sA", department = "%s", promised_limit = 5, case_type = "承诺件",
  channels = { "窗口办理", "网上办理" }, online_depth = "全程网办", visits = 0,
  four = { "网上办", "一次办" }, fees = { charged = false },
}
]]):format(code, i, i, dept_line, code, dept_code)
end
write(out .. "/big/items/generated.lua", table.concat(parts))
