"""Jobs: trees read from the service, futures that wait for a whole tree, polling schedules, cancel and the
``client.jobs`` namespace. Reads jobs; never starts one."""
