--- tools/catcheck.lua: checks every catalogue under a folder, as the
-- server's `banshi check` does, for clerks and for whoever edits catalogs/.
--
--   lua5.4 tools/catcheck.lua [DIR]     (DIR defaults to catalogs)
--
-- Reads every .lua file under DIR, passes them to catalog.check with paths
-- relative to DIR, prints each error and warning on one line
-- ("error: " or "warning: " then file:line: item CODE: field F: en / zh)
-- and a count on stderr.
-- Exits 1 if there is any error, 2 if DIR cannot be read, else 0.

-- Find lua/ beside this script so the tool runs from any directory.
local root = (arg and arg[0] or ""):match("^(.*)/tools/[^/]*$") or "."
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path

local catalog = require "banshi.catalog"

local dir = (arg and arg[1]) or "catalogs"
dir = dir:gsub("/+$", "")

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function read_tree(folder)
  local files = {}
  local p = io.popen("find " .. shell_quote(folder) .. " -type f -name '*.lua' 2>/dev/null")
  if not p then return nil, "cannot list " .. folder end
  for path in p:lines() do
    local f = io.open(path, "rb")
    if f then
      local rel = path:sub(#folder + 2)
      files[rel] = f:read("a")
      f:close()
    end
  end
  p:close()
  return files
end

local probe = io.open(dir, "r")
if not probe then
  io.stderr:write(("catcheck: cannot read %s\n"):format(dir))
  os.exit(2)
end
probe:close()

local files = assert(read_tree(dir))
local errors, warnings = catalog.check(files)
-- The same prefixes as the server's `banshi check`.
for _, e in ipairs(errors) do print("error: " .. catalog.format_error(e)) end
for _, w in ipairs(warnings) do print("warning: " .. catalog.format_error(w)) end
local n = 0
for _ in pairs(files) do n = n + 1 end
io.stderr:write(("catcheck: %d files, %d errors, %d warnings\n"):format(n, #errors, #warnings))
os.exit(#errors > 0 and 1 or 0)
