function logical_compare_false.xs {
  input {
    bool done
  }

  stack {
    var $out {
      value = $input.done == false
    }
  }

  response = $out
}
