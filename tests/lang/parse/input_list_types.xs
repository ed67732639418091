function input_list_types {
  input {
    text[] step_names
    int[] user_ids?
    email[] recipients? filters=trim|lower
    object[] steps? {
      schema {
        text name
        bool success
      }
    }
  }

  stack {

  }

  response = $input
}
