--- tests/lua/run.lua: runs every tests/lua/test_*.lua from the repository
-- root (lua5.4 tests/lua/run.lua) and prints one line per test case,
-- "PASS name" or "FAIL name: message"; exits 1 if any case failed.
--
-- Each test file returns a suite from helper.suite(); a case fails by
-- raising. A file that cannot be loaded counts as one failed case.

package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local function test_files()
  local names = {}
  local p = assert(io.popen("ls tests/lua"))
  for name in p:lines() do
    if name:match("^test_.*%.lua$") then names[#names + 1] = name end
  end
  p:close()
  table.sort(names)
  return names
end

local function one_line(msg)
  return (tostring(msg):gsub("\r?\n%s*", " | "))
end

local failed, total = 0, 0
for _, name in ipairs(test_files()) do
  local ok, suite = pcall(dofile, "tests/lua/" .. name)
  if not ok or type(suite) ~= "table" or type(suite.cases) ~= "table" then
    total, failed = total + 1, failed + 1
    print(("FAIL %s: %s"):format(name, one_line(ok and "file did not return a suite" or suite)))
  else
    for _, case in ipairs(suite.cases) do
      total = total + 1
      local passed, err = pcall(case.fn)
      if passed then
        print("PASS " .. case.name)
      else
        failed = failed + 1
        print(("FAIL %s: %s"):format(case.name, one_line(err)))
      end
    end
  end
end
io.stderr:write(("%d cases, %d failed\n"):format(total, failed))
os.exit(failed == 0 and 0 or 1)
