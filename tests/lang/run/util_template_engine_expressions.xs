// judgement: see docs/language-decisions.md#template-engine
function "util_template_engine_expressions" {
  input {
    text name?
  }

  stack {
    var $user {
      value = {name: "ada", age: 36, roles: ["admin", "dev"], address: {city: "London"}}
    }

    util.template_engine {
      value = """
{{ $user.name }} {{ user.address.city }} {{ $user['roles'][1] }} {{ $user.roles.0 }}
{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 / 2 }} {{ 8 / 2 }} {{ 7 // 2 }} {{ 7 % 3 }} {{ 2 ** 10 }} {{ 0.1 + 0.2 }} {{ -7 // 2 }}
{{ 'a' ~ 1 ~ true ~ null ~ false }}|{{ 1 == '1' ? 'loose' }}|{{ 1 is same as('1') ? 'same' : 'not same' }}
{{ $user.age >= 18 and 'admin' in $user.roles ? 'adult admin' : 'other' }} {{ 'dev' not in $user.roles ? 'x' : 'has dev' }}
{{ 'lon' in $user.address.city|lower ? 'substring' }} {{ $user.name starts with 'ad' ? 'sw' }} {{ $user.name ends with 'a' ? 'ew' }}
{{ $missing ?? 'fallback' }} {{ $user.nope|default('none') }} {{ $input.name ?? 'no name' }} {{ $user.name ?: 'empty' }}
{{ $user is defined ? 'defined' }} {{ $nothing is defined ? 'yes' : 'undefined' }} {{ $user.address.zip is defined ? 'yes' : 'no zip' }}
{{ 4 is even ? 'even' }} {{ 5 is odd ? 'odd' }} {{ 9 is divisible by(3) ? 'div3' }} {{ [] is empty ? 'empty' }} {{ null is null ? 'null' }} {{ $user.roles is iterable ? 'iterable' }}
{{ [1, 2] }} {{ {'k': 'v'} }} {{ 3.0 }} {{ 1.5e3 is defined }}
{{ range(0, 10, 5)|join(',') }} {{ max(3, 9, 2) }} {{ min([4, 1, 7]) }} {{ cycle(['odd', 'even'], 3) }} {{ attribute($user, 'age') }}
"""
    } as $out
  }

  response = $out
}
