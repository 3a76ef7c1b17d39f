-- tally (办件量统计): counts the applications each item receives (收件)
-- and accepts (受理), and shows the counts to supervisors.
local P = {}

-- Observers: one count per step, per item. An observer runs after the
-- step is stored; its writes are kept together, or not at all if it fails.
local function count(api, what, ev)
  local item = ev.application.item
  if not item then return end -- a bundle (一件事) has member items instead
  api.kv.set("name:" .. item.code, item.name)
  return api.kv.incr(what .. ":" .. item.code, 1)
end

function P.received(ev, api)
  count(api, "received", ev)
end

function P.accepted(ev, api)
  local n = count(api, "accepted", ev)
  if n and n % 100 == 0 then
    api.log("info", "%s: %d applications accepted", ev.application.item.name, n)
  end
end

-- The counts of one item.
local function item_counts(api, code)
  local name = api.kv.get("name:" .. code)
  if not name then return nil end
  return { code = code, name = name, received = api.kv.get("received:" .. code) or 0,
    accepted = api.kv.get("accepted:" .. code) or 0 }
end

function P.setup(api)
  -- Who may read the counts: supervisors and administrators, or anyone.
  local roles = { "supervisor", "county_admin" }
  if api.config.public then roles = nil end

  -- GET .../plugins/tally/items: the items with the most applications.
  api.route("GET", "/items", function()
    local list = {}
    for _, entry in ipairs(api.kv.list("name:", 10000)) do -- { {key, value}, ... }
      list[#list + 1] = item_counts(api, entry[1]:sub(#"name:" + 1))
    end
    table.sort(list, function(a, b)
      if a.received ~= b.received then return a.received > b.received end
      return a.code < b.code
    end)
    local top = {}
    for i = 1, math.min(api.config.top, #list) do top[i] = list[i] end
    return 200, { county = api.county.id, items = top }
  end, { roles = roles })

  -- GET .../plugins/tally/items/CODE: one item's counts.
  api.route("GET", "/items/:code", function(req)
    local counts = item_counts(api, req.params.code)
    if not counts then
      return 404, { error = { code = "not_counted", message = "no application for this item yet" } }
    end
    return 200, counts
  end, { roles = roles })
end

return P
