function input_optional_and_defaults {
  input {
    int page?=1
    int per_page?=25
    text sort?=desc
    int offset?=-1
    bool dry_run?=false
    text note?
  }

  stack {

  }

  response = $input
}
