-- The county's settings of tally while its tests run (as in its catalog.lua:
-- plugins = { tally = { top = 2 } }).
return { top = 2 }
