function statement_disabled_marker {
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
