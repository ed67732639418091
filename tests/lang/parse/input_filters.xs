function input_filters {
  input {
    text name filters=trim
    email email filters=trim|lower
    int age filters=min:18|max:130
    text code filters=startsWith:JOB
    decimal ratio filters=min:0|max:1
  }

  stack {

  }

  response = $input
}
