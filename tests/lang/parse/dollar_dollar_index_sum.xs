function dollar_dollar_index_sum.xs {
  input {
    json sales
  }

  stack {
    var $out {
      value = ($input.sales[$$].amount)|sum
    }
  }

  response = $out
}
