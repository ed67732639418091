function backtick_expression_with_filters {
  input {
    json data?
  }

  stack {
    var $out {
      value = `$input|pick:($input|keys)`|filter_null
    }
  }

  response = $out
}
