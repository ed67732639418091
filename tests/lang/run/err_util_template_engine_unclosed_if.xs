// judgement: see docs/language-decisions.md#template-engine
function "err_util_template_engine_unclosed_if" {
  input {
  }

  stack {
    util.template_engine {
      value = """
{% if true %}
  {% for x in [1] %}{{ x }}{% endfor %}
"""
    } as $out
  }

  response = $out
}
