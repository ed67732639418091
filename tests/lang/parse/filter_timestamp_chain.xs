function filter_timestamp_chain {
  input {
  }

  stack {
    var $out {
      value = (now|to_timestamp|transform_timestamp:"24 hours ago":"UTC")|format_timestamp:"Y-m-d":"UTC"
    }
  }

  response = $out
}
