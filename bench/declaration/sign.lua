-- wrk script: every request signs the Declaration as a new person; each thread holds one
-- connection, so request and response alternate and each answer is paired with its signer.
-- Acknowledged signers (2xx/3xx) are written to $ACKED; statuses are counted for the report.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  current = nil
  acked = {}
  statuses = {}
  token = os.getenv("CSRF_TOKEN")
  country = os.getenv("COUNTRY_ID")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = "csrftoken=" .. token
  wrk.headers["Referer"] = os.getenv("BASE_URL") .. "/en/declaration/sign/"
end

function request()
  n = n + 1
  current = "w" .. tid .. "-" .. n
  local body = "csrfmiddlewaretoken=" .. token
    .. "&signer_name=Bench+Signer+" .. current
    .. "&office=Mayor"
    .. "&authority_name=Bench+town+" .. current
    .. "&country=" .. country
    .. "&level=local&capacity=authority&party="
    .. "&email=" .. current .. "%40bench.example.org"
    .. "&show_name=on&elected=on&website_confirm=&form_token=&proof_of_work="
  return wrk.format(nil, "/en/declaration/sign/", nil, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status >= 200 and status < 400 then
    table.insert(acked, current)
  end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("ACKED"), "w")
  local totals = {}
  for _, thread in ipairs(threads) do
    local list = thread:get("acked")
    for _, id in ipairs(list) do out:write(id .. "@bench.example.org\n") end
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  out:close()
  for status, count in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, count))
  end
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
