-- wrk script for bench/read-model.mjs: every request a URL not asked before, so none is in the
-- page cache. `-- <pages|search> <events> <resources> <first number>`: pages are event pages in
-- both languages, calendar and support list pages, the archive; searches "evenemang <n>" (a word
-- in every event and a rare one). Reports like wrk-report.lua.
dofile("wrk-report.lua")
local mode, events, resources, n = "pages", 1, 1, 0

function init(args)
  mode = args[1] or "pages"
  events = tonumber(args[2] or "1") or 1
  resources = tonumber(args[3] or "1") or 1
  n = tonumber(args[4] or "0") or 0
end

local function event(i)
  return string.format("volym-evenemang-%06d", (i % events) + 1)
end

function request()
  n = n + 1
  local path
  if mode == "search" then
    path = "/sok?q=evenemang+" .. n
  else
    local k = n % 5
    if k == 0 then path = "/kalender/" .. event(n) .. "?b=" .. n
    elseif k == 1 then path = "/kalender?sida=" .. ((n % math.max(1, math.floor(events / 10))) + 1) .. "&b=" .. n
    elseif k == 2 then path = "/stod?sida=" .. ((n % math.max(1, math.floor(resources / 20))) + 1) .. "&b=" .. n
    elseif k == 3 then path = "/en/kalender/" .. event(n) .. "?b=" .. n
    else path = "/kalender/arkiv?b=" .. n end
  end
  return wrk.format(nil, path)
end
