"""Run one test DAG with dag.test() in a process of its own (the retry test kills it mid-wait, as a dead worker).

Usage: python run_dag.py DAG_ID CONF_JSON LOGICAL_DATE_ISO; the environment (AIRFLOW_HOME, the connection) is the
test session's.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime

from runs import run

if __name__ == "__main__":
    dag_id, conf, logical_date = sys.argv[1], json.loads(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
    run(dag_id, conf, logical_date=logical_date)
