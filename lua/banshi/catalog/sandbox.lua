--- banshi.catalog.sandbox: runs catalogue files with only what they are
-- granted, and records their declarations.
--
-- Each file is loaded as text only (load(src, "@"..path, "t", env)) into a
-- fresh environment whose __index is the session's sandbox: the seven
-- declaration functions plus an allow-list of the standard library. The
-- library tables are read-only proxies with locked metatables, so one
-- catalogue cannot change what another (or the platform) sees; the proxies
-- are shared by every session because nothing can write through them.
--
-- Failures never escape: syntax errors, runtime errors and forbidden calls
-- become report entries with file:line. A message containing "budget" comes
-- from the host's instruction or memory budget hook; it is reported, and the
-- session stops loading further files because the budget is spent.

local schema = require "banshi.catalog.schema"
local util = require "banshi.catalog.util"

local M = {}

-- Read-only library proxies ---------------------------------------------------

local function readonly(name, src, allowed)
  local inner = {}
  for k, v in pairs(src) do
    if allowed == nil or allowed[k] then inner[k] = v end
  end
  return setmetatable({}, {
    __index = inner,
    __newindex = function(_, k)
      error(("%s is read-only in catalogue files (tried to set %s.%s)"):format(name, name, tostring(k)), 2)
    end,
    __pairs = function() return next, inner, nil end,
    __metatable = "locked",
  })
end

local function set_of(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- string.dump would turn a rule into bytecode; the rest of string is harmless.
local string_allowed = {}
for k in pairs(string) do
  if k ~= "dump" then string_allowed[k] = true end
end

local LIBRARY = {
  string = readonly("string", string, string_allowed),
  table = readonly("table", table),
  math = readonly("math", math),
  utf8 = readonly("utf8", utf8),
  os = readonly("os", os, set_of { "time", "date", "clock" }),
}

local BASICS = { "pairs", "ipairs", "type", "tostring", "tonumber", "select", "error", "assert", "pcall", "next" }

-- Names a catalogue author might reach for, with why they are missing.
local FORBIDDEN = set_of { "io", "require", "load", "loadfile", "dofile", "loadstring", "debug", "package",
  "setmetatable", "getmetatable", "rawset", "rawget", "rawequal", "rawlen", "collectgarbage", "print",
  "xpcall", "coroutine", "_G", "module" }
local FORBIDDEN_FIELDS = set_of { "execute", "getenv", "remove", "rename", "exit", "tmpname", "setlocale",
  "dump", "open", "popen", "lines", "input", "output", "read", "write", "loadlib", "searchpath" }

--- Adds a hint to Lua's own messages about globals that do not exist.
local function explain(msg)
  local name = msg:match("%(global '([%w_]+)'%)")
  if name then
    if FORBIDDEN[name] then
      return msg .. ("; '%s' is not available to catalogue files"):format(name),
        ("“%s”在目录文件中不可用"):format(name)
    end
    local s = util.suggest(name, schema.kinds)
    if s then return msg .. ("; did you mean '%s'?"):format(s), ("是否应为“%s”？"):format(s) end
    return msg, nil
  end
  local field = msg:match("%(field '([%w_]+)'%)")
  if field and FORBIDDEN_FIELDS[field] then
    return msg .. ("; '%s' is not available to catalogue files"):format(field),
      ("“%s”在目录文件中不可用"):format(field)
  end
  return msg, nil
end

-- Sessions ---------------------------------------------------------------------

--- Deep-copies a declared table so later changes by the file (a shared
-- helper table reused for the next item) do not alter what was declared.
-- Functions are kept as they are. path[1..depth] holds the tables being
-- copied around v (a short list: scanning it is cheaper than a set).
-- Returns copy, or nil and a reason.
local function deep_copy(v, path, depth)
  for i = 1, depth do
    if path[i] == v then return nil, "a table refers to itself" end
  end
  if depth > 32 then return nil, "tables are nested more than 32 deep" end
  path[depth + 1] = v
  local c = {}
  for k, x in next, v do
    if type(x) == "table" then
      local copy, err = deep_copy(x, path, depth + 1)
      if err then return nil, err end
      c[k] = copy
    else
      c[k] = x
    end
  end
  return c
end

--- A new loading session. report: a banshi.catalog.report. copy
-- (optional): the host's own deep copy, with deep_copy's result and
-- messages (core/county.c has one in C). Returns an object with
-- :run_folder(id, paths) -> folder.
function M.new(report, copy)
  local session = { report = report, loading = false, file = nil, aborted = false }
  local sandbox = {}
  for _, name in ipairs(BASICS) do sandbox[name] = _G[name] end
  for name, lib in pairs(LIBRARY) do sandbox[name] = lib end

  local function caller_line()
    -- The nearest frame of the file being loaded; a declaration reached
    -- through pcall or a helper function still gets its line in the file.
    local want = "@" .. (session.file or "")
    local first
    for level = 3, 40 do
      local info = debug.getinfo(level, "Sl")
      if not info then break end
      if info.source == want then return info.currentline end
      if not first and info.what ~= "C" and info.source:sub(1, 1) == "@" then first = info.currentline end
    end
    return first
  end

  for _, kind in ipairs(schema.kinds) do
    sandbox[kind] = function(spec)
      if not session.loading then
        error(("%s { } may only be called while the catalogue loads"):format(kind), 2)
      end
      local at = { file = session.file, line = caller_line() }
      if type(spec) ~= "table" then
        report:add("error", at, nil, nil,
          ("%s expects a table: %s { ... }; found %s"):format(kind, kind, schema.describe(spec)),
          ("%s 应写成 %s { ... }，实际参数为%s"):format(kind, kind, schema.describe(spec)))
        return
      end
      local copied, err
      if copy then
        copied, err = copy(spec)
      else
        copied, err = deep_copy(spec, {}, 0)
      end
      if not copied then
        report:add("error", at, nil, nil, ("%s { } cannot be recorded: %s"):format(kind, err),
          ("%s { } 无法记录：%s"):format(kind, err == "a table refers to itself" and "表引用了自身" or "表嵌套超过32层"))
        return
      end
      local list = session.folder[kind]
      list[#list + 1] = { kind = kind, spec = copied, file = at.file, line = at.line, folder = session.folder.id }
    end
  end

  local known_files = {}

  -- Finds where an error happened: from the message when Lua put the
  -- position in it, else from the innermost frame in a catalogue file
  -- (errors raised by C functions such as string.rep carry no position).
  local function handler(msg)
    local where = { msg = msg }
    if type(msg) == "string" then
      local file, line, rest = msg:match("^(.-%.lua):(%d+): (.*)$")
      if file and known_files[file] then
        where.file, where.line, where.msg = file, tonumber(line), rest
        return where
      end
    else
      where.msg = "error object is not a string (" .. type(msg) .. ")"
    end
    for level = 2, 60 do
      local info = debug.getinfo(level, "Sl")
      if not info then break end
      local file = info.source:match("^@(.*)$")
      if file and known_files[file] then
        where.file, where.line = file, info.currentline
        break
      end
    end
    return where
  end

  --- Loads and runs the files of one catalogue folder (paths in the order to
  -- run them) and returns the folder's declarations by kind.
  function session:run_folder(id, paths, sources)
    local folder = { id = id, paths = paths }
    for _, kind in ipairs(schema.kinds) do folder[kind] = {} end
    self.folder = folder
    for _, path in ipairs(paths) do known_files[path] = true end
    for _, path in ipairs(paths) do
      if self.aborted then break end
      self.file = path
      local env = setmetatable({}, { __index = sandbox, __metatable = "locked" })
      local chunk, err = load(sources[path], "@" .. path, "t", env)
      if not chunk then
        local line, rest = tostring(err):match("^.-:(%d+): (.*)$")
        if tostring(err):find("binary chunk", 1, true) then
          report:add("error", { file = path, line = 1 }, nil, nil,
            "precompiled (binary) chunks are not accepted; catalogue files must be Lua source text",
            "不接受预编译（二进制）代码，目录文件必须是Lua源代码文本")
        else
          report:add("error", { file = path, line = tonumber(line) or 1 }, nil, nil,
            "syntax error: " .. (rest or tostring(err)), "语法错误：" .. (rest or tostring(err)))
        end
      else
        self.loading = true
        local ok, where = xpcall(chunk, handler)
        self.loading = false
        if not ok then
          -- Memory errors skip the handler and arrive as plain messages.
          if type(where) ~= "table" then where = { msg = tostring(where) } end
          local msg = tostring(where.msg)
          local at = { file = where.file or path, line = where.line or 1 }
          if msg:find("budget", 1, true) then
            report:add("error", at, nil, nil, "stopped: the script exceeded its budget (" .. msg .. ")",
              "已中止：脚本超出运行预算（" .. msg .. "）")
            self.aborted = true
          else
            local en, zh = explain(msg)
            report:add("error", at, nil, nil, "runtime error: " .. en,
              "运行错误：" .. msg .. (zh and ("；" .. zh) or ""))
          end
        end
      end
    end
    self.file = nil
    self.folder = nil
    return folder
  end

  return session
end

return M
