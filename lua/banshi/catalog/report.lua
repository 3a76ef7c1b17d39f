--- banshi.catalog.report: collects the errors and warnings of one load or
-- check, and finds the source line of the field each one is about.
--
-- Declarations record only the line of their call (debug.getinfo), so a
-- field's line is recovered by scanning the source text from that line:
-- each step of the field's path (materials, sfz, tolerable) is searched for
-- in turn, stopping at the next top-level declaration; when a step is not
-- found, the last line found stands (in the end the declaration's own line).
-- This is a text heuristic, not a parser: good enough to put a clerk's
-- cursor on the right line in well-formatted files, and never wrong by more
-- than one declaration.
--
-- Each entry is { file, line, item, field, zh, en, severity }.

local schema = require "banshi.catalog.schema"

local M = {}
M.__index = M

local DECL_START = {}
for _, k in ipairs(schema.kinds) do DECL_START[k] = true end

--- A new report over files (path -> source text).
function M.new(files)
  return setmetatable({ files = files, errors = {}, warnings = {}, seen = {}, lines = {} }, M)
end

--- The source lines of a file, cached, with comments removed.
function M:source_lines(file)
  local cached = self.lines[file]
  if cached then return cached end
  local src = self.files[file]
  local out = {}
  if type(src) == "string" then
    for line in (src:gsub("\r\n", "\n") .. "\n"):gmatch("([^\n]*)\n") do
      -- Dropping "--" comments keeps "-- name = x" in a comment from
      -- matching; a "--" inside a string is rare enough in field lines.
      out[#out + 1] = line:gsub("%-%-.*$", "")
    end
  end
  self.lines[file] = out
  return out
end

local function escape(s)
  return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0"))
end

local function field_pattern(name)
  return "%f[%w_]" .. escape(name) .. "%s*=%f[^=]"
end

-- Where a material (or any entry with that id) starts: id = "sfz", or
-- sfz = { inside materials.set.
local function id_patterns(id)
  return { "%f[%w_]id%s*=%s*[\"']" .. escape(id) .. "[\"']", "%f[%w_]" .. escape(id) .. "%s*=%s*{" }
end

--- The line of the field at path inside the declaration that starts at
-- start (a line number) of file; falls back to start.
function M:find_line(file, start, path)
  local lines = self:source_lines(file)
  if not start or start < 1 or start > #lines or not path or #path == 0 then return start end
  -- The declaration ends where the next one begins at column 0.
  local stop = #lines
  for i = start + 1, #lines do
    local word = lines[i]:match("^([%a_]+)%s*[{(\"']")
    if word and DECL_START[word] then stop = i - 1 break end
  end
  -- Top-level fields sit at the indentation of the declaration's first field
  -- line; nested fields of the same name (name inside steps) sit deeper.
  local indent
  for i = start + 1, stop do
    local sp = lines[i]:match("^(%s*)[%a_][%w_]*%s*=%f[^=]")
    if sp then indent = #sp break end
  end
  local line = start
  local anchor_end = stop
  for depth, p in ipairs(path) do
    local found
    if type(p) == "string" then
      local pat = field_pattern(p)
      if depth == 1 then
        if lines[start]:find("[{,;]%s*" .. escape(p) .. "%s*=%f[^=]") then found = start end
        for i = start + 1, stop do
          if found then break end
          local sp = lines[i]:match("^(%s*)")
          if (indent == nil or #sp == indent) and lines[i]:find(pat) then found = i end
        end
      end
      for i = line, anchor_end do
        if found then break end
        if lines[i]:find(pat) then found = i end
      end
    elseif type(p) == "table" then
      for _, pat in ipairs(id_patterns(p.id)) do
        for i = line, stop do
          if lines[i]:find(pat) then found = i break end
        end
        if found then break end
      end
      if found then
        -- The entry ends where the next entry's id begins.
        anchor_end = stop
        for i = found + 1, stop do
          if lines[i]:find("%f[%w_]id%s*=%f[^=]") then anchor_end = i - 1 break end
        end
      end
    end
    if not found then break end
    line = found
  end
  return line
end

--- Adds an entry. at = { file, line } (a declaration or a position);
-- path: list of field steps, or nil. Duplicate entries are dropped.
function M:add(severity, at, item, path, en, zh)
  local file, line = at and at.file, at and at.line
  if file and path and #path > 0 then line = self:find_line(file, line, path) end
  local field = path and #path > 0 and schema.path_string(path) or nil
  local key = table.concat({ severity, tostring(file), tostring(line), tostring(item), tostring(field), en }, "\0")
  if self.seen[key] then return end
  self.seen[key] = true
  local e = { file = file, line = line, item = item, field = field, en = en, zh = zh, severity = severity }
  local list = severity == "warning" and self.warnings or self.errors
  list[#list + 1] = e
end

--- Adds an entry found by someone else (such as the plugin loader's
-- errors, banshi.plugins), already placed at its file and line:
-- { file, line, item, field, en, zh, severity }. Duplicates are dropped,
-- so an error in a plugin's own file that every county enabling it meets
-- is listed once.
function M:add_entry(e)
  local severity = e.severity == "warning" and "warning" or "error"
  local key = table.concat({ severity, tostring(e.file), tostring(e.line), tostring(e.item), tostring(e.field),
    tostring(e.en) }, "\0")
  if self.seen[key] then return end
  self.seen[key] = true
  local list = severity == "warning" and self.warnings or self.errors
  list[#list + 1] = { file = e.file, line = e.line, item = e.item, field = e.field, en = e.en, zh = e.zh,
    severity = severity }
end

--- A context for schema.check: reports about one declaration.
function M:context(decl, item)
  local report = self
  return {
    add = function(_, severity, path, en, zh) report:add(severity, decl, item, path, en, zh) end,
  }
end

--- Entries sorted by file, line, then message, so output is stable.
function M.sorted(list)
  local out = {}
  for i, e in ipairs(list) do out[i] = e end
  table.sort(out, function(a, b)
    if (a.file or "") ~= (b.file or "") then return (a.file or "") < (b.file or "") end
    if (a.line or 0) ~= (b.line or 0) then return (a.line or 0) < (b.line or 0) end
    return (a.en or "") < (b.en or "")
  end)
  return out
end

--- One line: file:line: item CODE: field F: en / zh. The severity is not
-- part of the line: callers print errors and warnings under their own
-- heading or prefix (banshi check writes "error: " and "warning: ").
function M.format(e)
  local parts = {}
  if e.file then
    parts[#parts + 1] = e.line and ("%s:%d:"):format(e.file, e.line) or (e.file .. ":")
  end
  if e.item then parts[#parts + 1] = ("item %s:"):format(e.item) end
  if e.field then parts[#parts + 1] = ("field %s:"):format(e.field) end
  parts[#parts + 1] = ("%s / %s"):format(e.en or "", e.zh or "")
  return table.concat(parts, " ")
end

return M
