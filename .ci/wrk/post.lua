-- wrk -s .ci/wrk/post.lua: POSTs the file named by WRK_BODY with the Content-Type in WRK_CONTENT_TYPE.
-- The bodies (.ci/wrk/*.json, *.form) are what .ci/benchmark sends:
--   cds-order-check.json     an order-sign call: baclofen 25 mg four times a day (100 mg/day, above the label
--                            maximum, so the answer carries a suggestion), an active opioid prefetched, empty
--                            condition and kidney-function prefetch
--   titration-plan.form      the plan form: 60 mg/day, creatinine clearance 45 mL/min (kidney inputs travel
--                            in the body, never in the address, so this page is computed per request)
--   titration-check.json     a three-step schedule (5, 10, then 15 mg three times a day)
--   interactions-check.json  three medicines, two of which interact with baclofen
local file = assert(io.open(os.getenv("WRK_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = os.getenv("WRK_CONTENT_TYPE") or "application/json"
