function input_file_types {
  input {
    file document?
    image avatar?
    attachment invoice?
    audio voicemail?
    video walkthrough?
  }

  stack {

  }

  response = $input
}
