function dollar_dollar_index_sum {
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
