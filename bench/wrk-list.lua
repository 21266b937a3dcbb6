-- wrk script: each request asks for the next path of a list file (one path a line), round-robin,
-- so a run of `-- <file>` cycles through different URLs (nothing served from a page cache).
-- Reports like wrk-report.lua.
dofile("wrk-report.lua")
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format(nil, paths[counter])
end
