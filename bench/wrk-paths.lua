-- wrk script for the memory run of bench/run-all.mjs: each request asks for a different page (event
-- pages, list pages, search), `-- <events>` bounds the event pages. Reports like wrk-report.lua.
dofile("wrk-report.lua")
local events = 1
local counter = 0

function init(args)
  events = tonumber(args[1] or "1") or 1
end

function request()
  counter = counter + 1
  local i = counter
  local k = i % 4
  local path
  if k == 0 then path = "/kalender/volym-evenemang-" .. string.format("%06d", (i % events) + 1)
  elseif k == 1 then path = "/kalender?sida=" .. ((i % 50) + 1)
  elseif k == 2 then path = "/stod?sida=" .. ((i % 50) + 1)
  else path = "/sok?q=evenemang+" .. (i % 500) end
  return wrk.format(nil, path)
end
