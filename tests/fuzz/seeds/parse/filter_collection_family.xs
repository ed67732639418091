function filter_collection_family {
  input {
    json xs
  }

  stack {
    var $out {
      value = [($input.xs|count), ($input.xs|first), ($input.xs|last), ($input.xs|unique), ($input.xs|reverse), ($input.xs|sum), ($input.xs|avg)]
    }
  }

  response = $out
}
