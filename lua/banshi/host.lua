--- banshi.host: what the C core asks of the catalogue tree before loading it.
-- Only reads each folder's catalog.lua declaration; never runs item files.
local M = {}

--- Returns the ids of the catalogues that serve (实施清单, serves = true),
-- sorted. files maps relative path -> source text. A catalog.lua that does
-- not even run is skipped here; loading that county reports why.
function M.counties(files)
  local out = {}
  for path, src in pairs(files) do
    local folder = path:match("^([%w_]+)/catalog%.lua$")
    if folder then
      local decl
      local env = setmetatable({
        catalog = function(t) decl = t end,
      }, {
        -- Other declarations are ignored here; the standard library is
        -- available so that a catalog.lua using string.format still runs.
        -- This throw-away state is closed right after discovery.
        __index = function(_, k) return _G[k] or function() end end,
      })
      local chunk = load(src, "@" .. path, "t", env)
      if chunk then pcall(chunk) end
      if type(decl) == "table" and decl.serves == true then
        out[#out + 1] = folder
      end
    end
  end
  table.sort(out)
  return out
end

return M
