-- tally's tests: `banshi test examples/plugins/tally`.
local t = ...

local TRANSFER = "000106102000" -- 不动产转移登记
local FIRST = "000106101000"    -- 不动产首次登记
local CHANGE = "000106103000"   -- 不动产变更登记

local supervisor = t.staff("supervisor")
local clerk = t.staff("clerk")

-- Nothing is counted yet.
local _, body = t.get("items", supervisor)
t.eq("empty_at_first", body.items, {})
t.eq("unknown_item_404", (t.get("items/" .. TRANSFER, supervisor)), 404)

-- Two applications for one item, one for another; one of them accepted.
local status, app = t.submit(TRANSFER)
t.eq("submitted", status, 201)
t.submit(TRANSFER)
t.submit(FIRST)
t.eq("accepted", (t.act(app.number, "accept", {}, clerk)), 200)

status, body = t.get("items/" .. TRANSFER, supervisor)
t.eq("item_status", status, 200)
t.eq("item_counts", body, { code = TRANSFER, name = "不动产转移登记", received = 2, accepted = 1 })

_, body = t.get("items", supervisor)
t.eq("most_received_first", { body.items[1].code, body.items[2].code }, { TRANSFER, FIRST })

-- tests/config.lua sets top = 2: a third item is counted but not listed.
t.eq("third_item_submitted", (t.submit(CHANGE)), 201)
t.eq("third_item_counted", select(2, t.get("items/" .. CHANGE, supervisor)).received, 1)
_, body = t.get("items", supervisor)
t.eq("list_keeps_top", #body.items, 2)

-- Counts are for supervisors and administrators (public is false).
t.eq("anonymous_refused", (t.get("items")), 401)
t.eq("clerk_refused", (t.get("items", clerk)), 403)
t.eq("admin_allowed", (t.get("items", t.staff("county_admin"))), 200)
