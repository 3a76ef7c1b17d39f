-- POST /check { materials = { m01 = true, ... } }: the completeness rule.
local completeness = require "completeness"

local P = {}

function P.setup(api)
  api.route("POST", "/check", function(req) return 200, completeness.check(req.body) end)
end

return P
