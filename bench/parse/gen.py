#!/usr/bin/env python3
"""Generates realistic XanoScript for the parser benchmark: orchestrator
functions, workers, tasks, queries and tables in the shape of the seed's
task-orchestration patterns, until the output reaches the requested size.

usage: gen.py [MEGABYTES] > out.xs      (default 5)
Deterministic: the same size gives the same text.
"""
import random
import sys

rng = random.Random(42)
WORDS = ["agent", "roster", "revshare", "listing", "credential", "payment", "invoice",
         "contact", "team", "profile", "sync", "report", "account", "order", "member"]


def w():
    return rng.choice(WORDS)


def worker(i):
    return f'''function "Workers/Step-{i} {w()} {w()}" {{
  description = "Fetches {w()} data and upserts it"
  input {{
    int user_id filters=min:1
    text? cursor?
    text mode?="full" filters=trim|lower
    object options? {{
      schema {{
        int limit?=100
        bool dry_run?=false
      }}
    }}
  }}

  stack {{
    db.query credentials {{
      where = $db.credentials.user_id == $input.user_id && $db.credentials.platform == "REZEN"
      return = {{type: "single"}}
    }} as $creds

    precondition ($creds != null) {{
      error_type = "notfound"
      error = "No credentials for user " ~ $input.user_id
    }}

    try_catch {{
      try {{
        api.request {{
          url = "https://api.example.com/v1/{w()}/" ~ $creds.external_id
          method = "GET"
          params = {{}}|set:"limit":($input.options.limit ?? 100)|set_ifnotnull:"cursor":$input.cursor
          headers = []|push:"Authorization: Bearer " ~ $creds.token|push:"Accept: application/json"
          timeout = 30
        }} as $api

        var $items {{
          value = $api.response.result.items|filter_empty
        }}

        foreach ($items) {{
          each as $item {{
            db.add_or_edit {w()}_{i} {{
              field_name = "external_id"
              field_value = $item.id
              data = {{
                user_id    : $input.user_id
                external_id: $item.id
                name       : $item.name|trim
                amount     : ($item.amount|to_decimal) * 100
                updated_at : now
              }}
            }} as $row
          }}
        }}
      }}

      catch {{
        var $result {{
          value = {{success: false, data: null, error: $error.message}}
        }}
        return {{
          value = $result
        }}
      }}
    }}
  }}

  response = {{success: true, data: {{count: $items|count}}, error: null}}
}}
'''


def orchestrator(i, steps):
    out = [f'''function "Workers/Orchestrator {i}" {{
  input {{
    int user_id
    text job_id?
  }}

  stack {{
    // Initialize tracking arrays
    var $errors {{
      value = []
    }}
    var $steps_completed {{
      value = []
    }}
''']
    for s in steps:
        out.append(f'''
    db.edit job_table {{
      field_name = "user_id"
      field_value = $input.user_id
      data = {{step_{s}_started: now, lastupdated: now}}
    }}

    function.run "Workers/Step-{s} {w()} {w()}" {{
      input = {{user_id: $input.user_id, cursor: null}}
    }} as $step_{s}_result

    conditional {{
      if ($step_{s}_result.success == false) {{
        var.update $errors {{
          value = $errors|push:({{}}|set:"step":"step_{s}"|set:"error":($step_{s}_result.error ?? "Unknown error"))
        }}
      }}
      else {{
        var.update $steps_completed {{
          value = $steps_completed|push:"step_{s}"
        }}
      }}
    }}
''')
    out.append('''
    var $status {
      value = ($errors|count) == 0 ? "Complete" : "Partial"
    }

    db.edit job_table {
      field_name = "user_id"
      field_value = $input.user_id
      data = {status: $status, ended: now, lastupdated: now}
    }
  }

  response = {
    success  : ($errors|count) == 0
    data     : {steps: $steps_completed}
    error    : null
    meta     : {errors: $errors, step_count: $steps_completed|count}
  }
}
''')
    return "".join(out)


def task(i):
    return f'''task "Tasks/Sync {i}" {{
  stack {{
    db.query users {{
      where = $db.users.active == true && $db.users.created_at < now
      return = {{type: "list", paging: {{page: 1, per_page: 50}}}}
    }} as $users

    foreach ($users.items) {{
      each as $u {{
        function.run "Workers/Orchestrator {i}" {{
          input = {{user_id: $u.id, job_id: null}}
        }} as $r
        debug.log {{
          value = $r
        }}
      }}
    }}
  }}

  schedule = [{{starts_on: 2025-01-01 08:00:00+0000, freq: 3600}}]
}}
'''


def query(i):
    return f'''query "jobs/{i}/status" verb=GET {{
  input {{
    int user_id filters=min:1
  }}

  stack {{
    db.get job_table {{
      field_name = "user_id"
      field_value = $input.user_id
    }} as $job

    switch ($job.status) {{
      case ("Complete") {{
        var $label {{
          value = "done"
        }}
      }} break
      default {{
        var $label {{
          value = "running"
        }}
      }}
    }}
  }}

  response = {{status: $job.status, label: $label, started: $job.started|format_timestamp:"Y-m-d H:i:s":"UTC"}}
}}
'''


def table(i):
    return f'''table job_table_{i} {{
  auth = false
  schema {{
    int id
    timestamp created_at?=now
    int user_id
    enum status?=Queued {{
      values = ["Queued", "Started", "Processing", "Complete", "Partial", "Error"]
    }}
    timestamp started?
    timestamp ended?
    json errors?
  }}

  index = [
    {{type: "primary", field: [{{name: "id"}}]}}
    {{type: "btree", field: [{{name: "user_id", op: "asc"}}]}}
  ]
}}
'''


def main():
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    target = int(mb * 1024 * 1024)
    parts, size, i = [], 0, 0
    while size < target:
        steps = [i * 10 + k for k in range(rng.randint(3, 8))]
        chunk = "\n".join([orchestrator(i, steps)] + [worker(s) for s in steps] +
                          [task(i), query(i), table(i)])
        parts.append(chunk)
        size += len(chunk) + 1
        i += 1
    sys.stdout.write("\n".join(parts))


main()
