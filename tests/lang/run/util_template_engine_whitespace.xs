// judgement: see docs/language-decisions.md#template-engine
function "util_template_engine_whitespace" {
  input {
  }

  stack {
    util.template_engine {
      value = """<ul>
  {%- for i in [1, 2] %}
  <li>{{ i }}</li>
  {%- endfor %}
</ul>
{# a comment, gone with its newline #}
a   {{- 'b' -}}   c
d  {{~ 'e' ~}}
f
{% set greeting %}Hello, {{ 'world' }}!{% endset %}{{ greeting|upper }}"""
    } as $out
  }

  response = $out
}
