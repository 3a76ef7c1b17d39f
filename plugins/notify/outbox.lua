-- notify/outbox.lua: the outbox, kept in the plugin's key-value store.
--
--   msg:<id>            the message (id is a zero-padded serial, so keys
--                       sort in the order messages were written)
--   status:<code>:<id>  index by status (pending, sent, failed)
--   app:<number>:<id>   index by application
--   serial              the last id given
-- Every key expires after config.keep_days, which bounds the outbox.
--
-- A message: { id, kind, kind_zh, number, item, to, text, status, sender,
-- attempts, created_at, last_attempt_at, sent_at, failed_at, last_error }
-- (instants in unix seconds). Its status is one of
--   待发送 (pending)  --delivered-->            已发送 (sent)
--   待发送            --every attempt failed--> 发送失败 (failed)
--   发送失败          --resent by a supervisor--> 待发送

local O = {}

O.PENDING, O.SENT, O.FAILED = "待发送", "已发送", "发送失败"

-- Status <-> the code used in index keys (keys stay ASCII).
local CODE = { [O.PENDING] = "pending", [O.SENT] = "sent", [O.FAILED] = "failed" }
local STATUS = { pending = O.PENDING, sent = O.SENT, failed = O.FAILED }

--- The status named by a query value, in Chinese or by its code, or nil.
function O.status_of(s)
  if CODE[s] then return s end
  return STATUS[s]
end

local function key(id) return ("msg:%010d"):format(id) end
local function ttl(api) return api.config.keep_days * 86400 end

--- Writes a new pending message; returns it with its id.
function O.add(api, msg)
  msg.id = math.tointeger(api.kv.incr("serial", 1))
  msg.status = O.PENDING
  msg.attempts = 0
  msg.created_at = math.floor(api.now())
  api.kv.set(key(msg.id), msg, ttl(api))
  api.kv.set(("status:%s:%010d"):format(CODE[msg.status], msg.id), true, ttl(api))
  if msg.number then api.kv.set(("app:%s:%010d"):format(msg.number, msg.id), true, ttl(api)) end
  return msg
end

--- The message with this id, or nil.
function O.get(api, id)
  id = math.tointeger(tonumber(id))
  return id and api.kv.get(key(id)) or nil
end

--- Stores a changed message; moves it in the status index when its status
-- changed from old_status.
function O.save(api, msg, old_status)
  api.kv.set(key(msg.id), msg, ttl(api))
  if old_status ~= msg.status then
    api.kv.delete(("status:%s:%010d"):format(CODE[old_status], msg.id))
    api.kv.set(("status:%s:%010d"):format(CODE[msg.status], msg.id), true, ttl(api))
  end
end

--- Up to limit messages, newest first: those of one status, of one
-- application, or all. The indexes are read in key order (oldest first)
-- up to 10000 entries, so a very large outbox is best read by status.
function O.list(api, status, number, limit)
  local prefix = "msg:"
  if number then
    prefix = ("app:%s:"):format(number)
  elseif status then
    prefix = ("status:%s:"):format(CODE[status])
  end
  local rows = api.kv.list(prefix, 10000)
  local out = {}
  for i = #rows, 1, -1 do
    local k, v = rows[i][1], rows[i][2]
    local msg = prefix == "msg:" and v or O.get(api, k:match("(%d+)$"))
    if msg and (not status or msg.status == status) then out[#out + 1] = msg end
    if #out == limit then break end
  end
  return out, #rows
end

return O
