function storage_read_and_delete {
  input {
    file upload
  }

  stack {
    storage.read_file_resource {
      value = $input.upload
    } as $content

    storage.delete_file {
      pathname = "tmp/upload.bin"
    }
  }

  response = $content
}
