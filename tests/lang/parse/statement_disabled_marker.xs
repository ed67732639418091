function statement_disabled_marker.xs {
  input {
  }

  stack {
    var $keep {
      value = "kept"
    }

    !var $skipped {
      value = "disabled step"
    }
  }

  response = $keep
}
