-- tools/catcheck.lua: the command-line check clerks and data writers run.

local h = require "helper"

local t = h.suite()

local function write_tree(files)
  local dir = os.tmpname()
  os.remove(dir)
  for path, src in pairs(files) do
    local full = dir .. "/" .. path
    assert(os.execute("mkdir -p '" .. full:match("^(.*)/") .. "'"))
    local f = assert(io.open(full, "wb"))
    f:write(src)
    f:close()
  end
  return dir
end

local function run(dir)
  local p = assert(io.popen("lua5.4 tools/catcheck.lua '" .. dir .. "' 2>&1"))
  local out = p:read("a")
  local _, _, code = p:close()
  os.execute("rm -rf '" .. dir .. "'")
  return out, code
end

t:case("catcheck exits 0 on a clean tree and prints its warnings", function()
  local out, code = run(write_tree(h.fixture()))
  h.eq(code, 0, "exit code; output:\n" .. out)
  h.contains(out, "warning: dalian/catalog.lua:1: item 000112003000:", "warning line")
  h.contains(out, "0 errors", "summary")
end)

t:case("catcheck exits 1 and prints file:line: item: field for an error", function()
  local files = h.fixture()
  h.edit(files, "luannan/items/minzheng.lua", "promised_limit = 10,", "promised_limit = 45,")
  local out, code = run(write_tree(files))
  h.eq(code, 1, "exit code")
  h.contains(out,
    "error: luannan/items/minzheng.lua:5: item 000112003000: field promised_limit: promised_limit 45 exceeds",
    "error line")
end)

t:case("catcheck exits 2 when the folder cannot be read", function()
  local _, code = run("/nonexistent/banshi-catalogs")
  h.eq(code, 2, "exit code")
end)

return t
