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

-- Plugins (plugins/) run in the plugin sandbox (lua/banshi/plugins.lua):
-- the basic functions, copies of the safe libraries, os.time/date/clock,
-- and require of the plugin's own files only.
stds.banshi_plugin = {
  read_globals = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber", "tostring", "type",
    "xpcall", "rawequal", "rawget", "rawlen", "rawset", "setmetatable", "getmetatable", "require", "_G",
    "string", "table", "math", "utf8", "coroutine",
    os = { fields = { "time", "date", "clock" } },
  },
}

files["plugins"] = { std = "banshi_plugin" }
-- A plugin's own tests run in a plain Lua state under banshi test, with t.
files["plugins/*/tests"] = { std = "lua54", read_globals = { "t" } }
