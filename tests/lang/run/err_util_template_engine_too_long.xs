// judgement: see docs/language-decisions.md#template-engine
function "err_util_template_engine_too_long" {
  input {
  }

  stack {
    util.template_engine {
      value = """{% set s = 'xxxxxxxx' %}{% for i in 1..30 %}{% set s = s ~ s %}{% endfor %}{{ s|length }}"""
    } as $out
  }

  response = $out
}
