function array_find_if {
  input {
    json steps
  }

  stack {
    array.find ($input.steps) if ($this.success == false) as $first_failure
    array.find_index ($input.steps) if ($this.name == "team_roster") as $roster_index
    array.has ($input.steps) if ($this.name == "revshare") as $has_revshare
    array.every ($input.steps) if ($this.success) as $all_ok
    array.filter ($input.steps) if ($this.success == false) as $failures
    array.filter_count ($input.steps) if ($this.success == false) as $failure_count
  }

  response = $failures
}
