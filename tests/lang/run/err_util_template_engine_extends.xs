// judgement: see docs/language-decisions.md#template-engine
function "err_util_template_engine_extends" {
  input {
  }

  stack {
    util.template_engine {
      value = """
Hello
{% extends "base.html" %}
"""
    } as $out
  }

  response = $out
}
