-- POST /schedule { n, at, spread }: n durable timers due at `at` (unix
-- seconds) plus i * spread, all in the route's one transaction.
local P = {}

function P.setup(api)
  api.timer.handle("tick", function() end)
  api.route("POST", "/schedule", function(req)
    local n, at, spread = req.body.n, req.body.at, req.body.spread or 0
    local schedule = api.timer.schedule
    for i = 1, n do schedule(at + i * spread, "tick") end
    return 201, { scheduled = n }
  end)
end

return P
