/* The seed's six task orchestration patterns (seed/task-orchestration-
 * patterns.md), each as an in-memory workspace run by the interpreter with
 * the standard library, asserting the exact Result objects. Tables are
 * stood in for by variables and stand-in functions, so these tests need no
 * database; timestamps from `now` are checked to be recent and then shown
 * as "<now>". The seed's `$failures|count == 0` is written
 * `($failures|count) == 0`, as Xano's parser requires. */
#include "../unit/unit.h"

#include "base/alloc.h"
#include "base/clock.h"
#include "interp/interp.h"
#include "lib/lib.h"
#include "value/json.h"

/* Replaces every int that is a timestamp of this run (within a minute of
 * now) by the text "<now>", so results compare exactly. */
static void mask_now(xs_value *v, int64_t t0)
{
    if (v->type == XS_INT && v->u.i >= t0 - 60000 && v->u.i <= t0 + 60000) {
        *v = xs_text_cstr("<now>");
        return;
    }
    if (v->type == XS_ARRAY) {
        for (size_t i = 0; i < xs_array_len(*v); i++)
            mask_now(xs_array_at_mut(v, i), t0);
    } else if (v->type == XS_OBJECT) {
        for (size_t i = 0; i < xs_object_len(*v); i++) {
            xs_str k = xs_object_key_at(*v, i);
            mask_now(xs_object_get_mut(v, k), t0);
        }
    }
}

/* Runs name in the workspace made of src with input (JSON or NULL); the
 * response, or {"error": {name, message, code}}, as compact JSON. */
static char *run(const char *src, const char *name, const char *input)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_workspace *ws = xs_workspace_new(NULL);
    xs_status st = xs_workspace_add_source(ws, "seed.xs", src, strlen(src), &d);
    xs_buf out;
    xs_buf_init(&out);
    if (st != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        xs_buf_addf(&out, "workspace error %d:%d: %s", e ? e->line : 0, e ? e->col : 0,
                    e ? e->message : "?");
    } else {
        xs_value in = xs_null();
        if (input)
            XS_ASSERT(xs_json_decode(input, strlen(input), &in, &d) == XS_OK);
        xs_interp *it = xs_interp_new(ws, xs_lib_builtins());
        int64_t t0 = xs_clock_now_ms();
        xs_value resp, err;
        st = xs_interp_run_name(it, xs_str_of(name), in, NULL, &resp, &err, &d);
        if (st == XS_OK) {
            mask_now(&resp, t0);
            xs_json_encode(resp, 0, &out);
        } else if (err.type == XS_OBJECT) {
            xs_value e = xs_object_new(3);
            static const char *const keys[] = {"name", "message", "code"};
            for (size_t i = 0; i < 3; i++) {
                const xs_value *p = xs_object_get(err, xs_str_of(keys[i]));
                xs_object_set(&e, xs_str_of(keys[i]), p ? xs_retain(*p) : xs_null());
            }
            xs_value w = xs_object_new(1);
            xs_object_set(&w, XS_STR("error"), e);
            xs_json_encode(w, 0, &out);
            xs_release(w);
        } else {
            const xs_diag_entry *e = xs_diag_first_error(&d);
            xs_buf_addf(&out, "run failed: %s", e ? e->message : xs_status_name(st));
        }
        xs_release(resp);
        xs_release(err);
        xs_release(in);
        xs_interp_free(it);
    }
    xs_workspace_free(ws);
    xs_diag_release(&d);
    return xs_buf_detach(&out, NULL);
}

#define EXPECT_RUN(src, name, input, want)                                                         \
    do {                                                                                           \
        char *got_ = run(src, name, input);                                                        \
        CHECK_STR(got_, want);                                                                     \
        xs_free(got_);                                                                             \
    } while (0)

/* ---- workers shared by the patterns ---- */

#define WORKERS                                                                                    \
    "function \"Workers/Agent Data\" {\n"                                                          \
    "  input {\n    int user_id\n  }\n"                                                            \
    "  stack {\n  }\n"                                                                             \
    "  response = {success: true, data: {agent: 100 + $input.user_id}, error: null}\n"             \
    "}\n"                                                                                          \
    "function \"Workers/Team Roster\" {\n"                                                         \
    "  input {\n    int user_id\n  }\n"                                                            \
    "  stack {\n  }\n"                                                                             \
    "  response = {success: false, data: null, error: \"Rate limited\"}\n"                         \
    "}\n"                                                                                          \
    "function \"Workers/RevShare\" {\n"                                                            \
    "  input {\n    int user_id\n  }\n"                                                            \
    "  stack {\n  }\n"                                                                             \
    "  response = {success: false, data: null, error: null}\n"                                     \
    "}\n"

/* ---- pattern 1: sequential orchestrator, continue on failure ---- */

static const char *const p1 = WORKERS
    "function \"Workers/reZEN - Onboarding Orchestrator\" {\n"
    "  input {\n    int user_id\n  }\n"
    "  stack {\n"
    "    var $user_id {\n      value = $input.user_id\n    }\n"
    "    var $steps_completed {\n      value = []\n    }\n"
    "    var $errors {\n      value = []\n    }\n"
    "    var $failed_steps {\n      value = []\n    }\n"
    "    var $job {\n      value = {status: \"Started\", started: now}\n    }\n"
    "    foreach ([\"agent_data\", \"team_roster\", \"revshare\"]) {\n"
    "      each as $step {\n"
    "        var.update $job {\n"
    "          value = $job|set:($step ~ \"_started\"):now|set:\"status\":\"Processing\"\n"
    "        }\n"
    "        switch ($step) {\n"
    "          case (\"agent_data\") {\n"
    "            function.run \"Workers/Agent Data\" {\n"
    "              input = {user_id: $user_id}\n"
    "            } as $step_result\n"
    "          } break\n"
    "          case (\"team_roster\") {\n"
    "            function.run \"Workers/Team Roster\" {\n"
    "              input = {user_id: $user_id}\n"
    "            } as $step_result\n"
    "          } break\n"
    "          default {\n"
    "            function.run \"Workers/RevShare\" {\n"
    "              input = {user_id: $user_id}\n"
    "            } as $step_result\n"
    "          }\n"
    "        }\n"
    "        conditional {\n"
    "          if ($step_result.success == false) {\n"
    "            var.update $errors {\n"
    "              value = $errors|push:({}\n"
    "                |set:\"step\":$step\n"
    "                |set:\"error\":($step_result.error ?? \"Unknown error\")\n"
    "              )\n"
    "            }\n"
    "            var.update $failed_steps {\n"
    "              value = $failed_steps|push:$step\n"
    "            }\n"
    "          }\n"
    "          else {\n"
    "            var.update $steps_completed {\n"
    "              value = $steps_completed|push:$step\n"
    "            }\n"
    "          }\n"
    "        }\n"
    "        var.update $job {\n"
    "          value = $job|set:$step:($step_result.success == true)|set:($step ~ \"_ended\"):now\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "    var $status {\n"
    "      value = ($errors|count) == 0 ? \"Complete\" : \"Partial\"\n"
    "    }\n"
    "    var.update $job {\n"
    "      value = $job|set:\"status\":$status|set:\"ended\":now\n"
    "    }\n"
    "  }\n"
    "  response = {\n"
    "    success: ($errors|count) == 0\n"
    "    data: {user_id: $user_id, steps_completed: $steps_completed, failed_steps: $failed_steps, "
    "job: $job}\n"
    "    error: ($errors|count) == 0 ? null : ($errors|count) ~ \" step(s) failed\"\n"
    "    meta: {function_name: \"reZEN - Onboarding Orchestrator\", errors: $errors}\n"
    "  }\n"
    "}\n";

static void sequential_orchestrator(void)
{
    EXPECT_RUN(p1, "Workers/reZEN - Onboarding Orchestrator", "{\"user_id\": 42}",
               "{\"success\":false,\"data\":{\"user_id\":42,\"steps_completed\":[\"agent_data\"],"
               "\"failed_steps\":[\"team_roster\",\"revshare\"],\"job\":{\"status\":\"Partial\","
               "\"started\":\"<now>\",\"agent_data_started\":\"<now>\",\"agent_data\":true,"
               "\"agent_data_ended\":\"<now>\",\"team_roster_started\":\"<now>\","
               "\"team_roster\":false,\"team_roster_ended\":\"<now>\",\"revshare_started\":"
               "\"<now>\",\"revshare\":false,\"revshare_ended\":\"<now>\",\"ended\":\"<now>\"}},"
               "\"error\":\"2 step(s) failed\",\"meta\":{\"function_name\":\"reZEN - Onboarding "
               "Orchestrator\",\"errors\":[{\"step\":\"team_roster\",\"error\":\"Rate limited\"},"
               "{\"step\":\"revshare\",\"error\":\"Unknown error\"}]}}");
    EXPECT_RUN(p1, "Workers/reZEN - Onboarding Orchestrator", "{}",
               "{\"error\":{\"name\":\"ERROR_CODE_INPUT_ERROR\",\"message\":\"Missing param: "
               "user_id\",\"code\":\"ERROR_CODE_INPUT_ERROR\"}}");
}

/* ---- pattern 2: traverse (batch processing) ---- */

static const char *const p2 =
    "function \"Worker\" {\n"
    "  input {\n    int item_id\n  }\n"
    "  stack {\n"
    "    precondition ($input.item_id > 0) {\n"
    "      error_type = \"inputerror\"\n"
    "      error = \"bad id\"\n"
    "    }\n"
    "    conditional {\n"
    "      if (`$input.item_id % 3` == 0) {\n"
    "        return {\n"
    "          value = {success: false, data: null, error: \"Item \" ~ $input.item_id ~ \" "
    "rejected\"}\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = {success: true, data: {doubled: $input.item_id * 2}, error: null}\n"
    "}\n"
    "function \"Workers/Income - Aggregate All Agents\" {\n"
    "  input {\n    int batch_limit?=4\n    int batch_offset?=0\n  }\n"
    "  stack {\n"
    "    var $all {\n      value = [{id: 1}, {id: 2}, {id: 3}, {id: 4}, {id: 5}, {id: 6}]\n    }\n"
    "    var $items {\n"
    "      value = $all|slice:$input.batch_offset:$input.batch_limit\n"
    "    }\n"
    "    var $batch_limit {\n      value = $input.batch_limit\n    }\n"
    "    var $successes {\n      value = []\n    }\n"
    "    var $failures {\n      value = []\n    }\n"
    "    foreach ($items) {\n"
    "      each as $item {\n"
    "        function.run \"Worker\" {\n"
    "          input = {item_id: $item.id}\n"
    "        } as $result\n"
    "        conditional {\n"
    "          if ($result.success ?? true) {\n"
    "            var.update $successes {\n"
    "              value = $successes|push:{\n"
    "                item_id: $item.id,\n"
    "                data: $result\n"
    "              }\n"
    "            }\n"
    "          }\n"
    "          else {\n"
    "            var.update $failures {\n"
    "              value = $failures|push:{\n"
    "                item_id: $item.id,\n"
    "                error: $result.error ?? \"Unknown\"\n"
    "              }\n"
    "            }\n"
    "          }\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = {\n"
    "    success   : ($failures|count) == 0\n"
    "    processed : $successes|count\n"
    "    failed    : $failures|count\n"
    "    has_more  : ($items|count) == $batch_limit\n"
    "    successes : $successes\n"
    "    errors    : $failures\n"
    "  }\n"
    "}\n";

static void traverse(void)
{
    EXPECT_RUN(
        p2, "Workers/Income - Aggregate All Agents", NULL,
        "{\"success\":false,\"processed\":3,\"failed\":1,\"has_more\":true,\"successes\":["
        "{\"item_id\":1,\"data\":{\"success\":true,\"data\":{\"doubled\":2},\"error\":null}},"
        "{\"item_id\":2,\"data\":{\"success\":true,\"data\":{\"doubled\":4},\"error\":null}},"
        "{\"item_id\":4,\"data\":{\"success\":true,\"data\":{\"doubled\":8},\"error\":null}}"
        "],\"errors\":[{\"item_id\":3,\"error\":\"Item 3 rejected\"}]}");
    EXPECT_RUN(
        p2, "Workers/Income - Aggregate All Agents", "{\"batch_limit\": 4, \"batch_offset\": 4}",
        "{\"success\":false,\"processed\":1,\"failed\":1,\"has_more\":false,\"successes\":["
        "{\"item_id\":5,\"data\":{\"success\":true,\"data\":{\"doubled\":10},\"error\":null}}"
        "],\"errors\":[{\"item_id\":6,\"error\":\"Item 6 rejected\"}]}");
}

/* ---- pattern 3: job status tracking ---- */

static const char *const p3 = WORKERS
    "function \"Tasks/Job\" {\n"
    "  input {\n    int user_id\n    text[] steps\n  }\n"
    "  stack {\n"
    "    var $job {\n"
    "      value = {status: \"Started\", started: now, ended: null, lastupdated: now}\n"
    "    }\n"
    "    var $history {\n      value = [\"Started\"]\n    }\n"
    "    foreach ($input.steps) {\n"
    "      each as $step {\n"
    "        var.update $job.status {\n          value = \"Processing\"\n        }\n"
    "        var.update $job[$step ~ \"_started\"] {\n          value = now\n        }\n"
    "        conditional {\n"
    "          if ($step == \"agent_data\") {\n"
    "            function.run \"Workers/Agent Data\" {\n"
    "              input = {user_id: $input.user_id}\n"
    "            } as $r\n"
    "          }\n"
    "          else {\n"
    "            function.run \"Workers/Team Roster\" {\n"
    "              input = {user_id: $input.user_id}\n"
    "            } as $r\n"
    "          }\n"
    "        }\n"
    "        var.update $job[$step] {\n          value = $r.success\n        }\n"
    "        var.update $job[$step ~ \"_ended\"] {\n          value = now\n        }\n"
    "        var.update $job.lastupdated {\n          value = now\n        }\n"
    "        var.update $history {\n          value = $history|push:$job.status\n        }\n"
    "      }\n"
    "    }\n"
    "    var $failed {\n"
    "      value = $input.steps|filter:($job[$$] == false)\n"
    "    }\n"
    "    var.update $job.status {\n"
    "      value = ($failed|count) == 0 ? \"Complete\" : (($failed|count) == "
    "($input.steps|count) ? \"Error\" : \"Partial\")\n"
    "    }\n"
    "    var.update $job.ended {\n      value = now\n    }\n"
    "    var.update $history {\n      value = $history|push:$job.status\n    }\n"
    "  }\n"
    "  response = {job: $job, history: $history}\n"
    "}\n";

static void job_status_tracking(void)
{
    EXPECT_RUN(p3, "Tasks/Job", "{\"user_id\": 1, \"steps\": [\"agent_data\"]}",
               "{\"job\":{\"status\":\"Complete\",\"started\":\"<now>\",\"ended\":\"<now>\","
               "\"lastupdated\":\"<now>\",\"agent_data_started\":\"<now>\",\"agent_data\":true,"
               "\"agent_data_ended\":\"<now>\"},\"history\":[\"Started\",\"Processing\","
               "\"Complete\"]}");
    EXPECT_RUN(p3, "Tasks/Job", "{\"user_id\": 1, \"steps\": [\"agent_data\", \"team_roster\"]}",
               "{\"job\":{\"status\":\"Partial\",\"started\":\"<now>\",\"ended\":\"<now>\","
               "\"lastupdated\":\"<now>\",\"agent_data_started\":\"<now>\",\"agent_data\":true,"
               "\"agent_data_ended\":\"<now>\",\"team_roster_started\":\"<now>\","
               "\"team_roster\":false,\"team_roster_ended\":\"<now>\"},\"history\":[\"Started\","
               "\"Processing\",\"Processing\",\"Partial\"]}");
    EXPECT_RUN(p3, "Tasks/Job", "{\"user_id\": 1, \"steps\": [\"team_roster\"]}",
               "{\"job\":{\"status\":\"Error\",\"started\":\"<now>\",\"ended\":\"<now>\","
               "\"lastupdated\":\"<now>\",\"team_roster_started\":\"<now>\","
               "\"team_roster\":false,\"team_roster_ended\":\"<now>\"},\"history\":[\"Started\","
               "\"Processing\",\"Error\"]}");
}

/* ---- pattern 4: error handling with try_catch and notification ---- */

static const char *const p4 = WORKERS
    "function \"Archive/slack_webhook_json_pretty_print\" {\n"
    "  input {\n    text url\n    json json\n  }\n"
    "  stack {\n  }\n"
    "  response = {sent: true, to: $input.url, body: $input.json}\n"
    "}\n"
    "function \"Tasks/With Notification\" {\n"
    "  input {\n    int user_id\n    text worker\n  }\n"
    "  stack {\n"
    "    var $user_id {\n      value = $input.user_id\n    }\n"
    "    var $slack_url {\n      value = \"https://hooks.example/T1\"\n    }\n"
    "    var $success {\n      value = true\n    }\n"
    "    var $message {\n      value = \"OK\"\n    }\n"
    "    var $errors {\n      value = []\n    }\n"
    "    var $notifications {\n      value = []\n    }\n"
    "    try_catch {\n"
    "      try {\n"
    "        function.run $input.worker {\n"
    "          input = {user_id: $user_id}\n"
    "        } as $result\n"
    "        precondition ($result.success) {\n"
    "          error = \"Worker failed: \" ~ $result.error\n"
    "        }\n"
    "      }\n"
    "      catch {\n"
    "        var.update $success {\n          value = false\n        }\n"
    "        var.update $message {\n          value = \"Failed: \" ~ $error.message\n        }\n"
    "        var.update $errors {\n"
    "          value = $errors|push:({}\n"
    "            |set:\"step\":\"exception\"\n"
    "            |set:\"error\":$error.message\n"
    "            |set:\"code\":$error.code\n"
    "          )\n"
    "        }\n"
    "        function.run \"Archive/slack_webhook_json_pretty_print\" {\n"
    "          input = {\n"
    "            url: $slack_url,\n"
    "            json: {}\n"
    "              |set:\"module\":\"Function Name\"\n"
    "              |set:\"user_id\":$user_id\n"
    "              |set:\"error\":$error.message\n"
    "          }\n"
    "        } as $slack\n"
    "        var.update $notifications {\n"
    "          value = $notifications|push:{user_id: $user_id, code: \"ERROR\", message: \"An "
    "error occurred\"}\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = {success: $success, message: $message, errors: $errors, slack: $slack, "
    "notifications: $notifications}\n"
    "}\n";

static void error_handling(void)
{
    EXPECT_RUN(p4, "Tasks/With Notification",
               "{\"user_id\": 9, \"worker\": \"Workers/Agent Data\"}",
               "{\"success\":true,\"message\":\"OK\",\"errors\":[],\"slack\":null,"
               "\"notifications\":[]}");
    EXPECT_RUN(p4, "Tasks/With Notification",
               "{\"user_id\": 9, \"worker\": \"Workers/Team Roster\"}",
               "{\"success\":false,\"message\":\"Failed: Worker failed: Rate limited\",\"errors\":"
               "[{\"step\":\"exception\",\"error\":\"Worker failed: Rate limited\",\"code\":"
               "\"ERROR_FATAL\"}],\"slack\":{\"sent\":true,\"to\":\"https://hooks.example/T1\","
               "\"body\":{\"module\":\"Function Name\",\"user_id\":9,\"error\":\"Worker failed: "
               "Rate limited\"}},\"notifications\":[{\"user_id\":9,\"code\":\"ERROR\",\"message\":"
               "\"An error occurred\"}]}");
    /* A worker that does not exist is an error the catch sees too. */
    EXPECT_RUN(
        p4, "Tasks/With Notification", "{\"user_id\": 9, \"worker\": \"Workers/Nope\"}",
        "{\"success\":false,\"message\":\"Failed: function 'Workers/Nope' not found\","
        "\"errors\":[{\"step\":\"exception\",\"error\":\"function 'Workers/Nope' not found\","
        "\"code\":\"ERROR_CODE_NOT_FOUND\"}],\"slack\":{\"sent\":true,\"to\":"
        "\"https://hooks.example/T1\",\"body\":{\"module\":\"Function Name\",\"user_id\":9,"
        "\"error\":\"function 'Workers/Nope' not found\"}},\"notifications\":[{\"user_id\":9,"
        "\"code\":\"ERROR\",\"message\":\"An error occurred\"}]}");
}

/* ---- pattern 5: precondition validation ---- */

static const char *const p5 =
    "function \"Users/Get\" {\n"
    "  input {\n    int user_id\n  }\n"
    "  stack {\n"
    "    var $users {\n"
    "      value = {\"1\": {id: 1, agent_id: 77}, \"2\": {id: 2, agent_id: null}, \"3\": {id: 3, "
    "agent_id: 5}}\n"
    "    }\n"
    "  }\n"
    "  response = $users[$input.user_id|to_text]\n"
    "}\n"
    "function \"Credentials/Get\" {\n"
    "  input {\n    int user_id\n  }\n"
    "  stack {\n"
    "    var $creds {\n"
    "      value = [{user_id: 1, platform: \"REZEN\", active: true, api_key: \"k-1\"}, {user_id: "
    "3, platform: \"REZEN\", active: true, api_key: \"\"}]\n"
    "    }\n"
    "  }\n"
    "  response = $creds|find:($$.user_id == $input.user_id && $$.platform == \"REZEN\" && "
    "$$.active)\n"
    "}\n"
    "function \"Tasks/Validated\" {\n"
    "  input {\n    int user_id\n  }\n"
    "  stack {\n"
    "    function.run \"Users/Get\" {\n      input = {user_id: $input.user_id}\n    } as $user\n"
    "    precondition ($user != null && $user.id != null) {\n"
    "      error = \"User not found with id: \" ~ $input.user_id\n"
    "    }\n"
    "    precondition ($user.agent_id != null) {\n"
    "      error = \"User has no agent_id set\"\n"
    "    }\n"
    "    function.run \"Credentials/Get\" {\n      input = {user_id: $input.user_id}\n    } as "
    "$creds\n"
    "    precondition ($creds != null && $creds.api_key != \"\") {\n"
    "      error_type = \"accessdenied\"\n"
    "      error = \"No valid API key found for user\"\n"
    "    }\n"
    "  }\n"
    "  response = {success: true, data: {user_id: $user.id, agent_id: $user.agent_id, key: "
    "$creds.api_key}, error: null}\n"
    "}\n";

static void precondition_validation(void)
{
    EXPECT_RUN(p5, "Tasks/Validated", "{\"user_id\": 1}",
               "{\"success\":true,\"data\":{\"user_id\":1,\"agent_id\":77,\"key\":\"k-1\"},"
               "\"error\":null}");
    EXPECT_RUN(p5, "Tasks/Validated", "{\"user_id\": 9}",
               "{\"error\":{\"name\":\"ERROR_FATAL\",\"message\":\"User not found with id: 9\","
               "\"code\":\"ERROR_FATAL\"}}");
    EXPECT_RUN(p5, "Tasks/Validated", "{\"user_id\": 2}",
               "{\"error\":{\"name\":\"ERROR_FATAL\",\"message\":\"User has no agent_id set\","
               "\"code\":\"ERROR_FATAL\"}}");
    EXPECT_RUN(p5, "Tasks/Validated", "{\"user_id\": 3}",
               "{\"error\":{\"name\":\"ERROR_CODE_ACCESS_DENIED\",\"message\":\"No valid API key "
               "found for user\",\"code\":\"ERROR_CODE_ACCESS_DENIED\"}}");
    EXPECT_RUN(p5, "Tasks/Validated", "{\"user_id\": \"x\"}",
               "{\"error\":{\"name\":\"ERROR_CODE_INPUT_ERROR\",\"message\":\"Invalid value for "
               "param 'user_id': expected an integer, got \\\"x\\\"\",\"code\":"
               "\"ERROR_CODE_INPUT_ERROR\"}}");
}

/* ---- pattern 6: FP object composition ---- */

static const char *const p6 =
    "function \"My Function\" {\n"
    "  input {\n    int user_id\n    bool fail?=false\n  }\n"
    "  stack {\n"
    "    var $user_id {\n      value = $input.user_id\n    }\n"
    "    var $steps_completed {\n      value = [\"a\", \"b\"]\n    }\n"
    "    var $errors {\n      value = []\n    }\n"
    "    var $success {\n      value = $input.fail ? false : true\n    }\n"
    "    var $message {\n      value = \"Step b exploded\"\n    }\n"
    "    conditional {\n"
    "      if ($input.fail) {\n"
    "        var.update $errors {\n"
    "          value = $errors\n"
    "            |push:({}\n"
    "              |set:\"step\":\"step_name\"\n"
    "              |set:\"error\":\"Error message\"\n"
    "            )\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "    var $result {\n"
    "      value = {}\n"
    "        |set:\"success\":$success\n"
    "        |set:\"data\":({}\n"
    "          |set:\"user_id\":$user_id\n"
    "          |set:\"steps_completed\":$steps_completed\n"
    "          |set:\"error_count\":($errors|count)\n"
    "        )\n"
    "        |set:\"error\":($success ? null : $message)\n"
    "        |set:\"meta\":({}\n"
    "          |set:\"function_name\":\"My Function\"\n"
    "          |set:\"errors\":$errors\n"
    "          |set:\"timestamp\":now\n"
    "        )\n"
    "    }\n"
    "  }\n"
    "  response = $result\n"
    "}\n";

static void object_composition(void)
{
    EXPECT_RUN(p6, "My Function", "{\"user_id\": 5}",
               "{\"success\":true,\"data\":{\"user_id\":5,\"steps_completed\":[\"a\",\"b\"],"
               "\"error_count\":0},\"error\":null,\"meta\":{\"function_name\":\"My Function\","
               "\"errors\":[],\"timestamp\":\"<now>\"}}");
    EXPECT_RUN(p6, "My Function", "{\"user_id\": 5, \"fail\": true}",
               "{\"success\":false,\"data\":{\"user_id\":5,\"steps_completed\":[\"a\",\"b\"],"
               "\"error_count\":1},\"error\":\"Step b exploded\",\"meta\":{\"function_name\":"
               "\"My Function\",\"errors\":[{\"step\":\"step_name\",\"error\":\"Error message\"}],"
               "\"timestamp\":\"<now>\"}}");
}

const xs_unit_case xs_unit_seed[] = {
    {"sequential_orchestrator", sequential_orchestrator},
    {"traverse", traverse},
    {"job_status_tracking", job_status_tracking},
    {"error_handling", error_handling},
    {"precondition_validation", precondition_validation},
    {"object_composition", object_composition},
    {NULL, NULL},
};
