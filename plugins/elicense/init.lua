-- elicense: answers the e-licence lookups of 免提交 materials (docs/plugins.md,
-- "Services"), in place of the built-in source. Two sources, newest first:
--   1. the certificates this county issued (api.certificate), unless the
--      configuration says issued = false;
--   2. the records of other departments the county holds by data-sharing
--      agreement (config records), e.g. 公安 resident identity cards or
--      税务 完税证明.
-- A record that names a valid_until which is not a date, or a holder that is
-- not an identity number or credit code, is refused at load.
-- Route: GET /lookup?holder=&license= for the window's staff (the same answer
-- a submission gets), so a clerk can confirm what the source holds. Each
-- lookup is written to the staff audit log (action plugin.elicense.lookup,
-- target the holder, detail the licence and what was found).
local P = {}

local index = {} -- "HOLDER\0licence" -> record

local function key(holder, license) return holder:upper() .. "\0" .. license end

function P.setup(api)
  for i, r in ipairs(api.config.records) do
    if r.valid_until ~= nil and not r.valid_until:match("^%d%d%d%d%-%d%d%-%d%d$") then
      error(("records[%d].valid_until must be a date YYYY-MM-DD, not %q"):format(i, r.valid_until))
    end
    if not r.holder:match("^[%dA-Za-z]+$") or (#r.holder ~= 18) then
      error(("records[%d].holder must be an 18-character identity number or credit code"):format(i))
    end
    index[key(r.holder, r.license)] = r
  end
  api.route("GET", "/lookup", function(req)
    local holder, license = req.query.holder, req.query.license
    if type(holder) ~= "string" or holder == "" or type(license) ~= "string" or license == "" then
      return 400, { error = { code = "bad_parameter", message = "give holder and license" } }
    end
    local found, source = P.find(holder, license, api)
    -- A citizen's licence data read by staff: recorded in the audit log
    -- (who, when, holder, licence, what was found) before it is shown.
    api.audit("lookup", holder:upper(), { license = license, found = found ~= nil, number = found and found.number,
      source = source })
    if not found then
      return 404, { error = { code = "not_found", message = "no such licence in the source" }, zh = "电子证照库未查到该证照" }
    end
    return 200, { holder = holder:upper(), license = license, number = found.number, issuer = found.issuer,
      valid_until = found.valid_until, source = source }
  end, { roles = { "clerk", "reviewer", "supervisor" } })
end

--- The licence and where it came from ("issued" or "records"), or nil.
function P.find(holder, license, api)
  if api.config.issued then
    local c = api.certificate(holder:upper(), license)
    if c then return { number = c.number, issuer = c.issuer, valid_until = c.valid_until }, "issued" end
  end
  local r = index[key(holder, license)]
  if r then return { number = r.number, issuer = r.issuer, valid_until = r.valid_until }, "records" end
  return nil
end

--- The provider's lookup (manifest provides = { "elicense" }).
function P.lookup(holder, license, api)
  return (P.find(holder, license, api))
end

return P
