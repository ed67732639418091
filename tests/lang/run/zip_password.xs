// judgement: see docs/language-decisions.md#file-resources
function "zip_password" {
  stack {
    storage.create_file_resource {
      filename = "secret.txt"
      filedata = "s3cret"
    } as $f
    zip.create_archive {
      filename = "locked.zip"
    } as $zip
    zip.add_to_archive {
      file = $f
      zip = $zip
      password = "pw"
      password_encryption = "aes"
    }
    zip.extract {
      zip = $zip
      password = "pw"
    } as $files
    storage.read_file_resource {
      value = $files|first
    } as $read
  }
  response = $read
}
