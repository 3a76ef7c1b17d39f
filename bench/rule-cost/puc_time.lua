-- Times the benchmark's rule (bench/plugins/rule/completeness.lua) in PUC
-- Lua 5.4, without and with a count hook like the one banshi's per-call
-- instruction budget sets (every 1000 instructions), for bench/rule-cost.
-- Usage: lua5.4 puc_time.lua DIR_OF_RULE
package.path = arg[1] .. "/?.lua;" .. package.path
local rule = require "completeness"
local app = { materials = { m01 = true, m02 = true, m03 = true, m04 = true, m05 = true, m06 = true }, data = {} }
local n = 1000000

local function per_call()
  for _ = 1, n do rule.check(app) end
  local t = os.clock()
  for _ = 1, n do rule.check(app) end
  return (os.clock() - t) / n * 1e6
end

print(("%-44s %6.2f us"):format("PUC Lua " .. _VERSION:match("%d.%d") .. ", per call", per_call()))
debug.sethook(function() end, "", 1000)
print(("%-44s %6.2f us"):format("PUC Lua, with banshi's budget count hook", per_call()))
