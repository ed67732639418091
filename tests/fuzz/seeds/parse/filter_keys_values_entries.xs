function filter_keys_values_entries {
  input {
    json o
  }

  stack {
    var $out {
      value = [($input.o|keys), ($input.o|values), ($input.o|entries)]
    }
  }

  response = $out
}
