// judgement: see docs/language-decisions.md#template-engine
function "util_template_engine_filters" {
  input {
  }

  stack {
    var $d {
      value = {title: "hello wORLD", html: "<p>Hi & \"bye\"</p>", list: [3, 1, 2], csv: "a,b,,c", price: 1234.5678, neg: -4, when: 1700000000000, lines: "one\ntwo"}
    }

    util.template_engine {
      value = """
upper={{ $d.title|upper }} lower={{ $d.title|lower }} capitalize={{ $d.title|capitalize }} title={{ $d.title|title }}
length={{ $d.title|length }},{{ $d.list|length }},{{ null|length }} trim=[{{ '  x  '|trim }}][{{ 'xxaxx'|trim('x') }}][{{ '  x  '|trim(null, 'left') }}]
join={{ $d.list|join }},{{ $d.list|join('-') }},{{ $d.list|join(', ', ' and ') }} sort={{ $d.list|sort|join }} reverse={{ $d.list|reverse|join }},{{ 'abc'|reverse }}
first={{ $d.list|first }},{{ 'héllo'|first }} last={{ $d.list|last }},{{ 'héllo'|last }} keys={{ {'a': 1, 'b': 2}|keys|join }} merge={{ [1]|merge([2, 3])|join }}
escape={{ $d.html|escape }} e={{ $d.html|e('url') }} js={{ 'a "b"'|e('js') }} raw={{ $d.html|raw }} striptags={{ $d.html|striptags }}
json={{ $d.list|json_encode }} {{ {'a': [1, {'b': null}]}|json_encode }} default={{ ''|default('was empty') }},{{ 0|default('zero kept') }}
round={{ $d.price|round }},{{ $d.price|round(2) }},{{ $d.price|round(1, 'floor') }},{{ 2.5|round }},{{ -2.5|round }} abs={{ $d.neg|abs }},{{ (-1.5)|abs }}
number_format={{ $d.price|number_format }},{{ $d.price|number_format(2) }},{{ $d.price|number_format(2, ',', '.') }}
replace={{ 'Hi NAME, NAME'|replace({'NAME': 'Bob', 'Hi': 'Hello'}) }} split={{ $d.csv|split(',')|json_encode }},{{ 'abc'|split('')|json_encode }},{{ 'a,b,c'|split(',', 2)|json_encode }}
slice={{ 'abcdef'|slice(1, 3) }},{{ 'abcdef'|slice(-2) }},{{ [1, 2, 3, 4]|slice(1, 2)|join }} format={{ '%s has %d items (%.1f%%)'|format('cart', 3, 42.25) }}
date={{ $d.when|date('Y-m-d H:i:s') }},{{ $d.when|date('D, d M Y', 'America/New_York') }},{{ '2024-02-29'|date('l jS F') }}
nl2br={{ $d.lines|nl2br }} url_encode={{ 'a b&c'|url_encode }} column={{ [{'id': 1}, {'id': 2}]|column('id')|join }}
"""
    } as $out
  }

  response = $out
}
