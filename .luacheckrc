-- luacheck configuration for banshi.
--
-- Platform Lua (lua/, tests/, tools/) is plain Lua 5.4. Catalogue files
-- (catalogs/) run in the catalogue sandbox: only the declaration functions
-- and the allowed standard library exist there, all read-only, so luacheck
-- flags anything else (io, require, print, os.execute) before the loader does.
-- Run: luacheck lua tests/lua tools .luacheckrc   or   luacheck catalogs

std = "lua54"
max_line_length = 120

stds.banshi_catalog = {
  read_globals = {
    "catalog", "department", "window", "calendar", "closure", "item", "bundle",
    "pairs", "ipairs", "type", "tostring", "tonumber", "select", "error", "assert", "pcall", "next",
    "string", "table", "math", "utf8",
    os = { fields = { "time", "date", "clock" } },
  },
}

files["catalogs"] = { std = "banshi_catalog", max_line_length = false }
