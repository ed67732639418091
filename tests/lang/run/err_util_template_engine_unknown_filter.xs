// judgement: see docs/language-decisions.md#template-engine
function "err_util_template_engine_unknown_filter" {
  input {
  }

  stack {
    util.template_engine {
      value = "line one\n{{ 'x'|shout }}"
    } as $out
  }

  response = $out
}
