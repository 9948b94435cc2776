-- H2 hands out sequence values 32 at a time and writes only the end of that range to disk, so a
-- process killed with kill -9 made the next run's id jump by 32 ("tenor restart 4" printing "Run 36").
-- Without a cache, run ids stay consecutive whatever happened to the process before.
ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ NO CACHE;
ALTER SEQUENCE BATCH_JOB_EXECUTION_SEQ NO CACHE;
ALTER SEQUENCE BATCH_STEP_EXECUTION_SEQ NO CACHE;
