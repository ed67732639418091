function logical_compare_false {
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
