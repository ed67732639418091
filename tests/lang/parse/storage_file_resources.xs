function storage_file_resources {
  input {
    text csv_text
  }

  stack {
    storage.create_file_resource {
      filename = "report.csv"
      filedata = $input.csv_text
    } as $file

    storage.sign_private_url {
      pathname = $file.path
      ttl = 300
    } as $url
  }

  response = $url
}
