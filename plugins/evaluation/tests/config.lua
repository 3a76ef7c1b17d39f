-- The settings while evaluation's own tests run.
return { rectify_days = 5 }
