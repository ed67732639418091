// judgement: see docs/language-decisions.md#template-engine
function "util_template_engine_loops" {
  input {
  }

  stack {
    var $items {
      value = [{name: "Pen", price: 1.5, qty: 4}, {name: "Book", price: 12, qty: 1}, {name: "Ink", price: 3.25, qty: 2}]
    }

    util.template_engine {
      value = """
{% set total = 0 %}
{% for item in $items %}
{{ loop.index }}/{{ loop.length }} {{ item.name }} x{{ item.qty }} = {{ (item.price * item.qty)|number_format(2) }}{{ loop.last ? '' : ';' }}
{% set total = total + item.price * item.qty %}
{% endfor %}
total {{ total }}, item after loop: [{{ item }}]
{% for k, v in {'a': 1, 'b': 2} %}{{ k }}={{ v }}{% if not loop.last %}&{% endif %}{% endfor %}

{% for x in [] %}never{% else %}no items{% endfor %}

{% for i in 1..3 %}{{ loop.first ? '[' }}{{ i }}{{ loop.revindex0 }}{{ loop.last ? ']' : ',' }}{% endfor %}

{% for i, row in [[1, 2], [3, 4]] %}{{ i }}:{% for c in row %}{{ c * 10 }} {% endfor %}{% endfor %}
"""
    } as $out
  }

  response = $out
}
